#include <errno.h>
#include <limits.h>
#include <pthread.h>

/* The one thread owns every locked mutex: a recursive one is locked
 * again, any other is busy. */
int pthread_mutex_trylock(pthread_mutex_t *mutex)
{
	if (mutex->__count == 0) {
		mutex->__count = 1;
		return 0;
	}
	if (mutex->__type != PTHREAD_MUTEX_RECURSIVE)
		return EBUSY;
	if (mutex->__count == INT_MAX)
		return EAGAIN;
	mutex->__count++;
	return 0;
}
