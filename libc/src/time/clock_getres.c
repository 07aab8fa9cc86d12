#include <time.h>

#include "w64_errno.h"
#include "w64_host.h"

int clock_getres(clockid_t id, struct timespec *res)
{
	uint64_t ns;
	int err = __w64_host_clock_res_get((unsigned)id, &ns);

	if (err != 0)
		return __w64_set_errno(err);
	if (res != NULL) {
		res->tv_sec = (time_t)(ns / 1000000000u);
		res->tv_nsec = (long)(ns % 1000000000u);
	}
	return 0;
}
