/* assert: a false assertion prints where and what on stderr, then traps;
 * with NDEBUG (re-including assert.h) it is not evaluated at all. */
#include <stdlib.h>

#include "check.h"

#define NDEBUG
#include <assert.h>

static int side_effects;

static int count(void)
{
	return ++side_effects;
}

#undef NDEBUG
#include <assert.h>

int main(int argc, char **argv)
{
	(void)argv;
#define NDEBUG
#include <assert.h>
	assert(count() == 100);
	CHECK(side_effects == 0);
#undef NDEBUG
#include <assert.h>
	assert(count() == 1);
	CHECK(side_effects == 1);
	check_summary();
	assert(argc == 42);
	return 0;
}
