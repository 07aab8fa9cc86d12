#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>

#include "w64_host.h"
#include "w64_lock.h"

int __w64_lock_check(int fd, const struct __w64_fdstat *st, const struct flock *lk, int query)
{
	if (lk->l_type != F_RDLCK && lk->l_type != F_WRLCK && (query || lk->l_type != F_UNLCK))
		return EINVAL;
	int64_t base = 0;
	if (lk->l_whence == SEEK_CUR || lk->l_whence == SEEK_END) {
		uint64_t pos = 0;
		struct __w64_filestat fs;
		int err = lk->l_whence == SEEK_CUR ? __w64_host_fd_seek(fd, 0, W64_WHENCE_CUR, &pos)
						   : __w64_host_fd_filestat_get(fd, &fs);
		if (err != 0)
			return err;
		base = (int64_t)(lk->l_whence == SEEK_CUR ? pos : fs.size);
	} else if (lk->l_whence != SEEK_SET) {
		return EINVAL;
	}
	/* The range is [start, start + len), or [start + len, start) for a
	 * negative len; either way it may not begin before the file. */
	int64_t start;
	if (__builtin_add_overflow(base, (int64_t)lk->l_start, &start))
		return EOVERFLOW;
	if (start < 0 || (lk->l_len < 0 && start + lk->l_len < 0))
		return EINVAL;
	if (!query) {
		uint64_t need = lk->l_type == F_RDLCK   ? W64_RIGHT(FD_READ)
				: lk->l_type == F_WRLCK ? W64_RIGHT(FD_WRITE)
							: 0;
		if ((st->fs_rights_base & need) != need)
			return EBADF;
	}
	return 0;
}
