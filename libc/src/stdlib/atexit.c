#include <stddef.h>
#include <stdlib.h>

#include "w64_startup.h"

/* C requires room for at least 32 registrations; a fixed table of exactly
 * that many needs no allocator. */
#define W64_ATEXIT_MAX 32

static void (*handlers[W64_ATEXIT_MAX])(void);
static size_t handler_count;

int atexit(void (*func)(void))
{
	if (handler_count == W64_ATEXIT_MAX)
		return -1;
	handlers[handler_count++] = func;
	return 0;
}

void __w64_run_atexit(void)
{
	/* Pop before calling: a handler that registers another handler gets
	 * it run next, and none runs twice. */
	while (handler_count > 0) {
		void (*func)(void) = handlers[--handler_count];
		func();
	}
}
