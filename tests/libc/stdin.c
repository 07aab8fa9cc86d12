/*
 * Reading stdin.  tests/34-libc-files.bats pipes in:
 *
 *     "first line\n" "second\n" 10000 x's "\n" "12 34\n" "tail, no newline"
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

int main(void)
{
	char buf[64];
	CHECK(getchar() == 'f' && getc(stdin) == 'i' && fgetc(stdin) == 'r');
	CHECK(ungetc('R', stdin) == 'R');
	CHECK(fgets(buf, sizeof buf, stdin) != NULL && strcmp(buf, "Rst line\n") == 0);
	CHECK(fgets(buf, sizeof buf, stdin) != NULL && strcmp(buf, "second\n") == 0);

	char *line = NULL;
	size_t cap = 0;
	CHECK(getline(&line, &cap, stdin) == 10001 && line[0] == 'x' && line[9999] == 'x');
	int a = 0, b = 0;
	CHECK(fscanf(stdin, "%d%d ", &a, &b) == 2 && a == 12 && b == 34);
	char tail[32] = {0};
	CHECK(fread(tail, 1, sizeof tail, stdin) == 16 && strcmp(tail, "tail, no newline") == 0);
	CHECK(feof(stdin) && !ferror(stdin));
	CHECK(getchar() == EOF && getline(&line, &cap, stdin) == -1);
	free(line);
	/* stdin is for reading only. */
	CHECK(fputc('x', stdin) == EOF && ferror(stdin));
	CHECK(fgetc(stdout) == EOF && ferror(stdout));
	clearerr(stdout);
	return check_summary();
}
