#include <stdlib.h>

#include "w64_signal.h"

/* __w64_sigstate.c replaces this when a program installs handlers. */
__attribute__((weak)) void __w64_abort_handler(void)
{
}

/*
 * A SIGABRT handler installed with signal() or sigaction() runs first,
 * blocked or not; then a trap ends the program at once, without atexit
 * handlers or stdio flushing (C leaves the flushing to the
 * implementation), and the runtime reports it with a backtrace.  WASI's
 * proc_raise(SIGABRT) is not used: hosts implement it unevenly.
 */
void abort(void)
{
	__w64_abort_handler();
	__builtin_trap();
}
