#include <stdlib.h>

#include "w64_random.h"

void arc4random_buf(void *buf, size_t n)
{
	__w64_random_fill(buf, n);
}
