#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "w64_errno.h"

DIR *opendirat(int dirfd, const char *path)
{
	int fd = openat(dirfd, path, O_RDONLY | O_DIRECTORY);
	if (fd < 0)
		return NULL;
	DIR *d = fdopendir(fd);
	if (d == NULL) {
		int saved = errno;
		close(fd);
		__w64_set_errno(saved);
	}
	return d;
}
