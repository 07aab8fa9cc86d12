#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

/* (i64 old_path, i64 old_path_len, i32 dirfd, i64 new_path, i64 new_path_len) -> i32 errno */
W64_WASI_IMPORT(path_symlink)
int32_t __w64_wasi_path_symlink(const char *target, size_t target_len, int32_t dirfd,
			const char *path, size_t path_len);

int __w64_host_path_symlink(const char *target, size_t target_len, int dirfd,
			const char *path, size_t path_len)
{
	return W64_WASI_ERRNO(__w64_wasi_path_symlink(target, target_len, dirfd, path, path_len));
}
