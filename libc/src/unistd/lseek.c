#include <stdint.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_host.h"

/* SEEK_SET, SEEK_CUR and SEEK_END are WASI's whence values. */
off_t lseek(int fd, off_t offset, int whence)
{
	uint64_t pos;
	int err = __w64_host_fd_seek(fd, offset, whence, &pos);

	if (err != 0)
		return __w64_set_errno(err);
	return (off_t)pos;
}
