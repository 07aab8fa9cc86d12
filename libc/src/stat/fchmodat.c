#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "w64_errno.h"

/*
 * WASI files have no permission bits, so there is nothing to change: the
 * call succeeds when the file is there (and fails as stat would when it
 * is not), and stat keeps showing the fixed modes of sys/stat.h.  As on
 * Linux, a symbolic link's own mode cannot be changed at all.
 */
int fchmodat(int dirfd, const char *path, mode_t mode, int flags)
{
	struct stat st;

	(void)mode;
	if (flags & ~AT_SYMLINK_NOFOLLOW)
		return __w64_set_errno(EINVAL);
	if (fstatat(dirfd, path, &st, flags) != 0)
		return -1;
	if (S_ISLNK(st.st_mode))
		return __w64_set_errno(EOPNOTSUPP);
	return 0;
}
