#include <errno.h>
#include <pthread.h>

#include "w64_thread.h"

/* Only the time can end the wait: the mutex is released, the caller
 * sleeps until abstime on the condition's clock, and gets the mutex back
 * with ETIMEDOUT. */
int pthread_cond_timedwait(pthread_cond_t *restrict cond, pthread_mutex_t *restrict mutex,
			   const struct timespec *restrict abstime)
{
	if (mutex->__count == 0)
		return EPERM;
	if (abstime->tv_nsec < 0 || abstime->tv_nsec >= 1000000000L)
		return EINVAL;
	int saved = mutex->__count;
	mutex->__count = 0;
	int err = __w64_wait_until(cond->__clock, abstime);
	mutex->__count = saved;
	return err;
}
