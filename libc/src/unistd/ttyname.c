#include <unistd.h>

#include "w64_errno.h"

/* ttyname_r's answer, as errno (always an error: WASI names no
 * terminal). */
char *ttyname(int fd)
{
	static char name[1];
	int err = ttyname_r(fd, name, sizeof name);
	if (err) {
		__w64_set_errno(err);
		return NULL;
	}
	return name;
}
