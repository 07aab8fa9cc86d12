/*
 * The Pike VM (w64_regex.h): threads in priority order, at most one per
 * instruction, each with its own registers (subexpression offsets and
 * loop state).  New threads start at every character boundary until a
 * match is found; then only threads that started no later than it go on,
 * and a later match replaces it only when it starts earlier or ends
 * later: the leftmost-longest match, reached by the highest-priority path.
 */
#include <regex.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "w64_regex.h"

struct list {
	uint32_t *pc;
	regoff_t *regs;
	size_t count;
};

struct frame {
	uint32_t pc_or_reg;
	int restore;
	regoff_t value;
};

struct vm {
	const struct __w64_regex *re;
	const char *s;
	size_t len;
	int eflags;
	size_t nregs;
	uint64_t *seen; /* seen[pc] == gen: pc is already on the list being built */
	uint64_t gen;
	struct frame *stack;
	regoff_t *work;
};

/* Adds the thread at pc with the registers in vm->work, and all it
 * reaches without reading a character, to l (vm->work is unchanged
 * afterwards). */
static void add(struct vm *vm, struct list *l, uint32_t pc0, size_t pos)
{
	const struct w64_re_inst *code = vm->re->code;
	regoff_t *w = vm->work;
	size_t sp = 0;
	vm->stack[sp++] = (struct frame){.pc_or_reg = pc0};
	while (sp) {
		struct frame f = vm->stack[--sp];
		if (f.restore) {
			w[f.pc_or_reg] = f.value;
			continue;
		}
		uint32_t pc = f.pc_or_reg;
		for (;;) {
			if (vm->seen[pc] == vm->gen)
				break;
			vm->seen[pc] = vm->gen;
			const struct w64_re_inst *in = &code[pc];
			if (in->op == W64_RE_JMP) {
				pc = in->a;
			} else if (in->op == W64_RE_SPLIT) {
				vm->stack[sp++] = (struct frame){.pc_or_reg = in->b};
				pc = in->a;
			} else if (in->op == W64_RE_SAVE || in->op == W64_RE_LOOPINIT || in->op == W64_RE_ITER) {
				vm->stack[sp++] = (struct frame){.pc_or_reg = in->a, .restore = 1, .value = w[in->a]};
				regoff_t p = (regoff_t)pos;
				if (in->op == W64_RE_LOOPINIT)
					w[in->a] = W64_RE_FRESH;
				else if (in->op == W64_RE_ITER && w[in->a] == W64_RE_FRESH)
					w[in->a] = -3 - p;
				else
					w[in->a] = p;
				pc++;
			} else if (in->op == W64_RE_ENDITER) {
				regoff_t r = w[in->a], start = r >= 0 ? r : -3 - r;
				if (start == (regoff_t)pos) {
					if (r >= 0)
						break;
					pc = in->c;
				} else {
					vm->stack[sp++] = (struct frame){.pc_or_reg = in->c};
					pc = in->b;
				}
			} else if (in->op == W64_RE_ASSERT) {
				if (!__w64_regex_assert(vm->re, (int)in->a, vm->s, vm->len, pos, vm->eflags))
					break;
				pc++;
			} else {
				l->pc[l->count] = pc;
				memcpy(&l->regs[l->count * vm->nregs], w, vm->nregs * sizeof *w);
				l->count++;
				break;
			}
		}
	}
}

int __w64_regex_pike(const struct __w64_regex *re, const char *s, size_t len, int eflags, regoff_t *best)
{
	size_t n = re->ncode, R = re->nregs;
	if (R && n > SIZE_MAX / 2 / R / sizeof(regoff_t))
		return REG_ESPACE;
	struct vm vm = {.re = re, .s = s, .len = len, .eflags = eflags, .nregs = R};
	struct list a = {0}, b = {0};
	int rc = REG_ESPACE;
	vm.seen = calloc(n, sizeof *vm.seen);
	vm.stack = malloc(n * sizeof *vm.stack + sizeof *vm.stack);
	vm.work = malloc(R * sizeof *vm.work);
	a.pc = malloc(n * sizeof *a.pc);
	b.pc = malloc(n * sizeof *b.pc);
	a.regs = malloc(n * R * sizeof *a.regs);
	b.regs = malloc(n * R * sizeof *b.regs);
	if (!vm.seen || !vm.stack || !vm.work || !a.pc || !b.pc || !a.regs || !b.regs)
		goto out;

	struct list *cl = &a, *nl = &b;
	int matched = 0;
	size_t pos = 0;
	for (size_t i = 0; i < R; i++)
		vm.work[i] = -1;
	vm.gen = 1;
	add(&vm, cl, 0, 0);
	for (;;) {
		uint32_t c = 0;
		size_t step = pos < len ? __w64_regex_char(re, s, len, pos, &c) : 0;
		vm.gen++;
		nl->count = 0;
		for (size_t t = 0; t < cl->count; t++) {
			const regoff_t *r = &cl->regs[t * R];
			const struct w64_re_inst *in = &re->code[cl->pc[t]];
			if (matched && r[0] > best[0])
				continue;
			if (in->op == W64_RE_MATCH) {
				if (!matched || r[0] < best[0] || r[1] > best[1]) {
					memcpy(best, r, R * sizeof *r);
					matched = 1;
				}
				continue;
			}
			if (pos < len && __w64_regex_matches(re, in, c)) {
				memcpy(vm.work, r, R * sizeof *r);
				add(&vm, nl, cl->pc[t] + 1, pos + step);
			}
		}
		if (pos >= len)
			break;
		pos += step;
		if (!matched) {
			for (size_t i = 0; i < R; i++)
				vm.work[i] = -1;
			add(&vm, nl, 0, pos);
		} else if (nl->count == 0) {
			break;
		}
		struct list *tmp = cl;
		cl = nl;
		nl = tmp;
	}
	rc = matched ? 0 : REG_NOMATCH;
out:
	free(vm.seen);
	free(vm.stack);
	free(vm.work);
	free(a.pc);
	free(b.pc);
	free(a.regs);
	free(b.regs);
	return rc;
}
