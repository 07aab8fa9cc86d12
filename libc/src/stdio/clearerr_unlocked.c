#include <stdio.h>

void clearerr_unlocked(FILE *f)
{
	clearerr(f);
}
