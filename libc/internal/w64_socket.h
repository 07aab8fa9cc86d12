#ifndef W64_SOCKET_H
#define W64_SOCKET_H

/* 0 when fd is an open socket, else the error a socket call gives for
 * it: EBADF (not open) or ENOTSOCK. */
__attribute__((visibility("hidden"))) int __w64_socket_check(int fd);

#endif
