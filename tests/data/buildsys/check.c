/* The test program of every test project: each command checks one thing
 * and the exit status says whether it held.
 *   check sum A B C        tiny_add(A, B) == C
 *   check read FILE TEXT   FILE (relative to where it starts) begins with TEXT
 *   check env NAME VALUE   getenv(NAME) is VALUE
 *   check cwd DIR          the program starts in DIR
 *   check                  a self-test, for harnesses that pass no arguments
 *                          (automake's): tiny_add, and half() where the
 *                          project has it (WITH_HALF), and CHECK_GREETING
 *                          when the harness sets it */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tiny.h"

#ifdef WITH_HALF
int half(int x);
#endif

#ifndef TINY_FROM_PKG_CONFIG
#error "tiny's flags did not come from its pkg-config file"
#endif

int main(int argc, char **argv)
{
	char buf[4096] = "";
	if (argc == 1) {
		int ok = tiny_add(2, 3) == 5;
#ifdef WITH_HALF
		ok &= half(10) == 5;
#endif
		const char *greeting = getenv("CHECK_GREETING");
		ok &= !greeting || strcmp(greeting, "hi there") == 0;
		printf("self-test %s (greeting %s)\n", ok ? "ok" : "FAILED", greeting ? greeting : "unset");
		return ok ? 0 : 1;
	}
	if (argc == 5 && strcmp(argv[1], "sum") == 0) {
		int got = tiny_add(atoi(argv[2]), atoi(argv[3]));
		printf("tiny_add(%s, %s) = %d\n", argv[2], argv[3], got);
		return got == atoi(argv[4]) ? 0 : 1;
	}
	if (argc == 4 && strcmp(argv[1], "read") == 0) {
		FILE *f = fopen(argv[2], "r");
		if (!f || !fgets(buf, sizeof buf, f)) {
			perror(argv[2]);
			return 1;
		}
		printf("%s: %s", argv[2], buf);
		return strncmp(buf, argv[3], strlen(argv[3])) == 0 ? 0 : 1;
	}
	if (argc == 4 && strcmp(argv[1], "env") == 0) {
		const char *v = getenv(argv[2]);
		printf("%s=%s\n", argv[2], v ? v : "(unset)");
		return v && strcmp(v, argv[3]) == 0 ? 0 : 1;
	}
	if (argc == 3 && strcmp(argv[1], "cwd") == 0) {
		printf("cwd %s\n", getcwd(buf, sizeof buf) ? buf : "(none)");
		return strcmp(buf, argv[2]) == 0 ? 0 : 1;
	}
	fprintf(stderr, "usage: check sum A B C | read FILE TEXT | env NAME VALUE | cwd DIR\n");
	return 2;
}
