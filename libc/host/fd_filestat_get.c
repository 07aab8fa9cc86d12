#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

_Static_assert(sizeof(struct __w64_filestat) == 64 &&
	       offsetof(struct __w64_filestat, filetype) == 16 &&
	       offsetof(struct __w64_filestat, nlink) == 24 &&
	       offsetof(struct __w64_filestat, size) == 32 &&
	       offsetof(struct __w64_filestat, ctim) == 56,
	       "filestat must match WASI's layout (docs/host-abi.md)");

/* (i32 fd, i64 filestat_ptr) -> i32 errno; writes a 64-byte filestat */
W64_WASI_IMPORT(fd_filestat_get)
int32_t __w64_wasi_fd_filestat_get(int32_t fd, struct __w64_filestat *st);

int __w64_host_fd_filestat_get(int fd, struct __w64_filestat *st)
{
	return W64_WASI_ERRNO(__w64_wasi_fd_filestat_get(fd, st));
}
