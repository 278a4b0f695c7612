# What bitsmon.exe needs beside it on Windows, laid out as windeployqt does
# (Qt looks for plugins in folders beside the executable): the MinGW runtime,
# the Qt DLLs, and the plugins for the platform, the native style, TLS
# (Schannel) and .ico images. `cmake --install --component app` lays it out;
# the `msi` target (app/CMakeLists.txt) makes the MSI of it.
#
# BITSMON_WINEPATH: where the DLLs are in this build (MinGW runtime, Qt), for
# Wine to find them when the tests run bitsmon.exe and the test executables.
set(bitsmon_runtime_dlls)
foreach(dll libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${dll}
                    OUTPUT_VARIABLE found OUTPUT_STRIP_TRAILING_WHITESPACE)
    get_filename_component(found "${found}" REALPATH)
    if(NOT EXISTS "${found}")
        message(FATAL_ERROR "The MinGW runtime ${dll} was not found (${CMAKE_CXX_COMPILER} -print-file-name)")
    endif()
    list(APPEND bitsmon_runtime_dlls "${found}")
endforeach()

get_target_property(qt_core_dll Qt6::Core IMPORTED_LOCATION_RELEASE)
set(bitsmon_winepath)
foreach(dll ${bitsmon_runtime_dlls} ${qt_core_dll})
    get_filename_component(folder "${dll}" DIRECTORY)
    list(APPEND bitsmon_winepath "${folder}")
endforeach()
list(REMOVE_DUPLICATES bitsmon_winepath)
# Wine reads WINEPATH as a Windows search path: Z: is the Unix root.
list(TRANSFORM bitsmon_winepath PREPEND "Z:")
string(REPLACE ";" "\\;" BITSMON_WINEPATH "${bitsmon_winepath}")

function(bitsmon_install_windows_runtime)
    install(FILES ${bitsmon_runtime_dlls} DESTINATION . COMPONENT app)
    foreach(module Core Gui Widgets Network)
        install(FILES $<TARGET_FILE:Qt6::${module}> DESTINATION . COMPONENT app)
    endforeach()
    foreach(plugin platforms:QWindowsIntegrationPlugin styles:QWindowsVistaStylePlugin
                   tls:QSchannelBackendPlugin tls:QTlsBackendCertOnlyPlugin imageformats:QICOPlugin)
        string(REPLACE ":" ";" parts ${plugin})
        list(GET parts 0 folder)
        list(GET parts 1 target)
        if(NOT TARGET Qt6::${target})
            message(FATAL_ERROR "Qt for Windows lacks the ${target} plugin that bitsmon ships")
        endif()
        install(FILES $<TARGET_FILE:Qt6::${target}> DESTINATION ${folder} COMPONENT app)
    endforeach()
    # What those libraries are and their licences, which come with them.
    string(REGEX MATCH "qt6-windows-([^/]*)-[0-9a-f]+/?$" source_version "${CMAKE_PREFIX_PATH}")
    set(BITSMON_QT_SOURCE_VERSION "${CMAKE_MATCH_1}")
    configure_file(${PROJECT_SOURCE_DIR}/packaging/windows/THIRD-PARTY.txt.in
                   ${CMAKE_BINARY_DIR}/THIRD-PARTY.txt @ONLY NEWLINE_STYLE CRLF)
    install(FILES ${CMAKE_BINARY_DIR}/THIRD-PARTY.txt DESTINATION licenses COMPONENT app)
    # Help > Documentation opens it (MainWindow::documentationPath).
    install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION doc COMPONENT app)
    install(FILES /usr/share/common-licenses/LGPL-3 DESTINATION licenses RENAME LGPL-3.txt COMPONENT app)
    install(FILES /usr/share/common-licenses/GPL-3 DESTINATION licenses RENAME GPL-3.txt COMPONENT app)
endfunction()
