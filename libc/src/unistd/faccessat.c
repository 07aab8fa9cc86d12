#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_path.h"

/*
 * WASI files have no permission bits to look at, so access() asks the
 * host the real question: R_OK and W_OK open the file for reading or
 * writing (nothing truncated, nothing created) and close it again.
 * Nothing is executable: X_OK holds for directories (search) only.
 */
static int try_open(const struct __w64_at *at, unsigned lookup, int flags, int is_dir)
{
	unsigned l, oflags, fdflags;
	uint64_t rights;
	__w64_open_args(flags | (is_dir ? O_DIRECTORY : 0), &l, &oflags, &fdflags, &rights);
	int fd;
	int err = __w64_host_path_open(at->fd, lookup, at->path, at->len, oflags, rights, 0, 0, &fd);
	if (err == 0)
		__w64_host_fd_close(fd);
	return err;
}

int faccessat(int dirfd, const char *path, int mode, int flags)
{
	if ((mode & ~(R_OK | W_OK | X_OK)) != 0 || (flags & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW)) != 0)
		return __w64_set_errno(EINVAL);
	struct __w64_at at;
	int err = __w64_path_at(dirfd, path, &at);
	if (err != 0)
		return __w64_set_errno(err);

	unsigned lookup = (flags & AT_SYMLINK_NOFOLLOW) ? 0 : W64_LOOKUPFLAGS_SYMLINK_FOLLOW;
	struct __w64_filestat st;
	err = __w64_host_path_filestat_get(at.fd, lookup, at.path, at.len, &st);
	int is_dir = err == 0 && st.filetype == W64_FILETYPE_DIRECTORY;
	if (err == 0 && (mode & X_OK) && !is_dir)
		err = EACCES;
	if (err == 0 && (mode & (R_OK | X_OK)))
		err = try_open(&at, lookup, O_RDONLY, is_dir);
	/* A directory cannot be opened for writing; whether entries can be
	 * made in it shows only when one is. */
	if (err == 0 && (mode & W_OK) && !is_dir)
		err = try_open(&at, lookup, O_WRONLY, 0);
	__w64_path_done(&at);
	return err != 0 ? __w64_set_errno(err) : 0;
}
