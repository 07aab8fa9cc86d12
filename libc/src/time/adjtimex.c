#include <errno.h>
#include <sys/timex.h>

#include "w64_errno.h"

/* WASI has no call that reads or steers the clock discipline. */
int adjtimex(struct timex *tx)
{
	(void)tx;
	return __w64_set_errno(ENOSYS);
}
