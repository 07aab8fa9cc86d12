/*
 * The regular expression engine behind regcomp and regexec.
 *
 * regcomp parses the pattern into a tree (__w64_regex_parse), then
 * emits a program for a Thompson NFA (__w64_regex_emit).  regexec runs it
 * as a Pike VM (__w64_regex_pike): every thread advances one character
 * at a time, at most one thread per instruction, so a match costs
 * O(text length x program size) whatever the pattern.  Threads are kept
 * in priority order (the order a backtracking matcher would try them:
 * the left alternative first, one more iteration before leaving a loop),
 * which is how glibc assigns subexpressions among the paths that reach
 * the leftmost-longest match.  Back-references make the language
 * non-regular; patterns with them run on a backtracking matcher over the
 * same program (__w64_regex_backtrack), with a step budget.
 *
 * The subject is read a character at a time: a byte in the "C" locale,
 * a UTF-8 sequence when LC_CTYPE was UTF-8 at regcomp.  A byte that does
 * not begin a valid sequence is a character of its own (W64_RE_RAW | byte)
 * that only the same byte in the pattern matches.
 */
#ifndef W64_REGEX_H
#define W64_REGEX_H

#include <regex.h>
#include <stddef.h>
#include <stdint.h>

#define W64_HIDDEN __attribute__((visibility("hidden")))

#define W64_RE_RAW 0x80000000u

/* The largest count in an interval {m,n} (glibc's). */
#define W64_RE_DUP_MAX 0x7fff
/* Bounds on what a pattern may grow into (REG_ESPACE beyond them). */
#define W64_RE_MAX_CODE 400000
#define W64_RE_MAX_DEPTH 1000

enum w64_re_op {
	W64_RE_CHAR,     /* the character a or b (b: the other case) */
	W64_RE_ANY,      /* any character; not '\n' under REG_NEWLINE */
	W64_RE_SET,      /* a character in sets[a] */
	W64_RE_BACKREF,  /* the text subexpression a matched */
	W64_RE_MATCH,    /* the end of the pattern */
	W64_RE_SPLIT,    /* go on at a, then (lower priority) at b */
	W64_RE_JMP,      /* go on at a */
	W64_RE_SAVE,     /* regs[a] = position */
	W64_RE_LOOPINIT, /* regs[a] = W64_RE_FRESH: the loop was just entered */
	W64_RE_ITER,     /* an iteration of loop regs[a] starts here */
	W64_RE_ENDITER,  /* an iteration of loop regs[a] ends: again at b, or leave to c */
	W64_RE_ASSERT,   /* a zero-width test, a = enum w64_re_assert */
};

enum w64_re_assert {
	W64_RE_BOL,     /* ^ */
	W64_RE_EOL,     /* $ */
	W64_RE_BUFBEG,  /* \` */
	W64_RE_BUFEND,  /* \' */
	W64_RE_WORDB,   /* \b */
	W64_RE_NWORDB,  /* \B */
	W64_RE_WORDBEG, /* \< */
	W64_RE_WORDEND, /* \> */
};

/* A loop register before the first iteration; during the first one it
 * holds -3 - start, during later ones the start itself, so that an empty
 * iteration may end only the first (the loop then matched the empty
 * string, as glibc and POSIX report it) and never repeats. */
#define W64_RE_FRESH (-2)

struct w64_re_inst {
	uint8_t op;
	uint32_t a, b, c;
};

/* A bracket expression.  Characters below 256 are in the bitmap (with the
 * classes already applied); above, the ranges and the classes decide. */
struct w64_re_set {
	uint32_t bits[8];
	uint32_t *ranges; /* pairs first, last */
	size_t nranges;
	uint32_t classes; /* bit 1 << W64_WCTYPE_x */
	unsigned char negate;
	unsigned char escape; /* \W or \S: takes a newline even under REG_NEWLINE */
};

struct __w64_regex {
	struct w64_re_inst *code;
	size_t ncode;
	struct w64_re_set *sets;
	size_t nsets;
	size_t nsub;
	size_t nregs; /* 2 per subexpression and the whole match, then 1 per loop */
	int cflags;
	int utf8;
	int backrefs;
};

/* The tree regcomp parses a pattern into. */
enum w64_re_node_type {
	W64_RN_EMPTY,
	W64_RN_CHAR,    /* c */
	W64_RN_ANY,
	W64_RN_SET,     /* sets[c] */
	W64_RN_ASSERT,  /* c = enum w64_re_assert */
	W64_RN_BACKREF, /* c = subexpression */
	W64_RN_GROUP,   /* subexpression c around child */
	W64_RN_CAT,     /* the children in order */
	W64_RN_ALT,     /* one of the children */
	W64_RN_REPEAT,  /* child min..max times (max -1: unbounded) */
};

struct w64_re_node {
	int type;
	int child;   /* first child, -1 if none */
	int next;    /* next sibling, -1 if none */
	int min, max;
	uint32_t c;
};

struct w64_re_tree {
	struct w64_re_node *nodes;
	size_t nnodes, cap;
	int root;
};

/* Parses pattern into tree and re's sets, nsub, utf8 and backrefs (re
 * zeroed but for cflags).  0 or a REG_* error. */
W64_HIDDEN int __w64_regex_parse(struct __w64_regex *re, struct w64_re_tree *tree, const char *pattern);

/* Emits re's program from tree.  0 or REG_ESPACE. */
W64_HIDDEN int __w64_regex_emit(struct __w64_regex *re, const struct w64_re_tree *tree);

/* Frees what re holds (not re). */
W64_HIDDEN void __w64_regex_free(struct __w64_regex *re);

/* The character at s[pos] (pos < len): its code in *c, its length returned. */
W64_HIDDEN size_t __w64_regex_char(const struct __w64_regex *re, const char *s, size_t len, size_t pos,
				   uint32_t *c);

/* Whether character c matches instruction in (CHAR, ANY or SET). */
W64_HIDDEN int __w64_regex_matches(const struct __w64_regex *re, const struct w64_re_inst *in, uint32_t c);

/* Whether assertion kind holds at pos in s[0..len). */
W64_HIDDEN int __w64_regex_assert(const struct __w64_regex *re, int kind, const char *s, size_t len,
				  size_t pos, int eflags);

/* Case mapping as REG_ICASE sees it. */
W64_HIDDEN uint32_t __w64_regex_lower(const struct __w64_regex *re, uint32_t c);
W64_HIDDEN uint32_t __w64_regex_upper(const struct __w64_regex *re, uint32_t c);

/*
 * Find the leftmost-longest match in s[0..len) at or after nothing but
 * character boundaries; regs (re->nregs of them) receive the chosen
 * path's registers, regs[0] and regs[1] the match.  0, REG_NOMATCH or
 * REG_ESPACE.
 */
W64_HIDDEN int __w64_regex_pike(const struct __w64_regex *re, const char *s, size_t len, int eflags,
				regoff_t *regs);
W64_HIDDEN int __w64_regex_backtrack(const struct __w64_regex *re, const char *s, size_t len, int eflags,
				     regoff_t *regs);

#undef W64_HIDDEN

#endif
