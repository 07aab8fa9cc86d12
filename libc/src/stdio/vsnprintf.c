#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "w64_format.h"

struct buf_sink {
	struct __w64_sink base;
	char *buf;
	size_t room; /* bytes that still fit, keeping one for the NUL */
};

/* Keeps what fits and drops the rest: the count goes on regardless, as
 * snprintf returns the length the whole output would have had. */
static int buf_write(struct __w64_sink *s, const char *p, size_t n)
{
	struct buf_sink *bs = (struct buf_sink *)s;
	size_t take = n < bs->room ? n : bs->room;

	memcpy(bs->buf, p, take);
	bs->buf += take;
	bs->room -= take;
	return 0;
}

int vsnprintf(char *restrict s, size_t n, const char *restrict fmt, va_list ap)
{
	struct buf_sink sink = {.base = {.write = buf_write}, .buf = s, .room = n ? n - 1 : 0};

	int ret = __w64_vformat(&sink.base, fmt, ap);
	if (n != 0)
		*sink.buf = '\0';
	return ret;
}
