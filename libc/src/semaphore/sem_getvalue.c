#include <semaphore.h>

int sem_getvalue(sem_t *restrict sem, int *restrict value)
{
	*value = sem->__count;
	return 0;
}
