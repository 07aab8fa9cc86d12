#include <errno.h>
#include <pthread.h>

int pthread_spin_unlock(pthread_spinlock_t *lock)
{
	if (!*lock)
		return EPERM;
	*lock = 0;
	return 0;
}
