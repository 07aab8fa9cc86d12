#include <errno.h>
#include <grp.h>

#include "w64_errno.h"

/* In storage the next call overwrites; NULL with errno unchanged when
 * there is no such entry. */
struct group *getgrnam(const char *name)
{
	static struct group entry;
	static char buf[4096 + 64]; /* $HOME up to PATH_MAX, and the rest */
	struct group *result;
	int err = getgrnam_r(name, &entry, buf, sizeof buf, &result);
	if (err)
		__w64_set_errno(err);
	return result;
}
