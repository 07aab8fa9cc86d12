/*
 * sys/un.h: Unix-domain socket addresses.  WASI cannot make or name a
 * socket (socket and bind are ENOSYS: docs/libc.md); the struct is here
 * so that programs that handle such addresses build.
 */
#ifndef _SYS_UN_H
#define _SYS_UN_H

#include <stddef.h>
#include <string.h>
#include <sys/socket.h>

struct sockaddr_un {
	sa_family_t sun_family;
	char sun_path[108];
};

/* The length of an address up to the end of its path (BSD's). */
#define SUN_LEN(s) (offsetof(struct sockaddr_un, sun_path) + strlen((s)->sun_path))

#endif
