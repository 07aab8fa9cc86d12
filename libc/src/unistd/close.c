#include <unistd.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_path.h"

/* The path layer's table replaces this when it is linked. */
__attribute__((weak)) void __w64_preopen_forget(int fd)
{
	(void)fd;
}

int close(int fd)
{
	int err = __w64_host_fd_close(fd);

	if (err != 0)
		return __w64_set_errno(err);
	/* A preopen that is gone must not resolve paths any more. */
	__w64_preopen_forget(fd);
	return 0;
}
