#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

/* (i32 fd, i64 offset, i32 whence, i64 newoffset_ptr) -> i32 errno */
W64_WASI_IMPORT(fd_seek)
int32_t __w64_wasi_fd_seek(int32_t fd, int64_t offset, uint32_t whence, uint64_t *newoffset);

int __w64_host_fd_seek(int fd, int64_t offset, int whence, uint64_t *newoffset)
{
	return W64_WASI_ERRNO(__w64_wasi_fd_seek(fd, offset, (uint32_t)whence, newoffset));
}
