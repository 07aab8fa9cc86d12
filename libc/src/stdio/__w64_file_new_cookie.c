#include <stdio.h>

#include "w64_stdio.h"

struct __w64_file *__w64_file_new_cookie(void *cookie, const struct __w64_file_io *io,
					 unsigned file_flags)
{
	struct __w64_file *f = __w64_file_new(-1, file_flags);
	if (f == NULL)
		return NULL;
	/* Never a terminal: fully buffered from the start. */
	f->flags = (f->flags & ~(unsigned)W64_FILE_AUTO_LBF) | W64_FILE_COOKIE;
	f->io = *io;
	f->cookie = cookie;
	return f;
}
