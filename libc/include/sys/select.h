/* sys/select.h: select and pselect, over poll (docs/libc.md). */
#ifndef _SYS_SELECT_H
#define _SYS_SELECT_H

#include <bits/types.h>

#define __NEED_time_t
#define __NEED_suseconds_t
#define __NEED_struct_timeval
#define __NEED_struct_timespec
#define __NEED_sigset_t
#include <bits/alltypes.h>

#define FD_SETSIZE 1024

typedef struct {
	unsigned long fds_bits[FD_SETSIZE / (8 * sizeof(long))];
} fd_set;

#define __FD_WORD(fd) ((fd) / (8 * sizeof(long)))
#define __FD_BIT(fd) (1UL << ((fd) % (8 * sizeof(long))))
#define FD_ZERO(s) \
	do { \
		for (unsigned long __i = 0; __i < FD_SETSIZE / (8 * sizeof(long)); __i++) \
			(s)->fds_bits[__i] = 0; \
	} while (0)
#define FD_SET(fd, s) ((void)((s)->fds_bits[__FD_WORD(fd)] |= __FD_BIT(fd)))
#define FD_CLR(fd, s) ((void)((s)->fds_bits[__FD_WORD(fd)] &= ~__FD_BIT(fd)))
#define FD_ISSET(fd, s) (((s)->fds_bits[__FD_WORD(fd)] & __FD_BIT(fd)) != 0)

#ifdef __cplusplus
extern "C" {
#endif

int select(int __nfds, fd_set *__restrict __readfds, fd_set *__restrict __writefds,
	   fd_set *__restrict __exceptfds, struct timeval *__restrict __timeout);
int pselect(int __nfds, fd_set *__restrict __readfds, fd_set *__restrict __writefds,
	    fd_set *__restrict __exceptfds, const struct timespec *__restrict __timeout,
	    const sigset_t *__restrict __sigmask);

#ifdef __cplusplus
}
#endif

#endif
