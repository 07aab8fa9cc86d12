/*
 * The bottom half for host-side tests: __w64_host_* (libc/internal/
 * w64_host.h) on top of POSIX, so the portable top half, built for the
 * build machine, runs as it does in wasm.  Compiled against the system's
 * headers and not renamed (see libc/native.mk): it is the one place
 * where the native libc under test meets the real one.
 */
#define _GNU_SOURCE /* environ */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "w64_host.h"

/* Linux errno values to the WASI ones the libc uses (docs/host-abi.md). */
static int wasi_errno(int e)
{
	switch (e) {
	case EBADF: return 8;
	case EFAULT: return 21;
	case EFBIG: return 22;
	case EINVAL: return 28;
	case EIO: return 29;
	case ENOSPC: return 51;
	case EPIPE: return 64;
	case EAGAIN: return 6;
	default: return 29;
	}
}

int __w64_host_fd_write(int fd, const struct __w64_ciovec *iovs, size_t iovs_len, size_t *nwritten)
{
	size_t done = 0;

	for (size_t i = 0; i < iovs_len; i++) {
		ssize_t n;
		do {
			n = write(fd, iovs[i].buf, iovs[i].buf_len);
		} while (n < 0 && errno == EINTR);
		if (n < 0) {
			if (done > 0)
				break;
			return wasi_errno(errno);
		}
		done += (size_t)n;
		if ((size_t)n < iovs[i].buf_len)
			break;
	}
	*nwritten = done;
	return 0;
}

/* The system's exit, so that LeakSanitizer still runs. */
void __w64_host_proc_exit(int status)
{
	exit(status);
}

int __w64_host_environ_sizes_get(size_t *count, size_t *buf_size)
{
	size_t n = 0, size = 0;

	for (; environ[n] != NULL; n++)
		size += strlen(environ[n]) + 1;
	*count = n;
	*buf_size = size;
	return 0;
}

int __w64_host_environ_get(char **vec, char *buf)
{
	size_t n = 0;

	for (; environ[n] != NULL; n++) {
		size_t len = strlen(environ[n]) + 1;
		memcpy(buf, environ[n], len);
		vec[n] = buf;
		buf += len;
	}
	return 0;
}

int __w64_host_fd_fdstat_get(int fd, struct __w64_fdstat *st)
{
	struct stat sb;

	if (fstat(fd, &sb) != 0)
		return wasi_errno(errno);
	memset(st, 0, sizeof *st);
	st->fs_filetype = S_ISCHR(sb.st_mode) ? W64_FILETYPE_CHARACTER_DEVICE
			: S_ISREG(sb.st_mode)  ? 4
			: S_ISDIR(sb.st_mode)  ? 3
					       : W64_FILETYPE_UNKNOWN;
	return 0;
}
