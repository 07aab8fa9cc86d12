#include <errno.h>
#include <pthread.h>

/* Any lock held is the caller's own: EDEADLK instead of waiting
 * forever. */
int pthread_rwlock_wrlock(pthread_rwlock_t *lock)
{
	int err = pthread_rwlock_trywrlock(lock);
	return err == EBUSY ? EDEADLK : err;
}
