#include <errno.h>
#include <stdlib.h>

#include "w64_errno.h"

/* WASI can start no other program: there is no command processor. */
int system(const char *command)
{
	if (command == NULL)
		return 0;
	return __w64_set_errno(ENOSYS);
}
