#include <errno.h>
#include <sys/mman.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_mman.h"

/* Shared writable mappings in the range send their changed bytes to the
 * file; MS_SYNC also waits for the data to reach storage. */
int msync(void *addr, size_t len, int flags)
{
	if ((flags & ~(MS_ASYNC | MS_SYNC | MS_INVALIDATE)) != 0 ||
	    (flags & (MS_ASYNC | MS_SYNC)) == (MS_ASYNC | MS_SYNC))
		return __w64_set_errno(EINVAL);
	size_t size = (len + W64_PAGE - 1) & ~(W64_PAGE - 1);
	int err = size < len ? ENOMEM : __w64_map_range(addr, size);
	unsigned char *lo = addr, *hi = lo + size;
	for (struct __w64_map *m = __w64_maps; err == 0 && m != NULL; m = m->next) {
		unsigned char *a = m->addr > lo ? m->addr : lo;
		unsigned char *b = m->addr + m->len < hi ? m->addr + m->len : hi;
		if (a >= b || m->block->fd < 0)
			continue;
		err = __w64_map_sync(m->block, a, (size_t)(b - a));
		if (err == 0 && (flags & MS_SYNC))
			err = __w64_host_fd_datasync(m->block->fd);
	}
	return err != 0 ? __w64_set_errno(err) : 0;
}
