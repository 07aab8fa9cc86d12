#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

/* (i32 fd, i64 path, i64 path_len) -> i32 errno; the name, no NUL */
W64_WASI_IMPORT(fd_prestat_dir_name)
int32_t __w64_wasi_fd_prestat_dir_name(int32_t fd, char *buf, size_t len);

int __w64_host_fd_prestat_dir_name(int fd, char *buf, size_t len)
{
	return W64_WASI_ERRNO(__w64_wasi_fd_prestat_dir_name(fd, buf, len));
}
