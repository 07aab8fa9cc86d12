#include <errno.h>
#include <pthread.h>
#include <stddef.h>

#include "w64_thread.h"

/* The destructor is not called (POSIX). */
int pthread_key_delete(pthread_key_t key)
{
	if (key >= PTHREAD_KEYS_MAX || !__w64_tsd_keys[key].used)
		return EINVAL;
	__w64_tsd_keys[key].used = 0;
	__w64_tsd_keys[key].value = NULL;
	return 0;
}
