#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "w64_stdio.h"

int fclose(FILE *f)
{
	int ret = 0;

	/* Output is written; input read ahead goes back to the descriptor
	 * (POSIX), which matters when others share it. */
	if (f->flags & W64_FILE_READING)
		__w64_file_drop_input(f);
	else if (__w64_file_flush(f) != 0)
		ret = EOF;
	if (close(f->fd) != 0)
		ret = EOF;
	__w64_file_unlink(f);
	if (f->flags & W64_FILE_ALLOCATED)
		free(f);
	else
		f->fd = -1; /* stdin, stdout or stderr: using it again fails (EBADF) */
	return ret;
}
