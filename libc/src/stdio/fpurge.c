#include <stdio.h>

#include "w64_stdio.h"

/* Throws away what the buffer holds, output not yet written and input
 * read ahead alike, and any pushed-back characters. */
int fpurge(FILE *f)
{
	f->buf_len = 0;
	f->rpos = f->rend = 0;
	f->nungot = 0;
	return 0;
}
