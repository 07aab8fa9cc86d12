#include <errno.h>
#include <pthread.h>

#include "w64_pthread.h"

int pthread_key_create(pthread_key_t *key, void (*destructor)(void *))
{
	int err = EAGAIN;
	__w64_lock_take(&__w64_tsd_lock, CLOCK_MONOTONIC, NULL);
	for (unsigned k = 0; k < PTHREAD_KEYS_MAX; k++) {
		if ((__w64_tsd_gen[k] & 1) == 0) {
			__w64_tsd_gen[k]++;
			__w64_tsd_dtor[k] = destructor;
			*key = k;
			err = 0;
			break;
		}
	}
	__w64_lock_give(&__w64_tsd_lock);
	return err;
}
