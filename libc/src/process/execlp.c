#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"

/* WASI can run no other program (docs/libc.md). */
int execlp(const char *file, const char *arg, ...)
{
	(void)file;
	(void)arg;
	return __w64_set_errno(ENOSYS);
}
