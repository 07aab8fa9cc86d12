#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"

/* WASI can run no other program (docs/libc.md). */
int fexecve(int fd, char *const argv[], char *const envp[])
{
	(void)fd;
	(void)argv;
	(void)envp;
	return __w64_set_errno(ENOSYS);
}
