/* ctype.h in the "C" locale: each class is exactly its ASCII set, for
 * every argument from EOF to 255. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "check.h"

static int in(const char *set, int c)
{
	return c > 0 && c < 256 && memchr(set, c, strlen(set)) != NULL;
}

int main(void)
{
	static const char upper[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
	static const char lower[] = "abcdefghijklmnopqrstuvwxyz";
	static const char digit[] = "0123456789";
	static const char punct[] = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
	static const char space[] = " \t\n\v\f\r";
	int bad = 0;

	for (int c = EOF; c < 256; c++) {
		int is_upper = in(upper, c), is_lower = in(lower, c), is_digit = in(digit, c);
		int is_alpha = is_upper || is_lower;
		int is_graph = is_alpha || is_digit || in(punct, c);
		bad += !isupper(c) != !is_upper;
		bad += !islower(c) != !is_lower;
		bad += !isdigit(c) != !is_digit;
		bad += !isalpha(c) != !is_alpha;
		bad += !isalnum(c) != !(is_alpha || is_digit);
		bad += !isxdigit(c) != !(is_digit || in("abcdefABCDEF", c));
		bad += !ispunct(c) != !in(punct, c);
		bad += !isgraph(c) != !is_graph;
		bad += !isprint(c) != !(is_graph || c == ' ');
		bad += !isspace(c) != !in(space, c);
		bad += !isblank(c) != !(c == ' ' || c == '\t');
		bad += !iscntrl(c) != !((c >= 0 && c < 32) || c == 127);
		bad += toupper(c) != (is_lower ? c - 32 : c);
		bad += tolower(c) != (is_upper ? c + 32 : c);
	}
	CHECK(bad == 0);
	CHECK(toupper(EOF) == EOF && tolower(EOF) == EOF);
	return check_summary();
}
