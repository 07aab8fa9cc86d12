#include <errno.h>
#include <pwd.h>

#include "w64_errno.h"

/* In storage the next call overwrites; NULL with errno unchanged when
 * there is no such entry. */
struct passwd *getpwuid(uid_t uid)
{
	static struct passwd entry;
	static char buf[4096 + 64]; /* $HOME up to PATH_MAX, and the rest */
	struct passwd *result;
	int err = getpwuid_r(uid, &entry, buf, sizeof buf, &result);
	if (err)
		__w64_set_errno(err);
	return result;
}
