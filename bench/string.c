/*
 * Does word-at-a-time pay in wasm64-run?  bench/string.sh times this
 * program for each function, variant and length and prints the table.
 *
 *     string.wasm FUNC VARIANT LEN ITERATIONS
 *
 * FUNC is strlen or memchr; VARIANT "libc" calls the libc's (8 bytes per
 * step once aligned), "byte" a plain byte loop defined here.  Built with
 * -fno-builtin so that clang keeps the byte loops as loops, and noinline
 * so that both variants pay for a call.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static size_t byte_strlen(const char *s)
{
	const char *p = s;
	while (*p != '\0')
		p++;
	return (size_t)(p - s);
}

__attribute__((noinline)) static void *byte_memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;
	for (; n > 0; n--, p++) {
		if (*p == (unsigned char)c)
			return (void *)p;
	}
	return NULL;
}

int main(int argc, char **argv)
{
	if (argc != 5) {
		fprintf(stderr, "usage: %s strlen|memchr libc|byte LEN ITERATIONS\n", argv[0]);
		return 2;
	}
	int is_strlen = strcmp(argv[1], "strlen") == 0;
	int is_libc = strcmp(argv[2], "libc") == 0;
	size_t len = strtoul(argv[3], NULL, 10);
	unsigned long iterations = strtoul(argv[4], NULL, 10);
	char *buf = malloc(len + 1);
	if (buf == NULL)
		return 1;
	memset(buf, 'a', len);
	buf[len] = '\0';

	size_t sum = 0;
	for (unsigned long i = 0; i < iterations; i++) {
		/* The offset varies so that alignment varies too. */
		const char *s = buf + (i & 7);
		size_t n = len - (i & 7);
		if (is_strlen)
			sum += is_libc ? strlen(s) : byte_strlen(s);
		else
			sum += (size_t)((const char *)(is_libc ? memchr(s, 0, n + 1) : byte_memchr(s, 0, n + 1)) - s);
	}
	printf("%zu\n", sum);
	free(buf);
	return 0;
}
