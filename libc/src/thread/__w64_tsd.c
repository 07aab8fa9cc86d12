#include <pthread.h>
#include <stddef.h>

#include "w64_thread.h"

struct __w64_tsd_key __w64_tsd_keys[PTHREAD_KEYS_MAX];

void __w64_tsd_run_destructors(void)
{
	for (int round = 0; round < PTHREAD_DESTRUCTOR_ITERATIONS; round++) {
		int ran = 0;
		for (unsigned k = 0; k < PTHREAD_KEYS_MAX; k++) {
			struct __w64_tsd_key *key = &__w64_tsd_keys[k];
			if (key->used && key->value != NULL && key->destructor != NULL) {
				void *v = (void *)key->value;
				key->value = NULL;
				key->destructor(v);
				ran = 1;
			}
		}
		if (!ran)
			break;
	}
}
