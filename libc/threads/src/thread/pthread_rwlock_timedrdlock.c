#include <pthread.h>

#include "w64_rwlock.h"

int pthread_rwlock_timedrdlock(pthread_rwlock_t *restrict lock,
				const struct timespec *restrict abstime)
{
	return __w64_rwlock_take(lock, 0, 0, abstime);
}
