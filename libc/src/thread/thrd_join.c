#include <threads.h>

#include "w64_threads.h"

int thrd_join(thrd_t thr, int *res)
{
	(void)res;
	return __w64_thrd_result(pthread_join(thr, NULL));
}
