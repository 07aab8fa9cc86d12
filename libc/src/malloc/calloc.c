#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "w64_errno.h"
#include "w64_malloc.h"

void *calloc(size_t nmemb, size_t size)
{
	if (size != 0 && nmemb > SIZE_MAX / size) {
		__w64_set_errno(ENOMEM);
		return NULL;
	}
	size_t bytes = nmemb * size;
	void *p = __w64_heap_alloc(bytes);
	/* Recycled chunks hold old data (and fresh pages only look zero
	 * until a chunk is reused), so always clear. */
	if (p != NULL)
		memset(p, 0, bytes);
	return p;
}
