/*
 * wordfreq: counts the words in its arguments and prints a frequency table.
 *
 *     wordfreq [-n TOP] [-m MINLEN] TEXT...
 *
 * Words are runs of letters, digits and apostrophes, folded to lower case.
 * The table lists the TOP most frequent (default 20; 0 means all), most
 * frequent first and alphabetically among equals, with counts, shares and
 * running totals; then statistics about word lengths.
 *
 * Plain C11 and its standard library only: a hash table of its own
 * (open addressing, FNV-1a, grown by doubling), qsort, strtol, and printf
 * with widths, precisions and floating point.  Built for wasm64 with
 *
 *     clang-22 --target=wasm64 --sysroot=sysroot examples/wordfreq.c -o wordfreq.wasm
 *     build/native/bin/wasm64-run wordfreq.wasm "some text, some more text"
 *
 * it prints exactly what the same source built for Linux prints.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry {
	char *word;    /* NULL: empty slot */
	size_t count;
	uint32_t hash;
	size_t first;  /* position of the first occurrence */
};

struct table {
	struct entry *slots;
	size_t cap;    /* a power of two */
	size_t used;
};

static uint32_t fnv1a(const char *s, size_t len)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

static int table_grow(struct table *t)
{
	size_t cap = t->cap ? t->cap * 2 : 64;
	struct entry *slots = calloc(cap, sizeof *slots);
	if (slots == NULL)
		return -1;
	for (size_t i = 0; i < t->cap; i++) {
		struct entry *e = &t->slots[i];
		if (e->word == NULL)
			continue;
		size_t j = e->hash & (cap - 1);
		while (slots[j].word != NULL)
			j = (j + 1) & (cap - 1);
		slots[j] = *e;
	}
	free(t->slots);
	t->slots = slots;
	t->cap = cap;
	return 0;
}

/* Counts one occurrence of word[0..len); 0, or -1 when out of memory. */
static int table_add(struct table *t, const char *word, size_t len, size_t position)
{
	if (4 * (t->used + 1) > 3 * t->cap && table_grow(t) != 0)
		return -1;
	uint32_t h = fnv1a(word, len);
	size_t j = h & (t->cap - 1);
	for (;; j = (j + 1) & (t->cap - 1)) {
		struct entry *e = &t->slots[j];
		if (e->word == NULL) {
			e->word = strndup(word, len);
			if (e->word == NULL)
				return -1;
			e->count = 1;
			e->hash = h;
			e->first = position;
			t->used++;
			return 0;
		}
		if (e->hash == h && strncmp(e->word, word, len) == 0 && e->word[len] == '\0') {
			e->count++;
			return 0;
		}
	}
}

static int by_count_then_word(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return strcmp(x->word, y->word);
}

/* Newton's method: the same IEEE operations, hence the same bits, on any
 * host (no libm needed). */
static double square_root(double v)
{
	if (v <= 0)
		return 0;
	double r = v > 1 ? v : 1;
	for (int i = 0; i < 64; i++)
		r = 0.5 * (r + v / r);
	return r;
}

static long parse_option(const char *prog, const char *name, const char *arg)
{
	char *end;
	errno = 0;
	long v = strtol(arg, &end, 10);
	if (errno != 0 || end == arg || *end != '\0' || v < 0 || v > INT_MAX) {
		fprintf(stderr, "%s: %s: not a count: '%s'\n", prog, name, arg);
		exit(2);
	}
	return v;
}

int main(int argc, char **argv)
{
	long top = 20, min_len = 1;
	int i = 1;

	for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i += 2) {
		if (i + 1 == argc || (strcmp(argv[i], "-n") != 0 && strcmp(argv[i], "-m") != 0)) {
			fprintf(stderr, "usage: %s [-n TOP] [-m MINLEN] TEXT...\n", argv[0]);
			return 2;
		}
		if (argv[i][1] == 'n')
			top = parse_option(argv[0], "-n", argv[i + 1]);
		else
			min_len = parse_option(argv[0], "-m", argv[i + 1]);
	}

	struct table t = {0};
	size_t words = 0, letters = 0, longest = 0, length_hist[16] = {0};
	double sum_sq = 0;
	char word[256];

	for (; i < argc; i++) {
		const char *p = argv[i];
		while (*p != '\0') {
			while (*p != '\0' && !isalnum((unsigned char)*p) && *p != '\'')
				p++;
			size_t len = 0;
			while (*p != '\0' && (isalnum((unsigned char)*p) || *p == '\'')) {
				if (len < sizeof word - 1)
					word[len++] = (char)tolower((unsigned char)*p);
				p++;
			}
			/* Apostrophes at the ends are quotes, not part of the word. */
			size_t start = 0;
			while (start < len && word[start] == '\'')
				start++;
			while (len > start && word[len - 1] == '\'')
				len--;
			len -= start;
			if (len == 0 || len < (size_t)min_len)
				continue;
			if (table_add(&t, word + start, len, words) != 0) {
				perror("wordfreq");
				return 1;
			}
			words++;
			letters += len;
			sum_sq += (double)len * (double)len;
			longest = len > longest ? len : longest;
			length_hist[len < 15 ? len : 15]++;
		}
	}
	if (words == 0) {
		puts("no words");
		return 0;
	}

	/* Compact the table into a sorted array. */
	struct entry *list = malloc(t.used * sizeof *list);
	if (list == NULL) {
		perror("wordfreq");
		return 1;
	}
	size_t n = 0;
	for (size_t j = 0; j < t.cap; j++) {
		if (t.slots[j].word != NULL)
			list[n++] = t.slots[j];
	}
	qsort(list, n, sizeof *list, by_count_then_word);

	size_t shown = top == 0 || (size_t)top > n ? n : (size_t)top;
	int width = 4;
	for (size_t j = 0; j < shown; j++) {
		int w = (int)strlen(list[j].word);
		width = w > width ? w : width;
	}

	printf("%zu words, %zu distinct (%.1f%% of them), %zu letters\n\n", words, n,
	       100.0 * (double)n / (double)words, letters);
	printf("%4s  %-*s %6s %8s %8s  %-10s %s\n", "rank", width, "word", "count", "share",
	       "total", "first", "hash");
	size_t running = 0;
	for (size_t j = 0; j < shown; j++) {
		const struct entry *e = &list[j];
		running += e->count;
		printf("%4zu. %-*s %6zu %7.3f%% %7.2f%%  @%-9zu %#010x\n", j + 1, width, e->word,
		       e->count, 100.0 * (double)e->count / (double)words,
		       100.0 * (double)running / (double)words, e->first, (unsigned)e->hash);
	}
	if (shown < n)
		printf("%*s(%zu more)\n", 6, "", n - shown);

	double mean = (double)letters / (double)words;
	double var = sum_sq / (double)words - mean * mean;
	printf("\nword length: mean %.4f, sd %.4f, longest %zu\n", mean, square_root(var), longest);
	printf("  as %%e: %e   as %%g: %g   as %%a: %a\n", mean, mean, mean);
	printf("  half the letters: %.1Lf (long double)\n", (long double)letters * 0.5L);
	for (size_t len = 1; len < 16; len++) {
		if (length_hist[len] == 0)
			continue;
		int bar = (int)((60 * length_hist[len] + words - 1) / words);
		printf("  %2zu%s %5zu |%.*s\n", len, len == 15 ? "+" : " ", length_hist[len], bar,
		       "############################################################");
	}

	for (size_t j = 0; j < t.cap; j++)
		free(t.slots[j].word);
	free(t.slots);
	free(list);
	return 0;
}
