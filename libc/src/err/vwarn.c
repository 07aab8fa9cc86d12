#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

/* errno is read first: the printing may change it. */
void vwarn(const char *fmt, va_list ap)
{
	const char *why = strerror(errno);
	fprintf(stderr, "%s: ", program_invocation_short_name);
	if (fmt != NULL) {
		vfprintf(stderr, fmt, ap);
		fprintf(stderr, ": %s\n", why);
	} else {
		fprintf(stderr, "%s\n", why);
	}
}
