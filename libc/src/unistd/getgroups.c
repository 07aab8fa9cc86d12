#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_user.h"

/* The user belongs to its own group only. */
int getgroups(int size, gid_t list[])
{
	if (size < 0)
		return __w64_set_errno(EINVAL);
	if (size == 0)
		return 1;
	list[0] = W64_GID;
	return 1;
}
