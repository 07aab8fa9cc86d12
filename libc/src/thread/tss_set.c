#include <threads.h>

#include "w64_threads.h"

int tss_set(tss_t key, void *value)
{
	return __w64_thrd_result(pthread_setspecific(key, value));
}
