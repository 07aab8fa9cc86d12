#include <stdio.h>
#include <string.h>

#include "w64_stdio.h"

char *fgets(char *restrict s, int n, FILE *restrict f)
{
	if (n <= 0)
		return NULL;
	size_t max = (size_t)n - 1, len = 0;
	unsigned had_error = f->flags & W64_FILE_ERR;
	while (len < max) {
		/* A run from the buffer at a time, up to a newline. */
		if (f->nungot == 0 && f->rpos < f->rend) {
			size_t avail = f->rend - f->rpos;
			size_t take = avail < max - len ? avail : max - len;
			const unsigned char *src = f->buf + f->rpos;
			const unsigned char *nl = memchr(src, '\n', take);
			if (nl != NULL)
				take = (size_t)(nl - src) + 1;
			memcpy(s + len, src, take);
			f->rpos += take;
			len += take;
			if (nl != NULL)
				break;
			continue;
		}
		int c = __w64_file_getc(f);
		if (c == EOF)
			break;
		s[len++] = (char)c;
		if (c == '\n')
			break;
	}
	/* Nothing read at end of file, or a read error: NULL (C11 7.21.7.2),
	 * and the array's contents are then unspecified. */
	if ((len == 0 && max > 0) || (!had_error && (f->flags & W64_FILE_ERR)))
		return NULL;
	s[len] = '\0';
	return s;
}
