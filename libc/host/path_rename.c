#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

/* (i32 dirfd, i64 path, i64 path_len, i32 new_dirfd, i64 new_path, i64 new_path_len)
 *  -> i32 errno */
W64_WASI_IMPORT(path_rename)
int32_t __w64_wasi_path_rename(int32_t dirfd, const char *path, size_t path_len,
			int32_t new_dirfd, const char *new_path, size_t new_path_len);

int __w64_host_path_rename(int dirfd, const char *path, size_t path_len, int new_dirfd,
			const char *new_path, size_t new_path_len)
{
	return W64_WASI_ERRNO(__w64_wasi_path_rename(dirfd, path, path_len, new_dirfd, new_path,
						     new_path_len));
}
