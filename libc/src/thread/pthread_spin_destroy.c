#include <errno.h>
#include <pthread.h>

int pthread_spin_destroy(pthread_spinlock_t *lock)
{
	return *lock ? EBUSY : 0;
}
