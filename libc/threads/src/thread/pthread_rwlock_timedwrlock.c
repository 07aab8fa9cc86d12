#include <pthread.h>

#include "w64_rwlock.h"

int pthread_rwlock_timedwrlock(pthread_rwlock_t *restrict lock,
				const struct timespec *restrict abstime)
{
	return __w64_rwlock_take(lock, 1, 0, abstime);
}
