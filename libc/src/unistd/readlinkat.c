#include <stdint.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_path.h"

ssize_t readlinkat(int dirfd, const char *restrict path, char *restrict buf, size_t size)
{
	struct __w64_at at;
	int err = __w64_path_at(dirfd, path, &at);
	if (err != 0)
		return __w64_set_errno(err);
	size_t used = 0;
	if (size > (size_t)(SIZE_MAX >> 1))
		size = (size_t)(SIZE_MAX >> 1);
	err = __w64_host_path_readlink(at.fd, at.path, at.len, buf, size, &used);
	__w64_path_done(&at);
	if (err != 0)
		return __w64_set_errno(err);
	return (ssize_t)used;
}
