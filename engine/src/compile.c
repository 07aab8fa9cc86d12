/* Compiles a validated function body into the interpreter's code.
 *
 * The code is register-based: every wasm operand-stack position has a home
 * slot in the frame (after the locals), known at compile time, and each
 * instruction names the slots it reads and writes.  `local.get` emits
 * nothing: the stack entry just refers to the local's slot until something
 * would change that local or the value must sit in its home slot (block
 * boundaries, calls, branches).  An instruction whose result goes straight
 * into `local.set`/`local.tee` writes the local directly.
 *
 * Branch targets are resolved here; forward branches are chained through
 * the cells that will hold their target and patched at the block's end.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define NONE SIZE_MAX

struct cctrl {
	uint16_t op;            /* BLOCK, LOOP, IF, ELSE, TRY, CATCH, CATCH_ALL, TRY_TABLE,
	                         * or CALL for the function */
	bool entry_live;        /* code at the block's start was reachable */
	bool branched;          /* some branch targets the block's end */
	uint32_t height;        /* stack height below the block's params */
	uint32_t nparams, nresults;
	/* Their types: results/params (NULL: none, or the one type `single`). */
	const w64_valtype *params, *results;
	w64_valtype single;
	size_t loop_start;      /* loops: index of the first instruction */
	size_t end_chain;       /* head of the cells waiting for the end label (NONE: empty) */
	size_t else_cell;       /* if: the BR_UNLESS target to patch at else/end */
	/* Exception scopes: the one around the block, and its own (a try
	 * body's; else the same).  A catch block runs under `outer_scope`. */
	int32_t outer_scope, scope;
	size_t handler_chain;   /* handlers waiting for the end label (NONE: none) */
};

/* A handler while compiling: targets are code indices until the end. */
struct chandler {
	const struct w64_tag_inst *tag;
	int32_t scope;
	size_t target;          /* NONE: return from the function */
	uint32_t payload_dst, exn_dst;
	size_t next;            /* on a block's handler_chain */
};

struct compiler {
	struct w64_store *s;
	struct w64_func_inst *f;
	struct w64_instance *inst;
	const struct w64_module *m;
	const void *const *h;
	struct w64_error *err;

	w64_cell *code;
	size_t n, cap;
	size_t *relocs;          /* cells holding a code index, made pointers at the end */
	size_t nrelocs, relocs_cap;

	uint32_t nlocals;        /* slots of the params and locals */
	uint32_t *local_slot;    /* each local's first slot (a v128 takes two) */
	const w64_valtype *local_type;
	uint32_t *stack;         /* where each operand's value is now (a slot) */
	/* Each operand's home, in slots above the locals: base[pos]; a v128
	 * takes two slots, so base[pos + 1] - base[pos] is its width, and
	 * base[height] the slots in use. */
	uint32_t *base;
	uint32_t height, stack_cap, max_height;  /* max_height: in slots */

	struct cctrl *ctrls;
	uint32_t nctrls, ctrls_cap;
	bool live;
	size_t last_dst;         /* dst cell of the last instruction, if it pushed */
	size_t last_start;       /* first cell of the last instruction */
	unsigned last_iop;       /* and its opcode */
	bool oom;

	/* WASM64_DUMP_CODE set: where each instruction starts, to print it. */
	size_t *starts;
	size_t nstarts, starts_cap;

	/* Constants not yet written anywhere: a stack entry CONST_BIT | k
	 * stands for consts[k] until an instruction takes it as an
	 * immediate or it must sit in a slot. */
	uint64_t *consts;
	size_t nconsts, consts_cap;

	/* Which declared locals the call must zero (see note_local). */
	uint8_t *local_init;     /* per declared local: LOCAL_* */
	bool straight;           /* no branch seen yet: code so far runs in order */

	/* Exception handling (see struct w64_eh): the scope of the code being
	 * emitted, each scope's parent, the regions, the handlers. */
	int32_t scope;
	int32_t *scope_parent;
	size_t nscopes, scopes_cap;
	struct w64_region *regions;
	size_t nregions, regions_cap;
	struct chandler *handlers;
	size_t nhandlers, handlers_cap;
};

/* Locals are zero when a function starts, but a local whose first access
 * writes it, in the straight-line code before the first branch, is
 * written on every path before anything can read it: the call need not
 * zero it.  Every other local that is accessed at all is zeroed. */
enum { LOCAL_UNTOUCHED, LOCAL_WRITTEN_FIRST, LOCAL_ZERO };

static void note_local(struct compiler *c, uint32_t x, bool write)
{
	if (x < c->f->type->nparams || !c->local_init)
		return;
	uint8_t *st = &c->local_init[x - c->f->type->nparams];
	if (*st == LOCAL_UNTOUCHED)
		*st = write && c->straight ? LOCAL_WRITTEN_FIRST : LOCAL_ZERO;
}

#define CONST_BIT 0x80000000u

static bool is_const(uint32_t src)
{
	return (src & CONST_BIT) != 0;
}

static bool grow(void **buf, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return true;
	size_t n = *cap ? *cap * 2 : 64;
	while (n < need)
		n *= 2;
	void *p = realloc(*buf, n * size);
	if (!p)
		return false;
	*buf = p;
	*cap = n;
	return true;
}

static void emit_cell(struct compiler *c, w64_cell cell)
{
	if (!grow((void **)&c->code, &c->cap, c->n + 1, sizeof *c->code)) {
		c->oom = true;
		return;
	}
	c->code[c->n++] = cell;
}

static void emit_op(struct compiler *c, unsigned iop)
{
	c->last_dst = NONE;
	c->last_start = c->n;
	c->last_iop = iop;
	if (c->starts) {
		/* A fused branch rewinds: forget starts past the new end. */
		while (c->nstarts && c->starts[c->nstarts - 1] >= c->n)
			c->nstarts--;
		if (grow((void **)&c->starts, &c->starts_cap, c->nstarts + 1, sizeof *c->starts))
			c->starts[c->nstarts++] = c->n;
	}
	emit_cell(c, (w64_cell){.op = c->h[iop]});
}

static void emit_u(struct compiler *c, uint64_t v)
{
	emit_cell(c, (w64_cell){.u = v});
}

static void emit_p(struct compiler *c, const void *p)
{
	emit_cell(c, (w64_cell){.p = (void *)p});
}

static void add_reloc(struct compiler *c, size_t cell)
{
	if (!grow((void **)&c->relocs, &c->relocs_cap, c->nrelocs + 1, sizeof *c->relocs)) {
		c->oom = true;
		return;
	}
	c->relocs[c->nrelocs++] = cell;
}

/* A branch target cell pointing at code index `target`. */
static void emit_target(struct compiler *c, size_t target)
{
	add_reloc(c, c->n);
	emit_u(c, target);
}

/* A target cell to be patched later: chained into *chain. */
static void emit_forward(struct compiler *c, size_t *chain)
{
	add_reloc(c, c->n);
	emit_u(c, *chain);
	*chain = c->n - 1;
}

static void patch_chain(struct compiler *c, size_t chain, size_t target)
{
	while (chain != NONE && !c->oom) {
		size_t next = c->code[chain].u;
		c->code[chain].u = target;
		chain = next;
	}
}

/* --- the operand stack ---------------------------------------------------- */

static uint32_t home(const struct compiler *c, uint32_t pos)
{
	return c->nlocals + c->base[pos];
}

/* Slots the operand at `pos` takes: 2 for a v128, else 1. */
static uint32_t width(const struct compiler *c, uint32_t pos)
{
	return c->base[pos + 1] - c->base[pos];
}

/* Slots the top n operands take. */
static uint32_t top_slots(const struct compiler *c, uint32_t n)
{
	return c->base[c->height] - c->base[c->height - n];
}

static void emit_copy(struct compiler *c, uint32_t src, uint32_t dst, uint32_t w);

/* Pops an operand that must be in a slot (a deferred constant is written
 * to its home slot first). */
static uint32_t pop(struct compiler *c)
{
	uint32_t src = c->stack[--c->height];
	if (is_const(src)) {
		uint32_t slot = home(c, c->height);
		emit_copy(c, src, slot, 1);
		return slot;
	}
	return src;
}

/* Whether the entry `depth` below the top is a deferred constant, and its
 * value. */
static bool peek_const(const struct compiler *c, uint32_t depth, uint64_t *v)
{
	uint32_t src = c->stack[c->height - 1 - depth];
	if (!is_const(src))
		return false;
	*v = c->consts[src & ~CONST_BIT];
	return true;
}

/* Makes room for one more entry, `w` slots wide, and returns its position. */
static uint32_t push_entry(struct compiler *c, uint32_t src, uint32_t w)
{
	if (c->height + 1 >= c->stack_cap) {
		size_t cap = c->stack_cap, bcap = c->stack_cap;
		if (!grow((void **)&c->stack, &cap, (size_t)c->height + 2, sizeof *c->stack) ||
		    !grow((void **)&c->base, &bcap, (size_t)c->height + 2, sizeof *c->base)) {
			c->oom = true;
			return 0;
		}
		c->stack_cap = (uint32_t)(cap < bcap ? cap : bcap);
	}
	c->stack[c->height] = src;
	c->base[c->height + 1] = c->base[c->height] + w;
	c->height++;
	if (c->base[c->height] > c->max_height)
		c->max_height = c->base[c->height];
	return c->height - 1;
}

/* Pushes a value computed into its home slot(s); returns the (first) slot. */
static uint32_t push_w(struct compiler *c, uint32_t w)
{
	uint32_t slot = home(c, c->height);
	push_entry(c, slot, w);
	return slot;
}

static uint32_t push(struct compiler *c)
{
	return push_w(c, 1);
}

/* Pushes n values of these types into their home slots. */
static void push_types(struct compiler *c, uint32_t n, const w64_valtype *types)
{
	for (uint32_t k = 0; k < n; k++)
		push_w(c, w64_cells(types[k]));
}

/* Copies a value of `w` slots (v128s are never deferred constants). */
static void emit_copy(struct compiler *c, uint32_t src, uint32_t dst, uint32_t w)
{
	if (src == dst)
		return;
	if (is_const(src)) {
		emit_op(c, IOP_CONST);
		emit_u(c, c->consts[src & ~CONST_BIT]);
		emit_u(c, dst);
		return;
	}
	emit_op(c, w == 2 ? IOP_COPY2 : IOP_COPY);
	emit_u(c, src);
	emit_u(c, dst);
}

static void materialize(struct compiler *c, uint32_t pos)
{
	if (c->stack[pos] != home(c, pos)) {
		emit_copy(c, c->stack[pos], home(c, pos), width(c, pos));
		c->stack[pos] = home(c, pos);
	}
}

static void materialize_all(struct compiler *c)
{
	for (uint32_t i = 0; i < c->height; i++)
		materialize(c, i);
}

/* Before local `x` changes: entries still reading it take a copy. */
static bool refers_to(const struct compiler *c, uint32_t x)
{
	for (uint32_t i = 0; i < c->height; i++)
		if (c->stack[i] == x)
			return true;
	return false;
}

static void materialize_local(struct compiler *c, uint32_t x)
{
	for (uint32_t i = 0; i < c->height; i++)
		if (c->stack[i] == x)
			materialize(c, i);
}

/* Records that the instruction just emitted wrote its result at the
 * current top, through the cell at index `cell`. */
static void produced(struct compiler *c, size_t cell)
{
	c->last_dst = cell;
}

/* --- control flow ---------------------------------------------------------- */

static struct cctrl *ctrl_at(struct compiler *c, uint32_t depth)
{
	return &c->ctrls[c->nctrls - 1 - depth];
}

static uint32_t label_arity(const struct cctrl *t)
{
	return t->op == W64_OP_LOOP ? t->nparams : t->nresults;
}

/* The slot of the top `arity` values' value k when they move to dst0
 * (each keeps its width). */
static uint32_t moved_slot(const struct compiler *c, uint32_t arity, uint32_t dst0, uint32_t k)
{
	uint32_t first = c->height - arity;
	return dst0 + c->base[first + k] - c->base[first];
}

/* Copies the top `arity` values to slots from dst0 up.  Ascending order
 * is safe when no source is a local below dst0 + their slots (callers
 * make sure): every other source sits at or above its destination. */
static void move_top(struct compiler *c, uint32_t arity, uint32_t dst0)
{
	for (uint32_t k = 0; k < arity; k++) {
		uint32_t pos = c->height - arity + k;
		emit_copy(c, c->stack[pos], moved_slot(c, arity, dst0, k), width(c, pos));
	}
}

static bool moves_needed(const struct compiler *c, uint32_t arity, uint32_t dst0)
{
	for (uint32_t k = 0; k < arity; k++)
		if (c->stack[c->height - arity + k] != moved_slot(c, arity, dst0, k))
			return true;
	return false;
}

/* Returns from the function.  This may be on a conditional path (br_if,
 * br_table stubs), so the compile-time stack is left as it was. */
static void emit_return(struct compiler *c)
{
	uint32_t n = c->f->type->nresults, slots = n ? top_slots(c, n) : 0;
	/* One result in a slot: moved by the return itself. */
	if (n == 1 && slots == 1 && !is_const(c->stack[c->height - 1]) &&
	    c->stack[c->height - 1] != 0) {
		emit_op(c, IOP_RETURN1);
		emit_u(c, c->stack[c->height - 1]);
		return;
	}
	/* Results go to slots 0..slots-1.  A result read from a local among
	 * those slots is first copied to its home slot, so no copy below
	 * overwrites a source that a later copy reads; every other source
	 * sits at or above its destination. */
	for (uint32_t k = 0; k < n; k++) {
		uint32_t pos = c->height - n + k, dst = moved_slot(c, n, 0, k);
		if (c->stack[pos] < slots && c->stack[pos] != dst)
			emit_copy(c, c->stack[pos], home(c, pos), width(c, pos));
	}
	for (uint32_t k = 0; k < n; k++) {
		uint32_t pos = c->height - n + k, dst = moved_slot(c, n, 0, k);
		uint32_t src = c->stack[pos] < slots ? home(c, pos) : c->stack[pos];
		if (c->stack[pos] == dst)
			src = dst;
		emit_copy(c, src, dst, width(c, pos));
	}
	emit_op(c, IOP_RETURN);
}

/* Moves the branch values and jumps to label `depth`. */
static void emit_branch(struct compiler *c, uint32_t depth)
{
	if (depth == c->nctrls - 1) {
		emit_return(c);
		return;
	}
	struct cctrl *t = ctrl_at(c, depth);
	move_top(c, label_arity(t), home(c, t->height));
	emit_op(c, IOP_JUMP);
	if (t->op == W64_OP_LOOP) {
		emit_target(c, t->loop_start);
	} else {
		emit_forward(c, &t->end_chain);
		t->branched = true;
	}
}

static bool branch_is_plain(struct compiler *c, uint32_t depth)
{
	if (depth == c->nctrls - 1)
		return false;
	const struct cctrl *t = ctrl_at(c, depth);
	return !moves_needed(c, label_arity(t), home(c, t->height));
}

static int push_ctrl(struct compiler *c, const struct w64_instr *ins)
{
	uint32_t np = 0, nr = 0;
	const w64_valtype *p, *r;
	w64_valtype single;
	if (ins->op != W64_OP_CALL &&
	    w64_blocktype_sig(c->m, &ins->imm.block, &single, &np, &p, &nr, &r) < 0)
		return w64_error_set(c->err, ins->offset, "internal error: bad block type");
	if (ins->op == W64_OP_CALL) {
		nr = c->f->type->nresults;
		r = c->f->type->results;
		p = NULL;
	}
	size_t cap = c->ctrls_cap;
	if (!grow((void **)&c->ctrls, &cap, (size_t)c->nctrls + 1, sizeof *c->ctrls)) {
		c->oom = true;
		return -1;
	}
	c->ctrls_cap = (uint32_t)cap;
	struct cctrl *t = &c->ctrls[c->nctrls++];
	t->op = ins->op;
	t->entry_live = c->live;
	t->branched = false;
	t->height = c->live ? c->height - np : 0;
	t->nparams = np;
	t->nresults = nr;
	/* `single` lives in this frame: keep the type, not the pointer. */
	t->single = single;
	t->params = np ? p : NULL;
	t->results = nr && r != &single ? r : NULL;
	t->loop_start = NONE;
	t->end_chain = NONE;
	t->else_cell = NONE;
	t->outer_scope = t->scope = c->scope;
	t->handler_chain = NONE;
	return 0;
}

/* Pushes the results (or params) of block t into their home slots. */
static void push_block_values(struct compiler *c, const struct cctrl *t, bool results)
{
	uint32_t n = results ? t->nresults : t->nparams;
	const w64_valtype *types = results ? t->results : t->params;
	if (!types) /* the one result of a single-type block */
		push_types(c, n, &t->single);
	else
		push_types(c, n, types);
}

/* --- exception handling ---------------------------------------------------- */

/* The scope exceptions thrown directly inside block t go to. */
static int32_t inner_scope(const struct cctrl *t)
{
	return t->op == W64_OP_CATCH || t->op == W64_OP_CATCH_ALL ? t->outer_scope : t->scope;
}

/* Code from here on is under scope `s`. */
static void set_scope(struct compiler *c, int32_t s)
{
	if (c->scope == s)
		return;
	c->scope = s;
	c->last_dst = NONE; /* no fusing with code of the other region */
	if (c->nregions && c->regions[c->nregions - 1].start == c->n) {
		c->regions[c->nregions - 1].scope = s;
		return;
	}
	if (!grow((void **)&c->regions, &c->regions_cap, c->nregions + 1, sizeof *c->regions)) {
		c->oom = true;
		return;
	}
	c->regions[c->nregions++] = (struct w64_region){c->n, s};
}

static int32_t new_scope(struct compiler *c, int32_t parent)
{
	if (!grow((void **)&c->scope_parent, &c->scopes_cap, c->nscopes + 1,
	          sizeof *c->scope_parent)) {
		c->oom = true;
		return c->scope;
	}
	c->scope_parent[c->nscopes] = parent;
	return (int32_t)c->nscopes++;
}

static struct chandler *add_handler(struct compiler *c, int32_t scope,
                                    const struct w64_tag_inst *tag, uint32_t payload_dst,
                                    uint32_t exn_dst)
{
	if (!grow((void **)&c->handlers, &c->handlers_cap, c->nhandlers + 1, sizeof *c->handlers)) {
		c->oom = true;
		return NULL;
	}
	struct chandler *h = &c->handlers[c->nhandlers++];
	*h = (struct chandler){tag, scope, NONE, payload_dst, exn_dst, NONE};
	return h;
}

/* try_table's catch clauses: each delivers the exception like a branch
 * to its label (outside the try_table): the values go where the label's
 * values go, then code continues at the label. */
static void add_catch_clauses(struct compiler *c, const struct w64_instr *ins, int32_t scope)
{
	struct w64_error scratch;
	struct w64_reader r;
	w64_error_clear(&scratch);
	w64_reader_init(&r, c->m->bytes, c->m->len, &scratch);
	r.pos = ins->imm.try_table.offset;
	for (uint32_t i = 0; i < ins->imm.try_table.count && !c->oom; i++) {
		struct w64_catch cl;
		if (!w64_catch_next(&r, &cl))
			break;
		const struct w64_tag_inst *tag =
			cl.kind == W64_CATCH || cl.kind == W64_CATCH_REF ? c->inst->tags[cl.tag] : NULL;
		bool ref = cl.kind == W64_CATCH_REF || cl.kind == W64_CATCH_ALL_REF;
		uint32_t n = tag ? w64_cells_of(tag->type->nparams, tag->type->params) : 0;
		bool returns = cl.label == c->nctrls - 1;
		struct cctrl *t = returns ? NULL : ctrl_at(c, cl.label);
		uint32_t base = returns ? 0 : home(c, t->height);
		struct chandler *h = add_handler(c, scope, tag, n ? base : W64_NO_SLOT,
		                                 ref ? base + n : W64_NO_SLOT);
		if (!h || returns)
			continue;
		if (t->op == W64_OP_LOOP) {
			h->target = t->loop_start;
		} else {
			h->next = t->handler_chain;
			t->handler_chain = (size_t)(h - c->handlers);
			t->branched = true;
		}
	}
}

/* Legacy catch / catch_all: ends the try body (or the catch block before)
 * like `else` ends an if.  The catch block starts with the exception in
 * the block's first slot, hidden from the wasm code (rethrow reads it),
 * and the tag's values above it. */
static int compile_catch(struct compiler *c, const struct w64_instr *ins)
{
	struct cctrl *t = &c->ctrls[c->nctrls - 1];
	bool from_try = t->op == W64_OP_TRY;
	if (c->live) {
		if (from_try) {
			for (uint32_t k = 0; k < t->nresults; k++)
				materialize(c, c->height - t->nresults + k);
		} else {
			move_top(c, t->nresults, home(c, t->height));
		}
		emit_op(c, IOP_JUMP);
		emit_forward(c, &t->end_chain);
		t->branched = true;
	}
	set_scope(c, t->outer_scope);
	t->op = ins->op;
	c->last_dst = NONE;
	/* Reachable when the try could throw: it was entered. */
	c->live = t->entry_live && t->scope != t->outer_scope;
	if (!c->live)
		return 0;
	const struct w64_tag_inst *tag = ins->op == W64_OP_CATCH ? c->inst->tags[ins->imm.index] : NULL;
	uint32_t n = tag ? tag->type->nparams : 0;
	struct chandler *h = add_handler(c, t->scope, tag, n ? home(c, t->height) + 1 : W64_NO_SLOT,
	                                 home(c, t->height));
	if (h)
		h->target = c->n;
	c->height = t->height;
	push(c); /* the exception */
	if (tag)
		push_types(c, n, tag->type->params);
	return 0;
}

static void compile_throw(struct compiler *c, const struct w64_tag_inst *tag)
{
	uint32_t n = tag->type->nparams;
	for (uint32_t k = c->height - n; k < c->height; k++)
		materialize(c, k);
	uint32_t argbase = home(c, c->height - n);
	c->height -= n;
	emit_op(c, IOP_THROW);
	emit_p(c, tag);
	emit_u(c, argbase);
	c->live = false;
}


static int compile_end(struct compiler *c)
{
	struct cctrl *t = &c->ctrls[c->nctrls - 1];
	if (t->op == W64_OP_CALL) {
		if (c->live)
			emit_return(c);
		c->nctrls--;
		return 0;
	}
	bool in_catch = t->op == W64_OP_CATCH || t->op == W64_OP_CATCH_ALL;
	if (c->live && in_catch) /* above the hidden exception: move down */
		move_top(c, t->nresults, home(c, t->height));
	else if (c->live)
		for (uint32_t k = 0; k < t->nresults; k++)
			materialize(c, c->height - t->nresults + k);
	set_scope(c, t->outer_scope);
	for (size_t h = t->handler_chain; h != NONE; h = c->handlers[h].next)
		c->handlers[h].target = c->n;
	bool live_after = c->live || t->branched;
	if (t->op == W64_OP_IF) {
		/* No else: the false path arrives here with the params. */
		live_after = live_after || t->entry_live;
		patch_chain(c, t->else_cell, c->n);
	}
	patch_chain(c, t->end_chain, c->n);
	c->last_dst = NONE;
	/* The stack as it is at the label: the values in their home slots. */
	c->height = t->height;
	c->live = live_after;
	if (live_after)
		push_block_values(c, t, true);
	c->nctrls--;
	return 0;
}

static int compile_else(struct compiler *c)
{
	struct cctrl *t = &c->ctrls[c->nctrls - 1];
	if (c->live) {
		for (uint32_t k = 0; k < t->nresults; k++)
			materialize(c, c->height - t->nresults + k);
		emit_op(c, IOP_JUMP);
		emit_forward(c, &t->end_chain);
		t->branched = true;
	}
	patch_chain(c, t->else_cell, c->n);
	t->else_cell = NONE;
	t->op = W64_OP_ELSE;
	c->last_dst = NONE;
	c->live = t->entry_live;
	if (c->live) {
		c->height = t->height;
		push_block_values(c, t, false);
	}
	return 0;
}

static unsigned last_wasm_op(const struct compiler *c, bool *imm);

/* Pops an i32 operand that is only read through its low 32 bits.  When
 * the instruction just emitted computed it with i32.wrap_i64 (clang's
 * switch on a 64-bit value: a wasm64 interpreter's dispatch loop), that
 * instruction is taken back and the i64 is returned: its low half is the
 * wrapped value. */
static uint32_t pop_low32(struct compiler *c)
{
	uint32_t pos = c->height - 1, v = c->stack[pos];
	bool imm;
	if (c->last_dst == NONE || v != home(c, pos) || c->code[c->last_dst].u != v ||
	    last_wasm_op(c, &imm) != W64_OP_I32_WRAP_I64)
		return pop(c);
	uint32_t src = (uint32_t)c->code[c->last_start + 1].u;
	c->n = c->last_start;
	c->last_dst = NONE;
	c->height--;
	return src;
}

static void compile_br_table(struct compiler *c, const struct w64_instr *ins)
{
	struct w64_error scratch;
	struct w64_reader r;
	uint32_t count = ins->imm.br_table.count;
	uint32_t idx = pop_low32(c); /* BR_TABLE reads (uint32_t)R(1) */

	w64_error_clear(&scratch);
	w64_reader_init(&r, c->m->bytes, c->m->len, &scratch);
	r.pos = ins->imm.br_table.offset;

	emit_op(c, IOP_BR_TABLE);
	emit_u(c, idx);
	emit_u(c, count);
	size_t first = c->n;
	for (uint32_t i = 0; i <= count; i++)
		emit_u(c, 0);
	/* Targets needing value moves get one stub each, after the table;
	 * stubs are shared by entries with the same label. */
	size_t *stub = calloc(c->nctrls, sizeof *stub);
	if (!stub) {
		c->oom = true;
		return;
	}
	for (uint32_t i = 0; i < c->nctrls; i++)
		stub[i] = NONE;
	for (uint32_t i = 0; i <= count && !c->oom; i++) {
		uint32_t depth;
		if (!w64_br_table_next(&r, &depth))
			break;
		size_t cell = first + i;
		add_reloc(c, cell);
		if (branch_is_plain(c, depth)) {
			struct cctrl *t = ctrl_at(c, depth);
			if (t->op == W64_OP_LOOP) {
				c->code[cell].u = t->loop_start;
			} else {
				c->code[cell].u = t->end_chain;
				t->end_chain = cell;
				t->branched = true;
			}
			continue;
		}
		if (stub[depth] == NONE) {
			stub[depth] = c->n;
			emit_branch(c, depth);
		}
		c->code[cell].u = stub[depth];
	}
	free(stub);
}

/* --- instructions -------------------------------------------------------- */

static void compile_call(struct compiler *c, struct w64_func_inst *callee, bool tail)
{
	uint32_t np = callee->type->nparams, nr = callee->type->nresults;
	for (uint32_t k = c->height - np; k < c->height; k++)
		materialize(c, k);
	if (tail) {
		move_top(c, np, 0);
		emit_op(c, callee->host ? IOP_CALL_HOST : IOP_RETURN_CALL);
		emit_p(c, callee);
		if (callee->host) {
			/* A host tail call: call it on slots 0.., then return. */
			emit_u(c, 0);
			c->height -= np;
			emit_op(c, IOP_RETURN);
		}
		c->live = false;
		return;
	}
	uint32_t argbase = home(c, c->height - np);
	c->height -= np;
	emit_op(c, callee->host ? IOP_CALL_HOST : IOP_CALL);
	emit_p(c, callee);
	emit_u(c, argbase);
	push_types(c, nr, callee->type->results);
}

static void compile_call_indirect(struct compiler *c, const struct w64_instr *ins, bool tail)
{
	const struct w64_functype *t = &c->m->types[ins->imm.call_indirect.type];
	uint32_t type_id = c->inst->type_ids[ins->imm.call_indirect.type];
	materialize(c, c->height - 1);
	uint32_t idx = pop(c);
	uint32_t np = t->nparams, nr = t->nresults;
	for (uint32_t k = c->height - np; k < c->height; k++)
		materialize(c, k);
	struct w64_table_inst *tab = c->inst->tables[ins->imm.call_indirect.table];
	if (tail) {
		/* The index lives above the arguments: it survives their move. */
		move_top(c, np, 0);
		emit_op(c, IOP_RETURN_CALL_INDIRECT);
		emit_p(c, tab);
		emit_u(c, type_id);
		emit_u(c, idx);
		c->live = false;
		return;
	}
	uint32_t argbase = home(c, c->height - np);
	c->height -= np;
	emit_op(c, IOP_CALL_INDIRECT);
	emit_p(c, tab);
	emit_u(c, type_id);
	emit_u(c, idx);
	emit_u(c, argbase);
	push_types(c, nr, t->results);
}

/* call_ref: the callee is a reference on top of the arguments. */
static void compile_call_ref(struct compiler *c, const struct w64_instr *ins, bool tail)
{
	const struct w64_functype *t = &c->m->types[ins->imm.index];
	materialize(c, c->height - 1);
	uint32_t ref = pop(c);
	uint32_t np = t->nparams, nr = t->nresults;
	for (uint32_t k = c->height - np; k < c->height; k++)
		materialize(c, k);
	if (tail) {
		move_top(c, np, 0);
		emit_op(c, IOP_RETURN_CALL_REF);
		emit_u(c, ref);
		c->live = false;
		return;
	}
	uint32_t argbase = home(c, c->height - np);
	c->height -= np;
	emit_op(c, IOP_CALL_REF);
	emit_u(c, ref);
	emit_u(c, argbase);
	push_types(c, nr, t->results);
}

/* br_on_null / br_on_non_null: a conditional branch on a reference.  The
 * null branch leaves the reference behind; the non-null one carries it. */
static void compile_br_on(struct compiler *c, const struct w64_instr *ins)
{
	uint32_t depth = ins->imm.index;
	bool on_null = ins->op == W64_OP_BR_ON_NULL;
	materialize(c, c->height - 1);
	uint32_t ref = c->stack[c->height - 1];
	if (on_null)
		c->height--; /* the branch does not carry the reference */
	if (branch_is_plain(c, depth)) {
		struct cctrl *t = ctrl_at(c, depth);
		emit_op(c, on_null ? IOP_BR_NULL : IOP_BR_NONNULL);
		emit_u(c, ref);
		if (t->op == W64_OP_LOOP) {
			emit_target(c, t->loop_start);
		} else {
			emit_forward(c, &t->end_chain);
			t->branched = true;
		}
	} else {
		size_t skip = NONE;
		emit_op(c, on_null ? IOP_BR_NONNULL : IOP_BR_NULL);
		emit_u(c, ref);
		emit_forward(c, &skip);
		emit_branch(c, depth);
		patch_chain(c, skip, c->n);
	}
	if (on_null)
		push_entry(c, ref, 1); /* falls through with the (non-null) reference */
	else
		c->height--;          /* falls through without it */
}

/* x: the local's first slot; w: its width. */
static void compile_local_set(struct compiler *c, uint32_t x, uint32_t w, bool tee)
{
	uint32_t pos = c->height - 1;
	uint32_t src = c->stack[pos];
	c->height--;
	bool others = refers_to(c, x);
	c->height++;
	/* Retarget the producing instruction when nothing else reads x. */
	if (c->last_dst != NONE && src == home(c, pos) && c->code[c->last_dst].u == src && !others) {
		c->code[c->last_dst].u = x;
		c->last_dst = NONE;
		if (tee)
			c->stack[pos] = x;
		else
			c->height--;
		return;
	}
	if (src == x) {
		if (!tee)
			c->height--;
		return;
	}
	c->height--;
	materialize_local(c, x);
	emit_copy(c, src, x, w);
	if (tee)
		push_entry(c, src, w);
}

/* Integer operators with an immediate form. */
static const uint16_t imm_form[W64_OP_COUNT] = {
#define F(name) [W64_OP_##name] = IOP_IMM_##name,
	W64_INT_IMM_OPS(F)
#undef F
};

/* The wasm operator of the instruction just emitted, seeing through the
 * immediate forms (*imm says which). */
static unsigned last_wasm_op(const struct compiler *c, bool *imm)
{
	*imm = false;
	for (unsigned k = 0; k < W64_OP_COUNT && c->last_iop >= IOP_FIRST; k++)
		if (imm_form[k] == c->last_iop) {
			*imm = true;
			return k;
		}
	return c->last_iop;
}

/* A load or store on memory 0 whose address is the sum the instruction
 * just emitted computed (an add of the memory's index type, result on the
 * stack and read by nothing else): the add is taken back and the access
 * adds (IOP_MEMA, IOP_MEMAI), wrapping as the add would.  A store's value
 * must already sit somewhere: a constant would be written into the slot
 * where the add's second operand may still be. */
static bool fuse_address(struct compiler *c, const struct w64_instr *ins, bool store,
                         uint64_t end)
{
	uint32_t pos = c->height - (store ? 2 : 1);
	uint32_t addr = c->stack[pos];
	if (c->last_dst == NONE || addr != home(c, pos) || c->code[c->last_dst].u != addr ||
	    (store && is_const(c->stack[pos + 1])))
		return false;
	bool is64 = c->inst->mem0->is64, imm;
	unsigned op = last_wasm_op(c, &imm);
	if (op != (is64 ? W64_OP_I64_ADD : W64_OP_I32_ADD))
		return false;
	uint64_t a = c->code[c->last_start + 1].u, b = c->code[c->last_start + 2].u;
	c->n = c->last_start;
	uint32_t val = store ? pop(c) : 0;
	c->height--; /* the address */
	emit_op(c, (imm ? IOP_MEMAI : IOP_MEMA) + (ins->op - W64_OP_I32_LOAD));
	emit_u(c, a);
	emit_u(c, b);
	emit_u(c, is64 ? UINT64_MAX : UINT32_MAX);
	emit_u(c, end);
	if (store) {
		emit_u(c, val);
		return true;
	}
	uint32_t dst = push(c);
	size_t cell = c->n;
	emit_u(c, dst);
	produced(c, cell);
	return true;
}

static void emit_mem_op(struct compiler *c, const struct w64_instr *ins)
{
	uint32_t mem = ins->imm.memarg.mem;
	const struct w64_opinfo *info = &w64_opinfo[ins->op];
	bool store = info->out == W64_SIG_NONE;
	unsigned op = mem == 0 ? ins->op : IOP_MEMX + (ins->op - W64_OP_I32_LOAD);
	uint64_t addr_const, ea, end;
	/* The code holds offset + size (see MEM_AT in interp.c).  When that
	 * wraps, the access can only trap. */
	if (__builtin_add_overflow(ins->imm.memarg.offset, (uint64_t)1 << info->align, &end)) {
		c->height -= store ? 2 : 1;
		emit_op(c, IOP_TRAP);
		emit_p(c, "out of bounds memory access");
		c->live = false;
		return;
	}
	/* A constant address on memory 0: fold address + end now (if that
	 * wraps, keep the general form, which traps). */
	if (mem == 0 && peek_const(c, store ? 1 : 0, &addr_const) &&
	    !__builtin_add_overflow(addr_const, end, &ea)) {
		unsigned iop = IOP_MEMI + (ins->op - W64_OP_I32_LOAD);
		if (store) {
			uint32_t val = pop(c);
			c->height--;
			emit_op(c, iop);
			emit_u(c, ea);
			emit_u(c, val);
			return;
		}
		c->height--;
		uint32_t dst = push(c);
		emit_op(c, iop);
		emit_u(c, ea);
		size_t cell = c->n;
		emit_u(c, dst);
		produced(c, cell);
		return;
	}
	if (mem == 0 && fuse_address(c, ins, store, end))
		return;
	if (store) {
		uint32_t val = pop(c), addr = pop(c);
		emit_op(c, op);
		if (mem)
			emit_p(c, c->inst->memories[mem]);
		emit_u(c, addr);
		emit_u(c, val);
		emit_u(c, end);
		return;
	}
	uint32_t addr = pop(c);
	uint32_t dst = push(c);
	emit_op(c, op);
	if (mem)
		emit_p(c, c->inst->memories[mem]);
	emit_u(c, addr);
	emit_u(c, end);
	size_t cell = c->n;
	emit_u(c, dst);
	produced(c, cell);
}

/* An instruction with operand slots (popped, deepest first) after `pre`
 * immediate cells, and an optional result. */
static void emit_slots(struct compiler *c, unsigned op, const void *pre0, const void *pre1,
                       unsigned npre, unsigned nin, bool result)
{
	uint32_t in[3];
	for (unsigned k = nin; k-- > 0;)
		in[k] = pop(c);
	uint32_t dst = result ? push(c) : 0;
	emit_op(c, op);
	if (npre > 0)
		emit_p(c, pre0);
	if (npre > 1)
		emit_p(c, pre1);
	for (unsigned k = 0; k < nin; k++)
		emit_u(c, in[k]);
	if (result) {
		size_t cell = c->n;
		emit_u(c, dst);
		produced(c, cell);
	}
}

/* A constant: deferred (see struct compiler). */
static void emit_const(struct compiler *c, uint64_t v)
{
	if (!grow((void **)&c->consts, &c->consts_cap, c->nconsts + 1, sizeof *c->consts) ||
	    c->nconsts >= CONST_BIT) {
		c->oom = true;
		return;
	}
	c->consts[c->nconsts] = v;
	push_entry(c, CONST_BIT | (uint32_t)c->nconsts++, 1);
}

/* Which integer operators commute. */
static bool commutes(unsigned op)
{
	switch (op) {
	case W64_OP_I32_ADD: case W64_OP_I32_MUL: case W64_OP_I32_AND: case W64_OP_I32_OR:
	case W64_OP_I32_XOR: case W64_OP_I32_EQ: case W64_OP_I32_NE:
	case W64_OP_I64_ADD: case W64_OP_I64_MUL: case W64_OP_I64_AND: case W64_OP_I64_OR:
	case W64_OP_I64_XOR: case W64_OP_I64_EQ: case W64_OP_I64_NE:
		return true;
	default:
		return false;
	}
}

/* A binary integer operator whose second (or, if it commutes, first)
 * operand is a deferred constant: [a][imm][dst].  False if not so. */
static bool emit_imm_binop(struct compiler *c, unsigned op)
{
	uint64_t v;
	uint32_t a;
	if (!imm_form[op])
		return false;
	if (peek_const(c, 0, &v)) {
		c->height--;
		a = pop(c);
	} else if (commutes(op) && peek_const(c, 1, &v)) {
		a = pop(c);
		c->height--;
	} else {
		return false;
	}
	uint32_t dst = push(c);
	emit_op(c, imm_form[op]);
	emit_u(c, a);
	emit_u(c, v);
	size_t cell = c->n;
	emit_u(c, dst);
	produced(c, cell);
	return true;
}

/* The comparison that is true exactly when each one is false. */
static const uint16_t inverse[W64_OP_COUNT] = {
	[W64_OP_I32_EQ] = W64_OP_I32_NE, [W64_OP_I32_NE] = W64_OP_I32_EQ,
	[W64_OP_I32_LT_S] = W64_OP_I32_GE_S, [W64_OP_I32_GE_S] = W64_OP_I32_LT_S,
	[W64_OP_I32_LT_U] = W64_OP_I32_GE_U, [W64_OP_I32_GE_U] = W64_OP_I32_LT_U,
	[W64_OP_I32_GT_S] = W64_OP_I32_LE_S, [W64_OP_I32_LE_S] = W64_OP_I32_GT_S,
	[W64_OP_I32_GT_U] = W64_OP_I32_LE_U, [W64_OP_I32_LE_U] = W64_OP_I32_GT_U,
	[W64_OP_I64_EQ] = W64_OP_I64_NE, [W64_OP_I64_NE] = W64_OP_I64_EQ,
	[W64_OP_I64_LT_S] = W64_OP_I64_GE_S, [W64_OP_I64_GE_S] = W64_OP_I64_LT_S,
	[W64_OP_I64_LT_U] = W64_OP_I64_GE_U, [W64_OP_I64_GE_U] = W64_OP_I64_LT_U,
	[W64_OP_I64_GT_S] = W64_OP_I64_LE_S, [W64_OP_I64_LE_S] = W64_OP_I64_GT_S,
	[W64_OP_I64_GT_U] = W64_OP_I64_LE_U, [W64_OP_I64_LE_U] = W64_OP_I64_GT_U,
};

/* i32.eqz of the comparison (or eqz) just emitted, whose result is the
 * top of the stack: the comparison is inverted instead (eqz becomes
 * "!= 0"), so that a branch on the result still fuses with it.  Clang's
 * wasm64 code tests pointers and sizes this way (i64.eqz, i32.eqz,
 * br_if).  False when there is no such comparison. */
static bool invert_last_compare(struct compiler *c)
{
	if (c->height == 0 || c->last_dst == NONE)
		return false;
	uint32_t top = c->stack[c->height - 1];
	if (top != home(c, c->height - 1) || c->code[c->last_dst].u != top)
		return false;
	bool imm;
	unsigned op = last_wasm_op(c, &imm);
	if (op == W64_OP_I32_EQZ || op == W64_OP_I64_EQZ) {
		uint64_t a = c->code[c->last_start + 1].u;
		c->n = c->last_start;
		emit_op(c, imm_form[op == W64_OP_I64_EQZ ? W64_OP_I64_NE : W64_OP_I32_NE]);
		emit_u(c, a);
		emit_u(c, 0);
		size_t cell = c->n;
		emit_u(c, top);
		produced(c, cell);
		return true;
	}
	if (op >= W64_OP_COUNT || !inverse[op])
		return false;
	unsigned to = imm ? imm_form[inverse[op]] : inverse[op];
	c->code[c->last_start].op = c->h[to];
	c->last_iop = to;
	return true;
}

/* Branch fusion: when the condition of a branch is the result of the
 * instruction just emitted, and that is an integer comparison (or eqz),
 * the two become one branching instruction.  `negate` asks for the branch
 * to be taken when the condition is false.  Returns the fused opcode and
 * rewinds the code to the comparison's start, with its operands in a, b
 * (b unused for eqz); 0 when there is nothing to fuse. */
static unsigned fuse_condition(struct compiler *c, uint32_t cond, bool negate, uint64_t *a,
                               uint64_t *b)
{
	static const uint16_t branch[W64_OP_COUNT] = {
#define F(name) [W64_OP_##name] = IOP_BR_##name,
		W64_INT_CMPS(F)
#undef F
	};
	static const uint16_t branch_imm[W64_OP_COUNT] = {
#define F(name) [W64_OP_##name] = IOP_BRI_##name,
		W64_INT_CMPS(F)
#undef F
	};
	if (c->last_dst == NONE || c->code[c->last_dst].u != cond || cond != home(c, c->height))
		return 0;
	bool imm;
	unsigned op = last_wasm_op(c, &imm), fused;
	if (op == W64_OP_I32_EQZ || op == W64_OP_I64_EQZ) {
		bool wide = op == W64_OP_I64_EQZ;
		fused = negate ? (wide ? IOP_BR_NONNULL : IOP_BR_IF) : (wide ? IOP_BR_NULL : IOP_BR_UNLESS);
	} else if (op < W64_OP_COUNT && branch[op]) {
		unsigned cmp = negate ? inverse[op] : op;
		fused = imm ? branch_imm[cmp] : branch[cmp];
	} else {
		return 0;
	}
	*a = c->code[c->last_start + 1].u;
	*b = c->code[c->last_start + 2].u;
	c->n = c->last_start;
	c->last_dst = NONE;
	return fused;
}

/* Emits the conditional branch on `cond` (taken when it is true, or
 * false when `negate`) that fuse_condition chose, or the plain one when
 * `fused` is 0; the target cell comes next. */
static void emit_branch_op(struct compiler *c, unsigned fused, uint32_t cond, bool negate,
                           uint64_t a, uint64_t b)
{
	if (!fused) {
		emit_op(c, negate ? IOP_BR_UNLESS : IOP_BR_IF);
		emit_u(c, cond);
		return;
	}
	emit_op(c, fused);
	emit_u(c, a);
	if (fused != IOP_BR_IF && fused != IOP_BR_UNLESS && fused != IOP_BR_NULL &&
	    fused != IOP_BR_NONNULL)
		emit_u(c, b);
}

static void emit_cond_branch(struct compiler *c, uint32_t cond, bool negate)
{
	uint64_t a = 0, b = 0;
	unsigned fused = fuse_condition(c, cond, negate, &a, &b);
	emit_branch_op(c, fused, cond, negate, a, b);
}

static unsigned count_inputs(const struct w64_opinfo *info)
{
	unsigned n = 0;
	while (n < 3 && info->in[n] != W64_SIG_NONE)
		n++;
	return n;
}

/* Atomics run in w64_atomic (threads.c):
 * [IOP_ATOMIC][mem][wasm op][offset][addr][operands...][dst].  A fence
 * has no operands and may come in a module without a memory: it takes
 * the same shape, with memory 0 (or the empty one) and slot 0 for an
 * address that w64_atomic never reads. */
static void compile_atomic(struct compiler *c, const struct w64_instr *ins)
{
	const struct w64_opinfo *info = &w64_opinfo[ins->op];
	if (ins->op == W64_OP_ATOMIC_FENCE) {
		emit_op(c, IOP_ATOMIC);
		emit_p(c, c->inst->mem0);
		emit_u(c, ins->op);
		emit_u(c, 0);
		emit_u(c, 0);
		return;
	}
	uint32_t in[3];
	unsigned nin = count_inputs(info);
	for (unsigned k = nin; k-- > 0;)
		in[k] = pop(c);
	uint32_t dst = info->out != W64_SIG_NONE ? push(c) : 0;
	emit_op(c, IOP_ATOMIC);
	emit_p(c, c->inst->memories[ins->imm.memarg.mem]);
	emit_u(c, ins->op);
	emit_u(c, ins->imm.memarg.offset);
	for (unsigned k = 0; k < nin; k++)
		emit_u(c, in[k]);
	if (info->out != W64_SIG_NONE) {
		size_t cell = c->n;
		emit_u(c, dst);
		produced(c, cell);
	}
}

/* global.get / global.set of a v128 global: two cells. */
static void compile_v128_global(struct compiler *c, const struct w64_global_inst *g, bool get)
{
	if (get) {
		uint32_t dst = push_w(c, 2);
		emit_op(c, IOP_GLOBAL_GET2);
		emit_p(c, g->value);
		size_t cell = c->n;
		emit_u(c, dst);
		produced(c, cell);
		return;
	}
	uint32_t src = pop(c);
	emit_op(c, IOP_GLOBAL_SET2);
	emit_p(c, g->value);
	emit_u(c, src);
}

/* SIMD and relaxed SIMD: each instruction is its own handler (interp.c),
 * [op][memory][operands...][immediates...][dst]: the memory only for the
 * loads and stores, the operands' slots deepest first, then
 *   MEMARG       offset + access size ("end", as for scalar accesses)
 *   MEMARG_LANE  end, lane
 *   LANE         lane
 *   V128/SHUFFLE the 16 immediate bytes in two cells
 * and the result's slot(s) last, if it has one. */
static void compile_simd(struct compiler *c, const struct w64_instr *ins)
{
	const struct w64_opinfo *info = &w64_opinfo[ins->op];
	bool mem = info->imm == W64_IMM_MEMARG || info->imm == W64_IMM_MEMARG_LANE;
	bool result = info->out != W64_SIG_NONE;
	unsigned nin = count_inputs(info);
	uint64_t end = 0;
	if (mem && __builtin_add_overflow(ins->imm.memarg.offset, (uint64_t)1 << info->align, &end)) {
		/* offset + size wraps: the access can only trap */
		c->height -= nin;
		emit_op(c, IOP_TRAP);
		emit_p(c, "out of bounds memory access");
		c->live = false;
		return;
	}
	uint32_t in[3];
	for (unsigned k = nin; k-- > 0;)
		in[k] = pop(c);
	uint32_t dst = result ? push_w(c, info->out == W64_SIG_V128 ? 2 : 1) : 0;
	emit_op(c, ins->op);
	if (mem)
		emit_p(c, c->inst->memories[ins->imm.memarg.mem]);
	for (unsigned k = 0; k < nin; k++)
		emit_u(c, in[k]);
	uint64_t bytes[2];
	switch (info->imm) {
	case W64_IMM_MEMARG:
		emit_u(c, end);
		break;
	case W64_IMM_MEMARG_LANE:
		emit_u(c, end);
		emit_u(c, ins->lane);
		break;
	case W64_IMM_LANE:
		emit_u(c, ins->lane);
		break;
	case W64_IMM_V128:
	case W64_IMM_SHUFFLE:
		memcpy(bytes, ins->imm.v128, 16);
		emit_u(c, bytes[0]);
		emit_u(c, bytes[1]);
		break;
	default:
		break;
	}
	if (result) {
		size_t cell = c->n;
		emit_u(c, dst);
		produced(c, cell);
	}
}

static int compile_instr(struct compiler *c, const struct w64_instr *ins)
{
	const struct w64_instance *inst = c->inst;
	uint16_t op = ins->op;

	switch (op) { /* where control can leave the straight line */
	case W64_OP_IF: case W64_OP_ELSE: case W64_OP_BR: case W64_OP_BR_IF:
	case W64_OP_BR_TABLE: case W64_OP_RETURN: case W64_OP_BR_ON_NULL:
	case W64_OP_BR_ON_NON_NULL:
	/* Inside a try, any call or throw may jump to a handler, which may
	 * read a local the straight line writes later. */
	case W64_OP_TRY: case W64_OP_TRY_TABLE:
		c->straight = false;
	}

	/* Structure is tracked in dead code too; nothing is emitted. */
	switch (op) {
	case W64_OP_BLOCK:
	case W64_OP_LOOP:
	case W64_OP_IF:
	case W64_OP_TRY:
	case W64_OP_TRY_TABLE: {
		uint32_t cond = 0;
		uint64_t a = 0, b = 0;
		unsigned fused = 0;
		/* The comparison feeding an `if` is fused before the block's
		 * values are materialized: the moves only write slots below it. */
		if (c->live && op == W64_OP_IF) {
			cond = pop(c);
			fused = fuse_condition(c, cond, true, &a, &b);
		}
		if (c->live)
			materialize_all(c);
		int32_t scope = c->scope;
		if (c->live && (op == W64_OP_TRY || op == W64_OP_TRY_TABLE))
			scope = new_scope(c, c->scope);
		if (c->live && op == W64_OP_TRY_TABLE)
			add_catch_clauses(c, ins, scope);
		if (push_ctrl(c, ins) < 0)
			return -1;
		struct cctrl *t = &c->ctrls[c->nctrls - 1];
		c->last_dst = NONE;
		t->scope = scope;
		set_scope(c, scope);
		if (op == W64_OP_LOOP)
			t->loop_start = c->n;
		if (op == W64_OP_LOOP && c->live && c->s->limited)
			emit_op(c, IOP_TICK);
		if (op == W64_OP_IF && c->live) {
			emit_branch_op(c, fused, cond, true, a, b);
			emit_forward(c, &t->else_cell);
		}
		return 0;
	}
	case W64_OP_ELSE:
		return compile_else(c);
	case W64_OP_END:
		return compile_end(c);
	case W64_OP_CATCH:
	case W64_OP_CATCH_ALL:
		return compile_catch(c, ins);
	case W64_OP_DELEGATE: {
		/* The try's exceptions go where those thrown right inside the
		 * label's block go (the label is counted outside the try). */
		struct cctrl *t = &c->ctrls[c->nctrls - 1];
		if (t->scope != t->outer_scope)
			c->scope_parent[t->scope] = inner_scope(ctrl_at(c, ins->imm.index + 1));
		return compile_end(c);
	}
	}
	if (!c->live)
		return 0;

	switch (op) {
	case W64_OP_UNREACHABLE:
		emit_op(c, W64_OP_UNREACHABLE);
		c->live = false;
		return 0;
	case W64_OP_NOP:
		return 0;
	case W64_OP_THROW:
		compile_throw(c, inst->tags[ins->imm.index]);
		return 0;
	case W64_OP_THROW_REF:
	case W64_OP_RETHROW: {
		/* rethrow: the exception its catch block keeps in its first slot */
		uint32_t exn = op == W64_OP_THROW_REF ? pop(c)
		                                      : home(c, ctrl_at(c, ins->imm.index)->height);
		emit_op(c, IOP_THROW_REF);
		emit_u(c, exn);
		c->live = false;
		return 0;
	}
	case W64_OP_BR:
		emit_branch(c, ins->imm.index);
		c->live = false;
		return 0;
	case W64_OP_BR_IF: {
		uint32_t cond = pop(c);
		if (branch_is_plain(c, ins->imm.index)) {
			struct cctrl *t = ctrl_at(c, ins->imm.index);
			emit_cond_branch(c, cond, false);
			if (t->op == W64_OP_LOOP) {
				emit_target(c, t->loop_start);
			} else {
				emit_forward(c, &t->end_chain);
				t->branched = true;
			}
			return 0;
		}
		/* Values must move: only on the taken path, since the moves may
		 * overwrite slots the fall-through path still reads. */
		size_t skip = NONE;
		emit_cond_branch(c, cond, true);
		emit_forward(c, &skip);
		emit_branch(c, ins->imm.index);
		patch_chain(c, skip, c->n);
		return 0;
	}
	case W64_OP_BR_TABLE:
		compile_br_table(c, ins);
		c->live = false;
		return 0;
	case W64_OP_RETURN:
		emit_return(c);
		c->live = false;
		return 0;
	case W64_OP_CALL:
	case W64_OP_RETURN_CALL:
		compile_call(c, inst->funcs[ins->imm.index], op == W64_OP_RETURN_CALL);
		return 0;
	case W64_OP_CALL_INDIRECT:
	case W64_OP_RETURN_CALL_INDIRECT:
		compile_call_indirect(c, ins, op == W64_OP_RETURN_CALL_INDIRECT);
		return 0;
	case W64_OP_DROP:
		c->height--;
		return 0;
	case W64_OP_SELECT:
	case W64_OP_SELECT_T: {
		uint32_t cond = pop(c), w = width(c, c->height - 1), b = pop(c), a = pop(c);
		uint32_t dst = push_w(c, w);
		emit_op(c, w == 2 ? IOP_SELECT2 : IOP_SELECT);
		emit_u(c, cond);
		emit_u(c, a);
		emit_u(c, b);
		size_t cell = c->n;
		emit_u(c, dst);
		produced(c, cell);
		return 0;
	}
	case W64_OP_LOCAL_GET:
		note_local(c, ins->imm.index, false);
		push_entry(c, c->local_slot[ins->imm.index], w64_cells(c->local_type[ins->imm.index]));
		return 0;
	case W64_OP_LOCAL_SET:
	case W64_OP_LOCAL_TEE:
		note_local(c, ins->imm.index, true);
		compile_local_set(c, c->local_slot[ins->imm.index],
		                  w64_cells(c->local_type[ins->imm.index]), op == W64_OP_LOCAL_TEE);
		return 0;
	case W64_OP_GLOBAL_GET:
	case W64_OP_GLOBAL_SET: {
		const struct w64_global_inst *g = inst->globals[ins->imm.index];
		if (g->type == W64_V128)
			compile_v128_global(c, g, op == W64_OP_GLOBAL_GET);
		else if (op == W64_OP_GLOBAL_GET)
			emit_slots(c, IOP_GLOBAL_GET, g->value, NULL, 1, 0, true);
		else
			emit_slots(c, IOP_GLOBAL_SET, g->value, NULL, 1, 1, false);
		return 0;
	}
	case W64_OP_I32_CONST:
		emit_const(c, ins->imm.i32);
		return 0;
	case W64_OP_I64_CONST:
		emit_const(c, ins->imm.i64);
		return 0;
	case W64_OP_F32_CONST:
		emit_const(c, ins->imm.f32);
		return 0;
	case W64_OP_F64_CONST:
		emit_const(c, ins->imm.f64);
		return 0;
	case W64_OP_REF_NULL:
		emit_const(c, 0);
		return 0;
	case W64_OP_REF_AS_NON_NULL:
		emit_slots(c, op, NULL, NULL, 0, 1, true);
		return 0;
	case W64_OP_CALL_REF:
	case W64_OP_RETURN_CALL_REF:
		compile_call_ref(c, ins, op == W64_OP_RETURN_CALL_REF);
		return 0;
	case W64_OP_BR_ON_NULL:
	case W64_OP_BR_ON_NON_NULL:
		compile_br_on(c, ins);
		return 0;
	case W64_OP_REF_FUNC:
		emit_const(c, (uintptr_t)inst->funcs[ins->imm.index]);
		return 0;
	case W64_OP_MEMORY_SIZE:
		emit_slots(c, op, inst->memories[ins->imm.index], NULL, 1, 0, true);
		return 0;
	case W64_OP_MEMORY_GROW:
		emit_slots(c, op, inst->memories[ins->imm.index], NULL, 1, 1, true);
		return 0;
	case W64_OP_MEMORY_FILL:
		emit_slots(c, op, inst->memories[ins->imm.index], NULL, 1, 3, false);
		return 0;
	case W64_OP_MEMORY_COPY:
		emit_slots(c, op, inst->memories[ins->imm.pair.dst], inst->memories[ins->imm.pair.src],
		           2, 3, false);
		return 0;
	case W64_OP_MEMORY_INIT:
		emit_slots(c, op, inst->memories[ins->imm.init.dst], (void *)(uintptr_t)ins->imm.init.seg,
		           2, 3, false);
		return 0;
	case W64_OP_DATA_DROP:
	case W64_OP_ELEM_DROP:
		emit_slots(c, op, (void *)(uintptr_t)ins->imm.index, NULL, 1, 0, false);
		return 0;
	case W64_OP_TABLE_GET:
		emit_slots(c, op, inst->tables[ins->imm.index], NULL, 1, 1, true);
		return 0;
	case W64_OP_TABLE_SET:
		emit_slots(c, op, inst->tables[ins->imm.index], NULL, 1, 2, false);
		return 0;
	case W64_OP_TABLE_SIZE:
		emit_slots(c, op, inst->tables[ins->imm.index], NULL, 1, 0, true);
		return 0;
	case W64_OP_TABLE_GROW:
		emit_slots(c, op, inst->tables[ins->imm.index], NULL, 1, 2, true);
		return 0;
	case W64_OP_TABLE_FILL:
		emit_slots(c, op, inst->tables[ins->imm.index], NULL, 1, 3, false);
		return 0;
	case W64_OP_TABLE_COPY:
		emit_slots(c, op, inst->tables[ins->imm.pair.dst], inst->tables[ins->imm.pair.src],
		           2, 3, false);
		return 0;
	case W64_OP_TABLE_INIT:
		emit_slots(c, op, inst->tables[ins->imm.init.dst], (void *)(uintptr_t)ins->imm.init.seg,
		           2, 3, false);
		return 0;
	case W64_OP_REF_IS_NULL:
		emit_slots(c, op, NULL, NULL, 0, 1, true);
		return 0;
	}

	const struct w64_opinfo *info = &w64_opinfo[op];
	if (op >= W64_OP_FIRST_ATOMIC) {
		compile_atomic(c, ins);
		return 0;
	}
	if (op >= W64_OP_FIRST_SIMD) {
		compile_simd(c, ins);
		return 0;
	}
	if (info->imm == W64_IMM_MEMARG) {
		emit_mem_op(c, ins);
		return 0;
	}
	if (info->in[0] == W64_SIG_SPECIAL || info->imm != W64_IMM_NONE || !c->h[op])
		return w64_error_set(c->err, ins->offset, "%s is not supported by the interpreter",
		                     info->text);
	if (op == W64_OP_I32_EQZ && invert_last_compare(c))
		return 0;
	if (emit_imm_binop(c, op))
		return 0;
	emit_slots(c, op, NULL, NULL, 0, count_inputs(info), info->out != W64_SIG_NONE);
	return 0;
}

/* The internal code of a function, one instruction per line: a debugging
 * aid for interpreter work (WASM64_DUMP_CODE=1 wasm64-run ...). */
static void dump_code(const struct compiler *c)
{
	const void *const *h = c->h;
	const struct w64_name *name = w64_func_name(c->m, c->f->index);
	fprintf(stderr, "func %u %.*s: %u slots\n", c->f->index, name ? (int)name->len : 0,
	        name ? (const char *)name->bytes : "", c->f->code->frame_slots);
	for (size_t i = 0; i < c->nstarts; i++) {
		size_t at = c->starts[i], end = i + 1 < c->nstarts ? c->starts[i + 1] : c->n;
		/* Several wasm operators share an internal instruction's handler
		 * (the reinterprets are COPY): name the internal one. */
		unsigned op = IOP_FIRST;
		while (op < IOP_COUNT && h[op] != c->code[at].op)
			op++;
		if (op == IOP_COUNT)
			for (op = 0; op < IOP_FIRST && h[op] != c->code[at].op; op++)
				;
		fprintf(stderr, "  %5zu  %-22s", at, w64_iop_name(op));
		for (size_t k = at + 1; k < end; k++)
			fprintf(stderr, " %llu", (unsigned long long)c->code[k].u);
		fputc('\n', stderr);
	}
}

int w64_check_runnable(const struct w64_module *m, const struct w64_uses *uses,
                       struct w64_error *err)
{
	(void)m;
	(void)uses;
	(void)err;
	return 0;
}

int w64_validate_runnable(const struct w64_module *m, struct w64_error *err)
{
	struct w64_uses uses;
	if (w64_validate_module_uses(m, err, &uses) < 0)
		return -1;
	return w64_check_runnable(m, &uses, err);
}

/* The handler tables in one allocation: regions, then the handlers
 * grouped by scope (in the order they were declared), then the scopes. */
static struct w64_eh *build_eh(const struct compiler *c)
{
	size_t size = sizeof(struct w64_eh) + c->nregions * sizeof(struct w64_region) +
	              c->nhandlers * sizeof(struct w64_handler) + c->nscopes * sizeof(struct w64_scope);
	_Static_assert(sizeof(struct w64_eh) % sizeof(void *) == 0 &&
	               sizeof(struct w64_region) % sizeof(void *) == 0 &&
	               sizeof(struct w64_handler) % sizeof(void *) == 0,
	               "struct w64_eh: the arrays after it must stay aligned");
	struct w64_eh *eh = calloc(1, size);
	if (!eh)
		return NULL;
	eh->nregions = (uint32_t)c->nregions;
	eh->regions = (struct w64_region *)(eh + 1);
	eh->handlers = (struct w64_handler *)(eh->regions + c->nregions);
	eh->scopes = (struct w64_scope *)(eh->handlers + c->nhandlers);
	memcpy(eh->regions, c->regions, c->nregions * sizeof *eh->regions);
	for (size_t i = 0; i < c->nhandlers; i++)
		eh->scopes[c->handlers[i].scope].count++;
	uint32_t first = 0;
	for (size_t k = 0; k < c->nscopes; k++) {
		eh->scopes[k].first = first;
		eh->scopes[k].parent = c->scope_parent[k];
		first += eh->scopes[k].count;
		eh->scopes[k].count = 0;
	}
	for (size_t i = 0; i < c->nhandlers; i++) {
		const struct chandler *h = &c->handlers[i];
		struct w64_scope *sc = &eh->scopes[h->scope];
		eh->handlers[sc->first + sc->count++] = (struct w64_handler){
			h->tag, h->target == NONE ? NULL : c->code + h->target, h->payload_dst, h->exn_dst};
	}
	return eh;
}

const struct w64_handler *w64_find_handler(const struct w64_code *code, const w64_cell *at,
                                           const struct w64_exn *exn)
{
	const struct w64_eh *eh = code->eh;
	if (!eh)
		return NULL;
	size_t pc = (size_t)(at - code->cells), lo = 0, hi = eh->nregions;
	while (lo < hi) { /* the last region starting at or before pc */
		size_t mid = lo + (hi - lo) / 2;
		if (eh->regions[mid].start <= pc)
			lo = mid + 1;
		else
			hi = mid;
	}
	int32_t scope = lo ? eh->regions[lo - 1].scope : W64_NO_SCOPE;
	for (; scope != W64_NO_SCOPE; scope = eh->scopes[scope].parent) {
		const struct w64_scope *sc = &eh->scopes[scope];
		for (uint32_t k = 0; k < sc->count; k++) {
			const struct w64_handler *h = &eh->handlers[sc->first + k];
			if (!h->tag || h->tag == exn->tag)
				return h;
		}
	}
	return NULL;
}

/* Each local's type and first slot (params first); c->nlocals: the slots
 * they take.  local_slot has one entry more: the end of the last. */
static int local_layout(struct compiler *c, const struct w64_func *fd)
{
	uint32_t np = c->f->type->nparams, n = np + fd->nlocals;
	w64_valtype *types = malloc(((size_t)n + 1) * sizeof *types);
	c->local_type = types;
	c->local_slot = malloc(((size_t)n + 1) * sizeof *c->local_slot);
	if (!types || !c->local_slot)
		return -1;
	memcpy(types, c->f->type->params, np * sizeof *types);
	uint32_t x = np;
	for (uint32_t g = 0; g < fd->nlocal_groups; g++)
		for (uint32_t k = 0; k < fd->local_groups[g].count; k++)
			types[x++] = fd->local_groups[g].type;
	uint32_t slot = 0;
	for (uint32_t i = 0; i < n; i++) {
		c->local_slot[i] = slot;
		slot += w64_cells(types[i]);
	}
	c->local_slot[n] = slot;
	c->nlocals = slot;
	return 0;
}

int w64_compile(struct w64_store *s, struct w64_func_inst *f, struct w64_error *err)
{
	const struct w64_module *m = f->inst->m;
	const struct w64_func *fd = &m->funcs[f->index];
	struct compiler c = {0};
	struct w64_reader r;
	struct w64_instr ins;
	int rc = 0;

	if (f->code)
		return 0;
	c.s = s;
	c.f = f;
	c.inst = f->inst;
	c.m = m;
	c.h = w64_handlers();
	c.err = err;
	c.live = true;
	c.last_dst = NONE;
	c.straight = true;
	if (local_layout(&c, fd) < 0)
		c.oom = true;
	/* The operand stack starts empty, its first home right above the locals. */
	c.stack_cap = 16;
	c.stack = malloc(c.stack_cap * sizeof *c.stack);
	c.base = malloc(c.stack_cap * sizeof *c.base);
	if (!c.stack || !c.base) {
		c.oom = true;
		c.stack_cap = 0;
	} else {
		c.base[0] = 0;
	}
	c.scope = W64_NO_SCOPE;
	c.local_init = calloc(fd->nlocals ? fd->nlocals : 1, 1);
	if (!c.local_init)
		c.oom = true;
	if (getenv("WASM64_DUMP_CODE")) {
		c.starts = malloc(64 * sizeof *c.starts);
		c.starts_cap = c.starts ? 64 : 0;
	}
	w64_error_clear(err);
	w64_reader_init(&r, m->bytes, fd->body_offset + fd->body_len, err);
	r.pos = fd->code_offset;

	emit_op(&c, IOP_ENTER);
	emit_u(&c, 0); /* frame size: patched below */
	emit_u(&c, 0); /* the locals to zero (ENTER_ZERO): patched below */
	emit_u(&c, 0);
	if (s->limited)
		emit_op(&c, IOP_TICK);
	struct w64_instr fn_block = {.op = W64_OP_CALL};
	rc = push_ctrl(&c, &fn_block);
	while (rc == 0 && c.nctrls > 0 && !c.oom) {
		if (!w64_read_instr(&r, &ins)) {
			rc = -1;
			break;
		}
		rc = compile_instr(&c, &ins);
	}
	if (rc == 0 && c.oom)
		rc = w64_error_set(err, fd->body_offset, "out of memory while compiling function %u",
		                   f->index);
	if (rc == 0) {
		c.code[1].u = (uint64_t)c.nlocals + c.max_height;
		uint32_t lo = fd->nlocals, hi = 0;
		for (uint32_t i = 0; i < fd->nlocals; i++)
			if (c.local_init[i] == LOCAL_ZERO) {
				lo = i < lo ? i : lo;
				hi = i + 1;
			}
		if (lo < hi) {
			uint32_t np = f->type->nparams;
			c.code[0].op = c.h[IOP_ENTER_ZERO];
			c.code[2].u = c.local_slot[np + lo];
			c.code[3].u = c.local_slot[np + hi] - c.local_slot[np + lo];
		}
		if (c.starts) /* before relocation: targets still print as indices */
			f->code = &(struct w64_code){c.code, c.n, (uint32_t)(c.nlocals + c.max_height), NULL},
			dump_code(&c), f->code = NULL;
		for (size_t i = 0; i < c.nrelocs; i++)
			c.code[c.relocs[i]].target = c.code + c.code[c.relocs[i]].u;
		struct w64_code *code = malloc(sizeof *code);
		struct w64_eh *eh = NULL;
		if (!code || (c.nscopes && !(eh = build_eh(&c)))) {
			free(code);
			rc = w64_error_set(err, fd->body_offset, "out of memory while compiling");
		} else {
			code->cells = c.code;
			code->ncells = c.n;
			code->frame_slots = c.nlocals + c.max_height;
			code->eh = eh;
			f->code = code;
			f->entry = code->cells;
			c.code = NULL;
		}
	}
	free(c.scope_parent);
	free(c.regions);
	free(c.handlers);
	free(c.code);
	free(c.local_init);
	free(c.starts);
	free(c.consts);
	free(c.relocs);
	free(c.stack);
	free(c.base);
	free(c.local_slot);
	free((void *)c.local_type);
	free(c.ctrls);
	return rc;
}
