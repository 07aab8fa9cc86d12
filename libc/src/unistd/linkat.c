#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_path.h"

/* Between two preopens the host refuses (ENOTCAPABLE), as for rename. */
int linkat(int old_dirfd, const char *old_path, int new_dirfd, const char *new_path, int flags)
{
	if (flags & ~AT_SYMLINK_FOLLOW)
		return __w64_set_errno(EINVAL);
	struct __w64_at from, to;
	int err = __w64_path_at(old_dirfd, old_path, &from);
	if (err != 0)
		return __w64_set_errno(err);
	err = __w64_path_at(new_dirfd, new_path, &to);
	if (err != 0) {
		__w64_path_done(&from);
		return __w64_set_errno(err);
	}
	unsigned lookup = (flags & AT_SYMLINK_FOLLOW) ? W64_LOOKUPFLAGS_SYMLINK_FOLLOW : 0;
	err = __w64_host_path_link(from.fd, lookup, from.path, from.len, to.fd, to.path, to.len);
	__w64_path_done(&from);
	__w64_path_done(&to);
	return err != 0 ? __w64_set_errno(err) : 0;
}
