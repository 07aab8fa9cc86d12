#include <string.h>

#include "w64_signal.h"

char *strsignal(int sig)
{
	static char unknown[32];
	const char *name = __w64_signal_name(sig);

	if (name != NULL)
		return (char *)name;
	/* "Unknown signal N", as glibc says it. */
	char digits[12];
	int n = 0;
	unsigned mag = sig < 0 ? 0u - (unsigned)sig : (unsigned)sig;
	do {
		digits[n++] = (char)('0' + mag % 10);
		mag /= 10;
	} while (mag != 0);
	strcpy(unknown, "Unknown signal ");
	size_t at = strlen(unknown);
	if (sig < 0)
		unknown[at++] = '-';
	while (n > 0)
		unknown[at++] = digits[--n];
	unknown[at] = '\0';
	return unknown;
}
