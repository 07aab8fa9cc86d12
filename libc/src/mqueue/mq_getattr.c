#include <errno.h>
#include <mqueue.h>

#include "w64_errno.h"

int mq_getattr(mqd_t mq, struct mq_attr *attr)
{
	(void)mq;
	(void)attr;
	return __w64_set_errno(ENOSYS);
}
