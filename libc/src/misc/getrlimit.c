#include <errno.h>
#include <sys/resource.h>

#include "w64_errno.h"
#include "w64_rlimit.h"

int getrlimit(int resource, struct rlimit *rlim)
{
	if (resource < 0 || resource >= RLIMIT_NLIMITS)
		return __w64_set_errno(EINVAL);
	*rlim = __w64_rlimits[resource];
	return 0;
}
