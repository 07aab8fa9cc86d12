#include <errno.h>
#include <limits.h>
#include <pthread.h>

#include "w64_pthread.h"

/* pthread_mutex_lock is this without a time limit.  A normal mutex
 * relocked by its holder deadlocks, as POSIX says (and glibc does); the
 * other types look at the owner first. */
int pthread_mutex_timedlock(pthread_mutex_t *restrict mutex, const struct timespec *restrict abstime)
{
	pthread_t self = pthread_self();
	if (mutex->__type != PTHREAD_MUTEX_NORMAL &&
	    __atomic_load_n(&mutex->__owner, __ATOMIC_RELAXED) == self) {
		if (mutex->__type != PTHREAD_MUTEX_RECURSIVE)
			return EDEADLK;
		if (mutex->__count == INT_MAX)
			return EAGAIN;
		mutex->__count++;
		return 0;
	}
	int err = __w64_lock_take(&mutex->__lock, CLOCK_REALTIME, abstime);
	if (err != 0)
		return err;
	__atomic_store_n(&mutex->__owner, self, __ATOMIC_RELAXED);
	mutex->__count = 1;
	return 0;
}
