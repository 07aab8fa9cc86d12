#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

/* (i32 dirfd, i32 flags, i64 path, i64 path_len, i64 filestat_ptr) -> i32 errno */
W64_WASI_IMPORT(path_filestat_get)
int32_t __w64_wasi_path_filestat_get(int32_t dirfd, uint32_t lookupflags, const char *path,
			size_t path_len, struct __w64_filestat *st);

int __w64_host_path_filestat_get(int dirfd, unsigned lookupflags, const char *path,
			size_t path_len, struct __w64_filestat *st)
{
	return W64_WASI_ERRNO(__w64_wasi_path_filestat_get(dirfd, lookupflags, path, path_len, st));
}
