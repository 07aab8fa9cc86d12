#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

/* (i32 id, i64 resolution_ptr) -> i32 errno */
W64_WASI_IMPORT(clock_res_get)
int32_t __w64_wasi_clock_res_get(uint32_t id, uint64_t *res);

int __w64_host_clock_res_get(unsigned id, uint64_t *res)
{
	return W64_WASI_ERRNO(__w64_wasi_clock_res_get(id, res));
}
