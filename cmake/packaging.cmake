# The Debian package (`cpack -G DEB` in the build folder; tests/deb_check.sh
# makes and checks it): bitsmon, its desktop entry, AppStream metadata and
# icon, with dependencies found by dpkg-shlibdeps, a copyright file and a
# changelog as Debian policy asks, lintian-clean.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME bitsmon)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "bitsmon developers <developers@bitsmon.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop monitor for background transfers (BITS)")
set(CPACK_PACKAGE_DESCRIPTION
    "bitsmon shows background transfer (BITS) jobs with their live progress
and lets you resume, retry, suspend, cancel and complete them. Off Windows
it runs downloads itself with BITS' rules: priorities, range requests,
retries, and jobs that survive a restart. It lives in the system tray and
notifies when downloads finish or fail.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_CMAKE_PROJECTS "${CMAKE_BINARY_DIR};bitsmon;app;/")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The icons are SVG, drawn by Qt's SVG plugin, which no library links.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")

# Debian policy: /usr/share/doc/bitsmon/copyright, a changelog and a manual
# page, the last two compressed.
include(GNUInstallDirs)
configure_file(${PROJECT_SOURCE_DIR}/packaging/debian/changelog.in ${CMAKE_BINARY_DIR}/debian/changelog @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/packaging/debian/bitsmon.1 ${CMAKE_BINARY_DIR}/debian/bitsmon.1 COPYONLY)
set(compressed)
foreach(file changelog bitsmon.1)
    add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/debian/${file}.gz
                       COMMAND gzip -9nfk ${CMAKE_BINARY_DIR}/debian/${file}
                       DEPENDS ${CMAKE_BINARY_DIR}/debian/${file} VERBATIM)
    list(APPEND compressed ${CMAKE_BINARY_DIR}/debian/${file}.gz)
endforeach()
add_custom_target(debian_docs ALL DEPENDS ${compressed})
install(FILES ${PROJECT_SOURCE_DIR}/packaging/debian/copyright ${CMAKE_BINARY_DIR}/debian/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT app)
# Help > Documentation opens it (MainWindow::documentationPath).
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT app)
install(FILES ${CMAKE_BINARY_DIR}/debian/bitsmon.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT app)
include(CPack)
