#include <errno.h>
#include <stdio.h>

#include "w64_errno.h"

/* There is no command processor to run the command (see system()). */
FILE *popen(const char *command, const char *mode)
{
	(void)command;
	(void)mode;
	__w64_set_errno(ENOSYS);
	return NULL;
}
