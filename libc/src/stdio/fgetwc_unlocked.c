#include <stdio.h>
#include <wchar.h>

/* One thread: the unlocked forms are the locked ones. */
wint_t fgetwc_unlocked(FILE *f)
{
	return fgetwc(f);
}
