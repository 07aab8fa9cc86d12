#include <stdio.h>
#include <stdlib.h>

#include "w64_stdio.h"

int fclose(FILE *f)
{
	int ret = 0;

	/* Output is written; input read ahead goes back to the descriptor
	 * (POSIX), which matters when others share it.  A cookie is not
	 * told (glibc does not seek it). */
	if ((f->flags & (W64_FILE_READING | W64_FILE_COOKIE)) == (W64_FILE_READING | W64_FILE_COOKIE))
		f->flags &= ~(unsigned)W64_FILE_READING;
	else if (f->flags & W64_FILE_READING)
		__w64_file_drop_input(f);
	else if (__w64_file_flush(f) != 0)
		ret = EOF;
	if (__w64_file_sys_close(f) != 0)
		ret = EOF;
	__w64_file_unlink(f);
	if (f->flags & W64_FILE_ALLOCATED)
		free(f);
	else
		f->fd = -1; /* stdin, stdout or stderr: using it again fails (EBADF) */
	return ret;
}
