/* Test program for the runtime's command line: argv[1] picks a behaviour. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int to_int(const char *s)
{
	int v = 0, sign = 1;
	if (*s == '-') {
		sign = -1;
		s++;
	}
	while (*s >= '0' && *s <= '9')
		v = v * 10 + (*s++ - '0');
	return sign * v;
}

volatile int zero;

int main(int argc, char **argv)
{
	if (argc < 2)
		return 0;
	const char *what = argv[1];
	if (strcmp(what, "args") == 0) {
		for (int i = 0; i < argc; i++)
			puts(argv[i]);
		return 0;
	}
	if (strcmp(what, "return") == 0)
		return to_int(argv[2]);
	if (strcmp(what, "exit") == 0)
		exit(to_int(argv[2]));
	if (strcmp(what, "div") == 0)
		return argc / zero;
	if (strcmp(what, "oob") == 0)
		return *(volatile int *)(0x7fffffffffffull + (unsigned long)zero);
	if (strcmp(what, "abort") == 0)
		abort();
	return 99;
}
