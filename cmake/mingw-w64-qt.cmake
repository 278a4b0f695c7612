# Cross-build Qt for Windows (scripts/qt-windows.sh) and the whole app with it
# (the mingw-app preset). The C++ runtime is shared: Qt's DLLs and bitsmon.exe
# use the same libstdc++-6.dll, libgcc_s_seh-1.dll and libwinpthread-1.dll,
# which ship beside them.
include(${CMAKE_CURRENT_LIST_DIR}/mingw-w64-posix-common.cmake)
