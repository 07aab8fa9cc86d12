#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "w64_format.h"
#include "w64_stdio.h"

struct fd_sink {
	struct __w64_sink base;
	int fd;
	size_t used;
	char buf[512];
};

static int fd_flush(struct fd_sink *fs)
{
	size_t n = fs->used;
	fs->used = 0;
	return __w64_write_all(fs->fd, fs->buf, n) == n ? 0 : -1;
}

static int fd_write(struct __w64_sink *s, const char *p, size_t n)
{
	struct fd_sink *fs = (struct fd_sink *)s;

	if (n > sizeof fs->buf - fs->used) {
		if (fd_flush(fs) != 0)
			return -1;
		if (n >= sizeof fs->buf)
			return __w64_write_all(fs->fd, p, n) == n ? 0 : -1;
	}
	memcpy(fs->buf + fs->used, p, n);
	fs->used += n;
	return 0;
}

/* No stream: output is gathered in a small buffer and written with as
 * few write() calls as it takes. */
int vdprintf(int fd, const char *restrict fmt, va_list ap)
{
	struct fd_sink sink = {.base = {.write = fd_write}, .fd = fd};

	int ret = __w64_vformat(&sink.base, fmt, ap);
	if (fd_flush(&sink) != 0)
		ret = -1;
	return ret;
}
