#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_lock.h"

/*
 * F_GETFL and F_SETFL map onto WASI's fdstat: the status flags are its
 * fdflags (the low bits of O_*), the access mode comes from the rights the
 * fd holds.  There is no exec, so FD_CLOEXEC is accepted and forgotten,
 * and no dup: F_DUPFD fails with EINVAL.  Record locks are checked as
 * Linux checks them, then granted: a WASI program is one process, and a
 * process never conflicts with its own locks.
 */
int fcntl(int fd, int cmd, ...)
{
	struct __w64_fdstat st;
	int err = __w64_host_fd_fdstat_get(fd, &st);
	if (err != 0)
		return __w64_set_errno(err);

	switch (cmd) {
	case F_GETFD:
		return 0;
	case F_SETFD:
		return 0;
	case F_GETFL: {
		int flags = st.fs_flags & 0x1f;
		if (st.fs_rights_base & (W64_RIGHT(FD_READ) | W64_RIGHT(FD_READDIR)))
			flags |= O_RDONLY;
		if (st.fs_rights_base & W64_RIGHT(FD_WRITE))
			flags |= O_WRONLY;
		return flags;
	}
	case F_SETFL: {
		va_list ap;
		va_start(ap, cmd);
		int flags = va_arg(ap, int);
		va_end(ap);
		/* Only O_APPEND and O_NONBLOCK can change (POSIX), and WASI
		 * refuses the sync flags on an open file anyway. */
		err = __w64_host_fd_fdstat_set_flags(fd, (unsigned)flags & (O_APPEND | O_NONBLOCK));
		return err != 0 ? __w64_set_errno(err) : 0;
	}
	case F_GETLK:
	case F_SETLK:
	case F_SETLKW: {
		va_list ap;
		va_start(ap, cmd);
		struct flock *lk = va_arg(ap, struct flock *);
		va_end(ap);
		err = __w64_lock_check(fd, &st, lk, cmd == F_GETLK);
		if (err != 0)
			return __w64_set_errno(err);
		if (cmd == F_GETLK)
			lk->l_type = F_UNLCK; /* nobody else holds a lock */
		return 0;
	}
	default:
		return __w64_set_errno(EINVAL);
	}
}
