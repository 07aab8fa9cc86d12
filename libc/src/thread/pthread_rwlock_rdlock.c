#include <errno.h>
#include <pthread.h>

/* Write-locked means by the caller (one thread): EDEADLK, which POSIX
 * allows, instead of waiting forever. */
int pthread_rwlock_rdlock(pthread_rwlock_t *lock)
{
	int err = pthread_rwlock_tryrdlock(lock);
	return err == EBUSY ? EDEADLK : err;
}
