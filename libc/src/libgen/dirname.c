#include <libgen.h>
#include <string.h>

/*
 * POSIX's dirname, with glibc's answer where POSIX lets the
 * implementation choose: a path whose parent is the root named by
 * exactly two leading slashes ("//", "//a") keeps both ("//"), since
 * POSIX leaves what "//" means to the system.
 */
char *dirname(char *path)
{
	static char dot[2];

	if (path == NULL || path[0] == '\0')
		goto dot;
	size_t i = strlen(path);
	while (i > 0 && path[i - 1] == '/')
		i--;
	if (i > 0) {
		/* Drop the last component, then the slashes before it. */
		while (i > 0 && path[i - 1] != '/')
			i--;
		if (i == 0)
			goto dot;
		while (i > 0 && path[i - 1] == '/')
			i--;
	}
	if (i == 0)
		i = strspn(path, "/") == 2 ? 2 : 1;
	path[i] = '\0';
	return path;
dot:
	dot[0] = '.';
	dot[1] = '\0';
	return dot;
}
