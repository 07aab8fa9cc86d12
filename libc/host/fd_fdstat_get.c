#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

_Static_assert(sizeof(struct __w64_fdstat) == 24 &&
	       offsetof(struct __w64_fdstat, fs_flags) == 2 &&
	       offsetof(struct __w64_fdstat, fs_rights_base) == 8 &&
	       offsetof(struct __w64_fdstat, fs_rights_inheriting) == 16,
	       "fdstat must match WASI's layout (docs/host-abi.md)");

/* (i32 fd, i64 stat_ptr) -> i32 errno; writes a 24-byte fdstat */
W64_WASI_IMPORT(fd_fdstat_get)
int32_t __w64_wasi_fd_fdstat_get(int32_t fd, struct __w64_fdstat *st);

int __w64_host_fd_fdstat_get(int fd, struct __w64_fdstat *st)
{
	return W64_WASI_ERRNO(__w64_wasi_fd_fdstat_get(fd, st));
}
