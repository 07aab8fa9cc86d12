#include <syslog.h>

#include "w64_syslog.h"

/* A mask of 0 leaves it unchanged and only returns it. */
int setlogmask(int mask)
{
	int old = __w64_syslog.mask;
	if (mask != 0)
		__w64_syslog.mask = mask;
	return old;
}
