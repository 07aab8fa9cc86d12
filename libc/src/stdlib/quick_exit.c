#include <stdlib.h>

#include "w64_startup.h"

/* Runs the at_quick_exit handlers, newest first, then ends the program
 * as _Exit does: no atexit handlers, no stdio flush (C11 7.22.4.7). */
__attribute__((weak)) void __w64_run_at_quick_exit(void)
{
}

void quick_exit(int status)
{
	__w64_run_at_quick_exit();
	_Exit(status);
}
