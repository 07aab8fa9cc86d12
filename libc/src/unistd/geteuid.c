#include <unistd.h>

#include "w64_user.h"

/* One user, always the same (docs/libc.md). */
uid_t geteuid(void)
{
	return W64_UID;
}
