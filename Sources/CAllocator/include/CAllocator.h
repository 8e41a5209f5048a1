#ifndef CALLOCATOR_H
#define CALLOCATOR_H

#include <stddef.h>

/* Tunes glibc's allocator for a process that runs one check (or one batch) and exits: large
 * blocks come from the heap rather than from a mapping of their own, freed memory is kept
 * for reuse rather than handed back, and the main heap grows in large steps. Call it once,
 * before any thread is started. Does nothing on other C libraries. */
void acc_allocator_tune_for_one_run(void);

/* After acc_allocator_tune_for_one_run, gives the calling thread's heap room for `bytes` in
 * one step, the first time a thread calls it, and asks for that room in 2 MB pages where the
 * system leaves huge pages to the program. glibc grows a thread's heap page by page, with a
 * system call each time, and those calls stall every other thread's page faults. Does nothing
 * when the allocator was not tuned. */
void acc_allocator_prepare_thread(size_t bytes);

#endif
