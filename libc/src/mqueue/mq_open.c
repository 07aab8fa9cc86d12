#include <errno.h>
#include <mqueue.h>

#include "w64_errno.h"

/* No other process could open the same queue. */
mqd_t mq_open(const char *name, int oflag, ...)
{
	(void)name;
	(void)oflag;
	return __w64_set_errno(ENOSYS);
}
