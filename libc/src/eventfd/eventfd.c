#include <errno.h>
#include <sys/eventfd.h>

#include "w64_errno.h"

int eventfd(unsigned int initval, int flags)
{
	(void)initval;
	(void)flags;
	return __w64_set_errno(ENOSYS);
}
