#include <errno.h>
#include <sys/timex.h>

#include "w64_errno.h"

int clock_adjtime(clockid_t clock, struct timex *tx)
{
	(void)clock;
	(void)tx;
	return __w64_set_errno(ENOSYS);
}
