# onewindow_add_fuzzer(fuzz_NAME SOURCES … LIBRARIES … CORPUS DIR…): one file defining
# LLVMFuzzerTestOneInput and its seed corpus. With -DONEWINDOW_FUZZ=ON (cmake --preset fuzz,
# clang) it is a libFuzzer fuzzer; in the normal build it replays its seed corpus as a ctest test
# labelled "fuzz". A module of its own because tests/fuzz and hall/fuzz both declare fuzzers.
include_guard(GLOBAL)

function(onewindow_add_fuzzer name)
    cmake_parse_arguments(arg "" "CORPUS" "SOURCES;LIBRARIES" ${ARGN})
    if(ONEWINDOW_FUZZ)
        add_executable(${name} ${arg_SOURCES})
        target_link_options(${name} PRIVATE -fsanitize=fuzzer)
    else()
        add_executable(${name} ${arg_SOURCES} ${PROJECT_SOURCE_DIR}/tests/fuzz/replaymain.cpp)
        add_test(NAME ${name} COMMAND ${name} ${arg_CORPUS})
        set_tests_properties(${name} PROPERTIES LABELS fuzz)
    endif()
    target_link_libraries(${name} PRIVATE onewindow_compiler_flags ${arg_LIBRARIES})
endfunction()
