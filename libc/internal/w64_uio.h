#ifndef W64_UIO_H
#define W64_UIO_H

#include <sys/uio.h>

#include "w64_host.h"

/*
 * struct iovec is WASI's iovec and ciovec (a pointer and a size; checked
 * where these are defined), so an array of them goes to the host as it
 * is.  0, or -1 with errno EINVAL when the count is negative or above
 * IOV_MAX, or the lengths add up past SSIZE_MAX (the result could not
 * say it), as Linux checks.
 */
__attribute__((visibility("hidden"))) int __w64_iov_check(const struct iovec *iov, int count);

#define W64_IOVS(iov) ((const struct __w64_iovec *)(const void *)(iov))
#define W64_CIOVS(iov) ((const struct __w64_ciovec *)(const void *)(iov))

#endif
