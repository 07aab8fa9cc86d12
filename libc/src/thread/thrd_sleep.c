#include <errno.h>
#include <threads.h>

/* 0 when the time has passed; -2 for an invalid duration (nothing can
 * interrupt the sleep, so never -1). */
int thrd_sleep(const struct timespec *duration, struct timespec *remaining)
{
	int err = clock_nanosleep(CLOCK_REALTIME, 0, duration, remaining);
	return err == 0 ? 0 : err == EINTR ? -1 : -2;
}
