#include <stdlib.h>

#include "w64_startup.h"

static struct w64_exit_handlers handlers;

int atexit(void (*func)(void))
{
	return __w64_exit_handlers_add(&handlers, func);
}

void __w64_run_atexit(void)
{
	__w64_exit_handlers_run(&handlers);
}
