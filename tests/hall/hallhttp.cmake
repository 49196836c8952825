# The hall's HTTP/1.1 parser as a Qt Core-only library, shared by tests/hall and tests/fuzz (the
# fuzz preset builds no Qt Quick, so the parser must not need it).
include_guard(GLOBAL)
add_library(onewindow_hall_http STATIC
    ${CMAKE_CURRENT_LIST_DIR}/httprequest.h
    ${CMAKE_CURRENT_LIST_DIR}/httprequestparser.h ${CMAKE_CURRENT_LIST_DIR}/httprequestparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/httpresponse.h ${CMAKE_CURRENT_LIST_DIR}/httpresponse.cpp)
target_include_directories(onewindow_hall_http PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(onewindow_hall_http PUBLIC Qt6::Core PRIVATE onewindow_compiler_flags)
