#include <errno.h>
#include <semaphore.h>

#include "w64_errno.h"

/* Named semaphores are for sharing between processes, which WASI does
 * not have; wasi-libc has none either. */
sem_t *sem_open(const char *name, int oflag, ...)
{
	(void)name;
	(void)oflag;
	__w64_set_errno(ENOSYS);
	return SEM_FAILED;
}
