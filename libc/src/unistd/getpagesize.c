#include <unistd.h>

#include "w64_sysinfo.h"

/* A WebAssembly page, the unit memory grows by. */
int getpagesize(void)
{
	return (int)W64_PAGE_SIZE;
}
