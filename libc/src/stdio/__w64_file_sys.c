#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_stdio.h"

ssize_t __w64_file_sys_read(struct __w64_file *f, void *p, size_t n)
{
	if (!(f->flags & W64_FILE_COOKIE))
		return read(f->fd, p, n);
	/* No read function: every read fails, as in glibc. */
	if (f->io.read == NULL)
		return -1;
	ssize_t got = f->io.read(f->cookie, p, n);
	return got < 0 ? -1 : got > (ssize_t)n ? (ssize_t)n : got;
}

size_t __w64_file_sys_write(struct __w64_file *f, const void *p, size_t n)
{
	if (!(f->flags & W64_FILE_COOKIE))
		return __w64_write_all(f->fd, p, n);
	if (f->io.write == NULL)
		return 0;
	ssize_t done = f->io.write(f->cookie, p, n);
	return done <= 0 ? 0 : (size_t)done > n ? n : (size_t)done;
}

off_t __w64_file_sys_seek(struct __w64_file *f, off_t offset, int whence)
{
	if (!(f->flags & W64_FILE_COOKIE))
		return lseek(f->fd, offset, whence);
	if (f->io.seek == NULL)
		return __w64_set_errno(ESPIPE);
	off_t pos = offset;
	if (f->io.seek(f->cookie, &pos, whence) != 0)
		return -1;
	return pos;
}

int __w64_file_sys_close(struct __w64_file *f)
{
	if (!(f->flags & W64_FILE_COOKIE))
		return close(f->fd);
	return f->io.close != NULL ? f->io.close(f->cookie) : 0;
}
