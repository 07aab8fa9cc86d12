#include <errno.h>
#include <stdarg.h>
#include <sys/ioctl.h>
#include <time.h>

#include "w64_errno.h"
#include "w64_host.h"

/* Bytes that can be read without waiting: poll_oneoff's answer for a
 * read subscription, next to a clock that has already expired. */
static int bytes_ready(int fd, int *out)
{
	struct __w64_subscription subs[2] = {{0}, {0}};
	subs[0].userdata = 0;
	subs[0].tag = W64_EVENTTYPE_FD_READ;
	subs[0].fd_readwrite_file_descriptor = (uint32_t)fd;
	subs[1].userdata = 1;
	subs[1].tag = W64_EVENTTYPE_CLOCK;
	subs[1].clock_id = CLOCK_MONOTONIC;
	subs[1].clock_timeout = 0;
	struct __w64_event ev[2];
	size_t n = 0;
	int err = __w64_host_poll_oneoff(subs, ev, 2, &n);
	if (err)
		return err;
	uint64_t nbytes = 0;
	for (size_t i = 0; i < n; i++) {
		if (ev[i].userdata != 0)
			continue;
		if (ev[i].error)
			return ev[i].error;
		nbytes = ev[i].fd_readwrite_nbytes;
	}
	*out = nbytes > 0x7fffffff ? 0x7fffffff : (int)nbytes;
	return 0;
}

/*
 * FIONREAD: what poll_oneoff says can be read now (0 when nothing is
 * ready).  FIONBIO: WASI's non-blocking flag.  TIOCGWINSZ and
 * TIOCSWINSZ: WASI cannot tell a terminal's size, nor that a descriptor
 * is a terminal it could ask: ENOTTY.  Anything else: ENOTTY, what POSIX
 * says of a request the device does not know.
 */
int ioctl(int fd, int request, ...)
{
	va_list ap;
	va_start(ap, request);
	void *arg = va_arg(ap, void *);
	va_end(ap);

	struct __w64_fdstat st;
	int err = __w64_host_fd_fdstat_get(fd, &st);
	if (err)
		return __w64_set_errno(err);
	switch (request) {
	case FIONREAD:
		err = bytes_ready(fd, arg);
		return err ? __w64_set_errno(err) : 0;
	case FIONBIO: {
		uint16_t flags = st.fs_flags;
		if (*(int *)arg)
			flags |= W64_FDFLAGS_NONBLOCK;
		else
			flags &= (uint16_t)~W64_FDFLAGS_NONBLOCK;
		err = __w64_host_fd_fdstat_set_flags(fd, flags);
		return err ? __w64_set_errno(err) : 0;
	}
	default:
		return __w64_set_errno(ENOTTY);
	}
}
