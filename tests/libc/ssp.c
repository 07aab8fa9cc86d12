/*
 * Built with -fstack-protector-strong (tests/41-libc-posix.bats): the
 * canary is random and protected functions run as usual; with the
 * argument "smash" one writes past its array, and returning from it ends
 * the program with glibc's message and a trap.
 */
#include <stdint.h>
#include <string.h>

#include "check.h"

extern uintptr_t __stack_chk_guard;

/* Fills a local array with n bytes: more than its size overruns it. */
__attribute__((noinline)) static int fill(volatile size_t n)
{
	char buf[16];
	for (size_t i = 0; i < n; i++)
		((volatile char *)buf)[i] = (char)('A' + i % 26);
	return buf[0] + buf[15];
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "smash") == 0)
		return fill(64);
	CHECK(fill(16) == 'A' + 'P');
#if defined(__wasm__)
	/* Drawn at startup: not the fixed fallback, and a zero low byte. */
	CHECK(__stack_chk_guard != (uintptr_t)0x000aff0d2b6e79c1ULL && __stack_chk_guard != 0);
	CHECK((__stack_chk_guard & 0xff) == 0);
#endif
	return check_summary();
}
