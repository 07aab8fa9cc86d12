#include <stdlib.h>

#include "w64_mman.h"
#include "w64_startup.h"

/* Replaced by the buffered stdio's flush-everything once that exists. */
__attribute__((weak)) void __w64_stdio_exit(void)
{
}

/* Replaced by the mapping table's write-back when mmap is linked. */
__attribute__((weak)) void __w64_mman_exit(void)
{
}

void exit(int status)
{
	__w64_run_atexit();
	__w64_mman_exit();
	__w64_stdio_exit();
	_Exit(status);
}
