# The allocator the terminal's programs link first, so that it serves every malloc in them.
#
# mimalloc rather than glibc's malloc: a catalog load reads 50,000 items on one thread while the
# other writes them, and every item is made and freed on the reading thread. Under glibc a third
# of that thread's time went to malloc and free (consolidating, trimming and faulting its heap
# back in), and glibc's tunables did not change that. mimalloc's per-thread pages make the whole
# load 15% faster (interleaved runs over 50,000 items: median 3085 -> 2601 ms, CPU 4.9 -> 4.4 s)
# for about 50 MB more at its peak; tcmalloc and jemalloc measured alike, jemalloc with a higher
# peak. Sanitizer and fuzzing builds keep the allocator their runtime brings.
add_library(onewindow_allocator INTERFACE)
if(NOT ONEWINDOW_SANITIZE AND NOT ONEWINDOW_FUZZ)
    find_package(mimalloc 2.0 REQUIRED)
    target_link_libraries(onewindow_allocator INTERFACE mimalloc)
    target_sources(onewindow_allocator INTERFACE
        ${PROJECT_SOURCE_DIR}/app/allocator/allocatoroptions.cpp)
endif()
