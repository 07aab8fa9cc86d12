#include <errno.h>
#include <pthread.h>
#include <stdint.h>

#include "w64_pthread.h"

int pthread_rwlock_unlock(pthread_rwlock_t *lock)
{
	__w64_lock_take(&lock->__lock, CLOCK_REALTIME, NULL);
	int err = 0;
	if (lock->__readers == 0)
		err = EPERM;
	else
		lock->__readers = lock->__readers < 0 ? 0 : lock->__readers - 1;
	__atomic_add_fetch(&lock->__seq, 1, __ATOMIC_RELEASE);
	__w64_lock_give(&lock->__lock);
	if (err == 0)
		__w64_futex_wake(&lock->__seq, INT32_MAX);
	return err;
}
