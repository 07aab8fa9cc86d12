/*
 * fnmatch against glibc's in the "C" locale: generated patterns (wildcards,
 * escapes, brackets with ranges, negation, classes, collating symbols and
 * equivalence classes, well formed or not) against generated strings and
 * strings made to fit the pattern, under every combination of the five
 * flags.  The return values must be equal.
 *
 *   fnmatch_diff      W64_DIFF_CASES (default 200000), seed W64_DIFF_SEED
 *
 * Also a pattern that takes naive backtracking exponential time.
 * Prints mismatches (at most 20) and "fnmatch: N cases compared, M
 * mismatches"; exits 1 on any mismatch.
 */
#define _GNU_SOURCE
#include <fnmatch.h>
#include <stdio.h>
#include <string.h>

#include "diff.h"
#include "w64.h"

int w64_fnmatch(const char *pattern, const char *string, int flags);

static unsigned long compared, mismatches, matches;

/* Each piece of pattern with what a string may hold in its place: "*" any
 * few characters, "" the piece itself, else one of the characters listed. */
static const struct piece {
	const char *pattern, *fill;
} pieces[] = {
	{"a", ""}, {"b", ""}, {"A", ""}, {".", ""}, {"/", ""}, {"-", ""}, {"*", "*"}, {"*", "*"},
	{"?", "a./-"}, {"[", "[a"}, {"]", ""}, {"!", ""}, {"^", ""}, {"\\", "\\a"}, {":", ""},
	{"[a-c]", "abcdB"}, {"[!a]", "ab."}, {"[^.]", ".a"}, {"[]a]", "]ab"}, {"[!]]", "]a"},
	{"[a-]", "a-b"}, {"[-a]", "-ab"}, {"[[:alpha:]]", "aZ0."}, {"[[:upper:]]", "aA"},
	{"[[:digit:][:punct:]]", "0.a"}, {"[![:lower:]]", "aA."}, {"[[:foo:]]", "a["},
	{"[[:alpha:]", "[:a"}, {"[[:", "[:"}, {"[[.a.]]", "ab"}, {"[[.-.]]", "-a"},
	{"[[.ab.]]", "ab"}, {"[[.a.]-c]", "abd-"}, {"[a-[.c.]]", "acd"}, {"[[=a=]]", "aA"},
	{"[[=a]", "[=a"}, {"[\\]]", "]\\"}, {"[a\\-c]", "a-bc"}, {"[z-a]", "az"},
	{"[A-Z]", "aAz"}, {"[/]", "/"}, {"[.]", ".a"}, {"*/", "*"}, {"/*", "/"}, {".*", "."},
	{"\\*", "*a"}, {"[!/]", "/a"}, {"[a-\\", "[a"},
};
enum { NPIECES = sizeof pieces / sizeof pieces[0] };
static const char string_chars[] = "abAB.-/[]\\:!^c0z";

/* A pattern, and a string shaped by it (so that many cases match or nearly
 * do; now and then a character is dropped or changed). */
static void random_case(char *p, char *s, size_t size)
{
	size_t pl = 0, sl = 0;
	unsigned parts = 1 + rnd_below(7);
	p[0] = s[0] = '\0';
	for (unsigned k = 0; k < parts; k++) {
		const struct piece *piece = &pieces[rnd_below(NPIECES)];
		size_t l = strlen(piece->pattern);
		if (pl + l + 1 >= size || sl + l + 3 >= size)
			break;
		memcpy(p + pl, piece->pattern, l + 1);
		pl += l;
		if (strcmp(piece->fill, "*") == 0) {
			for (unsigned i = rnd_below(3); i > 0; i--)
				s[sl++] = string_chars[rnd_below(sizeof string_chars - 1)];
			if (piece->pattern[1] == '/')
				s[sl++] = '/';
		} else if (piece->fill[0] == '\0') {
			memcpy(s + sl, piece->pattern, l);
			sl += l;
		} else {
			s[sl++] = piece->fill[rnd_below((unsigned)strlen(piece->fill))];
		}
	}
	if (sl > 0 && rnd_below(8) == 0)
		s[rnd_below((unsigned)sl)] = string_chars[rnd_below(sizeof string_chars - 1)];
	s[sl] = '\0';
}

static void random_string(char *s, size_t size)
{
	size_t len = rnd_below(8);
	if (len >= size)
		len = size - 1;
	for (size_t i = 0; i < len; i++)
		s[i] = string_chars[rnd_below(sizeof string_chars - 1)];
	s[len] = '\0';
}

static void one(const char *p, const char *s, int flags)
{
	int g = fnmatch(p, s, flags), w = w64_fnmatch(p, s, flags);
	compared++;
	matches += g == 0;
	if (g != w && ++mismatches <= 20)
		printf("MISMATCH fnmatch(\"%s\", \"%s\", %#x): glibc %d, libc %d\n", p, s, flags, g, w);
}

int main(void)
{
	static const int all[] = {FNM_PATHNAME, FNM_NOESCAPE, FNM_PERIOD, FNM_LEADING_DIR, FNM_CASEFOLD};
	unsigned long n = diff_setup(200000);
	char p[64], s[64];

	while (compared < n) {
		random_case(p, s, sizeof p);
		for (int k = 0; k < 4; k++) {
			if (k == 3)
				random_string(s, sizeof s);
			int flags = 0;
			for (int f = 0; f < 5; f++)
				if (rnd_below(3) == 0)
					flags |= all[f];
			one(p, s, flags);
		}
	}

	/* "a*a*...a*b" against "aaa...a": naive backtracking would take
	 * exponential time here (both must answer at all). */
	char hard[128] = "", text[256];
	for (int i = 0; i < 30; i++)
		strcat(hard, "a*");
	strcat(hard, "b");
	memset(text, 'a', 200);
	text[200] = '\0';
	one(hard, text, 0);
	one(hard, text, FNM_PATHNAME | FNM_PERIOD);
	text[199] = 'b';
	one(hard, text, FNM_CASEFOLD);

	printf("fnmatch: %lu matches among the cases\n", matches);
	printf("fnmatch: %lu cases compared, %lu mismatches\n", compared, mismatches);
	return mismatches != 0;
}
