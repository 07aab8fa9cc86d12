#include <threads.h>

#include "w64_threads.h"

/* Nothing could signal it: thrd_error (pthread_cond_wait's EDEADLK). */
int cnd_wait(cnd_t *cond, mtx_t *mtx)
{
	return __w64_thrd_result(pthread_cond_wait(cond, mtx));
}
