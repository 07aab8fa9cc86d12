#include <errno.h>
#include <mqueue.h>

#include "w64_errno.h"

int mq_notify(mqd_t mq, const struct sigevent *ev)
{
	(void)mq;
	(void)ev;
	return __w64_set_errno(ENOSYS);
}
