#include <grp.h>
#include <stddef.h>
#include <string.h>

#include "w64_user.h"

/* Not found is 0 with *result NULL (POSIX). */
int getgrnam_r(const char *name, struct group *gr, char *buf, size_t size, struct group **result)
{
	*result = NULL;
	if (strcmp(name, W64_GROUP_NAME) != 0)
		return 0;
	int err = __w64_fill_group(gr, buf, size);
	if (err == 0)
		*result = gr;
	return err;
}
