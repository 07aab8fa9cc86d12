/* exit(): atexit handlers run last-registered first, then the status. */
#include <stdlib.h>
#include <unistd.h>

#include "check.h"

static void first(void) { check_put("first handler\n"); }
static void second(void) { check_put("second handler\n"); }

int main(void)
{
	CHECK(atexit(first) == 0);
	CHECK(atexit(second) == 0);
	check_summary();
	exit(3);
}
