#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>

/*
 * BSD's: the next line, newline included (the last line may lack one),
 * not NUL-terminated, *len bytes long; NULL at the end or on an error.
 * The line lives in a buffer of the libc's, valid until the next call.
 */
char *fgetln(FILE *f, size_t *len)
{
	static char *line;
	static size_t cap;
	ssize_t n = getline(&line, &cap, f);
	if (n <= 0)
		return NULL;
	*len = (size_t)n;
	return line;
}
