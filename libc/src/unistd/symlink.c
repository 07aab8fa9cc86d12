#include <fcntl.h>
#include <unistd.h>

int symlink(const char *target, const char *path)
{
	return symlinkat(target, AT_FDCWD, path);
}
