#include <errno.h>
#include <mqueue.h>

#include "w64_errno.h"

int mq_unlink(const char *name)
{
	(void)name;
	return __w64_set_errno(ENOSYS);
}
