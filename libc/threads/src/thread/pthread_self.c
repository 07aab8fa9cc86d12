#include <pthread.h>

#include "w64_pthread.h"
#include "w64_thread.h"

/* The main thread keeps the single-threaded libc's id. */
pthread_t pthread_self(void)
{
	struct __w64_thread *self = __w64_self;
	return self != NULL ? (pthread_t)self : W64_MAIN_THREAD;
}
