#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "w64_errno.h"
#include "w64_stdio.h"

/* Makes room for `need` bytes in *line; 0, or -1 with errno. */
static int reserve(char **line, size_t *cap, size_t need)
{
	if (need <= *cap)
		return 0;
	size_t ncap = *cap < 64 ? 64 : *cap;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2)
			return __w64_set_errno(ENOMEM);
		ncap *= 2;
	}
	char *p = realloc(*line, ncap);
	if (p == NULL)
		return __w64_set_errno(ENOMEM);
	*line = p;
	*cap = ncap;
	return 0;
}

ssize_t getdelim(char **restrict line, size_t *restrict cap, int delim, FILE *restrict f)
{
	if (line == NULL || cap == NULL) {
		f->flags |= W64_FILE_ERR;
		return __w64_set_errno(EINVAL);
	}
	if (*line == NULL)
		*cap = 0;
	size_t len = 0;
	unsigned had_error = f->flags & W64_FILE_ERR;
	for (;;) {
		if (f->nungot == 0 && f->rpos < f->rend) {
			const unsigned char *src = f->buf + f->rpos;
			size_t avail = f->rend - f->rpos;
			const unsigned char *end = memchr(src, delim, avail);
			size_t take = end ? (size_t)(end - src) + 1 : avail;
			if (reserve(line, cap, len + take + 1) != 0) {
				f->flags |= W64_FILE_ERR;
				return -1;
			}
			memcpy(*line + len, src, take);
			f->rpos += take;
			len += take;
			if (end != NULL)
				break;
			continue;
		}
		int c = __w64_file_getc(f);
		if (c == EOF)
			break;
		if (reserve(line, cap, len + 2) != 0) {
			f->flags |= W64_FILE_ERR;
			return -1;
		}
		(*line)[len++] = (char)c;
		if (c == (unsigned char)delim)
			break;
	}
	/* End of file before any byte, or a read error: -1 (POSIX). */
	if (len == 0 || (!had_error && (f->flags & W64_FILE_ERR)))
		return -1;
	if (len > (size_t)(SIZE_MAX >> 1))
		return __w64_set_errno(EOVERFLOW);
	(*line)[len] = '\0';
	return (ssize_t)len;
}
