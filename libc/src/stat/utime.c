#include <fcntl.h>
#include <stddef.h>
#include <sys/stat.h>
#include <utime.h>

int utime(const char *path, const struct utimbuf *times)
{
	if (times == NULL)
		return utimensat(AT_FDCWD, path, NULL, 0);
	struct timespec ts[2] = {{.tv_sec = times->actime}, {.tv_sec = times->modtime}};
	return utimensat(AT_FDCWD, path, ts, 0);
}
