#include <stdio.h>
#include <unistd.h>

#include "w64_stdio.h"

int putchar(int c)
{
	unsigned char byte = (unsigned char)c;

	if (__w64_write_all(STDOUT_FILENO, &byte, 1) != 0)
		return EOF;
	return byte;
}
