/*
 * sys/mman.h: memory mappings, emulated over the heap (WASI has no
 * mmap): anonymous mappings are zeroed memory, file mappings are read in
 * with pread, and a shared mapping open for writing is written back on
 * msync, munmap, close and exit.  Protections are accepted but not
 * enforced; the page size is WebAssembly's, 64 KiB.  docs/libc.md says
 * what this cannot do.
 */
#ifndef _SYS_MMAN_H
#define _SYS_MMAN_H

#define __need_size_t
#include <stddef.h>

#include <bits/types.h>

#define __NEED_off_t
#define __NEED_mode_t
#include <bits/alltypes.h>

#define MAP_FAILED ((void *)-1)

#define PROT_NONE 0
#define PROT_READ 1
#define PROT_WRITE 2
#define PROT_EXEC 4

#define MAP_SHARED 0x01
#define MAP_PRIVATE 0x02
#define MAP_SHARED_VALIDATE 0x03
#define MAP_TYPE 0x0f
#define MAP_FIXED 0x10
#define MAP_ANON 0x20
#define MAP_ANONYMOUS MAP_ANON
#define MAP_NORESERVE 0x4000
#define MAP_POPULATE 0x8000
#define MAP_NONBLOCK 0x10000
#define MAP_STACK 0x20000
#define MAP_FIXED_NOREPLACE 0x100000
#define MAP_FILE 0

#define MS_ASYNC 1
#define MS_INVALIDATE 2
#define MS_SYNC 4

#define MCL_CURRENT 1
#define MCL_FUTURE 2
#define MCL_ONFAULT 4

#define POSIX_MADV_NORMAL 0
#define POSIX_MADV_RANDOM 1
#define POSIX_MADV_SEQUENTIAL 2
#define POSIX_MADV_WILLNEED 3
#define POSIX_MADV_DONTNEED 4

#define MADV_NORMAL 0
#define MADV_RANDOM 1
#define MADV_SEQUENTIAL 2
#define MADV_WILLNEED 3
#define MADV_DONTNEED 4
#define MADV_FREE 8

#ifdef __cplusplus
extern "C" {
#endif

void *mmap(void *__addr, size_t __len, int __prot, int __flags, int __fd, off_t __offset);
int munmap(void *__addr, size_t __len);
int msync(void *__addr, size_t __len, int __flags);
int mprotect(void *__addr, size_t __len, int __prot);
int madvise(void *__addr, size_t __len, int __advice);
int posix_madvise(void *__addr, size_t __len, int __advice);

/* Linear memory is never paged out: locking always succeeds. */
int mlock(const void *__addr, size_t __len);
int munlock(const void *__addr, size_t __len);
int mlockall(int __flags);
int munlockall(void);

#if defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)
#define mmap64 mmap
#endif

#ifdef __cplusplus
}
#endif

#endif
