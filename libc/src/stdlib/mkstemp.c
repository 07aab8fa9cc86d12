#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>

#include "w64_errno.h"
#include "w64_tmp.h"

int mkstemp(char *template)
{
	size_t len = strlen(template);

	if (len < 6 || strcmp(template + len - 6, "XXXXXX") != 0)
		return __w64_set_errno(EINVAL);
	for (int tries = 0; tries < 100; tries++) {
		__w64_random_name(template + len - 6, 6);
		int fd = open(template, O_RDWR | O_CREAT | O_EXCL, 0600);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	memcpy(template + len - 6, "XXXXXX", 6);
	return __w64_set_errno(EEXIST);
}
