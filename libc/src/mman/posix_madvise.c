#include <errno.h>
#include <sys/mman.h>

#include "w64_mman.h"

/* Returns the error, as POSIX says.  POSIX_MADV_DONTNEED, unlike
 * MADV_DONTNEED, may not discard anything: all advice is taken and
 * changes nothing. */
int posix_madvise(void *addr, size_t len, int advice)
{
	if (advice < POSIX_MADV_NORMAL || advice > POSIX_MADV_DONTNEED)
		return EINVAL;
	size_t size = (len + W64_PAGE - 1) & ~(W64_PAGE - 1);
	return size < len ? ENOMEM : __w64_map_range(addr, size);
}
