#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "w64_errno.h"

/* lockf's locks are fcntl's write locks from the current position, so
 * they are granted as those are; F_TEST finds no other holder. */
int lockf(int fd, int cmd, off_t len)
{
	struct flock lk = {.l_whence = SEEK_CUR, .l_len = len};

	switch (cmd) {
	case F_LOCK:
	case F_TLOCK:
		lk.l_type = F_WRLCK;
		return fcntl(fd, F_SETLK, &lk);
	case F_ULOCK:
		lk.l_type = F_UNLCK;
		return fcntl(fd, F_SETLK, &lk);
	case F_TEST:
		lk.l_type = F_WRLCK;
		return fcntl(fd, F_GETLK, &lk);
	default:
		return __w64_set_errno(EINVAL);
	}
}
