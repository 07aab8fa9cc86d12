#include <errno.h>
#include <stdlib.h>
#include <time.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_poll.h"

#define READS (POLLIN | POLLRDNORM | POLLRDBAND | POLLPRI)
#define WRITES (POLLOUT | POLLWRNORM | POLLWRBAND)
#define CLOCK_USERDATA UINT64_MAX

/* What an event means in revents, for a pollfd that asked `events`. */
static short revents_of(const struct __w64_event *ev, short events)
{
	if (ev->error == EBADF)
		return POLLNVAL;
	if (ev->error != 0)
		return POLLERR;
	short r = 0;
	if (ev->type == W64_EVENTTYPE_FD_READ)
		r = events & (POLLIN | POLLRDNORM);
	else
		r = events & (POLLOUT | POLLWRNORM);
	if (ev->fd_readwrite_flags & W64_EVENTRWFLAGS_HANGUP)
		r |= POLLHUP;
	return r;
}

int __w64_poll(struct pollfd *fds, nfds_t nfds, int64_t timeout_ns)
{
	struct __w64_subscription small_subs[17];
	struct __w64_event small_events[17];
	struct __w64_subscription *subs = small_subs;
	struct __w64_event *events = small_events;
	size_t n = 0, max = 0;

	for (nfds_t i = 0; i < nfds; i++) {
		fds[i].revents = 0;
		if (fds[i].fd >= 0)
			max += 2;
	}
	max++;
	if (max > sizeof small_subs / sizeof small_subs[0]) {
		if (max > SIZE_MAX / (sizeof *subs + sizeof *events))
			return __w64_set_errno(EINVAL);
		subs = malloc(max * sizeof *subs);
		events = malloc(max * sizeof *events);
		if (subs == NULL || events == NULL) {
			free(subs);
			free(events);
			return __w64_set_errno(ENOMEM);
		}
	}
	for (nfds_t i = 0; i < nfds; i++) {
		if (fds[i].fd < 0)
			continue;
		/* Even with neither direction asked, errors and hang-ups are
		 * reported: watch for reading. */
		int rd = (fds[i].events & READS) || !(fds[i].events & WRITES);
		int wr = (fds[i].events & WRITES) != 0;
		for (int dir = 0; dir < 2; dir++) {
			if (!(dir ? wr : rd))
				continue;
			struct __w64_subscription *s = &subs[n++];
			*s = (struct __w64_subscription){0};
			s->userdata = (uint64_t)i * 2 + (uint64_t)dir;
			s->tag = dir ? W64_EVENTTYPE_FD_WRITE : W64_EVENTTYPE_FD_READ;
			s->fd_readwrite_file_descriptor = (uint32_t)fds[i].fd;
		}
	}
	if (timeout_ns >= 0) {
		struct __w64_subscription *s = &subs[n++];
		*s = (struct __w64_subscription){0};
		s->userdata = CLOCK_USERDATA;
		s->tag = W64_EVENTTYPE_CLOCK;
		s->clock_id = CLOCK_MONOTONIC;
		s->clock_timeout = (uint64_t)timeout_ns;
	}
	int result;
	size_t got = 0;
	if (n == 0) {
		result = __w64_set_errno(EDEADLK);
		goto done;
	}
	int err = __w64_host_poll_oneoff(subs, events, n, &got);
	if (err) {
		result = __w64_set_errno(err);
		goto done;
	}
	result = 0;
	for (size_t k = 0; k < got; k++) {
		const struct __w64_event *ev = &events[k];
		if (ev->userdata == CLOCK_USERDATA)
			continue;
		struct pollfd *p = &fds[ev->userdata / 2];
		if (p->revents == 0 && revents_of(ev, p->events) != 0)
			result++;
		p->revents |= revents_of(ev, p->events);
	}
done:
	if (subs != small_subs) {
		free(subs);
		free(events);
	}
	return result;
}
