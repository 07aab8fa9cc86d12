#include <grp.h>
#include <stddef.h>

#include "w64_user.h"

/* Not found is 0 with *result NULL (POSIX). */
int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t size, struct group **result)
{
	*result = NULL;
	if (gid != W64_GID)
		return 0;
	int err = __w64_fill_group(gr, buf, size);
	if (err == 0)
		*result = gr;
	return err;
}
