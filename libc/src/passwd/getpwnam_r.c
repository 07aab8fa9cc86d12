#include <pwd.h>
#include <stddef.h>
#include <string.h>

#include "w64_user.h"

/* Not found is 0 with *result NULL (POSIX). */
int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size, struct passwd **result)
{
	*result = NULL;
	if (strcmp(name, W64_USER_NAME) != 0)
		return 0;
	int err = __w64_fill_passwd(pw, buf, size);
	if (err == 0)
		*result = pw;
	return err;
}
