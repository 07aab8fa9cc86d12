#include <errno.h>
#include <semaphore.h>

#include "w64_errno.h"

/* With one thread, nothing could post while this one waits: waiting on
 * 0 would hang forever, and is EDEADLK instead (docs/libc.md). */
int sem_wait(sem_t *sem)
{
	if (sem->__count == 0)
		return __w64_set_errno(EDEADLK);
	sem->__count--;
	return 0;
}
