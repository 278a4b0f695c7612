# Cross-build the Qt-free Windows layer with Debian's MinGW-w64. Executables
# run here under Wine.
include(${CMAKE_CURRENT_LIST_DIR}/mingw-w64-posix-common.cmake)
# One self-contained .exe: no libstdc++/libgcc/winpthread DLLs to find.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")
