#include <errno.h>
#include <mqueue.h>

#include "w64_errno.h"

int mq_send(mqd_t mq, const char *msg, size_t len, unsigned prio)
{
	(void)mq;
	(void)msg;
	(void)len;
	(void)prio;
	return __w64_set_errno(ENOSYS);
}
