#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <time.h>

#include "w64_signal.h"
#include "w64_time.h"

static int take_pending(uint64_t set)
{
	uint64_t ready = __w64_sigpending & set;
	if (ready == 0)
		return 0;
	int sig = __builtin_ctzll(ready) + 1;
	__w64_sigpending &= ~W64_SIGBIT(sig);
	return sig;
}

int __w64_sigwait(const sigset_t *set, const struct timespec *timeout)
{
	if (timeout != NULL && (timeout->tv_sec < 0 || timeout->tv_nsec < 0 || timeout->tv_nsec >= 1000000000L))
		return -EINVAL;
	uint64_t wanted = set->__bits & W64_SIGALL;
	int sig = take_pending(wanted);
	if (sig != 0)
		return sig;

	uint64_t start = 0, limit = 0; /* 0: none */
	__w64_clock_ns(CLOCK_MONOTONIC, &start);
	if (timeout != NULL) {
		uint64_t room = UINT64_MAX - start - (uint64_t)timeout->tv_nsec;
		if ((uint64_t)timeout->tv_sec > room / 1000000000u)
			limit = UINT64_MAX;
		else
			limit = start + (uint64_t)timeout->tv_sec * 1000000000u + (uint64_t)timeout->tv_nsec;
	}
	/* The alarm is the one signal that can still come: waited for when
	 * SIGALRM is in the set, or when it is not blocked (its handler or
	 * default action then interrupts the wait, as it would anywhere). */
	int alarm_wanted = (wanted & W64_SIGBIT(SIGALRM)) != 0;
	uint64_t alarm = __w64_alarm_deadline;
	if (!alarm_wanted && (__w64_sigmask & W64_SIGBIT(SIGALRM)))
		alarm = 0;
	uint64_t until = alarm != 0 && (limit == 0 || alarm <= limit) ? alarm : limit;
	if (until == 0)
		return -EDEADLK;
	if (until > start) {
		struct timespec ts = {(time_t)(until / 1000000000u), (long)(until % 1000000000u)};
		clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL);
	}
	if (until != alarm)
		return -EAGAIN;
	__w64_alarm_deadline = 0;
	if (alarm_wanted)
		return SIGALRM; /* taken, not delivered: that is how sigwait consumes it */
	raise(SIGALRM);
	return -EINTR;
}
