#include <errno.h>
#include <sys/mman.h>

#include "w64_errno.h"
#include "w64_mman.h"

/* Any range of whole pages: what it covers of the mappings goes (shared
 * changes written back first), and what it covers of other memory stays
 * as it is, mapped for good in linear memory. */
int munmap(void *addr, size_t len)
{
	if (len == 0)
		return __w64_set_errno(EINVAL);
	size_t size = (len + W64_PAGE - 1) & ~(W64_PAGE - 1);
	int err = size < len ? EINVAL : __w64_map_range(addr, size);
	if (err == ENOMEM)
		err = EINVAL;
	if (err == 0)
		err = __w64_map_remove(addr, size);
	return err != 0 ? __w64_set_errno(err) : 0;
}
