#include <errno.h>
#include <semaphore.h>

#include "w64_errno.h"

int sem_unlink(const char *name)
{
	(void)name;
	return __w64_set_errno(ENOSYS);
}
