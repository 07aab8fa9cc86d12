#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_stdio.h"
#include "w64_tmp.h"

/*
 * A file in the first temporary directory that works (see __w64_tmp_dir:
 * $TMPDIR, /tmp, the current directory), unlinked at once so it goes away
 * with its last descriptor.
 */
FILE *tmpfile(void)
{
	static const char base[] = "/tmpfile.XXXXXX";
	int err = ENOTCAPABLE;

	for (int i = 0;; i++) {
		const char *dir = __w64_tmp_dir(i);
		if (dir == NULL)
			break;
		size_t dlen = strlen(dir);
		char *name = malloc(dlen + sizeof base);
		if (name == NULL) {
			__w64_set_errno(ENOMEM);
			return NULL;
		}
		memcpy(name, dir, dlen);
		memcpy(name + dlen, base, sizeof base);
		int fd = mkstemp(name);
		if (fd < 0) {
			err = errno;
			free(name);
			/* On to the next directory only if this one is not there. */
			if (err == ENOENT || err == ENOTCAPABLE || err == ENOTDIR)
				continue;
			break;
		}
		unlink(name);
		free(name);
		FILE *f = __w64_file_new(fd, 0);
		if (f == NULL)
			close(fd);
		return f;
	}
	__w64_set_errno(err);
	return NULL;
}
