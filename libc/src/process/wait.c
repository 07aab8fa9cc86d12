#include <errno.h>
#include <sys/wait.h>

#include "w64_errno.h"

/* No child can exist. */
pid_t wait(int *status)
{
	(void)status;
	return __w64_set_errno(ECHILD);
}
