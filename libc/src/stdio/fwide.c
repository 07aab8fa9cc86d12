#include <stdio.h>
#include <wchar.h>

#include "w64_stdio.h"

/*
 * The stream's orientation: set by the first wide function (wide), the
 * first other use (byte: __w64_file_ready), or here.  Either kind of
 * function still works on a stream of the other orientation, which C
 * leaves undefined.
 */
int fwide(FILE *f, int mode)
{
	if (f->orient == 0 && mode != 0)
		f->orient = mode > 0 ? 1 : -1;
	return f->orient;
}
