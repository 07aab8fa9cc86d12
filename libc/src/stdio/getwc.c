#include <stdio.h>
#include <wchar.h>

/* A function, as fgetwc. */
wint_t getwc(FILE *f)
{
	return fgetwc(f);
}
