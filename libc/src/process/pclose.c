#include <errno.h>
#include <stdio.h>

#include "w64_errno.h"

/* popen never returns a stream, so none is popen's to close. */
int pclose(FILE *stream)
{
	(void)stream;
	return __w64_set_errno(ECHILD);
}
