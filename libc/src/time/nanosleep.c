#include <time.h>

#include "w64_errno.h"

int nanosleep(const struct timespec *req, struct timespec *rem)
{
	int err = clock_nanosleep(CLOCK_MONOTONIC, 0, req, rem);

	return err != 0 ? __w64_set_errno(err) : 0;
}
