#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

/* (i32 fd, i64 size) -> i32 errno */
W64_WASI_IMPORT(fd_filestat_set_size)
int32_t __w64_wasi_fd_filestat_set_size(int32_t fd, uint64_t size);

int __w64_host_fd_filestat_set_size(int fd, uint64_t size)
{
	return W64_WASI_ERRNO(__w64_wasi_fd_filestat_set_size(fd, size));
}
