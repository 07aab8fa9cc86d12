#include "w64_startup.h"

int __w64_exit_handlers_add(struct w64_exit_handlers *h, void (*func)(void))
{
	if (h->count == W64_EXIT_HANDLERS_MAX)
		return -1;
	h->func[h->count++] = func;
	return 0;
}

void __w64_exit_handlers_run(struct w64_exit_handlers *h)
{
	/* Pop before calling: a handler that registers another handler gets
	 * it run next, and none runs twice. */
	while (h->count > 0) {
		void (*func)(void) = h->func[--h->count];
		func();
	}
}
