#include <errno.h>
#include <pthread.h>

int pthread_spin_init(pthread_spinlock_t *lock, int pshared)
{
	if (pshared != PTHREAD_PROCESS_PRIVATE && pshared != PTHREAD_PROCESS_SHARED)
		return EINVAL;
	*lock = 0;
	return 0;
}
