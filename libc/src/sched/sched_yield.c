#include <sched.h>

#include "w64_errno.h"
#include "w64_host.h"

int sched_yield(void)
{
	int err = __w64_host_sched_yield();
	return err ? __w64_set_errno(err) : 0;
}
