#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

/* (i32 fd) -> i32 errno */
W64_WASI_IMPORT(fd_sync)
int32_t __w64_wasi_fd_sync(int32_t fd);

int __w64_host_fd_sync(int fd)
{
	return W64_WASI_ERRNO(__w64_wasi_fd_sync(fd));
}
