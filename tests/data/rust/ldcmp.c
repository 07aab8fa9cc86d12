/*
 * long double comparisons in a C program linked with a Rust staticlib
 * listed first on the link line (ldcmp.rs): they must reach the libc's
 * int-returning __lttf2 & co., not compiler_builtins' (which return isize
 * and trap with "signature_mismatch").
 */
#include <stdio.h>
#include <stdlib.h>

int rust_twice(int x);

int main(int argc, char **argv)
{
	volatile long double a = argc > 1 ? strtol(argv[1], NULL, 10) : 0, b = 2.5L;
	printf("%d %d %d %d %d %d\n", a < b, a <= b, a > b, a >= b, a == b, a != b);
	printf("twice: %d\n", rust_twice((int)a));
	return 0;
}
