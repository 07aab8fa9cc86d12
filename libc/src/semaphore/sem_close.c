#include <errno.h>
#include <semaphore.h>

#include "w64_errno.h"

/* No sem_open can have succeeded. */
int sem_close(sem_t *sem)
{
	(void)sem;
	return __w64_set_errno(ENOSYS);
}
