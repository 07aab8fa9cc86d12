#include <errno.h>
#include <stdio.h>

#include "w64_errno.h"
#include "w64_memstream.h"

/* A write-only stream into a buffer that grows, with glibc's semantics
 * (w64_memstream.h). */
static ssize_t ms_write(void *cookie, const char *p, size_t n)
{
	if (__w64_memstream_put(cookie, p, n) != 0) {
		__w64_set_errno(ENOMEM);
		return 0;
	}
	return (ssize_t)n;
}

FILE *open_memstream(char **ptr, size_t *sizeloc)
{
	return __w64_memstream_open(ptr, sizeloc, 1, ms_write);
}
