#include <errno.h>
#include <stdio.h>

#include "w64_errno.h"
#include "w64_stdio.h"

/* A stream over functions (fopencookie, fmemopen) has no descriptor. */
int fileno(FILE *f)
{
	if (f->flags & W64_FILE_COOKIE)
		return __w64_set_errno(EBADF);
	return f->fd;
}
