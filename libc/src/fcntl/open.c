#include <fcntl.h>

int open(const char *path, int flags, ...)
{
	return openat(AT_FDCWD, path, flags);
}
