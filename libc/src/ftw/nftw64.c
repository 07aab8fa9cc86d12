#include <ftw.h>

/* struct stat64 is struct stat. */
int nftw64(const char *path, int (*fn)(const char *, const struct stat *, int, struct FTW *),
	   int fd_limit, int flags)
{
	return nftw(path, fn, fd_limit, flags);
}
