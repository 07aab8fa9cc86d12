#include <errno.h>
#include <pthread.h>

/* As pthread_setcancelstate: recorded, never acted on. */
static int type = PTHREAD_CANCEL_DEFERRED;

int pthread_setcanceltype(int new_type, int *old)
{
	if (new_type != PTHREAD_CANCEL_DEFERRED && new_type != PTHREAD_CANCEL_ASYNCHRONOUS)
		return EINVAL;
	if (old != NULL)
		*old = type;
	type = new_type;
	return 0;
}
