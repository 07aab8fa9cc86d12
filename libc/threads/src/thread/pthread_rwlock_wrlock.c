#include <pthread.h>

#include "w64_rwlock.h"

int pthread_rwlock_wrlock(pthread_rwlock_t *lock)
{
	return __w64_rwlock_take(lock, 1, 0, NULL);
}
