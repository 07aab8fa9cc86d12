#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"

/* 0 or the program's pid: its group (its own pid); any other: ESRCH. */
pid_t getpgid(pid_t pid)
{
	if (pid != 0 && pid != getpid())
		return __w64_set_errno(ESRCH);
	return getpid();
}
