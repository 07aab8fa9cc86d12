#include <errno.h>
#include <time.h>
#include <unistd.h>

#include "w64_errno.h"

int usleep(useconds_t usec)
{
	struct timespec ts = {.tv_sec = usec / 1000000, .tv_nsec = (long)(usec % 1000000) * 1000};

	return nanosleep(&ts, NULL);
}
