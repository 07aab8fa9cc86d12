#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "w64_errno.h"
#include "w64_tmp.h"

/*
 * A name not yet taken, malloc'd: "DIR/PFXxxxxxx", DIR the temporary
 * directory (with `dir` tried after $TMPDIR, as glibc does), PFX the
 * first five characters of `pfx` (none for NULL).
 */
char *tempnam(const char *dir, const char *pfx)
{
	const char *d = __w64_tmp_dir(dir);
	size_t dlen = strlen(d), plen = pfx != NULL ? strnlen(pfx, 5) : 0;
	char *s = malloc(dlen + 1 + plen + 7);
	if (s == NULL) {
		__w64_set_errno(ENOMEM);
		return NULL;
	}
	int saved = errno;
	memcpy(s, d, dlen);
	s[dlen] = '/';
	if (plen > 0)
		memcpy(s + dlen + 1, pfx, plen);
	char *x = s + dlen + 1 + plen;
	for (int tries = 0; tries < TMP_MAX; tries++) {
		struct stat st;
		__w64_random_name(x, 6);
		x[6] = '\0';
		if (lstat(s, &st) != 0 && errno == ENOENT) {
			__w64_set_errno(saved);
			return s;
		}
	}
	free(s);
	__w64_set_errno(EEXIST);
	return NULL;
}
