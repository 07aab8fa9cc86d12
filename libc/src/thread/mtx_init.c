#include <threads.h>

int mtx_init(mtx_t *mtx, int type)
{
	if (type != mtx_plain && type != mtx_timed && type != (mtx_plain | mtx_recursive) &&
	    type != (mtx_timed | mtx_recursive))
		return thrd_error;
	pthread_mutexattr_t attr;
	pthread_mutexattr_init(&attr);
	/* C11 leaves relocking a plain mutex undefined; error-checking
	 * turns it into thrd_error, and a timed lock into a timeout. */
	pthread_mutexattr_settype(&attr, (type & mtx_recursive) ? PTHREAD_MUTEX_RECURSIVE
								 : PTHREAD_MUTEX_NORMAL);
	pthread_mutex_init(mtx, &attr);
	return thrd_success;
}
