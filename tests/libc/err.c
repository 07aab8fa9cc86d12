/*
 * err.h's messages on stderr.  tests/41-libc-posix.bats builds this same
 * file against glibc too, under the same name, and compares the two
 * stderr streams byte for byte; with an argument the program ends
 * through err ("err") or errx ("errx") and the statuses are compared.
 */
#include <err.h>
#include <errno.h>
#include <stdarg.h>
#include <string.h>

#include "check.h"

static void call_vwarn(int with_errno, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (with_errno)
		vwarn(fmt, ap);
	else
		vwarnx(fmt, ap);
	va_end(ap);
}

int main(int argc, char **argv)
{
	errno = ENOENT;
	if (argc > 1 && strcmp(argv[1], "err") == 0)
		err(3, "cannot open %s", "file.txt");
	if (argc > 1 && strcmp(argv[1], "errx") == 0)
		errx(4, "bad value %d", 42);
	warn("reading %s", "input");
	errno = EACCES;
	warn(NULL);
	warnx("plain %05.1f|%-4s|", 2.5, "ab");
	warnx(NULL);
	errno = ENOSPC;
	call_vwarn(1, "v%s", "warn");
	call_vwarn(0, "v%s", "warnx");
	/* errno survives the message (warn reads it before printing). */
	errno = EBADF;
	warn("first");
	CHECK(errno == EBADF);
	CHECK(strcmp(program_invocation_short_name, "err.wasm") == 0);
	CHECK(strstr(program_invocation_name, "err.wasm") != NULL);
	return check_summary();
}
