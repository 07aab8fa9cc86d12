#include <ftw.h>
#include <stddef.h>

#include "w64_ftw.h"

/* fd_limit is not needed: each directory is read whole, then closed,
 * before the walk goes into it, so one descriptor is open at a time. */
int nftw(const char *path, int (*fn)(const char *, const struct stat *, int, struct FTW *),
	 int fd_limit, int flags)
{
	(void)fd_limit;
	return __w64_ftw(path, fn, NULL, flags);
}
