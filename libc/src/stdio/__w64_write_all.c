#include <errno.h>
#include <stddef.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_stdio.h"

size_t __w64_write_all(int fd, const void *buf, size_t len)
{
	const unsigned char *p = buf;
	size_t done = 0;

	while (done < len) {
		ssize_t n = write(fd, p + done, len - done);
		if (n < 0)
			break;
		if (n == 0) {
			__w64_set_errno(EIO);
			break;
		}
		done += (size_t)n;
	}
	return done;
}
