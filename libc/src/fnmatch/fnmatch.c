#include <ctype.h>
#include <fnmatch.h>
#include <stddef.h>
#include <string.h>

/*
 * glibc's answers in the "C" locale, quirks included, so that programs
 * (and the differential test) see the same thing: a bracket that never
 * closes is a literal '[', a trailing '\\' matches nothing, an unknown
 * [:class:] makes the bracket fail, [.c.] and [=c=] name the byte c.
 *
 * Time is polynomial: a '*' tries each place for the piece of pattern up
 * to the next '*' (match() given a `seg` stops there), takes the first
 * place that fits and never comes back to it.  Once the pieces around it
 * are fixed, moving an earlier '*' cannot help a later one, so there is
 * one restart point at a time, not one per '*'.
 */

enum { BR_FAIL, BR_MATCH, BR_LITERAL };

/* glibc stops reading a class name this long. */
#define CLASS_NAME_MAX 256

/* Where a piece of pattern ended at a '*', and the state there. */
struct seg {
	const char *p, *n;
	int no_period;
};

static unsigned char fold(unsigned char c, int flags)
{
	return (flags & FNM_CASEFOLD) && c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/* -1: not a class name; 0/1: whether c is in the class. */
static int in_class(const char *name, size_t len, unsigned char c)
{
	static const char names[][7] = {"alnum", "alpha", "blank", "cntrl", "digit", "graph",
					"lower", "print", "punct", "space", "upper", "xdigit"};
	int k = 0;
	while (k < 12 && !(strlen(names[k]) == len && memcmp(names[k], name, len) == 0))
		k++;
	switch (k) {
	case 0: return isalnum(c) != 0;
	case 1: return isalpha(c) != 0;
	case 2: return isblank(c) != 0;
	case 3: return iscntrl(c) != 0;
	case 4: return isdigit(c) != 0;
	case 5: return isgraph(c) != 0;
	case 6: return islower(c) != 0;
	case 7: return isprint(c) != 0;
	case 8: return ispunct(c) != 0;
	case 9: return isspace(c) != 0;
	case 10: return isupper(c) != 0;
	case 11: return isxdigit(c) != 0;
	default: return -1;
	}
}

/* The length of the name in a collating symbol "[.name.]" (p at its first
 * '.'), or -1 when it never closes. */
static long symbol_length(const char *p)
{
	const char *q = p + 1;
	while (!(q[0] == '.' && q[1] == ']')) {
		if (*q == '\0')
			return -1;
		q++;
	}
	return q - (p + 1);
}

/* The rest of a bracket whose element already matched (p inside it):
 * where it ends, or that it never does.  Malformed parts that the
 * matching walk would not have reached still fail the bracket. */
static int skip_bracket(const char *p, int flags, const char **end)
{
	for (;;) {
		unsigned char c = (unsigned char)*p++;
		if (c == ']') {
			*end = p;
			return BR_MATCH;
		}
		if (c == '\0')
			return BR_LITERAL;
		if (!(flags & FNM_NOESCAPE) && c == '\\') {
			if (*p == '\0')
				return BR_FAIL;
			p++;
		} else if (c == '[' && *p == ':') {
			const char *q = p + 1;
			for (size_t len = 1;; len++, q++) {
				if (len == CLASS_NAME_MAX)
					return BR_FAIL;
				if (q[0] == ':' && q[1] == ']') {
					p = q + 2;
					break;
				}
				if (*q < 'a' || *q >= 'z')
					break; /* not a class: go on from the ':' */
			}
		} else if (c == '[' && *p == '=') {
			if (p[1] == '\0' || p[2] != '=' || p[3] != ']')
				return BR_FAIL;
			p += 4;
		} else if (c == '[' && *p == '.') {
			long len = symbol_length(p);
			if (len < 0)
				return BR_FAIL;
			p += len + 3;
		}
	}
}

/*
 * The bracket expression after a '[' (p just past it) against the byte
 * sc.  Elements are read one at a time and the first that matches ends
 * the walk, as in glibc: what a malformed part means depends on whether
 * the walk reached it.
 */
static int bracket(const char *p, unsigned char sc, int flags, const char **end)
{
	int escapes = !(flags & FNM_NOESCAPE);
	unsigned char fc = fold(sc, flags), c, lo, hi;
	int negate = *p == '!' || *p == '^';
	if (negate)
		p++;
	c = (unsigned char)*p++;
	for (;;) {
		int range_follows;
		if (escapes && c == '\\') {
			if (*p == '\0')
				return BR_FAIL;
			c = fold((unsigned char)*p++, flags);
			goto single;
		} else if (c == '[' && *p == ':') {
			const char *name = p + 1;
			size_t len = 0;
			for (;; len++) {
				if (len == CLASS_NAME_MAX)
					return BR_FAIL;
				if (name[len] == ':' && name[len + 1] == ']')
					break;
				if (name[len] < 'a' || name[len] >= 'z')
					goto single; /* a plain '[', then the ':' */
			}
			int in = in_class(name, len, sc);
			if (in < 0)
				return BR_FAIL;
			p = name + len + 2;
			if (in)
				goto matched;
			c = (unsigned char)*p++;
			goto next;
		} else if (c == '[' && *p == '=') {
			if (p[1] == '\0' || p[2] != '=' || p[3] != ']')
				goto single;
			unsigned char e = (unsigned char)p[1];
			p += 4;
			if (sc == e)
				goto matched;
			c = (unsigned char)*p++;
			goto next;
		} else if (c == '\0') {
			return BR_LITERAL;
		} else if (c == '[' && *p == '.') {
			long len = symbol_length(p);
			if (len != 1)
				return BR_FAIL; /* unclosed, or a name the "C" locale lacks */
			lo = (unsigned char)p[1];
			p += 4;
			range_follows = *p == '-' && p[1] != '\0';
			if (!range_follows && sc == lo)
				goto matched;
			c = (unsigned char)*p++;
		} else {
			c = fold(c, flags);
		single:
			range_follows = *p == '-' && p[1] != '\0' && p[1] != ']';
			if (!range_follows && c == fc)
				goto matched;
			lo = c;
			c = (unsigned char)*p++;
		}
		if (c == '-' && *p != ']') {
			hi = (unsigned char)*p++;
			if (hi == '[' && *p == '.') {
				if (symbol_length(p) != 1)
					return BR_FAIL;
				hi = (unsigned char)p[1];
				p += 4;
			} else {
				if (escapes && hi == '\\')
					hi = (unsigned char)*p++;
				if (hi == '\0')
					return BR_FAIL;
				hi = fold(hi, flags);
			}
			if (lo <= fc && fc <= hi)
				goto matched;
			c = (unsigned char)*p++;
		}
	next:
		if (c == ']')
			break;
	}
	*end = p;
	return negate ? BR_MATCH : BR_FAIL;

matched: {
	int r = skip_bracket(p, flags, end);
	if (r == BR_MATCH && negate)
		return BR_FAIL;
	return r;
}
}

/*
 * Pattern p against the string [n, end).  no_period: a '.' at n must be
 * matched by a literal '.'.  With seg, stop at the first '*' and say
 * where (success so far); without, match to the end.
 */
static int match(const char *p, const char *n, const char *end, int no_period, int flags,
		 struct seg *seg)
{
	int pathname = flags & FNM_PATHNAME, escapes = !(flags & FNM_NOESCAPE);
	for (;;) {
		unsigned char c = fold((unsigned char)*p++, flags);
		int next_no_period = 0;
		if (c == '\0')
			break;
		switch (c) {
		case '?':
			if (n == end || (*n == '/' && pathname) || (*n == '.' && no_period))
				return FNM_NOMATCH;
			break;
		case '\\':
			if (escapes) {
				c = fold((unsigned char)*p++, flags);
				if (c == '\0')
					return FNM_NOMATCH;
			}
			if (n == end || fold((unsigned char)*n, flags) != c)
				return FNM_NOMATCH;
			break;
		case '*': {
			if (seg != NULL) {
				seg->p = p - 1;
				seg->n = n;
				seg->no_period = no_period;
				return 0;
			}
			if (n != end && *n == '.' && no_period)
				return FNM_NOMATCH;
			/* Runs of '*' and '?': each '?' takes one character now. */
			for (c = (unsigned char)*p++; c == '?' || c == '*'; c = (unsigned char)*p++) {
				if (c == '?') {
					if (n == end || (*n == '/' && pathname))
						return FNM_NOMATCH;
					n++;
				}
			}
			if (c == '\0') {
				if (!pathname || (flags & FNM_LEADING_DIR))
					return 0;
				return memchr(n, '/', (size_t)(end - n)) ? FNM_NOMATCH : 0;
			}
			const char *stop = pathname ? memchr(n, '/', (size_t)(end - n)) : NULL;
			if (stop == NULL)
				stop = end;
			if (c == '/' && pathname) {
				/* "*" then "/": the rest starts after this name's '/'. */
				if (stop == end)
					return FNM_NOMATCH;
				n = stop + 1;
				no_period = (flags & FNM_PERIOD) != 0;
				continue;
			}
			struct seg s = {NULL, NULL, 0};
			int first = c == '[' ? -1 : fold(c == '\\' && escapes ? (unsigned char)*p : c, flags);
			int subflags = pathname ? flags : flags & ~FNM_PERIOD;
			p--;
			for (;; n++, no_period = 0) {
				if (n >= stop)
					return FNM_NOMATCH;
				if ((first < 0 || fold((unsigned char)*n, flags) == first) &&
				    match(p, n, end, no_period, subflags, &s) == 0)
					break;
			}
			if (s.p == NULL)
				return 0;
			p = s.p;
			n = s.n;
			no_period = s.no_period;
			continue;
		}
		case '[': {
			if (n == end || (*n == '.' && no_period) || (*n == '/' && pathname))
				return FNM_NOMATCH;
			const char *after;
			int r = bracket(p, (unsigned char)*n, flags, &after);
			if (r == BR_FAIL)
				return FNM_NOMATCH;
			if (r == BR_MATCH)
				p = after;
			else if (fold((unsigned char)*n, flags) != '[')
				return FNM_NOMATCH;
			break;
		}
		case '/':
			if (pathname && (flags & FNM_PERIOD)) {
				if (n == end || *n != '/')
					return FNM_NOMATCH;
				next_no_period = 1;
				break;
			}
			/* fall through */
		default:
			if (n == end || fold((unsigned char)*n, flags) != c)
				return FNM_NOMATCH;
			break;
		}
		no_period = next_no_period;
		n++;
	}
	if (n == end || ((flags & FNM_LEADING_DIR) && *n == '/'))
		return 0;
	return FNM_NOMATCH;
}

int fnmatch(const char *pattern, const char *string, int flags)
{
	return match(pattern, string, string + strlen(string), (flags & FNM_PERIOD) != 0, flags, NULL);
}
