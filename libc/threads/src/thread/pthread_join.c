#include <errno.h>
#include <pthread.h>
#include <stdlib.h>

#include "w64_pthread.h"
#include "w64_thread.h"

int pthread_join(pthread_t thread, void **value)
{
	if (thread == pthread_self())
		return EDEADLK;
	/* The main thread never ends while another runs. */
	if (thread == W64_MAIN_THREAD)
		return EINVAL;
	struct __w64_thread *t = (struct __w64_thread *)thread;
	int state;
	while ((state = __atomic_load_n(&t->state, __ATOMIC_ACQUIRE)) == W64_JOINABLE)
		__w64_futex_wait(&t->state, W64_JOINABLE, CLOCK_MONOTONIC, NULL);
	if (state != W64_EXITED)
		return EINVAL;
	if (value != NULL)
		*value = t->result;
	free(t);
	return 0;
}
