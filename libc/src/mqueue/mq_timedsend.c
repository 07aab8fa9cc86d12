#include <errno.h>
#include <mqueue.h>

#include "w64_errno.h"

int mq_timedsend(mqd_t mq, const char *msg, size_t len, unsigned prio, const struct timespec *abstime)
{
	(void)mq;
	(void)msg;
	(void)len;
	(void)prio;
	(void)abstime;
	return __w64_set_errno(ENOSYS);
}
