#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <time.h>

#include "w64_signal.h"

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
	uint64_t wanted = set->__bits & W64_SIGALL;
	int sig = take_pending(wanted);
	if (sig != 0)
		return sig;

	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	uint64_t now_ns = (uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec;
	uint64_t limit = 0; /* 0: none */
	if (timeout != NULL) {
		if (timeout->tv_sec < 0 || timeout->tv_nsec < 0 || timeout->tv_nsec >= 1000000000L)
			return -EINVAL;
		uint64_t span = (uint64_t)timeout->tv_sec * 1000000000u + (uint64_t)timeout->tv_nsec;
		limit = now_ns + span;
		if (limit < now_ns)
			limit = UINT64_MAX;
	}
	uint64_t alarm = (wanted & W64_SIGBIT(SIGALRM)) ? __w64_alarm_deadline : 0;
	uint64_t until = alarm != 0 && (limit == 0 || alarm <= limit) ? alarm : limit;
	if (until == 0)
		return -EDEADLK;
	if (until > now_ns) {
		struct timespec ts = {(time_t)(until / 1000000000u), (long)(until % 1000000000u)};
		clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL);
	}
	if (until != alarm)
		return -EAGAIN;
	/* The alarm's signal, taken at once rather than delivered: this
	 * is how sigwait consumes it. */
	__w64_alarm_deadline = 0;
	return SIGALRM;
}
