#include <threads.h>

#include "w64_threads.h"

int mtx_trylock(mtx_t *mtx)
{
	return __w64_thrd_result(pthread_mutex_trylock(mtx));
}
