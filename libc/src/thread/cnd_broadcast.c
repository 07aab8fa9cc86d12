#include <threads.h>

#include "w64_threads.h"

int cnd_broadcast(cnd_t *cond)
{
	return __w64_thrd_result(pthread_cond_broadcast(cond));
}
