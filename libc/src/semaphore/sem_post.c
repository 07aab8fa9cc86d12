#include <errno.h>
#include <semaphore.h>

#include "w64_errno.h"

int sem_post(sem_t *sem)
{
	if (sem->__count == SEM_VALUE_MAX)
		return __w64_set_errno(EOVERFLOW);
	sem->__count++;
	return 0;
}
