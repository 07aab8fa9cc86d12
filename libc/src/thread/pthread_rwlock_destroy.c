#include <errno.h>
#include <pthread.h>

int pthread_rwlock_destroy(pthread_rwlock_t *lock)
{
	return lock->__readers != 0 ? EBUSY : 0;
}
