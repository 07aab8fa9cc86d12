#include <pthread.h>

#include "w64_pthread.h"
#include "w64_thread.h"

unsigned __w64_tsd_gen[PTHREAD_KEYS_MAX];
void (*__w64_tsd_dtor[PTHREAD_KEYS_MAX])(void *);
int __w64_tsd_lock;
_Thread_local struct __w64_tsd_slot __w64_tsd_values[PTHREAD_KEYS_MAX];

/* The exiting thread's values only; the destructor is read under the
 * lock, since another thread may delete the key meanwhile. */
void __w64_tsd_run_destructors(void)
{
	for (int round = 0; round < PTHREAD_DESTRUCTOR_ITERATIONS; round++) {
		int ran = 0;
		for (unsigned k = 0; k < PTHREAD_KEYS_MAX; k++) {
			struct __w64_tsd_slot *slot = &__w64_tsd_values[k];
			if (slot->value == NULL)
				continue;
			__w64_lock_take(&__w64_tsd_lock, CLOCK_MONOTONIC, NULL);
			void (*dtor)(void *) = __w64_tsd_gen[k] == slot->gen ? __w64_tsd_dtor[k] : NULL;
			__w64_lock_give(&__w64_tsd_lock);
			void *value = (void *)slot->value;
			slot->value = NULL;
			if (dtor != NULL) {
				dtor(value);
				ran = 1;
			}
		}
		if (!ran)
			break;
	}
}
