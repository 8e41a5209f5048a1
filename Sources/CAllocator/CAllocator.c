#include "CAllocator.h"

#include <stdint.h>
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__linux__)
#include <sys/mman.h>
#endif

/* Set once before any thread starts, read by threads started afterwards. */
static int acc__tuned = 0;
static __thread int acc__thread_prepared = 0;

void acc_allocator_tune_for_one_run(void) {
#if defined(__GLIBC__)
    /* Blocks up to 32 MB (glibc's largest threshold) come from the heaps, where freed blocks
     * are reused warm instead of being unmapped and faulted in again. */
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    /* Freed memory stays with the process, which ends soon anyway. */
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
    /* The main heap grows 16 MB at a time rather than 128 KB. */
    mallopt(M_TOP_PAD, 16 << 20);
    acc__tuned = 1;
#endif
}

/* Asks the kernel for 2 MB pages in the whole 2 MB steps of [block, block + bytes), where the
 * system leaves that to the program (transparent huge pages in "madvise" mode): a large check
 * touches a hundred megabytes, and with 4 KB pages that is some 20,000 page faults, each a trip
 * into the kernel, and as many entries to take down at exit. */
static void acc__prefer_huge_pages(void *block, size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    const uintptr_t huge = (uintptr_t)2 << 20;
    if (block == NULL) return;
    uintptr_t start = ((uintptr_t)block + huge - 1) & ~(huge - 1);
    uintptr_t end = ((uintptr_t)block + bytes) & ~(huge - 1);
    if (end > start) (void)madvise((void *)start, end - start, MADV_HUGEPAGE);
#else
    (void)block;
    (void)bytes;
#endif
}

void acc_allocator_prepare_thread(size_t bytes) {
    if (!acc__tuned || acc__thread_prepared) return;
    acc__thread_prepared = 1;
    /* Allocated and freed at once: the heap keeps the room, and with the trim threshold above
     * it is not given back. Untouched pages cost no memory. The pointer passes through a
     * volatile so that the compiler cannot drop the pair as having no effect. */
    void *volatile block = malloc(bytes);
    acc__prefer_huge_pages(block, bytes);
    free(block);
}
