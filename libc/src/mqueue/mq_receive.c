#include <errno.h>
#include <mqueue.h>

#include "w64_errno.h"

ssize_t mq_receive(mqd_t mq, char *msg, size_t len, unsigned *prio)
{
	(void)mq;
	(void)msg;
	(void)len;
	(void)prio;
	return __w64_set_errno(ENOSYS);
}
