/* Validation, following the algorithm in the spec's appendix: an operand
 * type stack and a control stack, with "unknown" (W64_ANY) operands in code
 * after an unconditional branch. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "w64/validate.h"
#include "instr_read.h"

void w64_validator_init(struct w64_validator *v)
{
	memset(v, 0, sizeof *v);
}

void w64_validator_release(struct w64_validator *v)
{
	free(v->locals);
	free(v->vals);
	free(v->ctrls);
	free(v->local_set);
	free(v->init_log);
	memset(v, 0, sizeof *v);
}

static int fail(struct w64_validator *v, size_t at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static int fail(struct w64_validator *v, size_t at, const char *fmt, ...)
{
	if (!v->err->set) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(v->err->msg, sizeof v->err->msg, fmt, ap);
		va_end(ap);
		v->err->offset = at;
		v->err->set = true;
	}
	return -1;
}

/* Grows *buf so it can hold `need` elements of `size` bytes. */
static int reserve(void **buf, uint32_t *cap, uint64_t need, size_t size)
{
	if (need <= *cap)
		return 0;
	uint64_t n = *cap ? *cap : 16;
	while (n < need)
		n *= 2;
	if (n > UINT32_MAX)
		return -1;
	void *p = realloc(*buf, (size_t)n * size);
	if (!p)
		return -1;
	*buf = p;
	*cap = (uint32_t)n;
	return 0;
}

w64_valtype w64_memory_addr_type(const struct w64_module *m, uint32_t i)
{
	return m->memories[i].type.limits.is64 ? W64_I64 : W64_I32;
}

w64_valtype w64_table_addr_type(const struct w64_module *m, uint32_t i)
{
	return m->tables[i].type.limits.is64 ? W64_I64 : W64_I32;
}

bool w64_type_index_sub(const struct w64_module *m, uint32_t a, uint32_t e)
{
	/* Up the declared supertypes: each names an earlier type (a later one
	 * is invalid and ends the walk, so it always ends). */
	for (uint32_t x = a;;) {
		if (m->type_canon[x] == m->type_canon[e])
			return true;
		uint32_t s = m->type_info[x].super;
		if (s >= x)
			return false;
		x = s;
	}
}

static bool heap_matches(const struct w64_module *m, uint32_t a, uint32_t e)
{
	if (a == e)
		return true;
	bool ai = w64_heap_is_index(a), ei = w64_heap_is_index(e);
	if (ai && ei) /* without a module (store-level ids), only identity */
		return m && a < m->ntypes && e < m->ntypes && w64_type_index_sub(m, a, e);
	if (ai) /* every defined type is a function type */
		return e == W64_HT_FUNC;
	if (ei)
		return a == W64_HT_NOFUNC;
	switch (a) {
	case W64_HT_NOFUNC: return e == W64_HT_FUNC;
	case W64_HT_NOEXTERN: return e == W64_HT_EXTERN;
	case W64_HT_NOEXN: return e == W64_HT_EXN;
	case W64_HT_NONE:
		return e == W64_HT_I31 || e == W64_HT_STRUCT || e == W64_HT_ARRAY || e == W64_HT_EQ ||
		       e == W64_HT_ANY;
	case W64_HT_I31:
	case W64_HT_STRUCT:
	case W64_HT_ARRAY:
		return e == W64_HT_EQ || e == W64_HT_ANY;
	case W64_HT_EQ:
		return e == W64_HT_ANY;
	}
	return false;
}

bool w64_type_matches(const struct w64_module *m, w64_valtype a, w64_valtype e)
{
	if (a == e || a == W64_ANY)
		return true;
	if (!w64_is_ref(a) || !w64_is_ref(e))
		return false;
	if (w64_ref_nullable(a) && !w64_ref_nullable(e))
		return false;
	return heap_matches(m, w64_ref_heap(a), w64_ref_heap(e));
}

bool w64_type_defaultable(w64_valtype t)
{
	return !w64_is_ref(t) || w64_ref_nullable(t);
}

static bool types_match(const struct w64_module *m, uint32_t n, const w64_valtype *a,
                        const w64_valtype *e)
{
	for (uint32_t i = 0; i < n; i++)
		if (!w64_type_matches(m, a[i], e[i]))
			return false;
	return true;
}

/* A reference to a type index must name a type (`limit`: how many types
 * it may see). */
static bool valtype_ok(w64_valtype t, uint32_t limit)
{
	return !w64_is_ref(t) || !w64_heap_is_index(w64_ref_heap(t)) || w64_ref_heap(t) < limit;
}

static w64_valtype non_null(w64_valtype t)
{
	return t == W64_ANY ? t : (t & ~W64_NULLABLE_BIT);
}

int w64_blocktype_sig(const struct w64_module *m, const struct w64_blocktype *bt,
                      w64_valtype *single, uint32_t *np, const w64_valtype **p,
                      uint32_t *nr, const w64_valtype **res)
{
	switch (bt->kind) {
	case W64_BT_EMPTY:
		*np = *nr = 0;
		*p = *res = NULL;
		return 0;
	case W64_BT_VAL:
		*single = bt->val;
		*np = 0;
		*p = NULL;
		*nr = 1;
		*res = single;
		return 0;
	case W64_BT_TYPE:
		if (bt->type >= m->ntypes)
			return -1;
		*np = m->types[bt->type].nparams;
		*p = m->types[bt->type].params;
		*nr = m->types[bt->type].nresults;
		*res = m->types[bt->type].results;
		return 0;
	}
	return -1;
}

void w64_label_types(const struct w64_ctrl *c, uint32_t *n, const w64_valtype **types)
{
	if (c->op == W64_OP_LOOP) {
		*n = c->nparams;
		*types = c->params;
	} else {
		*n = c->nresults;
		*types = w64_ctrl_results(c);
	}
}

/* --- the operand and control stacks ------------------------------------- */

static int push_grow(struct w64_validator *v, size_t at)
{
	if (reserve((void **)&v->vals, &v->vals_cap, (uint64_t)v->nvals + 1, sizeof *v->vals) < 0)
		return fail(v, at, "out of memory (operand stack)");
	return 0;
}

static inline __attribute__((always_inline)) int push(struct w64_validator *v, w64_valtype t, size_t at)
{
	if (__builtin_expect(v->nvals == v->vals_cap, 0) && push_grow(v, at) < 0)
		return -1;
	v->vals[v->nvals++] = t;
	if (v->nvals > v->max_vals)
		v->max_vals = v->nvals;
	return 0;
}

static int push_n(struct w64_validator *v, uint32_t n, const w64_valtype *t, size_t at)
{
	for (uint32_t i = 0; i < n; i++)
		if (push(v, t[i], at) < 0)
			return -1;
	return 0;
}

static int pop_slow(struct w64_validator *v, w64_valtype want, w64_valtype *got, size_t at);

/* Pops one operand that must have type `want` (W64_ANY: any type); the
 * actual type goes to *got.  Inline for the common case: an operand of
 * exactly that type is there. */
static inline __attribute__((always_inline)) int pop(struct w64_validator *v, w64_valtype want, w64_valtype *got, size_t at)
{
	uint32_t n = v->nvals;
	if (__builtin_expect(n > v->ctrls[v->nctrls - 1].height && v->vals[n - 1] == want, 1)) {
		v->nvals = n - 1;
		if (got)
			*got = want;
		return 0;
	}
	return pop_slow(v, want, got, at);
}

static int pop_slow(struct w64_validator *v, w64_valtype want, w64_valtype *got, size_t at)
{
	struct w64_ctrl *c = &v->ctrls[v->nctrls - 1];
	w64_valtype t;
	if (v->nvals == c->height) {
		if (!c->unreachable)
			return want == W64_ANY
			               ? fail(v, at, "type mismatch: operand stack is empty")
			               : fail(v, at, "type mismatch: expected %s, but the operand stack is empty",
			                      w64_valtype_name(want));
		t = W64_ANY;
	} else {
		t = v->vals[--v->nvals];
	}
	if (want != W64_ANY && !w64_type_matches(v->m, t, want)) {
		char b1[32], b2[32];
		return fail(v, at, "type mismatch: expected %s, got %s",
		            w64_valtype_str(want, b1, sizeof b1), w64_valtype_str(t, b2, sizeof b2));
	}
	if (got)
		*got = t;
	return 0;
}

static int pop_n(struct w64_validator *v, uint32_t n, const w64_valtype *t, size_t at)
{
	for (uint32_t i = n; i-- > 0;)
		if (pop(v, t[i], NULL, at) < 0)
			return -1;
	return 0;
}

/* A one-value block type keeps its type in the frame itself (`single`,
 * with results == NULL): the control stack moves when it grows, so no
 * pointer into it is ever stored. */
const w64_valtype *w64_ctrl_results(const struct w64_ctrl *c)
{
	return c->results ? c->results : &c->single;
}

static int push_ctrl(struct w64_validator *v, uint16_t op, uint32_t np, const w64_valtype *p,
                     uint32_t nr, const w64_valtype *r, w64_valtype single, size_t at)
{
	if (reserve((void **)&v->ctrls, &v->ctrls_cap, (uint64_t)v->nctrls + 1, sizeof *v->ctrls) < 0)
		return fail(v, at, "out of memory (control stack)");
	struct w64_ctrl *c = &v->ctrls[v->nctrls++];
	c->op = op;
	c->unreachable = false;
	c->height = v->nvals;
	c->nparams = np;
	c->nresults = nr;
	c->params = p;
	c->results = r;
	c->single = single;
	c->inits_height = v->ninit_log;
	return push_n(v, np, p, at);
}

/* Forgets the locals set since the init log had `height` entries. */
static void reset_inits(struct w64_validator *v, uint32_t height)
{
	while (v->ninit_log > height)
		v->local_set[v->init_log[--v->ninit_log]] = 0;
}

static int pop_ctrl(struct w64_validator *v, struct w64_ctrl *out, size_t at)
{
	struct w64_ctrl *c = &v->ctrls[v->nctrls - 1];
	if (pop_n(v, c->nresults, w64_ctrl_results(c), at) < 0)
		return -1;
	if (v->nvals != c->height)
		return fail(v, at, "type mismatch: %u value(s) left on the stack at the end of the block",
		            v->nvals - c->height);
	*out = *c;
	v->nctrls--;
	reset_inits(v, c->inits_height);
	return 0;
}

/* Pops an operand of any reference type. */
static int pop_ref(struct w64_validator *v, w64_valtype *got, size_t at)
{
	if (pop(v, W64_ANY, got, at) < 0)
		return -1;
	if (*got != W64_ANY && !w64_is_ref(*got))
		return fail(v, at, "type mismatch: expected a reference, got %s", w64_valtype_name(*got));
	return 0;
}

static void set_unreachable(struct w64_validator *v)
{
	struct w64_ctrl *c = &v->ctrls[v->nctrls - 1];
	v->nvals = c->height;
	c->unreachable = true;
}

/* --- function bodies ---------------------------------------------------- */

int w64_validator_begin(struct w64_validator *v, const struct w64_module *m, uint32_t func,
                        struct w64_error *err)
{
	const struct w64_func *f = &m->funcs[func];
	const struct w64_functype *t = &m->types[f->type];
	v->m = m;
	v->func = func;
	v->err = err;
	v->done = false;
	v->nvals = v->nctrls = v->max_vals = 0;
	w64_reader_init(&v->r, m->bytes, f->body_offset + f->body_len, err);
	v->r.pos = f->code_offset;

	uint64_t nlocals = (uint64_t)t->nparams + f->nlocals;
	if (reserve((void **)&v->locals, &v->locals_cap, nlocals, sizeof *v->locals) < 0 ||
	    reserve((void **)&v->local_set, &v->local_set_cap, nlocals, 1) < 0)
		return fail(v, f->body_offset, "out of memory (locals)");
	v->nlocals = (uint32_t)nlocals;
	v->ninit_log = 0;
	uint32_t k = 0;
	for (; k < t->nparams; k++) {
		v->locals[k] = t->params[k];
		v->local_set[k] = 1;
	}
	for (uint32_t g = 0; g < f->nlocal_groups; g++) {
		w64_valtype lt = f->local_groups[g].type;
		if (!valtype_ok(lt, m->ntypes))
			return fail(v, f->body_offset, "unknown type in local declaration");
		for (uint32_t n = 0; n < f->local_groups[g].count; n++, k++) {
			v->locals[k] = lt;
			v->local_set[k] = w64_type_defaultable(lt);
		}
	}
	/* The function body is a block whose label is the function's results. */
	return push_ctrl(v, W64_OP_CALL, 0, NULL, t->nresults, t->results, 0, f->code_offset);
}

static inline w64_valtype sig_type(enum w64_sig s, w64_valtype addr)
{
	switch (s) {
	case W64_SIG_I32: return W64_I32;
	case W64_SIG_I64: return W64_I64;
	case W64_SIG_F32: return W64_F32;
	case W64_SIG_F64: return W64_F64;
	case W64_SIG_V128: return W64_V128;
	case W64_SIG_ADDR: return addr;
	default: return W64_ANY;
	}
}

static int check_memory(struct w64_validator *v, uint32_t mem, size_t at)
{
	if (mem >= v->m->nmemories)
		return fail(v, at, "unknown memory %u", mem);
	return 0;
}

static int check_table(struct w64_validator *v, uint32_t t, size_t at)
{
	if (t >= v->m->ntables)
		return fail(v, at, "unknown table %u", t);
	return 0;
}

static int check_data(struct w64_validator *v, uint32_t d, size_t at)
{
	if (!v->m->has_datacount)
		return fail(v, at, "data count section required");
	if (d >= v->m->datacount)
		return fail(v, at, "unknown data segment %u", d);
	return 0;
}

static int check_elem(struct w64_validator *v, uint32_t e, size_t at)
{
	if (e >= v->m->nelems)
		return fail(v, at, "unknown elem segment %u", e);
	return 0;
}

static int check_label(struct w64_validator *v, uint32_t depth, size_t at)
{
	if (depth >= v->nctrls)
		return fail(v, at, "unknown label %u", depth);
	return 0;
}

static const struct w64_ctrl *label(struct w64_validator *v, uint32_t depth)
{
	return &v->ctrls[v->nctrls - 1 - depth];
}

static int validate_call(struct w64_validator *v, const struct w64_functype *t, bool tail, size_t at)
{
	if (pop_n(v, t->nparams, t->params, at) < 0)
		return -1;
	if (tail) {
		const struct w64_functype *self = w64_func_type(v->m, v->func);
		if (self->nresults != t->nresults ||
		    !types_match(v->m, t->nresults, t->results, self->results))
			return fail(v, at, "type mismatch: tail call results differ from the function's");
		set_unreachable(v);
		return 0;
	}
	return push_n(v, t->nresults, t->results, at);
}

static int validate_br_table(struct w64_validator *v, const struct w64_instr *ins)
{
	size_t at = ins->offset;
	struct w64_reader lr = v->r;
	uint32_t deflabel, n, dn;
	const w64_valtype *types, *dtypes;

	if (pop(v, W64_I32, NULL, at) < 0)
		return -1;
	/* Read the default first: every label must have its arity. */
	lr.pos = ins->imm.br_table.offset;
	for (uint32_t i = 0; i <= ins->imm.br_table.count; i++)
		if (!w64_br_table_next(&lr, &deflabel))
			return -1;
	if (check_label(v, deflabel, at) < 0)
		return -1;
	w64_label_types(label(v, deflabel), &dn, &dtypes);

	lr.pos = ins->imm.br_table.offset;
	for (uint32_t i = 0; i < ins->imm.br_table.count; i++) {
		uint32_t l;
		if (!w64_br_table_next(&lr, &l) || check_label(v, l, at) < 0)
			return -1;
		w64_label_types(label(v, l), &n, &types);
		if (n != dn)
			return fail(v, at, "type mismatch: br_table labels carry %u and %u values", n, dn);
		/* Check this label's types against the operands, then push back
		 * what was there (possibly "unknown", in dead code). */
		w64_valtype popped[16];
		w64_valtype *tmp = n <= 16 ? popped : malloc(n);
		if (!tmp)
			return fail(v, at, "out of memory");
		int rc = 0;
		for (uint32_t k = n; k-- > 0;)
			if ((rc = pop(v, types[k], &tmp[k], at)) < 0)
				break;
		if (rc == 0)
			rc = push_n(v, n, tmp, at);
		if (tmp != popped)
			free(tmp);
		if (rc < 0)
			return -1;
	}
	if (pop_n(v, dn, dtypes, at) < 0)
		return -1;
	set_unreachable(v);
	return 0;
}

static const struct w64_functype *tag_type(struct w64_validator *v, uint32_t tag, size_t at)
{
	if (tag >= v->m->ntags) {
		fail(v, at, "unknown tag %u", tag);
		return NULL;
	}
	return &v->m->types[v->m->tags[tag].type];
}

/* try_table's catch clauses: each label (outside the try_table) must take
 * what the clause passes: the tag's values, then the exception for the
 * _ref forms. */
static int validate_catches(struct w64_validator *v, const struct w64_instr *ins)
{
	static const w64_valtype exn = W64_REF_TYPE(0, W64_HT_EXN);
	struct w64_reader cr = v->r;
	cr.pos = ins->imm.try_table.offset;
	for (uint32_t i = 0; i < ins->imm.try_table.count; i++) {
		struct w64_catch c;
		const struct w64_functype *tt = NULL;
		uint32_t n, have;
		const w64_valtype *types;
		if (!w64_catch_next(&cr, &c))
			return -1;
		if (c.kind <= W64_CATCH_REF && !(tt = tag_type(v, c.tag, c.offset)))
			return -1;
		if (check_label(v, c.label, c.offset) < 0)
			return -1;
		w64_label_types(label(v, c.label), &n, &types);
		bool ref = c.kind == W64_CATCH_REF || c.kind == W64_CATCH_ALL_REF;
		have = (tt ? tt->nparams : 0) + ref;
		bool ok = n == have;
		for (uint32_t k = 0; ok && tt && k < tt->nparams; k++)
			ok = w64_type_matches(v->m, tt->params[k], types[k]);
		if (ok && ref)
			ok = w64_type_matches(v->m, exn, types[n - 1]);
		if (!ok)
			return fail(v, c.offset, "type mismatch: catch clause %u passes %u value(s) "
			            "that label %u does not take", i, have, c.label);
	}
	return 0;
}

static int validate_memarg(struct w64_validator *v, const struct w64_instr *ins)
{
	const struct w64_opinfo *info = &w64_opinfo[ins->op];
	if (check_memory(v, ins->imm.memarg.mem, ins->offset) < 0)
		return -1;
	if (ins->imm.memarg.align > info->align)
		return fail(v, ins->offset, "alignment must not be larger than natural (2^%u > %u bytes)",
		            ins->imm.memarg.align, 1u << info->align);
	if (info->prefix == 0xfe && ins->imm.memarg.align != info->align)
		return fail(v, ins->offset, "alignment must be equal to natural for atomics (2^%u, not 2^%u)",
		            info->align, ins->imm.memarg.align);
	if (!v->m->memories[ins->imm.memarg.mem].type.limits.is64 &&
	    ins->imm.memarg.offset > UINT32_MAX)
		return fail(v, ins->offset, "offset out of range: %llu does not fit a 32-bit memory",
		            (unsigned long long)ins->imm.memarg.offset);
	return 0;
}

/* The lane of a SIMD lane instruction: 16 >> align lanes (opcodes.def). */
static int check_lane(struct w64_validator *v, const struct w64_instr *ins)
{
	unsigned lanes = 16u >> w64_opinfo[ins->op].align;
	if (ins->lane >= lanes)
		return fail(v, ins->offset, "invalid lane index %u (%s has %u lanes)", ins->lane,
		            w64_opinfo[ins->op].text, lanes);
	return 0;
}

/* Instructions whose operands and result come from the opcode table.
 * Expanded once per opcode (see step()) with the table's
 * constants, so each expansion compiles to a few direct compares. */
static inline __attribute__((always_inline)) int
apply_sig(struct w64_validator *v, const struct w64_instr *ins, enum w64_imm_kind imm,
          enum w64_sig a, enum w64_sig b, enum w64_sig c, enum w64_sig r)
{
	size_t at = ins->offset;
	w64_valtype addr = W64_I32;

	switch (imm) {
	case W64_IMM_MEMARG:
		if (validate_memarg(v, ins) < 0)
			return -1;
		addr = w64_memory_addr_type(v->m, ins->imm.memarg.mem);
		break;
	case W64_IMM_MEMARG_LANE:
		if (validate_memarg(v, ins) < 0 || check_lane(v, ins) < 0)
			return -1;
		addr = w64_memory_addr_type(v->m, ins->imm.memarg.mem);
		break;
	case W64_IMM_LANE:
		if (check_lane(v, ins) < 0)
			return -1;
		break;
	case W64_IMM_SHUFFLE:
		for (int i = 0; i < 16; i++)
			if (ins->imm.v128[i] >= 32)
				return fail(v, at, "invalid lane index %u (i8x16.shuffle takes lanes < 32)",
				            ins->imm.v128[i]);
		break;
	case W64_IMM_MEM:
		if (check_memory(v, ins->imm.index, at) < 0)
			return -1;
		addr = w64_memory_addr_type(v->m, ins->imm.index);
		break;
	case W64_IMM_DATA_MEM:
		if (check_data(v, ins->imm.init.seg, at) < 0 || check_memory(v, ins->imm.init.dst, at) < 0)
			return -1;
		addr = w64_memory_addr_type(v->m, ins->imm.init.dst);
		break;
	case W64_IMM_DATA:
		if (check_data(v, ins->imm.index, at) < 0)
			return -1;
		break;
	case W64_IMM_ELEM:
		if (check_elem(v, ins->imm.index, at) < 0)
			return -1;
		break;
	default:
		break;
	}
	if (c != W64_SIG_NONE && pop(v, sig_type(c, addr), NULL, at) < 0)
		return -1;
	if (b != W64_SIG_NONE && pop(v, sig_type(b, addr), NULL, at) < 0)
		return -1;
	if (a != W64_SIG_NONE && pop(v, sig_type(a, addr), NULL, at) < 0)
		return -1;
	if (r != W64_SIG_NONE)
		return push(v, sig_type(r, addr), at);
	return 0;
}

/* local.get / set / tee: the most frequent instructions, so kept out of
 * validate_special's switch and expanded where their opcode is known. */
static inline __attribute__((always_inline)) int
validate_local(struct w64_validator *v, const struct w64_instr *ins, enum w64_opcode op)
{
	size_t at = ins->offset;
	uint32_t i = ins->imm.index;
	if (i >= v->nlocals)
		return fail(v, at, "unknown local %u", i);
	w64_valtype t = v->locals[i];
	if (op == W64_OP_LOCAL_GET) {
		if (!v->local_set[i])
			return fail(v, at, "uninitialized local %u", i);
		return push(v, t, at);
	}
	if (pop(v, t, NULL, at) < 0)
		return -1;
	if (!v->local_set[i]) {
		if (reserve((void **)&v->init_log, &v->init_log_cap, (uint64_t)v->ninit_log + 1,
		            sizeof *v->init_log) < 0)
			return fail(v, at, "out of memory");
		v->local_set[i] = 1;
		v->init_log[v->ninit_log++] = i;
	}
	return op == W64_OP_LOCAL_TEE ? push(v, t, at) : 0;
}

static int validate_special(struct w64_validator *v, const struct w64_instr *ins)
{
	const struct w64_module *m = v->m;
	size_t at = ins->offset;
	w64_valtype t, t2;

	switch ((enum w64_opcode)ins->op) {
	case W64_OP_UNREACHABLE:
		set_unreachable(v);
		return 0;
	case W64_OP_NOP:
		return 0;
	case W64_OP_BLOCK:
	case W64_OP_LOOP:
	case W64_OP_IF:
	case W64_OP_TRY:
	case W64_OP_TRY_TABLE: {
		uint32_t np, nr;
		const w64_valtype *p, *r;
		w64_valtype single = 0;
		if (w64_blocktype_sig(m, &ins->imm.block, &single, &np, &p, &nr, &r) < 0)
			return fail(v, at, "unknown type %u in block type", ins->imm.block.type);
		if (ins->imm.block.kind == W64_BT_VAL && !valtype_ok(single, m->ntypes))
			return fail(v, at, "unknown type in block type");
		if (ins->op == W64_OP_IF && pop(v, W64_I32, NULL, at) < 0)
			return -1;
		if (pop_n(v, np, p, at) < 0)
			return -1;
		if (ins->op == W64_OP_TRY_TABLE && validate_catches(v, ins) < 0)
			return -1;
		if (ins->imm.block.kind == W64_BT_VAL)
			r = NULL; /* the frame keeps `single` itself */
		return push_ctrl(v, ins->op, np, p, nr, r, single, at);
	}
	case W64_OP_ELSE: {
		struct w64_ctrl c;
		if (v->ctrls[v->nctrls - 1].op != W64_OP_IF)
			return fail(v, at, "else without a matching if");
		if (pop_ctrl(v, &c, at) < 0)
			return -1;
		return push_ctrl(v, W64_OP_ELSE, c.nparams, c.params, c.nresults, c.results, c.single, at);
	}
	case W64_OP_END: {
		struct w64_ctrl c;
		if (pop_ctrl(v, &c, at) < 0)
			return -1;
		if (c.op == W64_OP_IF &&
		    (c.nparams != c.nresults ||
		     !types_match(m, c.nparams, c.params, w64_ctrl_results(&c))))
			return fail(v, at, "type mismatch: if without else must leave its params unchanged");
		if (v->nctrls == 0) {
			v->done = true;
			if (v->r.pos != v->r.end)
				return fail(v, v->r.pos, "section size mismatch: code after the function's end");
			return 0;
		}
		return push_n(v, c.nresults, w64_ctrl_results(&c), at);
	}
	case W64_OP_CATCH:
	case W64_OP_CATCH_ALL: {
		struct w64_ctrl c;
		uint16_t cur = v->ctrls[v->nctrls - 1].op;
		const struct w64_functype *tt = NULL;
		if (cur != W64_OP_TRY && cur != W64_OP_CATCH)
			return fail(v, at, cur == W64_OP_CATCH_ALL ? "%s after catch_all"
			                                           : "%s without a matching try",
			            w64_opinfo[ins->op].text);
		if (ins->op == W64_OP_CATCH && !(tt = tag_type(v, ins->imm.index, at)))
			return -1;
		if (pop_ctrl(v, &c, at) < 0)
			return -1;
		return push_ctrl(v, ins->op, tt ? tt->nparams : 0, tt ? tt->params : NULL,
		                 c.nresults, c.results, c.single, at);
	}
	case W64_OP_DELEGATE: {
		struct w64_ctrl c;
		if (v->ctrls[v->nctrls - 1].op != W64_OP_TRY)
			return fail(v, at, "delegate without a matching try");
		if (pop_ctrl(v, &c, at) < 0)
			return -1;
		/* The label is looked up outside the try that delegate ends. */
		if (check_label(v, ins->imm.index, at) < 0)
			return -1;
		return push_n(v, c.nresults, w64_ctrl_results(&c), at);
	}
	case W64_OP_THROW: {
		const struct w64_functype *tt = tag_type(v, ins->imm.index, at);
		if (!tt || pop_n(v, tt->nparams, tt->params, at) < 0)
			return -1;
		set_unreachable(v);
		return 0;
	}
	case W64_OP_THROW_REF:
		if (pop(v, W64_EXNREF, NULL, at) < 0)
			return -1;
		set_unreachable(v);
		return 0;
	case W64_OP_RETHROW: {
		if (check_label(v, ins->imm.index, at) < 0)
			return -1;
		uint16_t op = label(v, ins->imm.index)->op;
		if (op != W64_OP_CATCH && op != W64_OP_CATCH_ALL)
			return fail(v, at, "invalid rethrow label: label %u is not a catch block",
			            ins->imm.index);
		set_unreachable(v);
		return 0;
	}
	case W64_OP_BR: {
		uint32_t n;
		const w64_valtype *types;
		if (check_label(v, ins->imm.index, at) < 0)
			return -1;
		w64_label_types(label(v, ins->imm.index), &n, &types);
		if (pop_n(v, n, types, at) < 0)
			return -1;
		set_unreachable(v);
		return 0;
	}
	case W64_OP_BR_IF: {
		uint32_t n;
		const w64_valtype *types;
		if (check_label(v, ins->imm.index, at) < 0 || pop(v, W64_I32, NULL, at) < 0)
			return -1;
		w64_label_types(label(v, ins->imm.index), &n, &types);
		if (pop_n(v, n, types, at) < 0)
			return -1;
		return push_n(v, n, types, at);
	}
	case W64_OP_BR_TABLE:
		return validate_br_table(v, ins);
	case W64_OP_RETURN: {
		const struct w64_functype *self = w64_func_type(m, v->func);
		if (pop_n(v, self->nresults, self->results, at) < 0)
			return -1;
		set_unreachable(v);
		return 0;
	}
	case W64_OP_CALL:
	case W64_OP_RETURN_CALL:
		if (ins->imm.index >= m->nfuncs)
			return fail(v, at, "unknown function %u", ins->imm.index);
		return validate_call(v, w64_func_type(m, ins->imm.index),
		                     ins->op == W64_OP_RETURN_CALL, at);
	case W64_OP_CALL_INDIRECT:
	case W64_OP_RETURN_CALL_INDIRECT: {
		uint32_t tab = ins->imm.call_indirect.table;
		if (check_table(v, tab, at) < 0)
			return -1;
		if (!w64_type_matches(m, m->tables[tab].type.elem, W64_FUNCREF))
			return fail(v, at, "type mismatch: call_indirect on a table of %s",
			            w64_valtype_name(m->tables[tab].type.elem));
		if (ins->imm.call_indirect.type >= m->ntypes)
			return fail(v, at, "unknown type %u", ins->imm.call_indirect.type);
		if (pop(v, w64_table_addr_type(m, tab), NULL, at) < 0)
			return -1;
		return validate_call(v, &m->types[ins->imm.call_indirect.type],
		                     ins->op == W64_OP_RETURN_CALL_INDIRECT, at);
	}
	case W64_OP_DROP:
		return pop(v, W64_ANY, NULL, at);
	case W64_OP_SELECT:
		if (pop(v, W64_I32, NULL, at) < 0 || pop(v, W64_ANY, &t, at) < 0 ||
		    pop(v, W64_ANY, &t2, at) < 0)
			return -1;
		if (w64_is_ref(t) || w64_is_ref(t2))
			return fail(v, at, "type mismatch: select without a type needs numeric operands");
		if (t != t2 && t != W64_ANY && t2 != W64_ANY)
			return fail(v, at, "type mismatch: select operands are %s and %s",
			            w64_valtype_name(t2), w64_valtype_name(t));
		return push(v, t == W64_ANY ? t2 : t, at);
	case W64_OP_SELECT_T:
		if (!valtype_ok(ins->imm.type, m->ntypes))
			return fail(v, at, "unknown type in select");
		if (pop(v, W64_I32, NULL, at) < 0 || pop(v, ins->imm.type, NULL, at) < 0 ||
		    pop(v, ins->imm.type, NULL, at) < 0)
			return -1;
		return push(v, ins->imm.type, at);
	case W64_OP_GLOBAL_GET:
	case W64_OP_GLOBAL_SET:
		if (ins->imm.index >= m->nglobals)
			return fail(v, at, "unknown global %u", ins->imm.index);
		t = m->globals[ins->imm.index].type.type;
		if (ins->op == W64_OP_GLOBAL_GET)
			return push(v, t, at);
		if (!m->globals[ins->imm.index].type.mut)
			return fail(v, at, "global is immutable: global %u", ins->imm.index);
		return pop(v, t, NULL, at);
	case W64_OP_TABLE_GET:
	case W64_OP_TABLE_SET:
	case W64_OP_TABLE_SIZE:
	case W64_OP_TABLE_GROW:
	case W64_OP_TABLE_FILL: {
		uint32_t tab = ins->imm.index;
		if (check_table(v, tab, at) < 0)
			return -1;
		w64_valtype et = m->tables[tab].type.elem, it = w64_table_addr_type(m, tab);
		switch (ins->op) {
		case W64_OP_TABLE_GET:
			if (pop(v, it, NULL, at) < 0)
				return -1;
			return push(v, et, at);
		case W64_OP_TABLE_SET:
			return (pop(v, et, NULL, at) < 0 || pop(v, it, NULL, at) < 0) ? -1 : 0;
		case W64_OP_TABLE_SIZE:
			return push(v, it, at);
		case W64_OP_TABLE_GROW:
			if (pop(v, it, NULL, at) < 0 || pop(v, et, NULL, at) < 0)
				return -1;
			return push(v, it, at);
		default: /* fill: [index value length] */
			return (pop(v, it, NULL, at) < 0 || pop(v, et, NULL, at) < 0 ||
			        pop(v, it, NULL, at) < 0) ? -1 : 0;
		}
	}
	case W64_OP_TABLE_COPY: {
		uint32_t dst = ins->imm.pair.dst, src = ins->imm.pair.src;
		if (check_table(v, dst, at) < 0 || check_table(v, src, at) < 0)
			return -1;
		if (!w64_type_matches(m, m->tables[src].type.elem, m->tables[dst].type.elem))
			return fail(v, at, "type mismatch: table.copy from %s to %s",
			            w64_valtype_name(m->tables[src].type.elem),
			            w64_valtype_name(m->tables[dst].type.elem));
		w64_valtype dt = w64_table_addr_type(m, dst), st = w64_table_addr_type(m, src);
		w64_valtype nt = (dt == W64_I64 && st == W64_I64) ? W64_I64 : W64_I32;
		return (pop(v, nt, NULL, at) < 0 || pop(v, st, NULL, at) < 0 ||
		        pop(v, dt, NULL, at) < 0) ? -1 : 0;
	}
	case W64_OP_TABLE_INIT: {
		uint32_t seg = ins->imm.init.seg, tab = ins->imm.init.dst;
		if (check_table(v, tab, at) < 0 || check_elem(v, seg, at) < 0)
			return -1;
		if (!w64_type_matches(m, m->elems[seg].type, m->tables[tab].type.elem))
			return fail(v, at, "type mismatch: table.init of %s into a table of %s",
			            w64_valtype_name(m->elems[seg].type),
			            w64_valtype_name(m->tables[tab].type.elem));
		return (pop(v, W64_I32, NULL, at) < 0 || pop(v, W64_I32, NULL, at) < 0 ||
		        pop(v, w64_table_addr_type(m, tab), NULL, at) < 0) ? -1 : 0;
	}
	case W64_OP_MEMORY_COPY: {
		uint32_t dst = ins->imm.pair.dst, src = ins->imm.pair.src;
		if (check_memory(v, dst, at) < 0 || check_memory(v, src, at) < 0)
			return -1;
		w64_valtype dt = w64_memory_addr_type(m, dst), st = w64_memory_addr_type(m, src);
		w64_valtype nt = (dt == W64_I64 && st == W64_I64) ? W64_I64 : W64_I32;
		return (pop(v, nt, NULL, at) < 0 || pop(v, st, NULL, at) < 0 ||
		        pop(v, dt, NULL, at) < 0) ? -1 : 0;
	}
	case W64_OP_REF_NULL:
		if (w64_heap_is_index(ins->imm.heap) && ins->imm.heap >= m->ntypes)
			return fail(v, at, "unknown type %u", ins->imm.heap);
		return push(v, W64_REF_TYPE(1, ins->imm.heap), at);
	case W64_OP_REF_IS_NULL:
		if (pop_ref(v, &t, at) < 0)
			return -1;
		return push(v, W64_I32, at);
	case W64_OP_REF_AS_NON_NULL:
		if (pop_ref(v, &t, at) < 0)
			return -1;
		return push(v, non_null(t), at);
	case W64_OP_REF_FUNC:
		if (ins->imm.index >= m->nfuncs)
			return fail(v, at, "unknown function %u", ins->imm.index);
		if (!m->func_declared[ins->imm.index])
			return fail(v, at, "undeclared function reference %u", ins->imm.index);
		return push(v, W64_REF_TYPE(0, m->funcs[ins->imm.index].type), at);
	case W64_OP_CALL_REF:
	case W64_OP_RETURN_CALL_REF:
		if (ins->imm.index >= m->ntypes)
			return fail(v, at, "unknown type %u", ins->imm.index);
		if (pop(v, W64_REF_TYPE(1, ins->imm.index), NULL, at) < 0)
			return -1;
		return validate_call(v, &m->types[ins->imm.index], ins->op == W64_OP_RETURN_CALL_REF, at);
	case W64_OP_BR_ON_NULL: {
		uint32_t n;
		const w64_valtype *types;
		if (check_label(v, ins->imm.index, at) < 0 || pop_ref(v, &t, at) < 0)
			return -1;
		w64_label_types(label(v, ins->imm.index), &n, &types);
		if (pop_n(v, n, types, at) < 0 || push_n(v, n, types, at) < 0)
			return -1;
		return push(v, non_null(t), at);
	}
	case W64_OP_BR_ON_NON_NULL: {
		uint32_t n;
		const w64_valtype *types;
		if (check_label(v, ins->imm.index, at) < 0 || pop_ref(v, &t, at) < 0)
			return -1;
		w64_label_types(label(v, ins->imm.index), &n, &types);
		if (n == 0 || !w64_is_ref(types[n - 1]) ||
		    !w64_type_matches(m, non_null(t), types[n - 1]))
			return fail(v, at, "type mismatch: br_on_non_null's label must take the reference");
		if (pop_n(v, n - 1, types, at) < 0 || push_n(v, n - 1, types, at) < 0)
			return -1;
		return 0;
	}
	default:
		return fail(v, at, "internal error: %s has no validation rule",
		            w64_opinfo[ins->op].text);
	}
}

static void note_use(struct w64_uses *u, const struct w64_instr *ins)
{
	size_t *at = ins->op >= W64_OP_FIRST_ATOMIC ? &u->atomic_at : &u->simd_at;
	if (!*at)
		*at = ins->offset;
}

/* One case per opcode, expanded from the table: instructions typed by the
 * table get their signature as constants; locals have their own inline
 * rule; the other hand-typed ones go to validate_special. */
static inline __attribute__((always_inline)) int
apply_op(struct w64_validator *v, const struct w64_instr *ins, enum w64_opcode op,
         enum w64_imm_kind imm, enum w64_sig a, enum w64_sig b, enum w64_sig c, enum w64_sig r)
{
	if (op >= W64_OP_FIRST_SIMD)
		note_use(&v->uses, ins);
	if (op == W64_OP_LOCAL_GET || op == W64_OP_LOCAL_SET || op == W64_OP_LOCAL_TEE)
		return validate_local(v, ins, op);
	if (a == W64_SIG_SPECIAL)
		return validate_special(v, ins);
	return apply_sig(v, ins, imm, a, b, c, r);
}

/* Decodes, checks and applies one instruction. */
static inline __attribute__((always_inline)) int step(struct w64_validator *v, struct w64_instr *ins)
{
	if (v->done)
		return fail(v, v->r.pos, "internal error: read past the end of the function");
	if (v->r.pos >= v->r.end)
		return fail(v, v->r.pos, "unexpected end of function body (END opcode expected)");
	if (!w64_read_opcode(&v->r, ins))
		return -1;
	switch ((enum w64_opcode)ins->op) {
#define W64_OP(name, text, prefix, code, imm, a, b, c, out, align)                         \
	case W64_OP_##name:                                                                 \
		if (!w64_read_imm(&v->r, ins, W64_IMM_##imm))                                   \
			return -1;                                                              \
		return apply_op(v, ins, W64_OP_##name, W64_IMM_##imm, W64_SIG_##a, W64_SIG_##b, \
		                W64_SIG_##c, W64_SIG_##out);
#include "w64/opcodes.def"
#undef W64_OP
	case W64_OP_COUNT:
		break;
	}
	return fail(v, ins->offset, "internal error: opcode %u out of range", ins->op);
}

int w64_validator_next(struct w64_validator *v, struct w64_instr *ins)
{
	return step(v, ins);
}

int w64_validator_until(struct w64_validator *v, struct w64_instr *ins, const bool *stop)
{
	while (!v->done) {
		if (step(v, ins) < 0)
			return -1;
		if (stop[ins->op])
			return 1;
	}
	return 0;
}

/* --- module level -------------------------------------------------------- */

int w64_validate_constexpr(const struct w64_module *m, const struct w64_constexpr *e,
                           w64_valtype want, uint32_t nglobals_visible,
                           struct w64_error *err)
{
	struct w64_reader r;
	struct w64_instr ins;
	w64_valtype stack[64];
	uint32_t n = 0;

	w64_reader_init(&r, m->bytes, e->offset + e->len, err);
	r.pos = e->offset;
	for (;;) {
		if (!w64_read_instr(&r, &ins))
			return -1;
		w64_valtype t;
		switch (ins.op) {
		case W64_OP_END:
			if (n != 1 || !w64_type_matches(m, stack[0], want))
				return w64_error_set(err, ins.offset,
				                     "type mismatch: constant expression must produce one %s",
				                     w64_valtype_name(want));
			return 0;
		case W64_OP_I32_CONST: t = W64_I32; break;
		case W64_OP_I64_CONST: t = W64_I64; break;
		case W64_OP_F32_CONST: t = W64_F32; break;
		case W64_OP_F64_CONST: t = W64_F64; break;
		case W64_OP_V128_CONST: t = W64_V128; break;
		case W64_OP_REF_NULL:
			if (w64_heap_is_index(ins.imm.heap) && ins.imm.heap >= m->ntypes)
				return w64_error_set(err, ins.offset, "unknown type %u", ins.imm.heap);
			t = W64_REF_TYPE(1, ins.imm.heap);
			break;
		case W64_OP_REF_FUNC:
			if (ins.imm.index >= m->nfuncs)
				return w64_error_set(err, ins.offset, "unknown function %u", ins.imm.index);
			t = W64_REF_TYPE(0, m->funcs[ins.imm.index].type);
			break;
		case W64_OP_GLOBAL_GET:
			if (ins.imm.index >= nglobals_visible)
				return w64_error_set(err, ins.offset, "unknown global %u", ins.imm.index);
			if (m->globals[ins.imm.index].type.mut)
				return w64_error_set(err, ins.offset,
				                     "constant expression required: global %u is mutable",
				                     ins.imm.index);
			t = m->globals[ins.imm.index].type.type;
			break;
		case W64_OP_I32_ADD: case W64_OP_I32_SUB: case W64_OP_I32_MUL:
		case W64_OP_I64_ADD: case W64_OP_I64_SUB: case W64_OP_I64_MUL: {
			/* extended-const (Wasm 3.0) */
			t = w64_opinfo[ins.op].out == W64_SIG_I32 ? W64_I32 : W64_I64;
			if (n < 2 || stack[n - 1] != t || stack[n - 2] != t)
				return w64_error_set(err, ins.offset, "type mismatch in constant expression");
			n -= 2;
			break;
		}
		default:
			return w64_error_set(err, ins.offset, "constant expression required: %s is not constant",
			                     w64_opinfo[ins.op].text);
		}
		if (n == sizeof stack / sizeof stack[0])
			return w64_error_set(err, ins.offset, "constant expression too deep");
		stack[n++] = t;
	}
}

static int check_limits(const struct w64_limits *l, uint64_t bound, const char *what,
                        size_t at, struct w64_error *err)
{
	if (l->min > bound)
		return w64_error_set(err, at, "%s size must be at most %llu", what,
		                     (unsigned long long)bound);
	if (l->has_max && l->max > bound)
		return w64_error_set(err, at, "%s size must be at most %llu", what,
		                     (unsigned long long)bound);
	if (l->has_max && l->max < l->min)
		return w64_error_set(err, at, "size minimum must not be greater than maximum");
	return 0;
}

/* A type may refer to the types of its recursion group and to earlier
 * ones; its supertype (at most one) must be an earlier type, not final,
 * whose function type it matches: parameters contravariant, results
 * covariant. */
static int validate_subtype(const struct w64_module *m, uint32_t i, struct w64_error *err)
{
	const struct w64_functype *t = &m->types[i];
	const struct w64_typeinfo *ti = &m->type_info[i];
	uint32_t limit = ti->rec_start + ti->rec_size;
	for (uint32_t k = 0; k < t->nparams + t->nresults; k++) {
		w64_valtype vt = k < t->nparams ? t->params[k] : t->results[k - t->nparams];
		if (!valtype_ok(vt, limit))
			return w64_error_set(err, ti->offset, "unknown type: type %u refers to type %u", i,
			                     w64_ref_heap(vt));
	}
	if (ti->nsupers == 0)
		return 0;
	if (ti->nsupers > 1)
		return w64_error_set(err, ti->offset, "type %u declares %u supertypes (at most one)", i,
		                     ti->nsupers);
	if (ti->super >= i)
		return w64_error_set(err, ti->offset, "unknown type: supertype %u of type %u is not an "
		                     "earlier type", ti->super, i);
	const struct w64_functype *st = &m->types[ti->super];
	if (m->type_info[ti->super].final)
		return w64_error_set(err, ti->offset, "sub type %u of final type %u", i, ti->super);
	if (t->nparams != st->nparams || t->nresults != st->nresults ||
	    !types_match(m, st->nparams, st->params, t->params) ||
	    !types_match(m, t->nresults, t->results, st->results))
		return w64_error_set(err, ti->offset, "sub type %u does not match its supertype %u", i,
		                     ti->super);
	return 0;
}

static size_t import_offset(const struct w64_module *m, int32_t import)
{
	return import >= 0 ? m->imports[import].offset : 0;
}

int w64_validate_declarations(const struct w64_module *m, struct w64_error *err)
{
	w64_error_clear(err);
	for (uint32_t i = 0; i < m->ntypes; i++)
		if (validate_subtype(m, i, err) < 0)
			return -1;
	for (uint32_t i = 0; i < m->ntags; i++) {
		const struct w64_tag *t = &m->tags[i];
		if (t->type >= m->ntypes)
			return w64_error_set(err, import_offset(m, t->import), "unknown type %u for tag %u",
			                     t->type, i);
		if (m->types[t->type].nresults)
			return w64_error_set(err, import_offset(m, t->import),
			                     "non-empty tag result type (tag %u)", i);
	}
	for (uint32_t i = 0; i < m->nglobals; i++)
		if (!valtype_ok(m->globals[i].type.type, m->ntypes))
			return w64_error_set(err, import_offset(m, m->globals[i].import),
			                     "unknown type in global %u", i);
	for (uint32_t i = 0; i < m->nfuncs; i++) {
		if (m->funcs[i].type >= m->ntypes)
			return w64_error_set(err, m->funcs[i].import >= 0 ? import_offset(m, m->funcs[i].import)
			                                                  : m->funcs[i].body_offset,
			                     "unknown type %u for function %u", m->funcs[i].type, i);
	}
	for (uint32_t i = 0; i < m->ntables; i++) {
		const struct w64_table *t = &m->tables[i];
		uint64_t bound = t->type.limits.is64 ? UINT64_MAX : UINT32_MAX;
		if (check_limits(&t->type.limits, bound, "table", import_offset(m, t->import), err) < 0)
			return -1;
		if (!valtype_ok(t->type.elem, m->ntypes))
			return w64_error_set(err, import_offset(m, t->import), "unknown type in table %u", i);
		if (t->import < 0 && !t->has_init && !w64_type_defaultable(t->type.elem))
			return w64_error_set(err, 0, "type mismatch: table %u of non-nullable %s needs an "
			                     "initialiser", i, w64_valtype_name(t->type.elem));
		if (t->has_init &&
		    w64_validate_constexpr(m, &t->init, t->type.elem, m->nimported_globals, err) < 0)
			return -1;
	}
	for (uint32_t i = 0; i < m->nmemories; i++) {
		const struct w64_memory *mem = &m->memories[i];
		uint64_t bound = mem->type.limits.is64 ? (uint64_t)1 << 48 : 65536;
		if (check_limits(&mem->type.limits, bound, "memory", import_offset(m, mem->import), err) < 0)
			return -1;
		if (mem->type.limits.shared && !mem->type.limits.has_max)
			return w64_error_set(err, import_offset(m, mem->import),
			                     "shared memory must have maximum");
	}
	for (uint32_t i = m->nimported_globals; i < m->nglobals; i++) {
		const struct w64_global *g = &m->globals[i];
		if (w64_validate_constexpr(m, &g->init, g->type.type, i, err) < 0)
			return -1;
	}
	for (uint32_t i = 0; i < m->nexports; i++) {
		const struct w64_export *e = &m->exports[i];
		uint32_t limit = e->kind == W64_EXTERN_FUNC ? m->nfuncs
		               : e->kind == W64_EXTERN_TABLE ? m->ntables
		               : e->kind == W64_EXTERN_MEMORY ? m->nmemories
		               : e->kind == W64_EXTERN_GLOBAL ? m->nglobals : m->ntags;
		if (e->index >= limit)
			return w64_error_set(err, 0, "unknown %s %u in export", w64_extern_kind_name(e->kind),
			                     e->index);
		for (uint32_t k = 0; k < i; k++)
			if (m->exports[k].name.len == e->name.len &&
			    memcmp(m->exports[k].name.bytes, e->name.bytes, e->name.len) == 0)
				return w64_error_set(err, 0, "duplicate export name \"%.*s\"", (int)e->name.len,
				                     (const char *)e->name.bytes);
	}
	if (m->has_start) {
		if (m->start >= m->nfuncs)
			return w64_error_set(err, 0, "unknown function %u as start function", m->start);
		const struct w64_functype *t = w64_func_type(m, m->start);
		if (t->nparams || t->nresults)
			return w64_error_set(err, 0, "start function must take and return nothing");
	}
	for (uint32_t i = 0; i < m->nelems; i++) {
		const struct w64_elem *e = &m->elems[i];
		if (e->mode == W64_SEG_ACTIVE) {
			if (e->table >= m->ntables)
				return w64_error_set(err, e->entry_offset, "unknown table %u", e->table);
			if (!w64_type_matches(m, e->type, m->tables[e->table].type.elem))
				return w64_error_set(err, e->entry_offset, "type mismatch: %s segment for a %s table",
				                     w64_valtype_name(e->type),
				                     w64_valtype_name(m->tables[e->table].type.elem));
			if (w64_validate_constexpr(m, &e->offset, w64_table_addr_type(m, e->table),
			                           m->nglobals, err) < 0)
				return -1;
		}
		if (!valtype_ok(e->type, m->ntypes))
			return w64_error_set(err, e->entry_offset, "unknown type in element segment %u", i);
		for (uint32_t k = 0; k < e->count; k++) {
			if (e->exprs) {
				if (w64_validate_constexpr(m, &e->inits[k], e->type, m->nglobals, err) < 0)
					return -1;
			} else if (e->funcs[k] >= m->nfuncs) {
				return w64_error_set(err, e->entry_offset, "unknown function %u", e->funcs[k]);
			}
		}
	}
	for (uint32_t i = 0; i < m->ndatas; i++) {
		const struct w64_data *d = &m->datas[i];
		if (d->mode != W64_SEG_ACTIVE)
			continue;
		if (d->memory >= m->nmemories)
			return w64_error_set(err, d->entry_offset, "unknown memory %u", d->memory);
		if (w64_validate_constexpr(m, &d->offset, w64_memory_addr_type(m, d->memory),
		                           m->nglobals, err) < 0)
			return -1;
	}
	return 0;
}

int w64_validate_module(const struct w64_module *m, struct w64_error *err)
{
	return w64_validate_module_uses(m, err, NULL);
}

int w64_validate_module_uses(const struct w64_module *m, struct w64_error *err,
                             struct w64_uses *uses)
{
	struct w64_validator v;
	struct w64_instr ins;
	int rc = w64_validate_declarations(m, err);
	if (rc < 0)
		return rc;
	w64_validator_init(&v);
	for (uint32_t f = m->nimported_funcs; f < m->nfuncs && rc == 0; f++) {
		rc = w64_validator_begin(&v, m, f, err);
		while (rc == 0 && !v.done)
			rc = w64_validator_next(&v, &ins);
	}
	if (uses)
		*uses = v.uses;
	w64_validator_release(&v);
	return rc;
}
