#include <pthread.h>

#include "w64_pthread.h"

void *pthread_getspecific(pthread_key_t key)
{
	if (key >= PTHREAD_KEYS_MAX)
		return NULL;
	const struct __w64_tsd_slot *slot = &__w64_tsd_values[key];
	if (slot->gen != __atomic_load_n(&__w64_tsd_gen[key], __ATOMIC_RELAXED))
		return NULL;
	return (void *)slot->value;
}
