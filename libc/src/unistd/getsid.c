#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"

/* The only process leads its own session. */
pid_t getsid(pid_t pid)
{
	if (pid != 0 && pid != getpid())
		return __w64_set_errno(ESRCH);
	return getpid();
}
