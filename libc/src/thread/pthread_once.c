#include <errno.h>
#include <pthread.h>

/* 0: not run; 1: running; 2: done.  A call from inside init itself
 * could never see it finish: EDEADLK rather than a hang. */
int pthread_once(pthread_once_t *once, void (*init)(void))
{
	if (*once == 2)
		return 0;
	if (*once == 1)
		return EDEADLK;
	*once = 1;
	init();
	*once = 2;
	return 0;
}
