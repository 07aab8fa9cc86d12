#include <signal.h>
#include <stdio.h>
#include <string.h>

/* "s: description" on stderr, as glibc writes it. */
void psignal(int sig, const char *s)
{
	const char *desc = strsignal(sig);
	if (s != NULL && *s != '\0')
		fprintf(stderr, "%s: %s\n", s, desc);
	else
		fprintf(stderr, "%s\n", desc);
}
