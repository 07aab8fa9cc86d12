/*
 * regcomp's code generator: the parsed tree into a Pike VM program
 * (w64_regex.h).  The program starts with SAVE 0 and ends with SAVE 1,
 * MATCH.  An interval x{m,n} is m copies of x, then n - m nested
 * optional ones (x{m,} : m - 1 copies and x+), so counts cost code
 * size, bounded by W64_RE_MAX_CODE.
 */
#include <regex.h>
#include <stdlib.h>

#include "w64_regex.h"

struct emitter {
	struct __w64_regex *re;
	const struct w64_re_tree *t;
	size_t cap;
	size_t loops;
};

static int put(struct emitter *E, uint8_t op, uint32_t a, uint32_t b, uint32_t c, size_t *at)
{
	struct __w64_regex *re = E->re;
	if (re->ncode == E->cap) {
		size_t cap = E->cap ? E->cap * 2 : 64;
		struct w64_re_inst *code;
		if (re->ncode >= W64_RE_MAX_CODE || !(code = realloc(re->code, cap * sizeof *code)))
			return REG_ESPACE;
		re->code = code;
		E->cap = cap;
	}
	if (at)
		*at = re->ncode;
	re->code[re->ncode++] = (struct w64_re_inst){.op = op, .a = a, .b = b, .c = c};
	return 0;
}

/* Whether node n can match the empty string. */
static int nullable(const struct w64_re_tree *t, int n)
{
	const struct w64_re_node *node = &t->nodes[n];
	switch (node->type) {
	case W64_RN_CHAR:
	case W64_RN_ANY:
	case W64_RN_SET:
		return 0;
	case W64_RN_GROUP:
		return nullable(t, node->child);
	case W64_RN_CAT:
		for (int c = node->child; c >= 0; c = t->nodes[c].next)
			if (!nullable(t, c))
				return 0;
		return 1;
	case W64_RN_ALT:
		for (int c = node->child; c >= 0; c = t->nodes[c].next)
			if (nullable(t, c))
				return 1;
		return 0;
	case W64_RN_REPEAT:
		return node->min == 0 || nullable(t, node->child);
	default:
		return 1;
	}
}

static int emit(struct emitter *E, int n);

#define NONE UINT32_MAX

/* Points a chain of forward jumps (linked through a when jumps, else
 * through b) at the end of the code. */
static void patch(struct __w64_regex *re, uint32_t chain, int jumps)
{
	uint32_t end = (uint32_t)re->ncode;
	while (chain != NONE) {
		uint32_t *link = jumps ? &re->code[chain].a : &re->code[chain].b;
		chain = *link;
		*link = end;
	}
}

/*
 * x* (plus = 0) or x+ (plus = 1).  A loop whose body can match the empty
 * string counts its iterations in a register: an empty iteration may
 * only be the first (which then ends the loop), so the loop terminates
 * and reports what glibc does, e.g. (a*)* on "b" sets \1 to the empty
 * string at 0 while (a?)* on "aa" leaves \1 at the second 'a'.
 */
static int emit_loop(struct emitter *E, int body, int plus)
{
	int rc;
	size_t split = 0, start, iter;
	if (!nullable(E->t, body)) {
		if (!plus && (rc = put(E, W64_RE_SPLIT, 0, 0, 0, &split)))
			return rc;
		start = E->re->ncode;
		if ((rc = emit(E, body)))
			return rc;
		if ((rc = put(E, W64_RE_SPLIT, (uint32_t)start, (uint32_t)E->re->ncode + 1, 0, NULL)))
			return rc;
		if (!plus) {
			E->re->code[split].a = (uint32_t)start;
			E->re->code[split].b = (uint32_t)E->re->ncode;
		}
		return 0;
	}
	uint32_t reg = (uint32_t)(2 * (E->re->nsub + 1) + E->loops++);
	if ((rc = put(E, W64_RE_LOOPINIT, reg, 0, 0, NULL)))
		return rc;
	if (!plus && (rc = put(E, W64_RE_SPLIT, 0, 0, 0, &split)))
		return rc;
	if ((rc = put(E, W64_RE_ITER, reg, 0, 0, &iter)))
		return rc;
	if ((rc = emit(E, body)))
		return rc;
	uint32_t out = (uint32_t)E->re->ncode + 1;
	if ((rc = put(E, W64_RE_ENDITER, reg, (uint32_t)iter, out, NULL)))
		return rc;
	if (!plus) {
		E->re->code[split].a = (uint32_t)iter;
		E->re->code[split].b = out;
	}
	return 0;
}

static int emit_repeat(struct emitter *E, const struct w64_re_node *node)
{
	int rc, copies = node->min;
	if (node->max < 0 && copies > 0)
		copies--;
	for (int i = 0; i < copies; i++)
		if ((rc = emit(E, node->child)))
			return rc;
	if (node->max < 0)
		return emit_loop(E, node->child, node->min > 0);
	/* The optional copies: each SPLIT's second target is the end, not
	 * known yet; until then the SPLITs form a chain through b. */
	uint32_t chain = NONE;
	for (int i = node->min; i < node->max; i++) {
		size_t at;
		if ((rc = put(E, W64_RE_SPLIT, (uint32_t)E->re->ncode + 1, chain, 0, &at)))
			return rc;
		chain = (uint32_t)at;
		if ((rc = emit(E, node->child)))
			return rc;
	}
	patch(E->re, chain, 0);
	return 0;
}

static int emit(struct emitter *E, int n)
{
	const struct w64_re_node *node = &E->t->nodes[n];
	struct __w64_regex *re = E->re;
	int rc;
	switch (node->type) {
	case W64_RN_EMPTY:
		return 0;
	case W64_RN_CHAR: {
		uint32_t a = node->c, b = node->c;
		if (re->cflags & REG_ICASE) {
			a = __w64_regex_lower(re, node->c);
			b = __w64_regex_upper(re, node->c);
		}
		return put(E, W64_RE_CHAR, a, b, 0, NULL);
	}
	case W64_RN_ANY:
		return put(E, W64_RE_ANY, 0, 0, 0, NULL);
	case W64_RN_SET:
		return put(E, W64_RE_SET, node->c, 0, 0, NULL);
	case W64_RN_ASSERT:
		return put(E, W64_RE_ASSERT, node->c, 0, 0, NULL);
	case W64_RN_BACKREF:
		return put(E, W64_RE_BACKREF, node->c, 0, 0, NULL);
	case W64_RN_GROUP:
		if ((rc = put(E, W64_RE_SAVE, 2 * node->c, 0, 0, NULL)) || (rc = emit(E, node->child)))
			return rc;
		return put(E, W64_RE_SAVE, 2 * node->c + 1, 0, 0, NULL);
	case W64_RN_CAT:
		for (int c = node->child; c >= 0; c = E->t->nodes[c].next)
			if ((rc = emit(E, c)))
				return rc;
		return 0;
	case W64_RN_ALT: {
		/* A SPLIT to each alternative but the last, each of which ends
		 * in a JMP to the end: a chain through a until it is known. */
		uint32_t chain = NONE;
		for (int c = node->child; c >= 0; c = E->t->nodes[c].next) {
			size_t split = 0, jmp;
			int last = E->t->nodes[c].next < 0;
			if (!last && (rc = put(E, W64_RE_SPLIT, (uint32_t)re->ncode + 1, 0, 0, &split)))
				return rc;
			if ((rc = emit(E, c)))
				return rc;
			if (last)
				break;
			if ((rc = put(E, W64_RE_JMP, chain, 0, 0, &jmp)))
				return rc;
			chain = (uint32_t)jmp;
			re->code[split].b = (uint32_t)re->ncode;
		}
		patch(re, chain, 1);
		return 0;
	}
	case W64_RN_REPEAT:
		return emit_repeat(E, node);
	}
	return REG_BADPAT;
}

int __w64_regex_emit(struct __w64_regex *re, const struct w64_re_tree *tree)
{
	struct emitter E = {.re = re, .t = tree};
	int rc;
	if ((rc = put(&E, W64_RE_SAVE, 0, 0, 0, NULL)) || (rc = emit(&E, tree->root)) ||
	    (rc = put(&E, W64_RE_SAVE, 1, 0, 0, NULL)) || (rc = put(&E, W64_RE_MATCH, 0, 0, 0, NULL)))
		return rc;
	re->nregs = 2 * (re->nsub + 1) + E.loops;
	return 0;
}
