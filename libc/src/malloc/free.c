#include <stdlib.h>

#include "w64_malloc.h"

void free(void *ptr)
{
	if (ptr != NULL)
		__w64_heap_free(ptr);
}
