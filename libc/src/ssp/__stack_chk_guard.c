#include <stdint.h>

#include "w64_host.h"

/*
 * The canary -fstack-protector compares each protected frame against.
 * This object is linked only into programs built with the protector
 * (the compiler's code names the guard); its constructor draws the value
 * from random_get before main.  Constructors run one after another from
 * _start, so no protected frame is live while the value changes.  If the
 * host has no randomness, a fixed canary with a zero byte (which string
 * overflows cannot forge) stays.
 */
uintptr_t __stack_chk_guard = (uintptr_t)0x000aff0d2b6e79c1ULL;

__attribute__((constructor)) static void init_guard(void)
{
	uintptr_t g;
	if (__w64_host_random_get(&g, sizeof g) == 0) {
		g &= ~(uintptr_t)0xff; /* a zero low byte, as glibc's canary has */
		__stack_chk_guard = g;
	}
}
