#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

_Static_assert(sizeof(struct __w64_prestat) == 2 * W64_WORD &&
	       offsetof(struct __w64_prestat, name_len) == W64_WORD,
	       "prestat is 16 bytes in the wasm64 host ABI, the name length a u64 at 8 (8 and u32 at 4 on wasm32)");

/* (i32 fd, i64 prestat_ptr) -> i32 errno; writes a 16-byte prestat */
W64_WASI_IMPORT(fd_prestat_get)
int32_t __w64_wasi_fd_prestat_get(int32_t fd, struct __w64_prestat *ps);

int __w64_host_fd_prestat_get(int fd, struct __w64_prestat *ps)
{
	return W64_WASI_ERRNO(__w64_wasi_fd_prestat_get(fd, ps));
}
