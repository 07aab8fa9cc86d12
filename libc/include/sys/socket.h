/*
 * sys/socket.h.  WASI preview 1 can use a socket the host opened (accept,
 * recv, send, shutdown) but not make, name or connect one: socket, bind,
 * connect, listen and the rest are declared, so programs build, and fail
 * with ENOSYS (docs/libc.md).  The numbers that pass through to WASI
 * (socket types, MSG_*, SHUT_*) are WASI's, as in wasi-libc.
 */
#ifndef _SYS_SOCKET_H
#define _SYS_SOCKET_H

#define __need_size_t
#include <stddef.h>

#include <bits/types.h>

#define __NEED_ssize_t
#define __NEED_socklen_t
#define __NEED_sa_family_t
#include <bits/alltypes.h>

struct sockaddr {
	sa_family_t sa_family;
	char sa_data[14];
};

struct sockaddr_storage {
	sa_family_t ss_family;
	char __ss_padding[128 - sizeof(sa_family_t) - sizeof(unsigned long long)];
	unsigned long long __ss_align;
};

struct linger {
	int l_onoff;
	int l_linger;
};

/* WASI's file types of the two kinds of socket. */
#define SOCK_DGRAM 5
#define SOCK_STREAM 6
#define SOCK_NONBLOCK 0x4000
#define SOCK_CLOEXEC 0x2000

#define AF_UNSPEC 0
#define AF_INET 1
#define AF_INET6 2
#define AF_UNIX 3
#define AF_LOCAL AF_UNIX
#define PF_UNSPEC AF_UNSPEC
#define PF_INET AF_INET
#define PF_INET6 AF_INET6
#define PF_UNIX AF_UNIX
#define PF_LOCAL AF_LOCAL

/* WASI's riflags and sdflags. */
#define MSG_PEEK 1
#define MSG_WAITALL 2
#define MSG_TRUNC 1
#define MSG_NOSIGNAL 0x4000 /* accepted: WASI raises no SIGPIPE anyway */

#define SHUT_RD 1
#define SHUT_WR 2
#define SHUT_RDWR (SHUT_RD | SHUT_WR)

#define SOMAXCONN 4096

#define SOL_SOCKET 0x7fffffff
#define SO_REUSEADDR 2
#define SO_TYPE 3
#define SO_ERROR 4
#define SO_BROADCAST 6
#define SO_SNDBUF 7
#define SO_RCVBUF 8
#define SO_KEEPALIVE 9
#define SO_LINGER 13
#define SO_REUSEPORT 15
#define SO_RCVTIMEO 20
#define SO_SNDTIMEO 21

#ifdef __cplusplus
extern "C" {
#endif

int accept(int __fd, struct sockaddr *__restrict __addr, socklen_t *__restrict __len);
int accept4(int __fd, struct sockaddr *__restrict __addr, socklen_t *__restrict __len,
	    int __flags);
ssize_t recv(int __fd, void *__buf, size_t __len, int __flags);
ssize_t send(int __fd, const void *__buf, size_t __len, int __flags);
int shutdown(int __fd, int __how);
int getsockopt(int __fd, int __level, int __name, void *__restrict __value,
	       socklen_t *__restrict __len);
int setsockopt(int __fd, int __level, int __name, const void *__value, socklen_t __len);

/* Not in WASI preview 1: ENOSYS. */
int socket(int __domain, int __type, int __protocol);
int socketpair(int __domain, int __type, int __protocol, int __fds[2]);
int bind(int __fd, const struct sockaddr *__addr, socklen_t __len);
int connect(int __fd, const struct sockaddr *__addr, socklen_t __len);
int listen(int __fd, int __backlog);
int getsockname(int __fd, struct sockaddr *__restrict __addr, socklen_t *__restrict __len);
int getpeername(int __fd, struct sockaddr *__restrict __addr, socklen_t *__restrict __len);

#ifdef __cplusplus
}
#endif

#endif
