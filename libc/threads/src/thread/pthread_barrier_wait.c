#include <pthread.h>
#include <stdint.h>

#include "w64_pthread.h"

/* The last to arrive starts a new round (the sequence word) and is the
 * serial thread; the others sleep until the round changes. */
int pthread_barrier_wait(pthread_barrier_t *barrier)
{
	__w64_lock_take(&barrier->__lock, CLOCK_REALTIME, NULL);
	int seq = barrier->__seq;
	if (++barrier->__arrived == barrier->__count) {
		barrier->__arrived = 0;
		__atomic_add_fetch(&barrier->__seq, 1, __ATOMIC_RELEASE);
		__w64_lock_give(&barrier->__lock);
		__w64_futex_wake(&barrier->__seq, INT32_MAX);
		return PTHREAD_BARRIER_SERIAL_THREAD;
	}
	__w64_lock_give(&barrier->__lock);
	while (__atomic_load_n(&barrier->__seq, __ATOMIC_ACQUIRE) == seq)
		__w64_futex_wait(&barrier->__seq, seq, CLOCK_MONOTONIC, NULL);
	return 0;
}
