#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"

/* WASI can run no other program (docs/libc.md). */
int execv(const char *path, char *const argv[])
{
	(void)path;
	(void)argv;
	return __w64_set_errno(ENOSYS);
}
