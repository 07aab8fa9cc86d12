/* regcomp, regexec, regerror, regfree: syntax, matching rules, errors. */
#include <locale.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* Whether pattern (cflags) matches s with pmatch[0..nsub] as in want
 * ("so,eo so,eo ..."); want NULL: no match. */
static int m(const char *pattern, int cflags, const char *s, int eflags, const char *want)
{
	regex_t re;
	regmatch_t pm[10];
	if (regcomp(&re, pattern, cflags) != 0)
		return 0;
	int rc = regexec(&re, s, 10, pm, eflags);
	int ok;
	if (!want) {
		ok = rc == REG_NOMATCH;
	} else if (rc != 0) {
		ok = 0;
	} else {
		ok = 1;
		const char *w = want;
		for (size_t i = 0; *w && ok; i++) {
			char *end;
			long so = strtol(w, &end, 10);
			long eo = strtol(end + 1, &end, 10);
			ok = i < 10 && pm[i].rm_so == so && pm[i].rm_eo == eo;
			w = *end ? end + 1 : end;
		}
	}
	regfree(&re);
	return ok;
}

static int err(const char *pattern, int cflags)
{
	regex_t re;
	int rc = regcomp(&re, pattern, cflags);
	if (rc == 0)
		regfree(&re);
	return rc;
}

int main(void)
{
	const int E = REG_EXTENDED;

	/* The header's values are the ones programs built for glibc use. */
	CHECK(REG_EXTENDED == 1 && REG_ICASE == 2 && REG_NEWLINE == 4 && REG_NOSUB == 8);
	CHECK(REG_NOTBOL == 1 && REG_NOTEOL == 2 && REG_NOMATCH == 1 && REG_BADRPT == 13);
	CHECK(sizeof(regoff_t) == sizeof(size_t));

	/* Leftmost, then longest. */
	CHECK(m("a|ab|abc", E, "xabcd", 0, "1,4"));
	CHECK(m("b*", E, "abb", 0, "0,0"));
	CHECK(m("x*y", 0, "axxy", 0, "1,4"));
	CHECK(m("a.*z|b", E, "abz", 0, "0,3"));
	/* Subexpressions: glibc's choices among the longest matches. */
	CHECK(m("(a|ab)(c|bcd)(d*)", E, "abcd", 0, "0,4 0,1 1,4 4,4"));
	CHECK(m("(a*)(a*)", E, "aa", 0, "0,2 0,2 2,2"));
	CHECK(m("(a*)*", E, "b", 0, "0,0 0,0"));
	CHECK(m("(a?)*", E, "aa", 0, "0,2 1,2"));
	CHECK(m("((a)|b)*", E, "ab", 0, "0,2 1,2 0,1"));
	CHECK(m("(a)|b", E, "b", 0, "0,1 -1,-1"));
	CHECK(m("(.)*", E, "abc", 0, "0,3 2,3"));
	/* BRE syntax. */
	CHECK(m("\\(ab\\)*c", 0, "ababc", 0, "0,5 2,4"));
	CHECK(m("a\\{2,3\\}", 0, "aaaa", 0, "0,3"));
	CHECK(m("*a", 0, "x*a", 0, "1,3"));
	CHECK(m("^*", 0, "*", 0, "0,1"));
	CHECK(m("a^b$c", 0, "a^b$c", 0, "0,5"));
	CHECK(m("a\\|b", 0, "b", 0, "0,1"));
	CHECK(m("a\\+b\\?", 0, "aab", 0, "0,3"));
	CHECK(m("a+?", 0, "a+?", 0, "0,3"));
	CHECK(m("\\(a\\)\\1", 0, "xaa", 0, "1,3 1,2"));
	CHECK(m("\\(a*\\)b\\1", 0, "aabaa", 0, "0,5 0,2"));
	CHECK(m("\\(a*\\)b\\1$", 0, "aaba", 0, "1,4 1,2"));
	/* ERE syntax. */
	CHECK(m("a{2}", E, "aaa", 0, "0,2"));
	CHECK(m("a{,2}b", E, "aaab", 0, "1,4"));
	CHECK(m("a{1,}", E, "aaa", 0, "0,3"));
	CHECK(m("(ab)+", E, "ababx", 0, "0,4 2,4"));
	CHECK(m("a)", E, "a)", 0, "0,2"));
	CHECK(m("()", E, "x", 0, "0,0 0,0"));
	CHECK(m("(a)\\1", E, "aa", 0, "0,2 0,1"));
	CHECK(m("a^b", E, "a^b", 0, NULL));
	/* Bracket expressions. */
	CHECK(m("[]a]+", E, "x]a]", 0, "1,4"));
	CHECK(m("[^]a]", E, "]ab", 0, "2,3"));
	CHECK(m("[a-c]+", E, "xbcad", 0, "1,4"));
	CHECK(m("[[:digit:][:upper:]]+", E, "ab1C2d", 0, "2,5"));
	CHECK(m("[[.-.]a]+", E, "x-a", 0, "1,3"));
	CHECK(m("[[=b=]]", E, "ab", 0, "1,2"));
	CHECK(m("[a-]+", E, "-a", 0, "0,2"));
	CHECK(m("[\\w]+", E, "\\w", 0, "0,2"));
	/* Flags. */
	CHECK(m("ABC", E | REG_ICASE, "xaBc", 0, "1,4"));
	CHECK(m("[[:upper:]]", E | REG_ICASE, "a", 0, "0,1"));
	CHECK(m("[^a]", E | REG_ICASE, "A", 0, NULL));
	CHECK(m("\\(a\\)\\1", REG_ICASE, "aA", 0, "0,2 0,1"));
	CHECK(m("^b", E, "a\nb", 0, NULL));
	CHECK(m("^b", E | REG_NEWLINE, "a\nb", 0, "2,3"));
	CHECK(m("a$", E | REG_NEWLINE, "a\nb", 0, "0,1"));
	CHECK(m("a.b", E, "a\nb", 0, "0,3"));
	CHECK(m("a.b", E | REG_NEWLINE, "a\nb", 0, NULL));
	CHECK(m("a[^x]b", E | REG_NEWLINE, "a\nb", 0, NULL));
	CHECK(m("^a", E, "a", REG_NOTBOL, NULL));
	CHECK(m("a$", E, "a", REG_NOTEOL, NULL));
	CHECK(m("^$", E | REG_NEWLINE, "a\n", REG_NOTBOL, "2,2"));
	/* GNU escapes. */
	CHECK(m("\\w+", E, "  ab_1 ", 0, "2,6"));
	CHECK(m("\\W+", E, "ab, c", 0, "2,4"));
	CHECK(m("\\s\\S", E, "a b", 0, "1,3"));
	CHECK(m("\\bb", E, "ab b", 0, "3,4"));
	CHECK(m("\\Bb", E, "ab b", 0, "1,2"));
	CHECK(m("\\<c", E, "abc c", 0, "4,5"));
	CHECK(m("a\\>", E, "aa a", 0, "1,2"));
	CHECK(m("\\`a", E, "aa", 0, "0,1"));
	CHECK(m("a\\'", E, "aa", 0, "1,2"));

	/* REG_NOSUB: pmatch untouched. */
	{
		regex_t re;
		regmatch_t pm[1] = {{-7, -7}};
		CHECK(regcomp(&re, "(b)", E | REG_NOSUB) == 0);
		CHECK(re.re_nsub == 1);
		CHECK(regexec(&re, "abc", 1, pm, 0) == 0 && pm[0].rm_so == -7);
		CHECK(regexec(&re, "xyz", 1, pm, 0) == REG_NOMATCH);
		regfree(&re);
	}
	/* nmatch beyond re_nsub: -1. */
	CHECK(m("(a)", E, "a", 0, "0,1 0,1 -1,-1 -1,-1"));

	/* Errors, with glibc's codes. */
	CHECK(err("*a", E) == REG_BADRPT);
	CHECK(err("a|*b", E) == REG_BADRPT);
	CHECK(err("^*", E) == REG_BADRPT);
	CHECK(err("a**", 0) == REG_BADRPT);
	CHECK(err("\\{1\\}a", 0) == REG_BADRPT);
	CHECK(err("a{1", E) == REG_EBRACE);
	CHECK(err("a{x}", E) == REG_BADBR);
	CHECK(err("a{2,1}", E) == REG_BADBR);
	CHECK(err("a\\{1,2", 0) == REG_EBRACE);
	CHECK(err("(a", E) == REG_EPAREN);
	CHECK(err("a\\)", 0) == REG_EPAREN);
	CHECK(err("[a", E) == REG_EBRACK);
	CHECK(err("[[:alpha:]", E) == REG_EBRACK);
	CHECK(err("[z-a]", E) == REG_ERANGE);
	CHECK(err("[a-b-c]", E) == REG_ERANGE);
	CHECK(err("[[:foo:]]", E) == REG_ECTYPE);
	CHECK(err("[[.ab.]]", E) == REG_ECOLLATE);
	CHECK(err("a\\", E) == REG_EESCAPE);
	CHECK(err("(a)\\2", E) == REG_ESUBREG);
	CHECK(err("\\(a\\)\\|\\1", 0) == REG_ESUBREG);
	CHECK(err("x{32768}", E) == REG_BADBR);
	CHECK(err("((((((((((a{100}){100}){100})))))))))", E) == REG_ESPACE);

	/* regerror: the size needed, truncated with a NUL. */
	{
		char buf[8];
		size_t n = regerror(REG_EBRACK, NULL, NULL, 0);
		CHECK(n > 8);
		CHECK(regerror(REG_EBRACK, NULL, buf, sizeof buf) == n);
		CHECK(strlen(buf) == 7);
		char full[128];
		CHECK(regerror(REG_NOMATCH, NULL, full, sizeof full) == strlen(full) + 1);
		CHECK(regerror(999, NULL, full, sizeof full) > 1);
	}

	/* No exponential blow-up without back-references. */
	{
		char s[64];
		memset(s, 'a', 40);
		s[40] = '\0';
		CHECK(m("(a*)*b", E, s, 0, NULL));
		CHECK(m("(a|aa)*c", E, s, 0, NULL));
		CHECK(m("(a?){30}a{30}", E, s, 0, "0,40 10,10")); /* as glibc */
	}
	/* A long subject. */
	{
		size_t n = 100000;
		char *s = malloc(n + 2);
		memset(s, 'x', n);
		s[n] = 'y';
		s[n + 1] = '\0';
		regex_t re;
		regmatch_t pm[2];
		CHECK(regcomp(&re, "(x+)y$", E) == 0);
		CHECK(regexec(&re, s, 2, pm, 0) == 0 && pm[0].rm_so == 0 && pm[0].rm_eo == (regoff_t)n + 1 &&
		      pm[1].rm_eo == (regoff_t)n);
		regfree(&re);
		free(s);
	}

	/* UTF-8: a character is a sequence once LC_CTYPE says so. */
	CHECK(m("^.$", E, "\xc3\xa9", 0, NULL));
	CHECK(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
	CHECK(m("^.$", E, "\xc3\xa9", 0, "0,2"));
	CHECK(m("[\xc3\xa0-\xc3\xbf]+", E, "a\xc3\xa9\xc3\xa8z", 0, "1,5"));
	CHECK(m("[[:alpha:]]+", E, "1\xc3\xa9t\xc3\xa9!", 0, "1,6"));
	CHECK(m("\xc3\x89T\xc3\x89", E | REG_ICASE, "\xc3\xa9t\xc3\xa9", 0, "0,5"));
	CHECK(m("\\w+", E, "\xe2\x82\xac\xce\xbb\xce\xbc", 0, "3,7"));
	CHECK(m("a.c", E, "a\xffz", 0, NULL));
	CHECK(m("a\xff", E, "a\xff", 0, "0,2"));
	setlocale(LC_CTYPE, "C");

	return check_summary();
}
