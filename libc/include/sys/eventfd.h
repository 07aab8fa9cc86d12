/*
 * sys/eventfd.h.  WASI cannot make a descriptor of a new kind: eventfd
 * fails with ENOSYS; eventfd_read and eventfd_write are the 8-byte read
 * and write they are on Linux, on any descriptor.
 */
#ifndef _SYS_EVENTFD_H
#define _SYS_EVENTFD_H

#include <fcntl.h>
#include <stdint.h>

typedef uint64_t eventfd_t;

#define EFD_SEMAPHORE 1
#define EFD_CLOEXEC O_CLOEXEC
#define EFD_NONBLOCK O_NONBLOCK

#ifdef __cplusplus
extern "C" {
#endif

int eventfd(unsigned int __initval, int __flags);
int eventfd_read(int __fd, eventfd_t *__value);
int eventfd_write(int __fd, eventfd_t __value);

#ifdef __cplusplus
}
#endif

#endif
