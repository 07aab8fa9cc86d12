#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_user.h"

/* (type)-1 leaves an id as it is; any id but the one user's is EPERM. */
int setregid(gid_t real, gid_t effective)
{
	if ((real != (gid_t)-1 && real != W64_GID) || (effective != (gid_t)-1 && effective != W64_GID))
		return __w64_set_errno(EPERM);
	return 0;
}
