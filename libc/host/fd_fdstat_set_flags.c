#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

/* (i32 fd, i32 fdflags) -> i32 errno */
W64_WASI_IMPORT(fd_fdstat_set_flags)
int32_t __w64_wasi_fd_fdstat_set_flags(int32_t fd, uint32_t flags);

int __w64_host_fd_fdstat_set_flags(int fd, unsigned flags)
{
	return W64_WASI_ERRNO(__w64_wasi_fd_fdstat_set_flags(fd, flags));
}
