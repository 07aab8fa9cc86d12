#include <unistd.h>

#include "w64_user.h"

/* One user, always the same (docs/libc.md). */
gid_t getgid(void)
{
	return W64_GID;
}
