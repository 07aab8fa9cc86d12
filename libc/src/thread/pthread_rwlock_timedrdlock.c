#include <errno.h>
#include <pthread.h>

#include "w64_thread.h"

/* Held by the caller, the lock cannot come free: sleep until abstime
 * (CLOCK_REALTIME) and time out. */
int pthread_rwlock_timedrdlock(pthread_rwlock_t *restrict lock,
				const struct timespec *restrict abstime)
{
	int err = pthread_rwlock_tryrdlock(lock);
	return err == EBUSY ? __w64_wait_until(CLOCK_REALTIME, abstime) : err;
}
