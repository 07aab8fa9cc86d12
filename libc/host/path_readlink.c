#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

/* (i32 dirfd, i64 path, i64 path_len, i64 buf, i64 buf_len, i64 bufused_ptr) -> i32 errno */
W64_WASI_IMPORT(path_readlink)
int32_t __w64_wasi_path_readlink(int32_t dirfd, const char *path, size_t path_len, char *buf,
			size_t buf_len, size_t *used);

int __w64_host_path_readlink(int dirfd, const char *path, size_t path_len, char *buf,
			size_t buf_len, size_t *used)
{
	return W64_WASI_ERRNO(__w64_wasi_path_readlink(dirfd, path, path_len, buf, buf_len, used));
}
