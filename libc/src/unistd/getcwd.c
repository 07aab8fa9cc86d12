#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_path.h"

/* The emulated current directory.  With buf NULL the string is
 * malloc'd: `size` bytes, or as many as needed when size is 0. */
char *getcwd(char *buf, size_t size)
{
	const char *cwd = W64_CWD();
	size_t need = strlen(cwd) + 1;

	if (buf == NULL) {
		if (size == 0)
			size = need;
		if (size < need) {
			__w64_set_errno(ERANGE);
			return NULL;
		}
		buf = malloc(size);
		if (buf == NULL) {
			__w64_set_errno(ENOMEM);
			return NULL;
		}
	} else if (size == 0) {
		__w64_set_errno(EINVAL);
		return NULL;
	} else if (size < need) {
		__w64_set_errno(ERANGE);
		return NULL;
	}
	memcpy(buf, cwd, need);
	return buf;
}
