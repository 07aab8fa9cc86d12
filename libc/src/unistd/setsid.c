#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"

/* The program already leads its process group, which POSIX makes
 * EPERM. */
pid_t setsid(void)
{
	return __w64_set_errno(EPERM);
}
