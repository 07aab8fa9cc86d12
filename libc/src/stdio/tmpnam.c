#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "w64_errno.h"
#include "w64_tmp.h"

/* "DIR/tmp.xxxxxx" in the temporary directory (__w64_tmp_dir), or
 * "tmp.xxxxxx" in the current one.  L_tmpnam holds it for any directory
 * a path can name; a $TMPDIR longer than that is passed over. */
char *tmpnam(char *s)
{
	static char internal[L_tmpnam];
	struct stat st;
	int saved = errno;
	const char *dir = __w64_tmp_dir(NULL);
	size_t dlen = strcmp(dir, ".") == 0 ? 0 : strlen(dir);
	if (dlen + 12 > L_tmpnam)
		dlen = 0;

	if (s == NULL)
		s = internal;
	memcpy(s, dir, dlen);
	if (dlen > 0)
		s[dlen++] = '/';
	memcpy(s + dlen, "tmp.", 4);
	for (int tries = 0; tries < TMP_MAX; tries++) {
		__w64_random_name(s + dlen + 4, 6);
		s[dlen + 10] = '\0';
		if (lstat(s, &st) != 0 && errno == ENOENT) {
			__w64_set_errno(saved);
			return s;
		}
	}
	return NULL;
}
