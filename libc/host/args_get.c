#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

/* (i64 argv, i64 argv_buf) -> i32 errno; argv receives 8-byte pointers */
W64_WASI_IMPORT(args_get)
int32_t __w64_wasi_args_get(char **argv, char *argv_buf);

int __w64_host_args_get(char **argv, char *argv_buf)
{
	return W64_WASI_ERRNO(__w64_wasi_args_get(argv, argv_buf));
}
