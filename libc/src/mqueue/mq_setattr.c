#include <errno.h>
#include <mqueue.h>

#include "w64_errno.h"

int mq_setattr(mqd_t mq, const struct mq_attr *restrict new_attr, struct mq_attr *restrict old_attr)
{
	(void)mq;
	(void)new_attr;
	(void)old_attr;
	return __w64_set_errno(ENOSYS);
}
