# Strips the symbols from every .exe and .dll in FOLDER with STRIP (the
# installed MinGW runtime DLLs carry theirs: libstdc++-6.dll is 23 MB with
# them, 2 without). cmake -DSTRIP=... -DFOLDER=... -P strip_folder.cmake
file(GLOB_RECURSE binaries "${FOLDER}/*.dll" "${FOLDER}/*.exe")
foreach(binary ${binaries})
    execute_process(COMMAND "${STRIP}" --strip-unneeded "${binary}" RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "${STRIP} could not strip ${binary}")
    endif()
endforeach()
