#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <sys/uio.h>

#include "w64_errno.h"
#include "w64_uio.h"

_Static_assert(sizeof(struct iovec) == sizeof(struct __w64_iovec) &&
		       offsetof(struct iovec, iov_base) == offsetof(struct __w64_iovec, buf) &&
		       offsetof(struct iovec, iov_len) == offsetof(struct __w64_iovec, buf_len),
	       "struct iovec must be WASI's iovec");
_Static_assert(sizeof(struct iovec) == sizeof(struct __w64_ciovec) &&
		       offsetof(struct iovec, iov_base) == offsetof(struct __w64_ciovec, buf) &&
		       offsetof(struct iovec, iov_len) == offsetof(struct __w64_ciovec, buf_len),
	       "struct iovec must be WASI's ciovec");

int __w64_iov_check(const struct iovec *iov, int count)
{
	size_t total = 0;

	if (count < 0 || count > IOV_MAX)
		return __w64_set_errno(EINVAL);
	for (int i = 0; i < count; i++) {
		if (iov[i].iov_len > (size_t)SSIZE_MAX - total)
			return __w64_set_errno(EINVAL);
		total += iov[i].iov_len;
	}
	return 0;
}
