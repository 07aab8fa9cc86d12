/*
 * fnmatch: wildcards, escapes, brackets (ranges, '!' and '^', classes,
 * collating symbols, malformed ones), each flag, glibc's answers in its
 * corner cases, and patterns that take naive backtracking exponential
 * time.  (tests/libc-native/fnmatch_diff.c compares many more with glibc.)
 */
#include <fnmatch.h>
#include <string.h>

#include "check.h"

static const struct {
	const char *pattern, *string;
	int flags, result;
} cases[] = {
	/* Wildcards. */
	{"", "", 0, 0},
	{"", "a", 0, FNM_NOMATCH},
	{"abc", "abc", 0, 0},
	{"abc", "abd", 0, FNM_NOMATCH},
	{"a?c", "abc", 0, 0},
	{"a?c", "ac", 0, FNM_NOMATCH},
	{"*", "", 0, 0},
	{"*", "anything", 0, 0},
	{"a*", "a", 0, 0},
	{"*c", "abc", 0, 0},
	{"*c", "abd", 0, FNM_NOMATCH},
	{"a*b*c", "aXbYbZc", 0, 0},
	{"a*b*c", "aXbYbZ", 0, FNM_NOMATCH},
	{"*?", "", 0, FNM_NOMATCH},
	{"*??", "ab", 0, 0},
	{"*??*", "a", 0, FNM_NOMATCH},
	{"**a", "a", 0, 0},
	/* Escapes. */
	{"\\*", "*", 0, 0},
	{"\\*", "a", 0, FNM_NOMATCH},
	{"\\a", "a", 0, 0},
	{"a\\", "a\\", 0, FNM_NOMATCH}, /* a trailing backslash matches nothing */
	{"a\\", "a\\", FNM_NOESCAPE, 0},
	{"\\*", "\\x", FNM_NOESCAPE, 0},
	{"*\\?", "ab?", 0, 0},
	{"*\\?", "abc", 0, FNM_NOMATCH},
	/* Brackets. */
	{"[abc]", "b", 0, 0},
	{"[abc]", "d", 0, FNM_NOMATCH},
	{"[a-c]x", "bx", 0, 0},
	{"[a-c]", "B", 0, FNM_NOMATCH},
	{"[!a-c]", "d", 0, 0},
	{"[!a-c]", "b", 0, FNM_NOMATCH},
	{"[^a-c]", "d", 0, 0},
	{"[^a-c]", "a", 0, FNM_NOMATCH},
	{"[]]", "]", 0, 0},
	{"[]a]", "a", 0, 0},
	{"[!]]", "]", 0, FNM_NOMATCH},
	{"[!]]", "x", 0, 0},
	{"[a-]", "-", 0, 0},
	{"[-a]", "-", 0, 0},
	{"[z-a]", "m", 0, FNM_NOMATCH},
	{"[\\]]", "]", 0, 0},
	{"[\\-]", "-", 0, 0},
	{"[a\\-c]", "b", 0, FNM_NOMATCH},
	{"[[:alpha:]]", "q", 0, 0},
	{"[[:alpha:]]", "5", 0, FNM_NOMATCH},
	{"[[:digit:][:upper:]]", "7", 0, 0},
	{"[[:digit:][:upper:]]", "Q", 0, 0},
	{"[[:digit:][:upper:]]", "q", 0, FNM_NOMATCH},
	{"[![:space:]]", " ", 0, FNM_NOMATCH},
	{"[[:xdigit:]]*", "fx", 0, 0},
	{"[[:punct:]]", "!", 0, 0},
	{"[[:foo:]]", "f", 0, FNM_NOMATCH}, /* an unknown class fails the bracket */
	{"[![:foo:]]", "f", 0, FNM_NOMATCH},
	{"[[.a.]]", "a", 0, 0},
	{"[[.a.]-c]", "b", 0, 0},
	{"[[.ab.]]", "a", 0, FNM_NOMATCH}, /* no multi-character elements in "C" */
	{"[[=a=]]", "a", 0, 0},
	{"[[=a=]]", "b", 0, FNM_NOMATCH},
	/* An unclosed '[' is an ordinary character. */
	{"[", "[", 0, 0},
	{"[a", "[a", 0, 0},
	{"[a", "a", 0, FNM_NOMATCH},
	{"[[", "[[", 0, 0},
	{"a[", "a[", 0, 0},
	{"[!", "[!", 0, 0},
	/* FNM_PATHNAME. */
	{"a*", "a/b", 0, 0},
	{"a*", "a/b", FNM_PATHNAME, FNM_NOMATCH},
	{"a?b", "a/b", FNM_PATHNAME, FNM_NOMATCH},
	{"a[/]b", "a/b", FNM_PATHNAME, FNM_NOMATCH},
	{"a[!x]b", "a/b", FNM_PATHNAME, FNM_NOMATCH},
	{"a[!x]b", "a/b", 0, 0},
	{"*/b", "a/b", FNM_PATHNAME, 0},
	{"*/b", "a/x/b", FNM_PATHNAME, FNM_NOMATCH},
	{"*/*/b", "a/x/b", FNM_PATHNAME, 0},
	{"a/*", "a/b/c", FNM_PATHNAME, FNM_NOMATCH},
	{"a/*/c", "a/b/c", FNM_PATHNAME, 0},
	/* FNM_PERIOD. */
	{"*", ".profile", 0, 0},
	{"*", ".profile", FNM_PERIOD, FNM_NOMATCH},
	{"?profile", ".profile", FNM_PERIOD, FNM_NOMATCH},
	{"[.]profile", ".profile", FNM_PERIOD, FNM_NOMATCH},
	{".*", ".profile", FNM_PERIOD, 0},
	{"a*", "a.b", FNM_PERIOD, 0},
	{"a/*", "a/.b", FNM_PERIOD, 0},
	{"a/*", "a/.b", FNM_PATHNAME | FNM_PERIOD, FNM_NOMATCH},
	{"a/.*", "a/.b", FNM_PATHNAME | FNM_PERIOD, 0},
	{"*/?b", "a/.b", FNM_PATHNAME | FNM_PERIOD, FNM_NOMATCH},
	{"*/.b", "a/.b", FNM_PATHNAME | FNM_PERIOD, 0},
	/* FNM_LEADING_DIR. */
	{"a", "a/b/c", FNM_LEADING_DIR, 0},
	{"a", "ab/c", FNM_LEADING_DIR, FNM_NOMATCH},
	{"a*", "abc/d", FNM_PATHNAME | FNM_LEADING_DIR, 0},
	{"a/b", "a/b/c", FNM_PATHNAME | FNM_LEADING_DIR, 0},
	{"a/b", "a/bc", FNM_PATHNAME | FNM_LEADING_DIR, FNM_NOMATCH},
	/* FNM_CASEFOLD. */
	{"abc", "ABC", FNM_CASEFOLD, 0},
	{"ABC", "abc", FNM_CASEFOLD, 0},
	{"[A-C]", "b", FNM_CASEFOLD, 0},
	{"[a-c]", "B", FNM_CASEFOLD, 0},
	{"[[:upper:]]", "a", FNM_CASEFOLD, FNM_NOMATCH}, /* classes see the character as it is */
	{"*X", "abx", FNM_CASEFOLD, 0},
	{"\\A", "a", FNM_CASEFOLD, 0},
};

int main(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int r = fnmatch(cases[i].pattern, cases[i].string, cases[i].flags);
		if (r != cases[i].result) {
			check_put("  case: fnmatch(\"");
			check_put(cases[i].pattern);
			check_put("\", \"");
			check_put(cases[i].string);
			check_put("\")\n");
		}
		CHECK(r == cases[i].result);
	}

	/* "a*a*...a*b" against a long run of 'a': naive backtracking takes
	 * exponential time; one restart point per '*' takes a moment. */
	static char pattern[96], text[2001];
	for (int i = 0; i < 40; i++)
		memcpy(pattern + 2 * i, "a*", 2);
	strcpy(pattern + 80, "b");
	memset(text, 'a', 2000);
	CHECK(fnmatch(pattern, text, 0) == FNM_NOMATCH);
	CHECK(fnmatch(pattern, text, FNM_PATHNAME | FNM_PERIOD) == FNM_NOMATCH);
	text[1999] = 'b';
	CHECK(fnmatch(pattern, text, 0) == 0);
	/* The same with brackets and '?' between the stars. */
	for (int i = 0; i < 20; i++)
		memcpy(pattern + 4 * i, "*[a]", 4);
	strcpy(pattern + 80, "?c");
	CHECK(fnmatch(pattern, text, 0) == FNM_NOMATCH);
	return check_summary();
}
