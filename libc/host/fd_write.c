#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

_Static_assert(sizeof(struct __w64_ciovec) == 2 * W64_WORD &&
	       offsetof(struct __w64_ciovec, buf) == 0 &&
	       offsetof(struct __w64_ciovec, buf_len) == W64_WORD,
	       "ciovec must be {u64 buf; u64 buf_len} in the wasm64 host ABI (u32 on wasm32)");

/* (i32 fd, i64 iovs, i64 iovs_len, i64 nwritten_ptr) -> i32 errno */
W64_WASI_IMPORT(fd_write)
int32_t __w64_wasi_fd_write(int32_t fd, const struct __w64_ciovec *iovs,
			    size_t iovs_len, size_t *nwritten);

int __w64_host_fd_write(int fd, const struct __w64_ciovec *iovs,
			size_t iovs_len, size_t *nwritten)
{
	return W64_WASI_ERRNO(__w64_wasi_fd_write(fd, iovs, iovs_len, nwritten));
}
