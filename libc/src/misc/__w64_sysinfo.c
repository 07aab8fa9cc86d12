#include "w64_sysinfo.h"

/*
 * wasm32 memories reach 4 GiB (65536 pages).  A wasm64 memory could in
 * principle reach 2^48 pages; the answer is capped where pages * page
 * size still fits a long with room to spare (2^47 bytes, 128 TiB), so
 * that programs multiplying the two do not overflow.
 */
#if __SIZEOF_POINTER__ == 8
#define MAX_PAGES (1L << 31)
#else
#define MAX_PAGES 65536L
#endif

static long current_pages(void)
{
#ifdef __wasm__
	return (long)__builtin_wasm_memory_size(0);
#else
	return 0; /* the native test build has no wasm memory */
#endif
}

long __w64_phys_pages(void)
{
	return MAX_PAGES;
}

long __w64_avphys_pages(void)
{
	return MAX_PAGES - current_pages();
}
