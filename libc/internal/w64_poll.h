#ifndef W64_POLL_H
#define W64_POLL_H

#include <poll.h>
#include <stdint.h>

/*
 * poll() with the timeout in nanoseconds (negative: none), through one
 * poll_oneoff call: a read and/or a write subscription per descriptor
 * and a clock one for the timeout.  Sets each revents; returns how many
 * are non-zero, or -1 with errno.  With no descriptor to watch and no
 * timeout, nothing could ever end the wait: EDEADLK.
 */
__attribute__((visibility("hidden"))) int __w64_poll(struct pollfd *fds, nfds_t nfds,
						     int64_t timeout_ns);

#endif
