# Project-wide compiler settings: warnings are errors, optional sanitizers and libFuzzer.

add_library(onewindow_compiler_flags INTERFACE)
target_compile_options(onewindow_compiler_flags INTERFACE -Wall -Wextra -Werror)
target_compile_definitions(onewindow_compiler_flags INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(ONEWINDOW_SANITIZE)
    set(_onewindow_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_compile_options(${_onewindow_san})
    add_link_options(${_onewindow_san})
endif()

if(ONEWINDOW_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "ONEWINDOW_FUZZ needs clang (cmake --preset fuzz)")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

# The Qt Quick side's libraries (view models, QML module, shell, reference hall) are compiled as a
# few merged translation units: a clean build (CI, packaging) parses Qt's heavy headers once per
# batch instead of once per file. Their tests pull in the whole library anyway (QML type
# registration references every type), so merged objects cost nothing at link time. Configure with
# -DONEWINDOW_UNITY_BUILD=OFF for the quickest single-file rebuilds while working on a library.
option(ONEWINDOW_UNITY_BUILD "Compile the libraries as unity (merged) sources" ON)
function(onewindow_unity_build target)
    set_target_properties(${target} PROPERTIES
        UNITY_BUILD ${ONEWINDOW_UNITY_BUILD}
        UNITY_BUILD_BATCH_SIZE 12)
endfunction()
