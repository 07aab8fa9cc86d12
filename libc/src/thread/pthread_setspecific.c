#include <errno.h>
#include <pthread.h>

#include "w64_thread.h"

int pthread_setspecific(pthread_key_t key, const void *value)
{
	if (key >= PTHREAD_KEYS_MAX || !__w64_tsd_keys[key].used)
		return EINVAL;
	__w64_tsd_keys[key].value = value;
	return 0;
}
