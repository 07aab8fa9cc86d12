#include <errno.h>
#include <mqueue.h>

#include "w64_errno.h"

int mq_close(mqd_t mq)
{
	(void)mq;
	return __w64_set_errno(ENOSYS);
}
