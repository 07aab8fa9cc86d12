#include <dirent.h>
#include <fcntl.h>

int scandir(const char *path, struct dirent ***namelist, int (*filter)(const struct dirent *),
	    int (*compar)(const struct dirent **, const struct dirent **))
{
	return scandirat(AT_FDCWD, path, namelist, filter, compar);
}
