#include <pthread.h>
#include <setjmp.h>
#include <stdlib.h>

#include "w64_pthread.h"
#include "w64_thread.h"

/*
 * A created thread unwinds to its entry (__w64_thread_entry), which runs
 * the key destructors.  The main thread cannot end alone (ending its
 * instance ends the program), so, as POSIX has the process live on
 * until its last thread ends, it runs its destructors, sleeps until the
 * other threads have ended, then exits with status 0.
 */
void pthread_exit(void *value)
{
	struct __w64_thread *self = __w64_self;
	if (self != NULL) {
		self->result = value;
		longjmp(*(jmp_buf *)self->exit_jmp, 1);
	}
	__w64_tsd_run_destructors();
	int running;
	while ((running = __atomic_load_n(&__w64_threads_running, __ATOMIC_ACQUIRE)) != 0)
		__w64_futex_wait(&__w64_threads_running, running, CLOCK_MONOTONIC, NULL);
	exit(0);
}
