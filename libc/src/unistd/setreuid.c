#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_user.h"

/* (type)-1 leaves an id as it is; any id but the one user's is EPERM. */
int setreuid(uid_t real, uid_t effective)
{
	if ((real != (uid_t)-1 && real != W64_UID) || (effective != (uid_t)-1 && effective != W64_UID))
		return __w64_set_errno(EPERM);
	return 0;
}
