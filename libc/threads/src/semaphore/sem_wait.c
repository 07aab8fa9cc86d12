#include <semaphore.h>
#include <time.h>

int sem_wait(sem_t *sem)
{
	return sem_clockwait(sem, CLOCK_MONOTONIC, NULL);
}
