#include <errno.h>
#include <pthread.h>

int pthread_spin_trylock(pthread_spinlock_t *lock)
{
	if (*lock)
		return EBUSY;
	*lock = 1;
	return 0;
}
