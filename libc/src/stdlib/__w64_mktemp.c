#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>

#include "w64_errno.h"
#include "w64_tmp.h"

int __w64_mktemp(char *template, size_t suffix, int flags)
{
	size_t len = strlen(template);

	if (len < 6 || suffix > len - 6 || memcmp(template + len - suffix - 6, "XXXXXX", 6) != 0)
		return __w64_set_errno(EINVAL);
	char *x = template + len - suffix - 6;
	for (int tries = 0; tries < 100; tries++) {
		__w64_random_name(x, 6);
		int ret = flags < 0 ? mkdir(template, 0700)
				    : open(template, (flags & ~O_ACCMODE) | O_RDWR | O_CREAT | O_EXCL, 0600);
		if (ret >= 0 || errno != EEXIST)
			return ret;
	}
	memcpy(x, "XXXXXX", 6);
	return __w64_set_errno(EEXIST);
}
