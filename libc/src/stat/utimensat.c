#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_path.h"
#include "w64_stat.h"

int utimensat(int dirfd, const char *path, const struct timespec times[2], int flags)
{
	uint64_t atim, mtim;
	unsigned fst;

	if (flags & ~AT_SYMLINK_NOFOLLOW)
		return __w64_set_errno(EINVAL);
	int err = __w64_times_args(times, &atim, &mtim, &fst);
	if (err != 0)
		return __w64_set_errno(err);
	struct __w64_at at;
	err = __w64_path_at(dirfd, path, &at);
	if (err != 0)
		return __w64_set_errno(err);
	unsigned lookup = (flags & AT_SYMLINK_NOFOLLOW) ? 0 : W64_LOOKUPFLAGS_SYMLINK_FOLLOW;
	err = __w64_host_path_filestat_set_times(at.fd, lookup, at.path, at.len, atim, mtim, fst);
	__w64_path_done(&at);
	return err != 0 ? __w64_set_errno(err) : 0;
}
