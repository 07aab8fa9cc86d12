#include <errno.h>
#include <limits.h>
#include <pthread.h>

int pthread_rwlock_tryrdlock(pthread_rwlock_t *lock)
{
	if (lock->__readers < 0)
		return EBUSY;
	if (lock->__readers == INT_MAX)
		return EAGAIN;
	lock->__readers++;
	return 0;
}
