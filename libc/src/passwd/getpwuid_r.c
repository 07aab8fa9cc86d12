#include <pwd.h>
#include <stddef.h>

#include "w64_user.h"

/* Not found is 0 with *result NULL (POSIX). */
int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size, struct passwd **result)
{
	*result = NULL;
	if (uid != W64_UID)
		return 0;
	int err = __w64_fill_passwd(pw, buf, size);
	if (err == 0)
		*result = pw;
	return err;
}
