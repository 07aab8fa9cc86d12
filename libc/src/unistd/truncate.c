#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "w64_errno.h"

/* WASI sets a size through a descriptor only: open, resize, close. */
int truncate(const char *path, off_t length)
{
	if (length < 0)
		return __w64_set_errno(EINVAL);
	int fd = open(path, O_WRONLY);
	if (fd < 0)
		return -1;
	int ret = ftruncate(fd, length);
	int saved = errno;
	close(fd);
	if (ret != 0)
		return __w64_set_errno(saved);
	return 0;
}
