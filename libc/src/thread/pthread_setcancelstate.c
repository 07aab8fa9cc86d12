#include <errno.h>
#include <pthread.h>

/* Nothing can cancel the one thread; the state is recorded and reported
 * as set. */
static int state = PTHREAD_CANCEL_ENABLE;

int pthread_setcancelstate(int new_state, int *old)
{
	if (new_state != PTHREAD_CANCEL_ENABLE && new_state != PTHREAD_CANCEL_DISABLE)
		return EINVAL;
	if (old != NULL)
		*old = state;
	state = new_state;
	return 0;
}
