#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

/* (i64 count_ptr, i64 buf_size_ptr) -> i32 errno; both results are u64 */
W64_WASI_IMPORT(environ_sizes_get)
int32_t __w64_wasi_environ_sizes_get(size_t *count, size_t *buf_size);

int __w64_host_environ_sizes_get(size_t *count, size_t *buf_size)
{
	return W64_WASI_ERRNO(__w64_wasi_environ_sizes_get(count, buf_size));
}
