#include <errno.h>
#include <pthread.h>
#include <stddef.h>

#include "w64_thread.h"

int pthread_key_create(pthread_key_t *key, void (*destructor)(void *))
{
	for (unsigned k = 0; k < PTHREAD_KEYS_MAX; k++) {
		struct __w64_tsd_key *slot = &__w64_tsd_keys[k];
		if (!slot->used) {
			slot->used = 1;
			slot->destructor = destructor;
			slot->value = NULL;
			*key = k;
			return 0;
		}
	}
	return EAGAIN;
}
