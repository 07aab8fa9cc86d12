#include <errno.h>
#include <semaphore.h>

#include "w64_errno.h"

/* pshared is kept for sem_getvalue's sake only: there is one process. */
int sem_init(sem_t *sem, int pshared, unsigned value)
{
	if (value > SEM_VALUE_MAX)
		return __w64_set_errno(EINVAL);
	sem->__count = (int)value;
	sem->__shared = pshared != 0;
	return 0;
}
