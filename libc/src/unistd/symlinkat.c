#include <string.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_path.h"

/* The target is stored as written: it is only bytes until followed. */
int symlinkat(const char *target, int dirfd, const char *path)
{
	struct __w64_at at;
	int err = __w64_path_at(dirfd, path, &at);
	if (err != 0)
		return __w64_set_errno(err);
	err = __w64_host_path_symlink(target, strlen(target), at.fd, at.path, at.len);
	__w64_path_done(&at);
	return err != 0 ? __w64_set_errno(err) : 0;
}
