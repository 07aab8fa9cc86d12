#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

_Static_assert(sizeof(struct __w64_iovec) == 2 * W64_WORD &&
	       offsetof(struct __w64_iovec, buf_len) == W64_WORD,
	       "iovec must be {u64 buf; u64 buf_len} in the wasm64 host ABI (u32 on wasm32)");

/* (i32 fd, i64 iovs, i64 iovs_len, i64 nread_ptr) -> i32 errno; nread is a u64 */
W64_WASI_IMPORT(fd_read)
int32_t __w64_wasi_fd_read(int32_t fd, const struct __w64_iovec *iovs, size_t iovs_len,
			size_t *nread);

int __w64_host_fd_read(int fd, const struct __w64_iovec *iovs, size_t iovs_len, size_t *nread)
{
	return W64_WASI_ERRNO(__w64_wasi_fd_read(fd, iovs, iovs_len, nread));
}
