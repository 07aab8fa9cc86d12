#include <pthread.h>
#include <stdlib.h>

#include "w64_thread.h"

__attribute__((weak)) void __w64_tsd_run_destructors(void)
{
}

/* The last thread ends: its thread-specific data destructors run, then
 * the process exits with status 0, as POSIX says (atexit handlers and
 * stdio flushing included). */
void pthread_exit(void *value)
{
	(void)value;
	__w64_tsd_run_destructors();
	exit(0);
}
