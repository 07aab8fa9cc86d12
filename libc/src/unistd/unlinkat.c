#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_path.h"

int unlinkat(int dirfd, const char *path, int flags)
{
	if (flags & ~AT_REMOVEDIR)
		return __w64_set_errno(EINVAL);
	struct __w64_at at;
	int err = __w64_path_at(dirfd, path, &at);
	if (err != 0)
		return __w64_set_errno(err);
	if (flags & AT_REMOVEDIR)
		err = __w64_host_path_remove_directory(at.fd, at.path, at.len);
	else
		err = __w64_host_path_unlink_file(at.fd, at.path, at.len);
	__w64_path_done(&at);
	return err != 0 ? __w64_set_errno(err) : 0;
}
