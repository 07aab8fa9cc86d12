#include <pthread.h>
#include <stdint.h>

#include "w64_pthread.h"

/* The states of pthread_once_t (bits/pthread_types.h). */
enum { NOT_RUN, RUNNING, RUNNING_WAITED, DONE };

int pthread_once(pthread_once_t *once, void (*init)(void))
{
	for (;;) {
		int state = NOT_RUN;
		if (__atomic_compare_exchange_n(once, &state, RUNNING, 0, __ATOMIC_ACQUIRE,
						__ATOMIC_ACQUIRE)) {
			init();
			if (__atomic_exchange_n(once, DONE, __ATOMIC_RELEASE) == RUNNING_WAITED)
				__w64_futex_wake(once, INT32_MAX);
			return 0;
		}
		if (state == DONE)
			return 0;
		if (state == RUNNING &&
		    !__atomic_compare_exchange_n(once, &state, RUNNING_WAITED, 0, __ATOMIC_ACQUIRE,
						 __ATOMIC_ACQUIRE))
			continue;
		__w64_futex_wait(once, RUNNING_WAITED, CLOCK_MONOTONIC, NULL);
	}
}
