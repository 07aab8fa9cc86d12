#include <time.h>

#include "w64_signal.h"
#include "w64_time.h"

uint64_t __w64_alarm_deadline;

int __w64_alarm_wait(void)
{
	if (__w64_alarm_deadline == 0 || (__w64_sigmask & W64_SIGBIT(SIGALRM)))
		return 0;
	uint64_t deadline = __w64_alarm_deadline;
	struct timespec ts = {(time_t)(deadline / 1000000000u), (long)(deadline % 1000000000u)};
	clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL);
	__w64_alarm_deadline = 0;
	raise(SIGALRM);
	return 1;
}
