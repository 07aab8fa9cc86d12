#include <errno.h>
#include <stddef.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_stdio.h"

int __w64_write_all(int fd, const void *buf, size_t len)
{
	const unsigned char *p = buf;

	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0)
			return -1;
		if (n == 0)
			return __w64_set_errno(EIO);
		p += n;
		len -= (size_t)n;
	}
	return 0;
}
