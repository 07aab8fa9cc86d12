#include <errno.h>
#include <sys/mman.h>

#include "w64_errno.h"

/* Linear memory is never paged out, so every page is locked already. */
int mlockall(int flags)
{
	if (flags == 0 || (flags & ~(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT)) != 0 ||
	    flags == MCL_ONFAULT)
		return __w64_set_errno(EINVAL);
	return 0;
}
