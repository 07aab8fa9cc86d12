#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_stat.h"

/*
 * Every WASI file belongs to uid 0, gid 0 (what stat reports).  Keeping
 * that owner succeeds, as chown to the same owner does on Linux without
 * privilege; any other owner is EPERM.
 */
int fchownat(int dirfd, const char *path, uid_t owner, gid_t group, int flags)
{
	struct stat st;

	if (flags & ~AT_SYMLINK_NOFOLLOW)
		return __w64_set_errno(EINVAL);
	if (fstatat(dirfd, path, &st, flags) != 0)
		return -1;
	return __w64_chown_check(&st, owner, group);
}
