#include <stdio.h>

#include "w64_stdio.h"

int fflush(FILE *f)
{
	if (f != NULL)
		return __w64_file_flush(f);
	int ret = 0;
	for (struct __w64_file *g = __w64_open_files; g; g = g->next) {
		if (__w64_file_flush(g) != 0)
			ret = EOF;
	}
	return ret;
}
