#include <errno.h>
#include <pthread.h>

/* Releases the write lock or one read lock; EPERM when none is held. */
int pthread_rwlock_unlock(pthread_rwlock_t *lock)
{
	if (lock->__readers == 0)
		return EPERM;
	if (lock->__readers < 0)
		lock->__readers = 0;
	else
		lock->__readers--;
	return 0;
}
