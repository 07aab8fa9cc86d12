#include <semaphore.h>

int sem_destroy(sem_t *sem)
{
	(void)sem;
	return 0;
}
