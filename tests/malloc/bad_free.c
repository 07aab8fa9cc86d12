/*
 * Misuse the allocator notices, and stops the program on (abort: a trap in
 * wasm64-run) with a message on stderr, instead of corrupting the heap:
 *
 *   bad_free double       free the same block twice
 *   bad_free misaligned   free a pointer into the middle of a block
 *   bad_free realloc      realloc a freed block
 *
 * The calls go through volatile pointers so the compiler cannot fold them
 * (freeing twice is undefined, and it knows).
 */
#include <stdlib.h>
#include <string.h>

static void *(*volatile p_malloc)(size_t) = malloc;
static void (*volatile p_free)(void *) = free;
static void *(*volatile p_realloc)(void *, size_t) = realloc;

int main(int argc, char **argv)
{
	if (argc != 2)
		return 2;
	char *keep = p_malloc(100); /* so the freed block has a neighbour in use */
	char *p = p_malloc(100);
	char *after = p_malloc(100);
	if (strcmp(argv[1], "double") == 0) {
		p_free(p);
		p_free(p);
	} else if (strcmp(argv[1], "misaligned") == 0) {
		p_free(p + 8);
	} else if (strcmp(argv[1], "realloc") == 0) {
		p_free(p);
		p_realloc(p, 200);
	}
	p_free(keep);
	p_free(after);
	return 0;
}
