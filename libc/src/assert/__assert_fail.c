#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/*
 * "FILE:LINE: FUNC: assertion failed: EXPR", in one write() so it is not
 * interleaved, and without printf, so that assert does not drag the
 * whole of stdio into every program.  Then abort(): a trap, which the
 * runtime reports with a backtrace.
 */
void __assert_fail(const char *expr, const char *file, int line, const char *func)
{
	char msg[512];
	size_t n = 0;
	char num[12];
	int nd = 0;
	unsigned v = line < 0 ? 0u : (unsigned)line;
	const char *parts[] = {file, ":", NULL, ": ", func, ": assertion failed: ", expr, "\n"};

	do {
		num[nd++] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
		if (parts[i] == NULL) {
			while (nd > 0 && n < sizeof msg)
				msg[n++] = num[--nd];
			continue;
		}
		size_t len = strlen(parts[i]);
		if (len > sizeof msg - n)
			len = sizeof msg - n;
		memcpy(msg + n, parts[i], len);
		n += len;
	}
	write(STDERR_FILENO, msg, n);
	abort();
}
