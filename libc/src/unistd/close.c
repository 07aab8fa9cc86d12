#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_mman.h"
#include "w64_path.h"

/* The path layer's table replaces this when it is linked. */
__attribute__((weak)) void __w64_preopen_forget(int fd)
{
	(void)fd;
}

/* The mapping table replaces this when mmap is linked. */
__attribute__((weak)) int __w64_mman_close(int fd)
{
	(void)fd;
	return 0;
}

int close(int fd)
{
	/* A shared mapping open for writing keeps its file, as on Linux:
	 * the descriptor is closed for the program, and for the host when
	 * the mapping goes. */
	int kept = __w64_mman_close(fd);
	if (kept != 0)
		return kept > 0 ? 0 : __w64_set_errno(EBADF);
	int err = __w64_host_fd_close(fd);

	if (err != 0)
		return __w64_set_errno(err);
	/* A preopen that is gone must not resolve paths any more. */
	__w64_preopen_forget(fd);
	return 0;
}
