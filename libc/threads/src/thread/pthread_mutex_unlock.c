#include <errno.h>
#include <pthread.h>

#include "w64_pthread.h"

int pthread_mutex_unlock(pthread_mutex_t *mutex)
{
	if (mutex->__type != PTHREAD_MUTEX_NORMAL) {
		if (__atomic_load_n(&mutex->__owner, __ATOMIC_RELAXED) != pthread_self())
			return EPERM;
		if (--mutex->__count > 0)
			return 0;
	} else if (__atomic_load_n(&mutex->__lock, __ATOMIC_RELAXED) == 0) {
		return EPERM;
	}
	mutex->__count = 0;
	__atomic_store_n(&mutex->__owner, 0, __ATOMIC_RELAXED);
	__w64_lock_give(&mutex->__lock);
	return 0;
}
