#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_stdio.h"
#include "w64_tmp.h"

/* A file in the temporary directory (__w64_tmp_dir: $TMPDIR, /tmp or the
 * current directory), unlinked at once so it goes away with its last
 * descriptor. */
FILE *tmpfile(void)
{
	static const char base[] = "/tmpfile.XXXXXX";
	const char *dir = __w64_tmp_dir(NULL);
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
		free(name);
		return NULL;
	}
	unlink(name);
	free(name);
	FILE *f = __w64_file_new(fd, 0);
	if (f == NULL)
		close(fd);
	return f;
}
