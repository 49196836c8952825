# Helpers to declare tests with their ctest labels.

# onewindow_add_unit_test(tst_name SOURCES … [LIBRARIES …] [LABELS …])
function(onewindow_add_qt_test name)
    cmake_parse_arguments(arg "" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    qt_add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test onewindow_compiler_flags ${arg_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT arg_LABELS)
        set(arg_LABELS unit)
    endif()
    set_tests_properties(${name} PROPERTIES LABELS "${arg_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")
endfunction()
