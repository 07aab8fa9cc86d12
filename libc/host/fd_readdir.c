#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

/* (i32 fd, i64 buf, i64 buf_len, i64 cookie, i64 bufused_ptr) -> i32 errno */
W64_WASI_IMPORT(fd_readdir)
int32_t __w64_wasi_fd_readdir(int32_t fd, void *buf, size_t len, uint64_t cookie, size_t *used);

int __w64_host_fd_readdir(int fd, void *buf, size_t len, uint64_t cookie, size_t *used)
{
	return W64_WASI_ERRNO(__w64_wasi_fd_readdir(fd, buf, len, cookie, used));
}
