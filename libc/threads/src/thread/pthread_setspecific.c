#include <errno.h>
#include <pthread.h>

#include "w64_pthread.h"

int pthread_setspecific(pthread_key_t key, const void *value)
{
	if (key >= PTHREAD_KEYS_MAX)
		return EINVAL;
	unsigned gen = __atomic_load_n(&__w64_tsd_gen[key], __ATOMIC_RELAXED);
	if ((gen & 1) == 0)
		return EINVAL;
	__w64_tsd_values[key].gen = gen;
	__w64_tsd_values[key].value = value;
	return 0;
}
