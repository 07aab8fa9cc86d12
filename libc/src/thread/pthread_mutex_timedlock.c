#include <errno.h>
#include <pthread.h>

#include "w64_thread.h"

/* A mutex the caller holds (any other cannot exist) stays locked until
 * the time is up: a normal one sleeps until abstime (CLOCK_REALTIME) and
 * times out; an error-checking one answers EDEADLK at once. */
int pthread_mutex_timedlock(pthread_mutex_t *restrict mutex, const struct timespec *restrict abstime)
{
	int err = pthread_mutex_trylock(mutex);
	if (err != EBUSY)
		return err;
	if (mutex->__type == PTHREAD_MUTEX_ERRORCHECK)
		return EDEADLK;
	return __w64_wait_until(CLOCK_REALTIME, abstime);
}
