#include <sys/timeb.h>
#include <time.h>

/* The realtime clock in milliseconds; the only zone is UTC. */
int ftime(struct timeb *tp)
{
	struct timespec ts;
	if (clock_gettime(CLOCK_REALTIME, &ts) != 0)
		return -1;
	tp->time = ts.tv_sec;
	tp->millitm = (unsigned short)(ts.tv_nsec / 1000000);
	tp->timezone = 0;
	tp->dstflag = 0;
	return 0;
}
