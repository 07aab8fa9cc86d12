#include <threads.h>

#include "w64_threads.h"

int tss_create(tss_t *key, tss_dtor_t dtor)
{
	return __w64_thrd_result(pthread_key_create(key, dtor));
}
