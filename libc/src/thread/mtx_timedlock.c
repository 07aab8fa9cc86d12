#include <threads.h>

#include "w64_threads.h"

int mtx_timedlock(mtx_t *restrict mtx, const struct timespec *restrict ts)
{
	return __w64_thrd_result(pthread_mutex_timedlock(mtx, ts));
}
