#include <semaphore.h>

int sem_getvalue(sem_t *restrict sem, int *restrict value)
{
	*value = __atomic_load_n(&sem->__count, __ATOMIC_RELAXED);
	return 0;
}
