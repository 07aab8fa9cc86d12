#include <errno.h>
#include <stdint.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_malloc.h"

/*
 * wasi-libc's sbrk: the break is the end of memory.  sbrk(0) tells where
 * it is, and a positive multiple of the page size grows the memory by
 * that much and returns the old end.  malloc takes only pages it grew
 * itself, so memory grown here is the caller's alone.  A wasm memory
 * cannot shrink, and growing by part of a page would leave the break
 * inside a page the next grow hands out again: both are EINVAL here
 * (wasi-libc aborts), running out ENOMEM.
 */
void *sbrk(intptr_t increment)
{
	if (increment == 0)
		return __w64_host_memory_end();
	if (increment < 0 || (uintptr_t)increment % W64_PAGE_SIZE != 0) {
		__w64_set_errno(EINVAL);
		return (void *)-1;
	}
	void *old = __w64_host_memory_grow((uintptr_t)increment / W64_PAGE_SIZE);
	if (old == NULL) {
		__w64_set_errno(ENOMEM);
		return (void *)-1;
	}
	return old;
}
