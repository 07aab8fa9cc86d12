#include <threads.h>

#include "w64_threads.h"

int cnd_timedwait(cnd_t *restrict cond, mtx_t *restrict mtx, const struct timespec *restrict ts)
{
	return __w64_thrd_result(pthread_cond_timedwait(cond, mtx, ts));
}
