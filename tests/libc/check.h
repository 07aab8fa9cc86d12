/* A tiny harness for libc tests that run inside wasm64-run (and natively).
 *
 *     CHECK(strlen("abc") == 3);
 *     ...
 *     return check_summary();
 *
 * Failures print "FAIL file:line: expression"; the last line is always
 * "N passed, N failed".  It uses only write(), so it can test stdio too.
 */
#ifndef CHECK_H
#define CHECK_H

#include <string.h>
#include <unistd.h>

static int check_passed, check_failed;

static void check_put(const char *s)
{
	write(STDOUT_FILENO, s, strlen(s));
}

static void check_put_uint(unsigned long v)
{
	char buf[24];
	int i = sizeof buf;
	buf[--i] = '\0';
	do {
		buf[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	check_put(buf + i);
}

static void check_report(int ok, const char *file, int line, const char *expr)
{
	if (ok) {
		check_passed++;
		return;
	}
	check_failed++;
	check_put("FAIL ");
	check_put(file);
	check_put(":");
	check_put_uint((unsigned long)line);
	check_put(": ");
	check_put(expr);
	check_put("\n");
}

#define CHECK(cond) check_report((cond) ? 1 : 0, __FILE__, __LINE__, #cond)

static int check_summary(void)
{
	check_put_uint((unsigned long)check_passed);
	check_put(" passed, ");
	check_put_uint((unsigned long)check_failed);
	check_put(" failed\n");
	return check_failed != 0;
}

#endif
