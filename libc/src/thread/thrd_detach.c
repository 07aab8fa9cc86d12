#include <threads.h>

#include "w64_threads.h"

int thrd_detach(thrd_t thr)
{
	return __w64_thrd_result(pthread_detach(thr));
}
