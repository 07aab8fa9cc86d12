#include <errno.h>
#include <mqueue.h>

#include "w64_errno.h"

ssize_t mq_timedreceive(mqd_t mq, char *restrict msg, size_t len, unsigned *restrict prio,
			const struct timespec *restrict abstime)
{
	(void)mq;
	(void)msg;
	(void)len;
	(void)prio;
	(void)abstime;
	return __w64_set_errno(ENOSYS);
}
