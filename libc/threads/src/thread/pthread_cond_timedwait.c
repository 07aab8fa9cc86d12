#include <errno.h>
#include <pthread.h>

#include "w64_pthread.h"

/* A sequence count: the waiter reads it while it still holds the mutex,
 * so a signal sent after the unlock changes the word and the wait
 * returns at once.  Wake-ups may be spurious, as POSIX allows.  A
 * recursive mutex is given back as deep as it was held. */
int pthread_cond_timedwait(pthread_cond_t *restrict cond, pthread_mutex_t *restrict mutex,
			   const struct timespec *restrict abstime)
{
	int seq = __atomic_load_n(&cond->__seq, __ATOMIC_ACQUIRE);
	int depth = mutex->__count;
	if (mutex->__type == PTHREAD_MUTEX_RECURSIVE)
		mutex->__count = 1;
	int err = pthread_mutex_unlock(mutex);
	if (err != 0) {
		mutex->__count = depth;
		return err;
	}
	err = __w64_futex_wait(&cond->__seq, seq, cond->__clock, abstime);
	pthread_mutex_lock(mutex);
	mutex->__count = depth;
	return err;
}
