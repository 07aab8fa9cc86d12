/*
 * Buffered output: what reaches the descriptor, and when.  The test's
 * own reports (check.h) use write() and so overtake buffered output;
 * tests/30-libc.bats compares the whole interleaving, once with stdout
 * a pipe (fully buffered) and once a terminal (line-buffered).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

static char big[3 * BUFSIZ + 1];

int main(void)
{
	/* A line: written at once on a terminal, held on a pipe.  Finding
	 * out which (isatty) leaves errno alone. */
	errno = 0;
	printf("printf %d\n", 1);
	CHECK(errno == 0);
	check_put("write 1\n");
	CHECK(fflush(stdout) == 0);

	CHECK(fputc('a', stdout) == 'a');
	CHECK(putc('b', stdout) == 'b');
	CHECK(putchar('\n') == '\n');
	CHECK(fputs("fputs\n", stdout) >= 0);
	CHECK(puts("puts") >= 0);
	CHECK(fwrite("fwrite\n", 1, 7, stdout) == 7);
	CHECK(fwrite("abcd", 2, 2, stdout) == 2);
	CHECK(fwrite("xy", 2, 0, stdout) == 0 && fwrite("xy", 0, 2, stdout) == 0);
	CHECK(fputs("|no newline|", stdout) >= 0);
	check_put("write 2\n");
	CHECK(fflush(NULL) == 0);
	check_put("\nwrite 3\n");

	/* More than the buffer holds goes straight through, in order. */
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 2] = '\n';
	fputs("before big\n", stdout);
	CHECK(fwrite(big, 1, sizeof big - 1, stdout) == sizeof big - 1);
	fflush(stdout);

	/* stderr is unbuffered; with a line buffer of its own it holds a
	 * partial line until the newline. */
	fprintf(stderr, "stderr %d\n", 1);
	CHECK(setvbuf(stderr, NULL, _IOFBF, 0) != 0); /* stderr has no buffer */
	static char ebuf[64];
	CHECK(setvbuf(stderr, ebuf, _IOLBF, sizeof ebuf) == 0);
	fputs("stderr partial, ", stderr);
	check_put("write 4\n");
	fputs("then the newline\n", stderr);
	CHECK(setvbuf(stderr, NULL, _IONBF, 0) == 0);

	CHECK(setvbuf(stderr, NULL, _IOLBF, 0) != 0); /* ebuf was lent, not given */

	/* setvbuf: not with output pending, not with a bad mode. */
	printf("pending");
	CHECK(setvbuf(stdout, NULL, _IONBF, 0) != 0);
	CHECK(setvbuf(stderr, NULL, 99, 0) != 0);
	fflush(stdout);
	check_put("\n");

	/* stdin is not for writing. */
	errno = 0;
	CHECK(fputc('x', stdin) == EOF && errno == EBADF && ferror(stdin));
	CHECK(fprintf(stdin, "%d", 1) < 0);
	clearerr(stdin);
	CHECK(!ferror(stdin) && !feof(stdin) && !ferror(stdout));
	CHECK(fileno(stdin) == 0 && fileno(stdout) == 1 && fileno(stderr) == 2);

	errno = ENOENT;
	perror("perror");
	errno = EBADF;
	perror(NULL);

	/* exit() flushes: this shows after the summary. */
	printf("flushed at exit");
	return check_summary();
}
