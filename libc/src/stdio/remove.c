#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include "w64_errno.h"

/* unlink, or rmdir for a directory (POSIX). */
int remove(const char *path)
{
	int saved = errno;
	if (unlink(path) == 0)
		return 0;
	if (errno != EISDIR && errno != EPERM && errno != EACCES)
		return -1;
	int unlink_err = errno;
	__w64_set_errno(saved);
	if (rmdir(path) == 0)
		return 0;
	/* Not a directory after all: unlink's answer was the right one. */
	if (errno == ENOTDIR)
		__w64_set_errno(unlink_err);
	return -1;
}
