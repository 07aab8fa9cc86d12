#include <errno.h>
#include <sys/resource.h>

#include "w64_errno.h"
#include "w64_rlimit.h"

/*
 * Limits may be lowered, and the soft one moved up to the hard one, as
 * for an unprivileged process; raising a hard limit is EPERM.  The new
 * values are remembered and reported, but WASI gives no way to enforce
 * them.
 */
int setrlimit(int resource, const struct rlimit *rlim)
{
	if (resource < 0 || resource >= RLIMIT_NLIMITS || rlim->rlim_cur > rlim->rlim_max)
		return __w64_set_errno(EINVAL);
	if (rlim->rlim_max > __w64_rlimits[resource].rlim_max)
		return __w64_set_errno(EPERM);
	__w64_rlimits[resource] = *rlim;
	return 0;
}
