# What every bitsmon target shares, and how a library shows its headers.

# bitsmon_settings: the compiler's warnings and Qt's habits, linked by every
# target (the top CMakeLists.txt links it into all of them).
add_library(bitsmon_settings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(bitsmon_settings INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
endif()
target_compile_features(bitsmon_settings INTERFACE cxx_std_20)
target_compile_definitions(bitsmon_settings INTERFACE
    QT_DISABLE_DEPRECATED_UP_TO=0x060400  # Debian 12 ships Qt 6.4.2: nothing newer
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER)

# bitsmon_strict_strings(): no silent conversion between bytes and text in
# the calling folder, so every string a user reads is tr() or says its
# encoding. Every folder of the product calls it; tests, benchmarks and
# fuzzers state expected text as plain literals and do not. Folder-wide
# definitions, not a linked target: they must not reach the tests through
# the libraries they link.
macro(bitsmon_strict_strings)
    add_compile_definitions(QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING)
endmacro()

# bitsmon_expose_headers(target prefix): the headers of the calling folder
# become "<prefix>/name.h" to the targets that link `target`, and to no other:
# each library gets an include root of its own in the build tree, holding a
# link to its folder, instead of everyone including from the project root.
function(bitsmon_expose_headers target prefix)
    set(root ${CMAKE_BINARY_DIR}/include/${target})
    get_filename_component(parent ${root}/${prefix} DIRECTORY)
    file(MAKE_DIRECTORY ${parent})
    if(NOT EXISTS ${root}/${prefix})
        file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${root}/${prefix} SYMBOLIC)
    endif()
    target_include_directories(${target} PUBLIC $<BUILD_INTERFACE:${root}>)
endfunction()
