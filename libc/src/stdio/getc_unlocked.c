#include <stdio.h>

/* One thread: no lock to leave out. */
int getc_unlocked(FILE *f)
{
	return getc(f);
}
