#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

/* (i32 dirfd, i64 path, i64 path_len) -> i32 errno */
W64_WASI_IMPORT(path_unlink_file)
int32_t __w64_wasi_path_unlink_file(int32_t dirfd, const char *path, size_t path_len);

int __w64_host_path_unlink_file(int dirfd, const char *path, size_t path_len)
{
	return W64_WASI_ERRNO(__w64_wasi_path_unlink_file(dirfd, path, path_len));
}
