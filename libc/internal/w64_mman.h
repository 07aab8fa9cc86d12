/*
 * The mapping table behind sys/mman.h.
 *
 * A mapping is a block of heap memory, aligned to W64_PAGE and a whole
 * number of pages long.  munmap may take pages out of the middle of a
 * mapping, so the table holds *pieces*: ranges of pages still mapped,
 * each pointing to its block; a block is freed when its last piece goes
 * (pages unmapped before that stay allocated, unused).
 *
 * A block of a shared file mapping whose descriptor may write keeps a
 * second copy of the file's bytes as last read or written (`shadow`), so
 * a write-back sends only the bytes the program changed: a change made
 * meanwhile through write() to other bytes of the file is not undone.
 */
#ifndef W64_MMAN_H
#define W64_MMAN_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define W64_HIDDEN __attribute__((visibility("hidden")))

/* The page size: WebAssembly's, what wasi-libc's sysconf reports. */
#define W64_PAGE ((size_t)65536)

struct __w64_map_block {
	unsigned char *base;
	size_t len;             /* bytes, whole pages */
	size_t pieces;          /* pieces still using it */
	int fd;                 /* a shared, writable file mapping's; else -1 */
	int fd_closed;          /* the program closed fd: the block owns it */
	off_t offset;           /* the file offset of base */
	unsigned char *shadow;  /* with fd: the file's bytes as last synced */
	int anon;               /* zero-filled memory (MADV_DONTNEED zeroes it again) */
};

struct __w64_map {
	struct __w64_map *next;
	unsigned char *addr;
	size_t len;
	struct __w64_map_block *block;
};

W64_HIDDEN extern struct __w64_map *__w64_maps;

/* Whether [addr, addr + len) is page-aligned, does not wrap, and lies in
 * linear memory (in wasm).  0, or EINVAL / ENOMEM. */
W64_HIDDEN int __w64_map_range(const void *addr, size_t len);

/* Adds a piece covering the whole block; 0 or ENOMEM. */
W64_HIDDEN int __w64_map_add(struct __w64_map_block *b);

/* Writes back the changed bytes of [p, p + n) of a shared writable
 * block (p inside it).  0 or an errno. */
W64_HIDDEN int __w64_map_sync(struct __w64_map_block *b, unsigned char *p, size_t n);

/* Takes [addr, addr + len) out of every piece it overlaps, writing
 * shared pieces back first, freeing blocks left without pieces.  0, or
 * the first write-back error (the pages are unmapped anyway). */
W64_HIDDEN int __w64_map_remove(unsigned char *addr, size_t len);

/* close() and exit() call these (weak no-ops unless mmap is linked).
 * __w64_mman_close: 1 when fd is a shared writable mapping's, which now
 * owns it (the host descriptor stays open until its munmap), -1 when the
 * program closed it before, else 0.  __w64_mman_exit writes every shared
 * mapping back. */
W64_HIDDEN int __w64_mman_close(int fd);
W64_HIDDEN void __w64_mman_exit(void);

#undef W64_HIDDEN

#endif
