/*
 * A C program that calls Rust (src/lib.rs, built as a staticlib for
 * wasm64-unknown-unknown) and shares the heap and stdout with it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct point {
	double x, y;
};

struct bbox {
	struct point min, max;
	size_t count;
};

double rust_mean(const double *xs, size_t n);
struct bbox rust_bbox(const struct point *pts, size_t n);
int rust_translate(struct bbox b, struct point by, struct bbox *out);
size_t rust_count_words(const char *text);
char *rust_greeting(const char *name);
size_t rust_consume(char *buf, size_t len);
void rust_say(int step);
size_t rust_cross_heap(void *(*c_alloc)(size_t), void (*c_free)(void *), size_t rounds);

static void print_bbox(const char *what, struct bbox b)
{
	printf("%s: (%g, %g)-(%g, %g) of %zu\n", what, b.min.x, b.min.y, b.max.x, b.max.y, b.count);
}

int main(void)
{
	double xs[] = { 1.5, 2.5, 3.0, 9.0 };
	printf("mean: %.4f\n", rust_mean(xs, sizeof xs / sizeof xs[0]));

	struct point pts[] = { { 3, -1 }, { -2, 4 }, { 0.5, 0.25 } };
	struct bbox b = rust_bbox(pts, 3);
	print_bbox("bbox", b);
	struct bbox moved;
	int ok = rust_translate(b, (struct point){ 10, 100 }, &moved);
	print_bbox("moved", moved);
	printf("translate returned %d\n", ok);

	printf("words: %zu\n", rust_count_words("  the quick\tbrown fox\njumps  "));

	char *g = rust_greeting("wasm64");
	printf("%s\n", g);
	free(g); /* allocated by Rust, freed by C */

	char *buf = malloc(11);
	memcpy(buf, "from c heap", 11);
	printf("rust_consume: %zu bytes\n", rust_consume(buf, 11)); /* freed by Rust */

	for (int i = 1; i <= 3; i++) {
		printf("c: step %d\n", i);
		rust_say(i);
	}

	printf("crossed: %zu blocks\n", rust_cross_heap(malloc, free, 2000));
	return 0;
}
