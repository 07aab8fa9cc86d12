#include <unistd.h>

#include "w64_signal.h"
#include "w64_time.h"

/*
 * No timer can interrupt the program, so the alarm goes off only when
 * the program waits for a signal (pause, sigsuspend): they sleep until
 * it.  Returns the seconds left of the previous alarm, rounded up.
 */
unsigned alarm(unsigned seconds)
{
	uint64_t now = 0, left = 0;
	__w64_clock_ns(CLOCK_MONOTONIC, &now);
	if (__w64_alarm_deadline > now)
		left = (__w64_alarm_deadline - now + 999999999u) / 1000000000u;
	else if (__w64_alarm_deadline != 0)
		left = 1; /* overdue but not yet delivered */
	__w64_alarm_deadline = seconds ? now + (uint64_t)seconds * 1000000000u : 0;
	return (unsigned)left;
}
