#include <errno.h>
#include <limits.h>

#include "w64_errno.h"
#include "w64_format.h"
#include "w64_wide.h"

int __w64_emit(struct __w64_sink *s, const char *p, size_t n)
{
	size_t units = s->wide ? __w64_wenc_count(p, n) : n;
	if (units > (size_t)INT_MAX - s->count)
		return __w64_set_errno(EOVERFLOW);
	s->count += units;
	return n == 0 ? 0 : s->write(s, p, n);
}

int __w64_emit_fill(struct __w64_sink *s, char c, size_t n)
{
	char chunk[64];

	if (n > (size_t)INT_MAX - s->count)
		return __w64_set_errno(EOVERFLOW);
	for (size_t i = 0; i < sizeof chunk; i++)
		chunk[i] = c;
	while (n > 0) {
		size_t step = n < sizeof chunk ? n : sizeof chunk;
		if (__w64_emit(s, chunk, step) != 0)
			return -1;
		n -= step;
	}
	return 0;
}
