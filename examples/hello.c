/* The first program: prints a greeting and its arguments. */
#include <stdio.h>

int main(int argc, char **argv)
{
	puts("Hello from wasm64!");
	for (int i = 1; i < argc; i++)
		puts(argv[i]);
	return 0;
}
