#include <errno.h>
#include <ifaddrs.h>
#include <stddef.h>

#include "w64_errno.h"

int getifaddrs(struct ifaddrs **ifap)
{
	*ifap = NULL;
	return __w64_set_errno(ENOSYS);
}
