/*
 * Native stand-in for the allocator's host side (libc/host/memory_grow.c)
 * and for the libc's errno helper, so the allocator's top half runs on the
 * build machine under ASan/UBSan.
 *
 * The "memory" is one big reservation (MAP_NORESERVE: pages cost nothing
 * until touched) handed out in 64 KiB pages from its start, like
 * memory.grow.  native_memory_foreign_grow plays the other allocator that
 * grows the same memory, which makes the next grow non-contiguous.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "native_memory.h"
#include "w64_errno.h"
#include "w64_malloc.h"

#define RESERVE ((size_t)64 << 30)

static char *memory;     /* W64_PAGE_SIZE-aligned */
static size_t used;      /* bytes grown so far */
static size_t limit = RESERVE;

static void reserve(void)
{
	if (memory != NULL)
		return;
	/* One spare page so the start can be aligned to a whole page. */
	void *p = mmap(NULL, RESERVE + W64_PAGE_SIZE, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED) {
		perror("native_memory: mmap");
		exit(2);
	}
	uintptr_t a = ((uintptr_t)p + W64_PAGE_SIZE - 1) & ~(uintptr_t)(W64_PAGE_SIZE - 1);
	memory = (char *)a;
}

void native_memory_set_limit(size_t bytes)
{
	limit = bytes < RESERVE ? bytes : RESERVE;
}

void *__w64_host_memory_grow(size_t pages)
{
	reserve();
	if (pages > (limit - used) / W64_PAGE_SIZE)
		return NULL;
	char *p = memory + used;
	used += pages * W64_PAGE_SIZE;
	return p;
}

void *__w64_host_memory_end(void)
{
	reserve();
	return memory + used;
}

void *native_memory_foreign_grow(size_t pages)
{
	return __w64_host_memory_grow(pages);
}

size_t native_memory_used(void)
{
	return used;
}

int __w64_set_errno(int err)
{
	errno = err;
	return -1;
}
