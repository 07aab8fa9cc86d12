#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

/* (i32 from, i32 to) -> i32 errno */
W64_WASI_IMPORT(fd_renumber)
int32_t __w64_wasi_fd_renumber(int32_t from, int32_t to);

int __w64_host_fd_renumber(int from, int to)
{
	return W64_WASI_ERRNO(__w64_wasi_fd_renumber(from, to));
}
