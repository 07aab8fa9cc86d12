#include <glob.h>

/* glob64_t is glob_t: file sizes and inodes are 64-bit in every build. */
int glob64(const char *restrict pattern, int flags, int (*errfunc)(const char *, int),
	   glob64_t *restrict g)
{
	return glob(pattern, flags, errfunc, g);
}
