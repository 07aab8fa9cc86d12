#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"

/* WASI can run no other program (docs/libc.md). */
int execvp(const char *file, char *const argv[])
{
	(void)file;
	(void)argv;
	return __w64_set_errno(ENOSYS);
}
