#include <poll.h>

#include "w64_poll.h"

int poll(struct pollfd *fds, nfds_t nfds, int timeout)
{
	return __w64_poll(fds, nfds, timeout < 0 ? -1 : (int64_t)timeout * 1000000);
}
