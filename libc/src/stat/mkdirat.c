#include <sys/stat.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_path.h"

/* The mode is not used: WASI directories have no permission bits. */
int mkdirat(int dirfd, const char *path, mode_t mode)
{
	(void)mode;
	struct __w64_at at;
	int err = __w64_path_at(dirfd, path, &at);
	if (err != 0)
		return __w64_set_errno(err);
	err = __w64_host_path_create_directory(at.fd, at.path, at.len);
	__w64_path_done(&at);
	return err != 0 ? __w64_set_errno(err) : 0;
}
