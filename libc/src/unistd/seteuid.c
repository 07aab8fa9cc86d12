#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_user.h"

/* The one user cannot become another: only its own id is accepted. */
int seteuid(uid_t id)
{
	return id == W64_UID ? 0 : __w64_set_errno(EPERM);
}
