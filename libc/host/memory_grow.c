/*
 * The allocator's only contact with the memory itself: memory.grow and
 * memory.size on memory 0 (instructions, not imports, but host-specific all
 * the same).  The allocator above this stays portable, and its native tests
 * link a stand-in (tests/malloc/native_memory.c).
 */
#include <stddef.h>
#include <stdint.h>

#include "w64_malloc.h"

/*
 * A program's memory is never empty (the stack lives in it), so a grow
 * never returns address 0 and NULL can mean failure.
 */
void *__w64_host_memory_grow(size_t pages)
{
	size_t old_pages = __builtin_wasm_memory_grow(0, pages);
	if (old_pages == SIZE_MAX)
		return NULL;
	return (void *)(uintptr_t)(old_pages * W64_PAGE_SIZE);
}

void *__w64_host_memory_end(void)
{
	return (void *)(uintptr_t)(__builtin_wasm_memory_size(0) * W64_PAGE_SIZE);
}
