/* Prints "word checksum" for each argument; with no arguments, fails. */
#include <string.h>
#include <unistd.h>

#include "checksum.h"

static void put(const char *s)
{
	write(STDOUT_FILENO, s, strlen(s));
}

static void put_number(unsigned long v)
{
	char buf[24];
	int i = sizeof buf;
	buf[--i] = '\0';
	do {
		buf[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	put(buf + i);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		put("usage: sum WORD...\n");
		return 1;
	}
	if (strcmp(argv[1], "--self-check") == 0)
		return checksum("ab") == 195 && checksum("") == 0 ? 0 : 1;
	for (int i = 1; i < argc; i++) {
		put(argv[i]);
		put(" ");
		put_number(checksum(argv[i]));
		put("\n");
	}
	return 0;
}
