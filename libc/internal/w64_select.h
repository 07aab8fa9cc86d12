#ifndef W64_SELECT_H
#define W64_SELECT_H

#include <stdint.h>
#include <sys/select.h>

/* select() with the timeout in nanoseconds (negative: none). */
__attribute__((visibility("hidden"))) int __w64_select(int nfds, fd_set *readfds,
						       fd_set *writefds, fd_set *exceptfds,
						       int64_t timeout_ns);

#endif
