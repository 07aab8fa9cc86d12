/* sys/uio.h: reading and writing several buffers in one call. */
#ifndef _SYS_UIO_H
#define _SYS_UIO_H

#define __need_size_t
#include <stddef.h>

#include <bits/types.h>

#define __NEED_ssize_t
#define __NEED_off_t
#define __NEED_struct_iovec
#include <bits/alltypes.h>

/* The most buffers one call takes (also IOV_MAX in limits.h). */
#define UIO_MAXIOV 1024

#ifdef __cplusplus
extern "C" {
#endif

ssize_t readv(int __fd, const struct iovec *__iov, int __count);
ssize_t writev(int __fd, const struct iovec *__iov, int __count);
ssize_t preadv(int __fd, const struct iovec *__iov, int __count, off_t __offset);
ssize_t pwritev(int __fd, const struct iovec *__iov, int __count, off_t __offset);

#if defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)
#define preadv64 preadv
#define pwritev64 pwritev
#endif

#ifdef __cplusplus
}
#endif

#endif
