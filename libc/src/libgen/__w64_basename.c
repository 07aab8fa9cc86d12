#include <string.h>

#include "w64_libgen.h"

/* The answer for NULL and "" must be writable memory of the libc's:
 * callers may treat the result as theirs until the next call. */
char *__w64_basename(char *path)
{
	static char dot[2];

	if (path == NULL || path[0] == '\0') {
		dot[0] = '.';
		dot[1] = '\0';
		return dot;
	}
	size_t len = strlen(path), end = len;
	while (end > 0 && path[end - 1] == '/')
		end--;
	/* Only slashes: the root, as its last slash. */
	if (end == 0)
		return path + len - 1;
	path[end] = '\0';
	size_t start = end;
	while (start > 0 && path[start - 1] != '/')
		start--;
	return path + start;
}
