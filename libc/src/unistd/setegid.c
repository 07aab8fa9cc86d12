#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_user.h"

/* The one user cannot become another: only its own id is accepted. */
int setegid(gid_t id)
{
	return id == W64_GID ? 0 : __w64_set_errno(EPERM);
}
