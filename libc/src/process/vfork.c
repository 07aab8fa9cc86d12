#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"

/* As fork: no other process can exist. */
pid_t vfork(void)
{
	return __w64_set_errno(ENOSYS);
}
