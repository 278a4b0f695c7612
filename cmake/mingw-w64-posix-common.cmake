# Debian's MinGW-w64 cross compilers for x86_64 Windows, posix threads (so
# std::thread and std::mutex work). Included by the two toolchain files:
# mingw-w64-posix.cmake (the Qt-free engine, one static .exe each) and
# mingw-w64-qt.cmake (Qt for Windows and the whole app, with the MinGW
# runtime as DLLs shared by Qt's DLLs and ours).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_CROSSCOMPILING_EMULATOR wine)
