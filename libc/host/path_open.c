#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

/* (i32 dirfd, i32 dirflags, i64 path, i64 path_len, i32 oflags, i64 rights_base,
 *  i64 rights_inheriting, i32 fdflags, i64 fd_ptr) -> i32 errno; the new fd is a u32 */
W64_WASI_IMPORT(path_open)
int32_t __w64_wasi_path_open(int32_t dirfd, uint32_t lookupflags, const char *path,
			size_t path_len, uint32_t oflags, uint64_t rights_base,
			uint64_t rights_inheriting, uint32_t fdflags, int32_t *fd);

int __w64_host_path_open(int dirfd, unsigned lookupflags, const char *path, size_t path_len,
			unsigned oflags, uint64_t rights_base, uint64_t rights_inheriting,
			unsigned fdflags, int *fd)
{
	return W64_WASI_ERRNO(__w64_wasi_path_open(dirfd, lookupflags, path, path_len, oflags,
						   rights_base, rights_inheriting, fdflags, fd));
}
