#include <errno.h>
#include <sys/mman.h>

#include "w64_errno.h"
#include "w64_mman.h"

/* WebAssembly memory has no protections: a valid request succeeds and
 * every page stays readable and writable. */
int mprotect(void *addr, size_t len, int prot)
{
	if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC))
		return __w64_set_errno(EINVAL);
	size_t size = (len + W64_PAGE - 1) & ~(W64_PAGE - 1);
	int err = size < len ? ENOMEM : __w64_map_range(addr, size);
	return err != 0 ? __w64_set_errno(err) : 0;
}
