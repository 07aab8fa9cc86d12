#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "w64_stdio.h"

/*
 * Unbuffered for now: the string and the newline are two writes.  The
 * buffered stdio will turn this into one append to stdout's buffer.
 */
int puts(const char *s)
{
	if (__w64_write_all(STDOUT_FILENO, s, strlen(s)) != 0)
		return EOF;
	if (__w64_write_all(STDOUT_FILENO, "\n", 1) != 0)
		return EOF;
	return 1;
}
