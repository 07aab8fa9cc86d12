#include <errno.h>
#include <stddef.h>
#include <sys/stat.h>
#include <sys/time.h>

#include "w64_errno.h"

/* A relative path from dirfd (any path with AT_FDCWD), as utimensat. */
int futimesat(int dirfd, const char *path, const struct timeval times[2])
{
	if (times == NULL)
		return utimensat(dirfd, path, NULL, 0);
	struct timespec ts[2];
	for (int i = 0; i < 2; i++) {
		if (times[i].tv_usec < 0 || times[i].tv_usec >= 1000000)
			return __w64_set_errno(EINVAL);
		ts[i] = (struct timespec){.tv_sec = times[i].tv_sec, .tv_nsec = times[i].tv_usec * 1000};
	}
	return utimensat(dirfd, path, ts, 0);
}
