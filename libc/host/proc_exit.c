#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

/* (i32 rval) -> (), never returns */
W64_WASI_IMPORT(proc_exit)
__attribute__((noreturn)) void __w64_wasi_proc_exit(uint32_t rval);

void __w64_host_proc_exit(int status)
{
	/* The full int goes to the host as a u32; what a parent process sees of
	 * it (usually status & 0xff) is the host's business. */
	__w64_wasi_proc_exit((uint32_t)status);
}
