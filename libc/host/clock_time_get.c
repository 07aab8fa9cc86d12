#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

/* (i32 id, i64 precision, i64 time_ptr) -> i32 errno; the time is u64 nanoseconds */
W64_WASI_IMPORT(clock_time_get)
int32_t __w64_wasi_clock_time_get(uint32_t id, uint64_t precision, uint64_t *time);

int __w64_host_clock_time_get(unsigned id, uint64_t precision, uint64_t *time)
{
	return W64_WASI_ERRNO(__w64_wasi_clock_time_get(id, precision, time));
}
