#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "w64_errno.h"
#include "w64_tmp.h"

/* "/tmp/tmp.XXXXXX" when /tmp is there, else "tmp.XXXXXX" in the
 * current directory: names that fit L_tmpnam whatever $TMPDIR says. */
char *tmpnam(char *s)
{
	static char internal[L_tmpnam];
	struct stat st;
	int saved = errno;
	const char *prefix = stat("/tmp", &st) == 0 && S_ISDIR(st.st_mode) ? "/tmp/tmp." : "tmp.";
	size_t plen = strlen(prefix);

	if (s == NULL)
		s = internal;
	for (int tries = 0; tries < TMP_MAX; tries++) {
		memcpy(s, prefix, plen);
		__w64_random_name(s + plen, 6);
		s[plen + 6] = '\0';
		if (stat(s, &st) != 0 && errno == ENOENT) {
			__w64_set_errno(saved);
			return s;
		}
	}
	return NULL;
}
