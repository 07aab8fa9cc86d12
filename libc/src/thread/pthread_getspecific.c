#include <pthread.h>
#include <stddef.h>

#include "w64_thread.h"

void *pthread_getspecific(pthread_key_t key)
{
	if (key >= PTHREAD_KEYS_MAX || !__w64_tsd_keys[key].used)
		return NULL;
	return (void *)__w64_tsd_keys[key].value;
}
