/*
 * regcomp's parser: a pattern (basic, or extended with REG_EXTENDED)
 * into the tree of w64_regex.h.  Where POSIX leaves a construct
 * undefined, the choice is glibc's, so that patterns written against
 * glibc compile to the same thing: in an ERE a repetition operator with
 * nothing to repeat is REG_BADRPT, an unmatched ')' is an ordinary
 * character and operators may stack (a+?); in a BRE '*' is ordinary at
 * the start of the pattern, of a group, of an alternative (\|) or after
 * a leading '^', a repetition of a repetition is REG_BADRPT, and \+ \?
 * \| are GNU's operators.  Both take \1 to \9 and \w \W \s \S \b \B \< \>
 * \` \'.
 */
#include <regex.h>
#include <stdlib.h>
#include <string.h>

#include "w64_regex.h"
#include "w64_wctype.h"

struct parser {
	struct __w64_regex *re;
	struct w64_re_tree *t;
	const unsigned char *p;
	size_t len, pos;
	int ere;
	int open;            /* groups open around the current position */
	unsigned closed;     /* bit n: group n (1..9) is complete */
};

static int new_node(struct parser *P, int type, uint32_t c, int *out)
{
	struct w64_re_tree *t = P->t;
	if (t->nnodes == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 32;
		struct w64_re_node *n;
		if (cap > W64_RE_MAX_CODE || !(n = realloc(t->nodes, cap * sizeof *n)))
			return REG_ESPACE;
		t->nodes = n;
		t->cap = cap;
	}
	struct w64_re_node *n = &t->nodes[t->nnodes];
	n->type = type;
	n->child = n->next = -1;
	n->min = n->max = 0;
	n->c = c;
	*out = (int)t->nnodes++;
	return 0;
}

/* The pattern's character at pos, decoded as the subject will be. */
static uint32_t take_char(struct parser *P)
{
	uint32_t c;
	P->pos += __w64_regex_char(P->re, (const char *)P->p, P->len, P->pos, &c);
	return c;
}

static int new_set(struct parser *P, struct w64_re_set **out)
{
	struct __w64_regex *re = P->re;
	if ((re->nsets & (re->nsets - 1)) == 0) {
		size_t cap = re->nsets ? re->nsets * 2 : 1;
		struct w64_re_set *s = realloc(re->sets, cap * sizeof *s);
		if (!s)
			return REG_ESPACE;
		re->sets = s;
	}
	*out = &re->sets[re->nsets++];
	memset(*out, 0, sizeof **out);
	return 0;
}

static int set_add_range(struct w64_re_set *s, uint32_t lo, uint32_t hi)
{
	for (; lo <= hi && lo < 256; lo++)
		s->bits[lo >> 5] |= 1u << (lo & 31);
	if (lo > hi)
		return 0;
	if ((s->nranges & (s->nranges - 1)) == 0) {
		size_t cap = s->nranges ? s->nranges * 2 : 1;
		uint32_t *r = realloc(s->ranges, cap * 2 * sizeof *r);
		if (!r)
			return REG_ESPACE;
		s->ranges = r;
	}
	s->ranges[2 * s->nranges] = lo;
	s->ranges[2 * s->nranges + 1] = hi;
	s->nranges++;
	return 0;
}

static void set_add_class(struct __w64_regex *re, struct w64_re_set *s, int type)
{
	s->classes |= 1u << type;
	for (uint32_t c = 0; c < 256; c++)
		if (__w64_wc_is(c, (unsigned long)type, re->utf8))
			s->bits[c >> 5] |= 1u << (c & 31);
}

static int class_type(const unsigned char *name, size_t n)
{
	static const char names[][7] = {"alnum", "alpha", "blank", "cntrl", "digit", "graph",
					"lower", "print", "punct", "space", "upper", "xdigit"};
	for (int i = 0; i < 12; i++)
		if (strlen(names[i]) == n && memcmp(names[i], name, n) == 0)
			return W64_WCTYPE_ALNUM + i;
	return 0;
}

/* At "[x" where x is ':', '.' or '=': the name up to "x]" (*name, *n),
 * pos past it.  REG_EBRACK when it never ends. */
static int bracket_name(struct parser *P, const unsigned char **name, size_t *n)
{
	unsigned char kind = P->p[P->pos + 1];
	size_t i = P->pos + 2;
	for (; i + 1 < P->len; i++)
		if (P->p[i] == kind && P->p[i + 1] == ']')
			break;
	if (i + 1 >= P->len)
		return REG_EBRACK;
	*name = P->p + P->pos + 2;
	*n = i - (P->pos + 2);
	P->pos = i + 2;
	return 0;
}

/* [.c.] and [=c=]: a single character, the only collating elements of
 * the two locales. */
static int collating_char(struct parser *P, const unsigned char *name, size_t n, uint32_t *c)
{
	if (n == 0)
		return REG_ECOLLATE;
	size_t l = __w64_regex_char(P->re, (const char *)name, n, 0, c);
	return l == n ? 0 : REG_ECOLLATE;
}

static int starts_name(struct parser *P, size_t at)
{
	return at + 1 < P->len && P->p[at] == '[' &&
	       (P->p[at + 1] == ':' || P->p[at + 1] == '.' || P->p[at + 1] == '=');
}

/* One end of a range or a single character: 1 in *is_char with *c, or 0
 * when it was a class or an equivalence class (already added). */
static int bracket_element(struct parser *P, struct w64_re_set *s, uint32_t *c, int *kind)
{
	*kind = 'c';
	if (!starts_name(P, P->pos)) {
		*c = take_char(P);
		return 0;
	}
	unsigned char k = P->p[P->pos + 1];
	const unsigned char *name;
	size_t n;
	int rc = bracket_name(P, &name, &n);
	if (rc)
		return rc;
	*kind = k;
	if (k == ':') {
		int type = class_type(name, n);
		if (!type)
			return REG_ECTYPE;
		set_add_class(P->re, s, type);
		return 0;
	}
	return collating_char(P, name, n, c);
}

/* After '[': the bracket expression up to its ']'. */
static int parse_bracket(struct parser *P, int *out)
{
	struct w64_re_set *s;
	int rc = new_set(P, &s);
	if (rc)
		return rc;
	uint32_t index = (uint32_t)(P->re->nsets - 1);
	if (P->pos < P->len && P->p[P->pos] == '^') {
		s->negate = 1;
		P->pos++;
	}
	if (P->pos >= P->len)
		return REG_BADPAT; /* glibc's answer to a pattern ending in "[" or "[^" */
	for (int first = 1;; first = 0) {
		if (P->pos >= P->len)
			return REG_EBRACK;
		if (P->p[P->pos] == ']' && !first) {
			P->pos++;
			break;
		}
		uint32_t lo, hi;
		int kind;
		s = &P->re->sets[index];
		if ((rc = bracket_element(P, s, &lo, &kind)))
			return rc;
		int range = P->pos + 1 < P->len && P->p[P->pos] == '-' && P->p[P->pos + 1] != ']';
		if (kind == ':' || kind == '=') {
			if (range)
				return REG_ERANGE;
			if (kind == '=' && (rc = set_add_range(s, lo, lo)))
				return rc;
			continue;
		}
		if (!range) {
			if ((rc = set_add_range(s, lo, lo)))
				return rc;
			continue;
		}
		P->pos++;
		if (starts_name(P, P->pos) && P->p[P->pos + 1] != '.')
			return REG_ERANGE;
		if ((rc = bracket_element(P, s, &hi, &kind)))
			return rc;
		/* Under REG_ICASE glibc takes a range between the upper cases
		 * of its end points: [b-[] is B to [, and [^-a] is invalid. */
		if (P->re->cflags & REG_ICASE) {
			lo = __w64_regex_upper(P->re, lo);
			hi = __w64_regex_upper(P->re, hi);
		}
		if (hi < lo)
			return REG_ERANGE;
		if ((rc = set_add_range(s, lo, hi)))
			return rc;
		if (P->pos + 1 < P->len && P->p[P->pos] == '-' && P->p[P->pos + 1] != ']')
			return REG_ERANGE;
	}
	return new_node(P, W64_RN_SET, index, out);
}

/* \w \W \s \S: [_[:alnum:]], [[:space:]] and their complements. */
static int class_escape(struct parser *P, unsigned char e, int *out)
{
	struct w64_re_set *s;
	int rc = new_set(P, &s);
	if (rc)
		return rc;
	if (e == 'w' || e == 'W') {
		set_add_class(P->re, s, W64_WCTYPE_ALNUM);
		s->bits['_' >> 5] |= 1u << ('_' & 31);
	} else {
		set_add_class(P->re, s, W64_WCTYPE_SPACE);
	}
	s->negate = e == 'W' || e == 'S';
	s->escape = 1;
	return new_node(P, W64_RN_SET, (uint32_t)(P->re->nsets - 1), out);
}

/* The next token inside an interval: 1 for the closing brace, 0 for
 * any other (*c; W64_RE_RAW for an escaped one), -1 at the end. */
static int interval_token(struct parser *P, uint32_t *c)
{
	if (P->pos >= P->len)
		return -1;
	unsigned char b = P->p[P->pos++];
	*c = b;
	if (b != '\\')
		return P->ere && b == '}';
	/* An escaped character counts as itself (so "\," separates the
	 * counts, as in glibc); "\}" closes a BRE's interval. */
	if (P->pos >= P->len)
		return -1;
	*c = P->p[P->pos++];
	if (*c >= '0' && *c <= '9')
		*c |= W64_RE_RAW; /* \2 is a back-reference, not a digit */
	return !P->ere && *c == '}';
}

/* A count up to ',' or the closing brace: -1 for none, -2 for one that
 * is not a number (or too large); *tok says what ended it. */
static long interval_count(struct parser *P, int *tok, uint32_t *c)
{
	long n = -1;
	for (;;) {
		*tok = interval_token(P, c);
		if (*tok != 0 || *c == ',')
			return n;
		if (*c < '0' || *c > '9' || n == -2)
			n = -2;
		else
			n = n < 0 ? (long)(*c - '0') : n > W64_RE_DUP_MAX ? n : n * 10 + (long)(*c - '0');
	}
}

/* After '{' or "\{": the counts up to the closing brace.  Which error a
 * malformed interval gets follows glibc: REG_EBRACE when the pattern
 * ends inside it, else REG_BADBR. */
static int parse_interval(struct parser *P, int *min, int *max)
{
	int tok;
	uint32_t c;
	long lo = interval_count(P, &tok, &c), hi;
	if (lo == -1) {
		if (tok != 0)
			return tok < 0 ? REG_EBRACE : REG_BADBR;
		lo = 0; /* {,n} */
	}
	if (lo == -2)
		return tok < 0 ? REG_EBRACE : REG_BADBR;
	if (tok == 1)
		hi = lo;
	else if ((hi = interval_count(P, &tok, &c)) == -2)
		return tok < 0 ? REG_EBRACE : REG_BADBR;
	if (tok != 1)
		return tok < 0 ? REG_EBRACE : REG_BADBR;
	if ((hi >= 0 && lo > hi) || lo > W64_RE_DUP_MAX || hi > W64_RE_DUP_MAX)
		return REG_BADBR;
	*min = (int)lo;
	*max = (int)hi;
	return 0;
}

static int parse_alt(struct parser *P, int depth, int *out);

static void append(struct parser *P, int parent, int *last, int node)
{
	if (*last < 0)
		P->t->nodes[parent].child = node;
	else
		P->t->nodes[*last].next = node;
	*last = node;
}

/* Whether the BRE '$' at pos is an anchor: last in the pattern, in a
 * group or in an alternative. */
static int bre_dollar_anchor(struct parser *P)
{
	size_t i = P->pos + 1;
	return i == P->len ||
	       (i + 1 < P->len && P->p[i] == '\\' && (P->p[i + 1] == '|' || (P->p[i + 1] == ')' && P->open)));
}

/* One atom at pos: *out, or -1 at the end of the branch.  *anchor: it was
 * ^ or $ (an ERE may not repeat them). */
static int parse_atom(struct parser *P, int depth, int at_start, int after_caret, int *out, int *anchor)
{
	const unsigned char *p = P->p;
	unsigned char c = p[P->pos];
	*out = -1;
	*anchor = 0;
	if (P->ere) {
		switch (c) {
		case '|':
			return 0;
		case ')':
			if (P->open)
				return 0;
			break;
		case '*':
		case '+':
		case '?':
		case '{':
			return REG_BADRPT;
		case '(': {
			int rc, group, inner;
			P->pos++;
			uint32_t n = (uint32_t)++P->re->nsub;
			P->open++;
			if ((rc = parse_alt(P, depth + 1, &inner)))
				return rc;
			P->open--;
			if (P->pos >= P->len || p[P->pos] != ')')
				return REG_EPAREN;
			P->pos++;
			if (n <= 9)
				P->closed |= 1u << n;
			if ((rc = new_node(P, W64_RN_GROUP, n, &group)))
				return rc;
			P->t->nodes[group].child = inner;
			*out = group;
			return 0;
		}
		case '^':
		case '$':
			P->pos++;
			*anchor = 1;
			return new_node(P, W64_RN_ASSERT, c == '^' ? W64_RE_BOL : W64_RE_EOL, out);
		}
	} else {
		if (c == '\\' && P->pos + 1 < P->len) {
			unsigned char e = p[P->pos + 1];
			if (e == '|')
				return 0;
			if (e == ')') {
				if (P->open)
					return 0;
				return REG_EPAREN;
			}
			if (e == '{' && (at_start || after_caret))
				return REG_BADRPT;
			if ((e == '+' || e == '?') && (at_start || after_caret)) {
				P->pos += 2;
				return new_node(P, W64_RN_CHAR, e, out);
			}
			if (e == '(') {
				int rc, group, inner;
				P->pos += 2;
				uint32_t n = (uint32_t)++P->re->nsub;
				P->open++;
				if ((rc = parse_alt(P, depth + 1, &inner)))
					return rc;
				P->open--;
				if (P->pos + 1 >= P->len || p[P->pos] != '\\' || p[P->pos + 1] != ')')
					return REG_EPAREN;
				P->pos += 2;
				if (n <= 9)
					P->closed |= 1u << n;
				if ((rc = new_node(P, W64_RN_GROUP, n, &group)))
					return rc;
				P->t->nodes[group].child = inner;
				*out = group;
				return 0;
			}
		}
		if (c == '*' && (at_start || after_caret)) {
			P->pos++;
			return new_node(P, W64_RN_CHAR, '*', out);
		}
		if (c == '^' && at_start) {
			P->pos++;
			*anchor = 1;
			return new_node(P, W64_RN_ASSERT, W64_RE_BOL, out);
		}
		if (c == '$' && bre_dollar_anchor(P)) {
			P->pos++;
			*anchor = 1;
			return new_node(P, W64_RN_ASSERT, W64_RE_EOL, out);
		}
	}
	switch (c) {
	case '.':
		P->pos++;
		return new_node(P, W64_RN_ANY, 0, out);
	case '[':
		P->pos++;
		if (P->pos >= P->len)
			return REG_BADPAT;
		return parse_bracket(P, out);
	case '\\': {
		if (P->pos + 1 >= P->len)
			return REG_EESCAPE;
		unsigned char e = p[P->pos + 1];
		if (e >= '1' && e <= '9') {
			uint32_t n = e - '0';
			if (!(P->closed & (1u << n)))
				return REG_ESUBREG;
			P->pos += 2;
			P->re->backrefs = 1;
			return new_node(P, W64_RN_BACKREF, n, out);
		}
		static const char asserts[] = "`'bB<>";
		const char *a = memchr(asserts, e, sizeof asserts - 1);
		P->pos += 2;
		if (a) {
			static const uint32_t kinds[] = {W64_RE_BUFBEG, W64_RE_BUFEND, W64_RE_WORDB,
							 W64_RE_NWORDB, W64_RE_WORDBEG, W64_RE_WORDEND};
			*anchor = 1;
			return new_node(P, W64_RN_ASSERT, kinds[a - asserts], out);
		}
		if (e == 'w' || e == 'W' || e == 's' || e == 'S')
			return class_escape(P, e, out);
		P->pos--;
		return new_node(P, W64_RN_CHAR, take_char(P), out);
	}
	}
	return new_node(P, W64_RN_CHAR, take_char(P), out);
}

/* The repetition operator at pos, if any: 1 with *min and *max. */
static int parse_dup(struct parser *P, int anchor, int stacked, int *min, int *max, int *is_dup, int *bre_star)
{
	const unsigned char *p = P->p;
	*is_dup = 0;
	*bre_star = 0;
	if (P->pos >= P->len)
		return 0;
	unsigned char c = p[P->pos];
	if (P->ere && anchor && (c == '*' || c == '+' || c == '?' || c == '{'))
		return REG_BADRPT;
	if (c == '*') {
		P->pos++;
		*min = 0, *max = -1, *is_dup = 1, *bre_star = 1;
		return 0;
	}
	if (P->ere) {
		if (c == '+' || c == '?') {
			P->pos++;
			*min = c == '+', *max = c == '+' ? -1 : 1, *is_dup = 1;
			return 0;
		}
		if (c == '{') {
			P->pos++;
			*is_dup = 1;
			return parse_interval(P, min, max);
		}
		return 0;
	}
	if (c != '\\' || P->pos + 1 >= P->len)
		return 0;
	c = p[P->pos + 1];
	if (c == '+' || c == '?') {
		P->pos += 2;
		*min = c == '+', *max = c == '+' ? -1 : 1, *is_dup = 1;
		return 0;
	}
	if (c == '{') {
		if (stacked)
			return REG_BADRPT;
		P->pos += 2;
		*is_dup = *bre_star = 1;
		return parse_interval(P, min, max);
	}
	return 0;
}

/* A sequence of pieces up to '|', ')' or the end. */
static int parse_branch(struct parser *P, int depth, int *out)
{
	int rc, cat, last = -1;
	if ((rc = new_node(P, W64_RN_CAT, 0, &cat)))
		return rc;
	int at_start = 1, after_caret = 0;
	while (P->pos < P->len) {
		int atom, anchor;
		if ((rc = parse_atom(P, depth, at_start, after_caret, &atom, &anchor)))
			return rc;
		if (atom < 0)
			break;
		/* In a BRE, glibc takes * \+ \? after any assertion as ordinary
		 * characters (and \{ as an error), as after a leading ^. */
		after_caret = !P->ere && anchor;
		at_start = 0;
		int stacked = 0;
		while (!after_caret) {
			int min, max, is_dup, bre_star;
			if ((rc = parse_dup(P, anchor, stacked, &min, &max, &is_dup, &bre_star)))
				return rc;
			if (!is_dup)
				break;
			if (P->ere && anchor)
				return REG_BADRPT;
			if (!P->ere && bre_star && stacked)
				return REG_BADRPT;
			if (++stacked > W64_RE_MAX_DEPTH)
				return REG_ESPACE;
			int rep;
			if ((rc = new_node(P, W64_RN_REPEAT, 0, &rep)))
				return rc;
			P->t->nodes[rep].child = atom;
			P->t->nodes[rep].min = min;
			P->t->nodes[rep].max = max;
			atom = rep;
			after_caret = 0;
		}
		append(P, cat, &last, atom);
	}
	*out = cat;
	return 0;
}

static int parse_alt(struct parser *P, int depth, int *out)
{
	int rc, branch;
	if (depth > W64_RE_MAX_DEPTH)
		return REG_ESPACE;
	/* A back-reference may only name a group of its own alternative
	 * (glibc's rule): each branch starts from the groups closed before
	 * the alternation. */
	unsigned before = P->closed, all = P->closed;
	if ((rc = parse_branch(P, depth, &branch)))
		return rc;
	int alt = -1, last = -1;
	for (;;) {
		size_t bar = P->ere ? 1 : 2;
		if (P->pos + bar > P->len || P->p[P->pos + bar - 1] != '|' || (!P->ere && P->p[P->pos] != '\\'))
			break;
		P->pos += bar;
		if (alt < 0) {
			if ((rc = new_node(P, W64_RN_ALT, 0, &alt)))
				return rc;
			append(P, alt, &last, branch);
		}
		all |= P->closed;
		P->closed = before;
		if ((rc = parse_branch(P, depth, &branch)))
			return rc;
		append(P, alt, &last, branch);
	}
	P->closed |= all;
	*out = alt < 0 ? branch : alt;
	return 0;
}

int __w64_regex_parse(struct __w64_regex *re, struct w64_re_tree *tree, const char *pattern)
{
	struct parser P = {
		.re = re,
		.t = tree,
		.p = (const unsigned char *)pattern,
		.len = strlen(pattern),
		.ere = (re->cflags & REG_EXTENDED) != 0,
	};
	int rc = parse_alt(&P, 0, &tree->root);
	if (rc)
		return rc;
	/* parse_alt stops early only at a ')' or "\)" that closes nothing. */
	if (P.pos < P.len)
		return REG_EPAREN;
	return 0;
}
