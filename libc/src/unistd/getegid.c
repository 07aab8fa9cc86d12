#include <unistd.h>

#include "w64_user.h"

/* One user, always the same (docs/libc.md). */
gid_t getegid(void)
{
	return W64_GID;
}
