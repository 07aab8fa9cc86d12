#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"

/* WASI has one process and no way to make another. */
pid_t fork(void)
{
	return __w64_set_errno(ENOSYS);
}
