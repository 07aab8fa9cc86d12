#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_path.h"
#include "w64_stat.h"

int fstatat(int dirfd, const char *restrict path, struct stat *restrict st, int flags)
{
	if (flags & ~AT_SYMLINK_NOFOLLOW)
		return __w64_set_errno(EINVAL);
	struct __w64_at at;
	int err = __w64_path_at(dirfd, path, &at);
	if (err == ENOTCAPABLE && (dirfd == AT_FDCWD || path[0] == '/')) {
		/* A directory above a preopen ("/tmp" when "/tmp/work" is
		 * mapped) exists in the namespace though no host call can see
		 * it: programs that walk a path from the root (realpath, SQLite
		 * opening a database) stat each ancestor. */
		int nerr;
		char *abs = __w64_path_normalize(W64_CWD(), path, NULL, &nerr);
		int ancestor = abs != NULL && __w64_preopen_is_ancestor(abs);
		free(abs);
		if (ancestor) {
			memset(st, 0, sizeof *st);
			st->st_mode = S_IFDIR | 0555;
			st->st_nlink = 2;
			return 0;
		}
	}
	if (err != 0)
		return __w64_set_errno(err);
	struct __w64_filestat fs;
	unsigned lookup = (flags & AT_SYMLINK_NOFOLLOW) ? 0 : W64_LOOKUPFLAGS_SYMLINK_FOLLOW;
	err = __w64_host_path_filestat_get(at.fd, lookup, at.path, at.len, &fs);
	__w64_path_done(&at);
	if (err != 0)
		return __w64_set_errno(err);
	__w64_stat_from(st, &fs);
	return 0;
}
