#include <stdint.h>
#include <threads.h>

#include "w64_threads.h"

int thrd_join(thrd_t thr, int *res)
{
	void *value;
	int err = pthread_join(thr, &value);
	if (err == 0 && res != NULL)
		*res = (int)(intptr_t)value;
	return __w64_thrd_result(err);
}
