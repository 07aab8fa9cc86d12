#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "w64_errno.h"
#include "w64_format.h"

struct grow_sink {
	struct __w64_sink base;
	char *buf;
	size_t len, cap;
};

static int grow_write(struct __w64_sink *s, const char *p, size_t n)
{
	struct grow_sink *gs = (struct grow_sink *)s;

	/* n + 1: the NUL always fits.  The count is capped at INT_MAX, so
	 * the sizes cannot overflow. */
	if (gs->cap - gs->len < n + 1) {
		size_t cap = gs->cap ? gs->cap : 64;
		while (cap - gs->len < n + 1)
			cap *= 2;
		char *bigger = realloc(gs->buf, cap);
		if (bigger == NULL)
			return __w64_set_errno(ENOMEM);
		gs->buf = bigger;
		gs->cap = cap;
	}
	memcpy(gs->buf + gs->len, p, n);
	gs->len += n;
	return 0;
}

int vasprintf(char **restrict out, const char *restrict fmt, va_list ap)
{
	struct grow_sink sink = {.base = {.write = grow_write}};

	int ret = __w64_vformat(&sink.base, fmt, ap);
	if (ret >= 0 && sink.buf == NULL)
		ret = grow_write(&sink.base, "", 0) == 0 ? 0 : -1; /* empty output */
	if (ret < 0) {
		free(sink.buf);
		*out = NULL;
		return -1;
	}
	sink.buf[sink.len] = '\0';
	*out = sink.buf;
	return ret;
}
