#include <errno.h>

#include "w64_errno.h"

/* One errno per thread: bits/errno_decl.h of the wasip1-threads sysroot
 * declares it thread-local. */
__thread int errno;

int __w64_set_errno(int err)
{
	errno = err;
	return -1;
}
