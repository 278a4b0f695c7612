# In the MinGW cross build (engine only, no Qt for Windows here), compile the
# Qt-side sources that have Windows-only branches in syntax-only mode against
# the Linux Qt headers, so a typo in a Q_OS_WIN branch fails the build.
find_path(BITSMON_QT6_HEADERS QtCore/qglobal.h
          PATHS /usr/include/x86_64-linux-gnu/qt6 /usr/include/qt6 NO_CMAKE_FIND_ROOT_PATH NO_DEFAULT_PATH)
if(NOT BITSMON_QT6_HEADERS)
    message(WARNING "Qt 6 headers not found: the Q_OS_WIN syntax check is skipped")
    return()
endif()
set(sources app/application.cpp app/main.cpp)
set(stamps)
foreach(source ${sources})
    string(MAKE_C_IDENTIFIER ${source} stamp)
    set(stamp ${CMAKE_BINARY_DIR}/qt_syntax/${stamp}.ok)
    add_custom_command(
        OUTPUT ${stamp}
        COMMAND ${CMAKE_CXX_COMPILER} -std=c++20 -fsyntax-only -Wno-attributes
                -DUNICODE -D_UNICODE -DWIN32_LEAN_AND_MEAN -DNOMINMAX -D_WIN32_WINNT=0x0601
                -DBITSMON_VERSION="syntax"
                -I${PROJECT_SOURCE_DIR} -I${PROJECT_SOURCE_DIR}/app -I${PROJECT_SOURCE_DIR}/models
                -I${PROJECT_SOURCE_DIR}/widgets -I${BITSMON_QT6_HEADERS}
                -I${BITSMON_QT6_HEADERS}/QtCore -I${BITSMON_QT6_HEADERS}/QtGui
                -I${BITSMON_QT6_HEADERS}/QtWidgets -I${BITSMON_QT6_HEADERS}/QtNetwork
                ${PROJECT_SOURCE_DIR}/${source}
        COMMAND ${CMAKE_COMMAND} -E touch ${stamp}
        DEPENDS ${PROJECT_SOURCE_DIR}/${source}
        IMPLICIT_DEPENDS CXX ${PROJECT_SOURCE_DIR}/${source}
        COMMENT "Syntax-checking ${source} for Windows against the Qt headers"
        VERBATIM)
    list(APPEND stamps ${stamp})
endforeach()
add_custom_target(windows_qt_syntax ALL DEPENDS ${stamps})
