#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

/* (i64 argc_ptr, i64 argv_buf_size_ptr) -> i32 errno; both results are u64 */
W64_WASI_IMPORT(args_sizes_get)
int32_t __w64_wasi_args_sizes_get(size_t *argc, size_t *argv_buf_size);

int __w64_host_args_sizes_get(size_t *argc, size_t *argv_buf_size)
{
	return W64_WASI_ERRNO(__w64_wasi_args_sizes_get(argc, argv_buf_size));
}
