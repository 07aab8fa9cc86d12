#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_path.h"
#include "w64_stat.h"

int fstatat(int dirfd, const char *restrict path, struct stat *restrict st, int flags)
{
	if (flags & ~AT_SYMLINK_NOFOLLOW)
		return __w64_set_errno(EINVAL);
	struct __w64_at at;
	int err = __w64_path_at(dirfd, path, &at);
	if (err != 0)
		return __w64_set_errno(err);
	struct __w64_filestat fs;
	unsigned lookup = (flags & AT_SYMLINK_NOFOLLOW) ? 0 : W64_LOOKUPFLAGS_SYMLINK_FOLLOW;
	err = __w64_host_path_filestat_get(at.fd, lookup, at.path, at.len, &fs);
	__w64_path_done(&at);
	if (err != 0)
		return __w64_set_errno(err);
	__w64_stat_from(st, &fs);
	return 0;
}
