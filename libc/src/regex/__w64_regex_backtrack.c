/*
 * The matcher for patterns with back-references, which no automaton
 * can match: a backtracking walk of the same program, trying paths in
 * the Pike VM's priority order from each start in turn and keeping the
 * longest match of the first start that has one (the first path to reach
 * that length wins).  Its time can grow exponentially with the pattern,
 * so it stops with REG_ESPACE after W64_RE_STEPS instructions; its memory
 * grows with the choices still open, within the same bound.
 */
#include <regex.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "w64_regex.h"

#define W64_RE_STEPS 20000000

struct choice {
	uint32_t pc_or_reg;
	int restore;
	regoff_t value; /* the position, or the register's old value */
};

struct bt {
	const struct __w64_regex *re;
	const char *s;
	size_t len;
	int eflags;
	struct choice *stack;
	size_t sp, cap;
	unsigned long steps;
};

static int push(struct bt *b, uint32_t pc_or_reg, int restore, regoff_t value)
{
	if (b->sp == b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 64;
		struct choice *s = cap > W64_RE_STEPS ? NULL : realloc(b->stack, cap * sizeof *s);
		if (!s)
			return REG_ESPACE;
		b->stack = s;
		b->cap = cap;
	}
	b->stack[b->sp++] = (struct choice){pc_or_reg, restore, value};
	return 0;
}

/* Whether the text of subexpression n (in regs) is at pos; its length
 * in *n_out. */
static int backref(struct bt *b, const regoff_t *regs, uint32_t n, size_t pos, size_t *out)
{
	regoff_t so = regs[2 * n], eo = regs[2 * n + 1];
	if (so < 0 || eo < so)
		return 0;
	size_t i = (size_t)so, j = pos;
	while (i < (size_t)eo) {
		uint32_t c, d;
		if (j >= b->len)
			return 0;
		size_t li = __w64_regex_char(b->re, b->s, b->len, i, &c);
		size_t lj = __w64_regex_char(b->re, b->s, b->len, j, &d);
		if (c != d && !((b->re->cflags & REG_ICASE) &&
				__w64_regex_lower(b->re, c) == __w64_regex_lower(b->re, d)))
			return 0;
		i += li;
		j += lj;
	}
	*out = j - pos;
	return 1;
}

/* From start: 1 with the longest match in best, 0 for none, or -REG_ESPACE. */
static int from(struct bt *b, size_t start, regoff_t *regs, regoff_t *best)
{
	const struct __w64_regex *re = b->re;
	size_t R = re->nregs;
	int found = 0;
	for (size_t i = 0; i < R; i++)
		regs[i] = -1;
	b->sp = 0;
	if (push(b, 0, 0, (regoff_t)start))
		return -REG_ESPACE;
	while (b->sp) {
		struct choice ch = b->stack[--b->sp];
		if (ch.restore) {
			regs[ch.pc_or_reg] = ch.value;
			continue;
		}
		uint32_t pc = ch.pc_or_reg;
		size_t pos = (size_t)ch.value;
		for (;;) {
			if (++b->steps > W64_RE_STEPS)
				return -REG_ESPACE;
			const struct w64_re_inst *in = &re->code[pc];
			uint32_t c;
			size_t n;
			int ok = 1;
			switch (in->op) {
			case W64_RE_CHAR:
			case W64_RE_ANY:
			case W64_RE_SET:
				if (pos >= b->len) {
					ok = 0;
					break;
				}
				n = __w64_regex_char(re, b->s, b->len, pos, &c);
				if ((ok = __w64_regex_matches(re, in, c)))
					pos += n, pc++;
				break;
			case W64_RE_BACKREF:
				if ((ok = backref(b, regs, in->a, pos, &n)))
					pos += n, pc++;
				break;
			case W64_RE_MATCH:
				if (!found || regs[1] > best[1]) {
					memcpy(best, regs, R * sizeof *regs);
					found = 1;
				}
				ok = 0;
				break;
			case W64_RE_JMP:
				pc = in->a;
				break;
			case W64_RE_SPLIT:
				if (push(b, in->b, 0, (regoff_t)pos))
					return -REG_ESPACE;
				pc = in->a;
				break;
			case W64_RE_SAVE:
			case W64_RE_LOOPINIT:
			case W64_RE_ITER:
				if (push(b, in->a, 1, regs[in->a]))
					return -REG_ESPACE;
				if (in->op == W64_RE_LOOPINIT)
					regs[in->a] = W64_RE_FRESH;
				else if (in->op == W64_RE_ITER && regs[in->a] == W64_RE_FRESH)
					regs[in->a] = -3 - (regoff_t)pos;
				else
					regs[in->a] = (regoff_t)pos;
				pc++;
				break;
			case W64_RE_ENDITER: {
				regoff_t r = regs[in->a], st = r >= 0 ? r : -3 - r;
				if (st == (regoff_t)pos) {
					if (r >= 0)
						ok = 0;
					else
						pc = in->c;
				} else {
					if (push(b, in->c, 0, (regoff_t)pos))
						return -REG_ESPACE;
					pc = in->b;
				}
				break;
			}
			case W64_RE_ASSERT:
				if ((ok = __w64_regex_assert(re, (int)in->a, b->s, b->len, pos, b->eflags)))
					pc++;
				break;
			}
			if (!ok)
				break;
		}
		if (found && (size_t)best[1] == b->len)
			break;
	}
	return found;
}

int __w64_regex_backtrack(const struct __w64_regex *re, const char *s, size_t len, int eflags, regoff_t *best)
{
	struct bt b = {.re = re, .s = s, .len = len, .eflags = eflags};
	regoff_t *regs = malloc(re->nregs * sizeof *regs);
	int rc = REG_NOMATCH;
	if (!regs)
		return REG_ESPACE;
	for (size_t pos = 0;;) {
		int found = from(&b, pos, regs, best);
		if (found < 0) {
			rc = -found;
			break;
		}
		if (found) {
			rc = 0;
			break;
		}
		if (pos >= len)
			break;
		uint32_t c;
		pos += __w64_regex_char(re, s, len, pos, &c);
	}
	free(regs);
	free(b.stack);
	return rc;
}
