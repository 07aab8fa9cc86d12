#include <errno.h>
#include <stdlib.h>
#include <fcntl.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_path.h"

/*
 * The current directory is a path the libc keeps (WASI has none): it must
 * be a directory inside a preopen, or a directory above one, which exists
 * only in the namespace ("/" when only "/data" is preopened).
 */
int chdir(const char *path)
{
	int err;

	if (path[0] == '\0')
		return __w64_set_errno(ENOENT);
	char *abs = __w64_path_normalize(W64_CWD(), path, NULL, &err);
	if (abs == NULL)
		return __w64_set_errno(err);
	err = 0;
	if (__w64_preopen_find(abs) != NULL) {
		struct __w64_at at;
		err = __w64_path_at(AT_FDCWD, abs, &at);
		if (err == 0) {
			struct __w64_filestat st;
			err = __w64_host_path_filestat_get(at.fd, W64_LOOKUPFLAGS_SYMLINK_FOLLOW, at.path,
							   at.len, &st);
			if (err == 0 && st.filetype != W64_FILETYPE_DIRECTORY)
				err = ENOTDIR;
			__w64_path_done(&at);
		}
	} else if (!__w64_preopen_is_ancestor(abs)) {
		err = ENOTCAPABLE;
	}
	if (err != 0) {
		free(abs);
		return __w64_set_errno(err);
	}
	free(__w64_cwd);
	__w64_cwd = abs;
	return 0;
}
