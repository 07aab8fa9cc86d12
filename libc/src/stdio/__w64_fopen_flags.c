#include <errno.h>
#include <fcntl.h>

#include "w64_errno.h"
#include "w64_stdio.h"

/*
 * "r", "w", "a", each optionally with "+", then any of "b" (nothing to do:
 * there is no text mode), "x" (C11: fail if the file exists) and "e"
 * (close-on-exec: there is no exec).
 */
int __w64_fopen_flags(const char *mode, unsigned *file_flags)
{
	int flags;

	switch (mode[0]) {
	case 'r':
		flags = O_RDONLY;
		*file_flags = W64_FILE_NO_WRITE;
		break;
	case 'w':
		flags = O_WRONLY | O_CREAT | O_TRUNC;
		*file_flags = W64_FILE_NO_READ;
		break;
	case 'a':
		flags = O_WRONLY | O_CREAT | O_APPEND;
		*file_flags = W64_FILE_NO_READ | W64_FILE_APPEND;
		break;
	default:
		return __w64_set_errno(EINVAL);
	}
	for (const char *p = mode + 1; *p != '\0'; p++) {
		switch (*p) {
		case '+':
			flags = (flags & ~O_ACCMODE) | O_RDWR;
			*file_flags &= ~(unsigned)(W64_FILE_NO_READ | W64_FILE_NO_WRITE);
			break;
		case 'x':
			if (mode[0] != 'w')
				return __w64_set_errno(EINVAL);
			flags |= O_EXCL;
			break;
		case 'b':
		case 'e':
			break;
		default:
			/* glibc ignores what follows a ',' (",ccs=..."); so do we. */
			if (*p == ',')
				return flags;
			return __w64_set_errno(EINVAL);
		}
	}
	return flags;
}
