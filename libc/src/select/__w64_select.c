#include <errno.h>
#include <stdlib.h>

#include "w64_errno.h"
#include "w64_poll.h"
#include "w64_select.h"

/*
 * The sets become pollfds, one per descriptor named in any of them.  A
 * descriptor that is not open fails the call with EBADF (select's rule,
 * where poll reports POLLNVAL).  Nothing is ever exceptional (no
 * out-of-band data in WASI): exceptfds comes back empty.
 */
int __w64_select(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
		 int64_t timeout_ns)
{
	if (nfds < 0 || nfds > FD_SETSIZE)
		return __w64_set_errno(EINVAL);
	struct pollfd *pfds = malloc(((size_t)nfds + 1) * sizeof *pfds);
	if (pfds == NULL)
		return __w64_set_errno(ENOMEM);
	nfds_t n = 0;
	for (int fd = 0; fd < nfds; fd++) {
		short ev = 0;
		if (readfds != NULL && FD_ISSET(fd, readfds))
			ev |= POLLIN;
		if (writefds != NULL && FD_ISSET(fd, writefds))
			ev |= POLLOUT;
		if (exceptfds != NULL && FD_ISSET(fd, exceptfds))
			ev |= POLLPRI;
		if (ev != 0)
			pfds[n++] = (struct pollfd){fd, ev, 0};
	}
	int r = __w64_poll(pfds, n, timeout_ns);
	if (r >= 0) {
		r = 0;
		for (nfds_t i = 0; i < n; i++) {
			if (pfds[i].revents & POLLNVAL) {
				free(pfds);
				return __w64_set_errno(EBADF);
			}
		}
		for (nfds_t i = 0; i < n; i++) {
			int fd = pfds[i].fd;
			short re = pfds[i].revents;
			/* An error or hang-up makes a read (or write) return at
			 * once, which is what select promises. */
			int rd = (pfds[i].events & POLLIN) && (re & (POLLIN | POLLERR | POLLHUP));
			int wr = (pfds[i].events & POLLOUT) && (re & (POLLOUT | POLLERR | POLLHUP));
			if (readfds != NULL && (pfds[i].events & POLLIN) && !rd)
				FD_CLR(fd, readfds);
			if (writefds != NULL && (pfds[i].events & POLLOUT) && !wr)
				FD_CLR(fd, writefds);
			if (exceptfds != NULL && (pfds[i].events & POLLPRI))
				FD_CLR(fd, exceptfds);
			r += rd + wr;
		}
	}
	free(pfds);
	return r;
}
