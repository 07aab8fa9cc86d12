#include <errno.h>
#include <pthread.h>
#include <stdlib.h>

#include "w64_pthread.h"
#include "w64_thread.h"

int pthread_detach(pthread_t thread)
{
	if (thread == W64_MAIN_THREAD)
		return 0;
	struct __w64_thread *t = (struct __w64_thread *)thread;
	int joinable = W64_JOINABLE;
	if (__atomic_compare_exchange_n(&t->state, &joinable, W64_DETACHED, 0, __ATOMIC_ACQ_REL,
					__ATOMIC_ACQUIRE))
		return 0;
	if (joinable == W64_DETACHED)
		return EINVAL;
	/* It has already ended: nobody else will join it. */
	free(t);
	return 0;
}
