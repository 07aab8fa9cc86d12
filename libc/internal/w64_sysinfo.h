#ifndef W64_SYSINFO_H
#define W64_SYSINFO_H

#define W64_HIDDEN __attribute__((visibility("hidden")))

/* A WebAssembly page: what memory.grow counts in, and _SC_PAGESIZE. */
#define W64_PAGE_SIZE 65536L

/* The memory the program can have, in wasm pages: the most a memory of
 * this width can ever hold (the host may allow less, and cannot be asked
 * how much).  And what it has not taken yet: that less the pages it has. */
W64_HIDDEN long __w64_phys_pages(void);
W64_HIDDEN long __w64_avphys_pages(void);

#undef W64_HIDDEN

#endif
