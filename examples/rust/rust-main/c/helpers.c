/* C functions that rust-main calls (and one that calls back into Rust). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Calls visit(ctx, x) for each element: Rust passes a closure as ctx. */
void c_for_each(const int *xs, size_t n, void (*visit)(void *ctx, int x), void *ctx)
{
	for (size_t i = 0; i < n; i++)
		visit(ctx, xs[i]);
}

/* The parts joined with sep, in a malloc'd string the caller frees. */
char *c_join(const char *const *parts, size_t n, char sep)
{
	size_t len = 1;
	for (size_t i = 0; i < n; i++)
		len += strlen(parts[i]) + 1;
	char *s = malloc(len), *p = s;
	if (s == NULL)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			*p++ = sep;
		size_t k = strlen(parts[i]);
		memcpy(p, parts[i], k);
		p += k;
	}
	*p = '\0';
	return s;
}

/* Frees a block that Rust allocated. */
size_t c_release(void *p)
{
	size_t n = p == NULL ? 0 : strlen(p);
	free(p);
	return n;
}
