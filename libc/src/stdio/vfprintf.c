#include <stdarg.h>
#include <stdio.h>

#include "w64_format.h"
#include "w64_stdio.h"

struct file_sink {
	struct __w64_sink base;
	FILE *f;
};

static int file_write(struct __w64_sink *s, const char *p, size_t n)
{
	struct file_sink *fs = (struct file_sink *)s;
	return __w64_file_write(fs->f, p, n) == n ? 0 : -1;
}

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	struct file_sink sink = {.base = {.write = file_write}, .f = f};

	return __w64_file_vformat(f, &sink.base, fmt, ap);
}
