#include <stdio_ext.h>

#include "w64_stdio.h"

void _flushlbf(void)
{
	__w64_file_list_lock();
	for (struct __w64_file *f = __w64_open_files; f; f = f->next) {
		if (f->mode == _IOLBF)
			__w64_file_flush(f);
	}
	__w64_file_list_unlock();
}
