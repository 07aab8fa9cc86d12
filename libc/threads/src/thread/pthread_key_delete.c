#include <errno.h>
#include <pthread.h>

#include "w64_pthread.h"

int pthread_key_delete(pthread_key_t key)
{
	int err = EINVAL;
	__w64_lock_take(&__w64_tsd_lock, CLOCK_MONOTONIC, NULL);
	if (key < PTHREAD_KEYS_MAX && (__w64_tsd_gen[key] & 1) != 0) {
		__w64_tsd_gen[key]++;
		__w64_tsd_dtor[key] = NULL;
		err = 0;
	}
	__w64_lock_give(&__w64_tsd_lock);
	return err;
}
