#include <errno.h>
#include <stdint.h>
#include <sys/mman.h>

#include "w64_errno.h"

/* Linear memory is never paged out, so every page is locked already. */
int mlock(const void *addr, size_t len)
{
	if (len > UINTPTR_MAX - (uintptr_t)addr)
		return __w64_set_errno(ENOMEM);
	return 0;
}
