#include <errno.h>
#include <pthread.h>

int pthread_rwlock_trywrlock(pthread_rwlock_t *lock)
{
	if (lock->__readers != 0)
		return EBUSY;
	lock->__readers = -1;
	return 0;
}
