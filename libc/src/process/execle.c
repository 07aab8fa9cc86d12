#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"

/* WASI can run no other program (docs/libc.md). */
int execle(const char *path, const char *arg, ...)
{
	(void)path;
	(void)arg;
	return __w64_set_errno(ENOSYS);
}
