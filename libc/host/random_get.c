#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

/* (i64 buf, i64 buf_len) -> i32 errno */
W64_WASI_IMPORT(random_get)
int32_t __w64_wasi_random_get(void *buf, size_t len);

int __w64_host_random_get(void *buf, size_t len)
{
	return W64_WASI_ERRNO(__w64_wasi_random_get(buf, len));
}
