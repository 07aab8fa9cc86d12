#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

/* (i32 fd, i64 iovs, i64 iovs_len, i64 offset, i64 nread_ptr) -> i32 errno */
W64_WASI_IMPORT(fd_pread)
int32_t __w64_wasi_fd_pread(int32_t fd, const struct __w64_iovec *iovs, size_t iovs_len,
			uint64_t offset, size_t *nread);

int __w64_host_fd_pread(int fd, const struct __w64_iovec *iovs, size_t iovs_len,
			uint64_t offset, size_t *nread)
{
	return W64_WASI_ERRNO(__w64_wasi_fd_pread(fd, iovs, iovs_len, offset, nread));
}
