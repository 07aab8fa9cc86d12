#include <dirent.h>
#include <fcntl.h>

DIR *opendir(const char *path)
{
	return opendirat(AT_FDCWD, path);
}
