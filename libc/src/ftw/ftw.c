#include <ftw.h>
#include <stddef.h>

#include "w64_ftw.h"

int ftw(const char *path, int (*fn)(const char *, const struct stat *, int), int fd_limit)
{
	(void)fd_limit;
	return __w64_ftw(path, NULL, fn, 0);
}
