#include <errno.h>
#include <semaphore.h>

#include "w64_errno.h"

int sem_trywait(sem_t *sem)
{
	if (sem->__count == 0)
		return __w64_set_errno(EAGAIN);
	sem->__count--;
	return 0;
}
