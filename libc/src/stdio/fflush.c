#include <stdio.h>

#include "w64_stdio.h"

int fflush(FILE *f)
{
	if (f != NULL) {
		/* An input stream gives its read-ahead back to the descriptor
		 * (POSIX), so that another reader of it starts where this one
		 * stopped. */
		if (f->flags & W64_FILE_READING) {
			__w64_file_drop_input(f);
			return 0;
		}
		int ret = __w64_file_flush(f);
		if ((f->flags & W64_FILE_COOKIE) && f->io.sync != NULL && f->io.sync(f->cookie) != 0)
			ret = EOF;
		return ret;
	}
	/* All output streams (fflush(NULL) leaves input alone). */
	int ret = 0;
	__w64_file_list_lock();
	for (struct __w64_file *g = __w64_open_files; g; g = g->next) {
		if (__w64_file_flush(g) != 0)
			ret = EOF;
	}
	__w64_file_list_unlock();
	return ret;
}
