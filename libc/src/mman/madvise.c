#include <errno.h>
#include <string.h>
#include <sys/mman.h>

#include "w64_errno.h"
#include "w64_mman.h"

/*
 * Advice changes nothing here but MADV_DONTNEED, which Linux programs
 * count on: the anonymous pages it covers read as zeros again.  The libc
 * cannot read a private file mapping's pages again: EINVAL there.
 */
int madvise(void *addr, size_t len, int advice)
{
	size_t size = (len + W64_PAGE - 1) & ~(W64_PAGE - 1);
	int err = size < len ? ENOMEM : __w64_map_range(addr, size);
	if (err == 0 && (advice < MADV_NORMAL || (advice > MADV_DONTNEED && advice != MADV_FREE)))
		err = EINVAL;
	unsigned char *lo = addr, *hi = lo + size;
	for (struct __w64_map *m = __w64_maps; err == 0 && advice == MADV_DONTNEED && m != NULL;
	     m = m->next) {
		unsigned char *a = m->addr > lo ? m->addr : lo;
		unsigned char *b = m->addr + m->len < hi ? m->addr + m->len : hi;
		if (a >= b)
			continue;
		if (m->block->anon)
			memset(a, 0, (size_t)(b - a));
		else if (m->block->fd < 0)
			err = EINVAL;
	}
	return err != 0 ? __w64_set_errno(err) : 0;
}
