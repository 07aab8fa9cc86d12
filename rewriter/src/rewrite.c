/* The rewriter: decode + validate the input with the shared core, then
 * stream its sections to the output, copying byte for byte whatever does
 * not change and re-encoding what does:
 *
 *   - memory (and table) types in the import, memory and table sections;
 *   - active data (element) segment offsets: i32.const <-> i64.const;
 *   - function bodies: every instruction that takes or returns an address
 *     of a converted memory or table gets conversions around it.
 *
 * An address is the deepest operand of stores and of the bulk operations,
 * so converting it means setting the operands above it aside in scratch
 * locals (added per function, as Binaryen's lowering does), converting,
 * and getting them back.  Sketch for i32.store on a memory made 64-bit:
 *
 *     ;; before          ;; after
 *     (addr:i32)         (addr:i32)
 *     (value:i32)        (value:i32)
 *     i32.store          local.set $s0      ;; value aside
 *                        i64.extend_i32_u   ;; addr -> i64
 *                        local.get $s0
 *                        i32.store          ;; same memarg
 *
 * Operand types come from the opcode table and the module's memory and
 * table types (the input was validated, so they are exact).  SIMD and
 * atomic memory instructions take the same path as plain loads and
 * stores: one memarg (then a lane index for load/store*_lane), the
 * address deepest, up to two operands above it (a v128, a cmpxchg's
 * expected and replacement, a wait's expected value and timeout).
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "w64/rewrite.h"
#include "wasi64.h"
#include "w64/module.h"
#include "w64/reader.h"
#include "w64/validate.h"

enum conv {
	CONV_NONE,
	CONV_EXTEND,      /* i32 -> i64, zero-extended (+ base when set) */
	CONV_WRAP,        /* i64 -> i32 */
	CONV_WRAP_SAT,    /* i64 -> i32, values above 0xffffffff become 0xffffffff */
};

struct operand {
	w64_valtype type; /* before conversion */
	enum conv conv;
	bool add_base;    /* an address of a memory placed at opts->base */
};

struct scratch {
	w64_valtype type;
	unsigned slot;    /* which operand position it holds (types repeat) */
};

struct rw {
	const struct w64_module *m;
	const struct w64_rewrite_opts *o;
	struct w64_error *err;
	bool *mem_conv, *table_conv;   /* which memories / tables change width */
	const struct w64_wasi64 *wasi; /* --wasi64: imports rewritten, or NULL */
	const uint32_t *redirect;      /* function index -> its replacement, or NULL */
	struct w64_buf body;           /* the function body being produced */
	struct w64_buf head;           /* and its local declarations */
	/* Scratch locals of the current function. */
	struct scratch scratch[16];
	unsigned nscratch;
	uint32_t scratch_base;         /* index of the first scratch local */
	size_t at;                     /* offset of the instruction being rewritten */
	bool code_changed;
	struct w64_validator validator;
	bool may_change[W64_OP_COUNT]; /* by opcode: see may_change() */
	uint64_t written;              /* bytes handed to opts->sink so far */
};

/* The emitters of the body loop write straight into the buffer, making
 * room inline (the writer's functions make a call per byte). */
static inline bool room(struct w64_buf *b, size_t n)
{
	return b->cap - b->len >= n || w64_buf_reserve(b, n);
}

static inline void put_leb(struct w64_buf *b, uint64_t v)
{
	if (!room(b, 10))
		return;
	uint8_t *p = b->data + b->len;
	while (v >= 0x80) {
		*p++ = (uint8_t)(v | 0x80);
		v >>= 7;
	}
	*p++ = (uint8_t)v;
	b->len = (size_t)(p - b->data);
}

static inline void put_run(struct w64_buf *b, const uint8_t *p, size_t n)
{
	if (n && room(b, n)) {
		memcpy(b->data + b->len, p, n);
		b->len += n;
	}
}

/* Each opcode's encoding, from the table but visible to the compiler here,
 * so that emitting a known opcode folds to storing its bytes. */
static const struct { uint8_t prefix; uint16_t code; } encoding[W64_OP_COUNT] = {
#define W64_OP(name, text, prefix, code, imm, a, b, c, out, align) \
	[W64_OP_##name] = {prefix, code},
#include "w64/opcodes.def"
#undef W64_OP
};

static inline __attribute__((always_inline)) void op(struct w64_buf *b, enum w64_opcode o)
{
	if (!room(b, 6))
		return;
	if (encoding[o].prefix) {
		b->data[b->len++] = encoding[o].prefix;
		put_leb(b, encoding[o].code);
	} else {
		b->data[b->len++] = (uint8_t)encoding[o].code;
	}
}

static inline __attribute__((always_inline)) void op_index(struct w64_buf *b, enum w64_opcode o,
                                                           uint32_t index)
{
	op(b, o);
	put_leb(b, index);
}

static void i64_const(struct w64_buf *b, uint64_t v)
{
	op(b, W64_OP_I64_CONST);
	w64_put_s64(b, (int64_t)v);
}

static void i32_const(struct w64_buf *b, uint32_t v)
{
	op(b, W64_OP_I32_CONST);
	w64_put_s32(b, (int32_t)v);
}

static bool streaming(const struct rw *r)
{
	return r->o->sink && !r->o->validate_output;
}

static int fail(struct rw *r, size_t at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
#include <stdarg.h>
static int fail(struct rw *r, size_t at, const char *fmt, ...)
{
	if (!r->err->set) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(r->err->msg, sizeof r->err->msg, fmt, ap);
		va_end(ap);
		r->err->offset = at;
		r->err->set = true;
	}
	return -1;
}

/* With a sink: hands over what `out` holds. */
static int flush(struct rw *r, struct w64_buf *out)
{
	if (!streaming(r) || out->len == 0)
		return 0;
	if (out->oom)
		return fail(r, 0, "out of memory");
	if (r->o->sink(r->o->sink_user, out->data, out->len) < 0)
		return fail(r, 0, "write error");
	r->written += out->len;
	out->len = 0;
	return 0;
}

/* Appends n bytes to the output; with a sink, passes them on uncopied. */
static int emit_large(struct rw *r, struct w64_buf *out, const uint8_t *p, size_t n)
{
	if (!streaming(r)) {
		put_run(out, p, n);
		return 0;
	}
	if (flush(r, out) < 0)
		return -1;
	if (n && r->o->sink(r->o->sink_user, p, n) < 0)
		return fail(r, 0, "write error");
	r->written += n;
	return 0;
}

static void warn(struct rw *r, size_t at, const char *msg)
{
	if (r->o->warn)
		r->o->warn(r->o->warn_user, at, msg);
}

static bool to64(const struct rw *r)
{
	return r->o->direction == W64_TO64;
}

/* A scratch local of `type` for operand position `slot`. */
static uint32_t scratch_local(struct rw *r, w64_valtype type, unsigned slot)
{
	for (unsigned i = 0; i < r->nscratch; i++)
		if (r->scratch[i].type == type && r->scratch[i].slot == slot)
			return r->scratch_base + i;
	r->scratch[r->nscratch] = (struct scratch){type, slot};
	return r->scratch_base + r->nscratch++;
}

static void emit_conv(struct rw *r, const struct operand *o)
{
	struct w64_buf *b = &r->body;
	switch (o->conv) {
	case CONV_NONE:
		return;
	case CONV_EXTEND:
		op(b, W64_OP_I64_EXTEND_I32_U);
		if (o->add_base && r->o->base) {
			i64_const(b, r->o->base);
			op(b, W64_OP_I64_ADD);
		}
		return;
	case CONV_WRAP:
		op(b, W64_OP_I32_WRAP_I64);
		return;
	case CONV_WRAP_SAT: {
		/* (select x 0xffffffff (i64.lt_u x 0xffffffff)), wrapped */
		uint32_t t = scratch_local(r, W64_I64, 3);
		op_index(b, W64_OP_LOCAL_TEE, t);
		i64_const(b, 0xffffffffu);
		op_index(b, W64_OP_LOCAL_GET, t);
		i64_const(b, 0xffffffffu);
		op(b, W64_OP_I64_LT_U);
		op(b, W64_OP_SELECT);
		op(b, W64_OP_I32_WRAP_I64);
		return;
	}
	}
}

/* Converts the operands ops[0..n) (stack order) in place on the stack. */
static void convert_operands(struct rw *r, const struct operand *ops, unsigned n)
{
	unsigned first = n;
	for (unsigned i = 0; i < n; i++)
		if (ops[i].conv != CONV_NONE) {
			first = i;
			break;
		}
	if (first == n)
		return;
	uint32_t saved[3];
	for (unsigned i = n; i-- > first + 1;) {
		saved[i] = scratch_local(r, ops[i].type, i);
		op_index(&r->body, W64_OP_LOCAL_SET, saved[i]);
	}
	emit_conv(r, &ops[first]);
	for (unsigned i = first + 1; i < n; i++) {
		op_index(&r->body, W64_OP_LOCAL_GET, saved[i]);
		emit_conv(r, &ops[i]);
	}
}

/* The result conversion of memory.size / memory.grow / table.size /
 * table.grow, keeping -1 as -1.  With --base, a memory's size counts from
 * the base, so a legacy allocator that grows the memory and uses the old
 * size as an address gets addresses in its own region. */
static void convert_result(struct rw *r, bool is_grow, bool is_table)
{
	struct w64_buf *b = &r->body;
	uint64_t base_pages = is_table ? 0 : r->o->base / 65536;
	if (to64(r)) {
		if (base_pages && !is_grow) {
			i64_const(b, base_pages);
			op(b, W64_OP_I64_SUB);
		} else if (base_pages) {
			/* (select (r - base) -1 (i64.ne r -1)) */
			uint32_t t = scratch_local(r, W64_I64, 3);
			op_index(b, W64_OP_LOCAL_TEE, t);
			i64_const(b, base_pages);
			op(b, W64_OP_I64_SUB);
			i64_const(b, UINT64_MAX);
			op_index(b, W64_OP_LOCAL_GET, t);
			i64_const(b, UINT64_MAX);
			op(b, W64_OP_I64_NE);
			op(b, W64_OP_SELECT);
		}
		op(b, W64_OP_I32_WRAP_I64); /* -1 wraps to -1 */
		return;
	}
	if (!is_grow) {
		op(b, W64_OP_I64_EXTEND_I32_U);
	} else if (!is_table) {
		/* Memory sizes stay below 2^31 pages, so only -1 is negative. */
		op(b, W64_OP_I64_EXTEND_I32_S);
	} else {
		/* (select (extend_u r) -1 (i32.ne r -1)) */
		uint32_t t = scratch_local(r, W64_I32, 3);
		op_index(b, W64_OP_LOCAL_TEE, t);
		op(b, W64_OP_I64_EXTEND_I32_U);
		i64_const(b, UINT64_MAX);
		op_index(b, W64_OP_LOCAL_GET, t);
		i32_const(b, UINT32_MAX);
		op(b, W64_OP_I32_NE);
		op(b, W64_OP_SELECT);
	}
}

static w64_valtype addr_type(bool is64)
{
	return is64 ? W64_I64 : W64_I32;
}

/* An address operand of memory `mem` (its type before conversion). */
static struct operand mem_addr(struct rw *r, uint32_t mem)
{
	bool conv = r->mem_conv[mem];
	bool is64 = r->m->memories[mem].type.limits.is64;
	struct operand o = {addr_type(is64), CONV_NONE, false};
	if (conv)
		o.conv = to64(r) ? CONV_EXTEND : r->o->saturate ? CONV_WRAP_SAT : CONV_WRAP;
	o.add_base = conv && to64(r);
	return o;
}

/* The length operand of a copy between two memories: i64 only when both
 * index types are i64 (before and after the conversion). */
static struct operand copy_len(bool from64_a, bool from64_b, bool to64_a, bool to64_b)
{
	bool before = from64_a && from64_b, after = to64_a && to64_b;
	struct operand o = {addr_type(before), CONV_NONE, false};
	if (before != after)
		o.conv = after ? CONV_EXTEND : CONV_WRAP;
	return o;
}

/* An index (or length) operand of table `t`.  Lowered ones saturate
 * rather than wrap: a 32-bit table has fewer than 2^32 elements, so an
 * index at or above 2^32 stays out of bounds and still traps, where
 * wrapping could land it on a valid element. */
static struct operand table_index(struct rw *r, uint32_t t)
{
	bool conv = r->table_conv[t];
	struct operand o = {addr_type(r->m->tables[t].type.limits.is64), CONV_NONE, false};
	if (conv)
		o.conv = to64(r) ? CONV_EXTEND : CONV_WRAP_SAT;
	return o;
}

static bool is64_after(bool is64, bool conv)
{
	return conv ? !is64 : is64;
}

static void put_memarg(struct rw *r, const struct w64_instr *ins, uint64_t offset)
{
	uint32_t flags = ins->imm.memarg.align | (ins->imm.memarg.mem ? 0x40 : 0);
	put_leb(&r->body, flags);
	if (ins->imm.memarg.mem)
		put_leb(&r->body, ins->imm.memarg.mem);
	put_leb(&r->body, offset);
}

/* Rewrites one instruction if it needs it; returns 1 when it wrote
 * something, 0 when the original bytes should be copied, -1 on error. */
static int rewrite_instr(struct rw *r, const struct w64_instr *ins, const uint8_t *raw, size_t len)
{
	const struct w64_module *m = r->m;
	const struct w64_opinfo *info = &w64_opinfo[ins->op];
	struct operand ops[3];
	uint32_t a, b;

	if (info->imm == W64_IMM_MEMARG || info->imm == W64_IMM_MEMARG_LANE) {
		uint32_t mem = ins->imm.memarg.mem;
		if (!r->mem_conv[mem])
			return 0;
		uint64_t offset = ins->imm.memarg.offset;
		if (to64(r)) {
			if (r->o->base > UINT64_MAX - offset)
				return fail(r, ins->offset, "offset 0x%llx plus --base overflows 64 bits",
				            (unsigned long long)offset);
			offset += r->o->base;
		} else if (offset > UINT32_MAX) {
			return fail(r, ins->offset, "%s offset 0x%llx does not fit a 32-bit memory",
			            info->text, (unsigned long long)offset);
		}
		ops[0] = mem_addr(r, mem);
		ops[0].add_base = false; /* folded into the offset */
		/* The operands above the address (a store's value, a lane op's
		 * vector, an atomic's operands, a wait's expected value and
		 * timeout): their types are the table's, which the validator
		 * has just checked. */
		static const w64_valtype sig_types[] = {
			[W64_SIG_I32] = W64_I32, [W64_SIG_I64] = W64_I64, [W64_SIG_F32] = W64_F32,
			[W64_SIG_F64] = W64_F64, [W64_SIG_V128] = W64_V128,
		};
		unsigned n = 1;
		for (; n < 3 && info->in[n] != W64_SIG_NONE; n++)
			ops[n] = (struct operand){sig_types[info->in[n]], CONV_NONE, false};
		convert_operands(r, ops, n);
		op(&r->body, ins->op);
		put_memarg(r, ins, offset);
		if (info->imm == W64_IMM_MEMARG_LANE)
			put_run(&r->body, &ins->lane, 1);
		return 1;
	}

	switch ((enum w64_opcode)ins->op) {
	case W64_OP_CALL:
	case W64_OP_RETURN_CALL:
	case W64_OP_REF_FUNC:
		if (!r->redirect || r->redirect[ins->imm.index] == ins->imm.index)
			return 0;
		op_index(&r->body, ins->op, r->redirect[ins->imm.index]);
		return 1;
	case W64_OP_MEMORY_SIZE:
	case W64_OP_MEMORY_GROW:
		if (!r->mem_conv[ins->imm.index])
			return 0;
		if (ins->op == W64_OP_MEMORY_GROW) {
			ops[0] = mem_addr(r, ins->imm.index);
			ops[0].add_base = false;
			if (ops[0].conv == CONV_WRAP)
				ops[0].conv = CONV_WRAP_SAT; /* huge requests must still fail */
			convert_operands(r, ops, 1);
		}
		put_run(&r->body, raw, len);
		convert_result(r, ins->op == W64_OP_MEMORY_GROW, false);
		return 1;
	case W64_OP_MEMORY_FILL:
		a = ins->imm.index;
		if (!r->mem_conv[a])
			return 0;
		ops[0] = mem_addr(r, a);
		ops[1] = (struct operand){W64_I32, CONV_NONE, false};
		ops[2] = mem_addr(r, a);
		ops[2].add_base = false;
		convert_operands(r, ops, 3);
		put_run(&r->body, raw, len);
		return 1;
	case W64_OP_MEMORY_COPY: {
		a = ins->imm.pair.dst;
		b = ins->imm.pair.src;
		if (!r->mem_conv[a] && !r->mem_conv[b])
			return 0;
		bool a64 = m->memories[a].type.limits.is64, b64 = m->memories[b].type.limits.is64;
		ops[0] = mem_addr(r, a);
		ops[1] = mem_addr(r, b);
		ops[2] = copy_len(a64, b64, is64_after(a64, r->mem_conv[a]), is64_after(b64, r->mem_conv[b]));
		if (ops[2].conv == CONV_WRAP && r->o->saturate)
			ops[2].conv = CONV_WRAP_SAT;
		convert_operands(r, ops, 3);
		put_run(&r->body, raw, len);
		return 1;
	}
	case W64_OP_MEMORY_INIT:
		a = ins->imm.init.dst;
		if (!r->mem_conv[a])
			return 0;
		ops[0] = mem_addr(r, a);
		ops[1] = (struct operand){W64_I32, CONV_NONE, false};
		ops[2] = (struct operand){W64_I32, CONV_NONE, false};
		convert_operands(r, ops, 3);
		put_run(&r->body, raw, len);
		return 1;
	case W64_OP_CALL_INDIRECT:
	case W64_OP_RETURN_CALL_INDIRECT:
		if (!r->table_conv[ins->imm.call_indirect.table])
			return 0;
		ops[0] = table_index(r, ins->imm.call_indirect.table);
		emit_conv(r, &ops[0]);
		put_run(&r->body, raw, len);
		return 1;
	case W64_OP_TABLE_GET:
	case W64_OP_TABLE_SET:
	case W64_OP_TABLE_SIZE:
	case W64_OP_TABLE_GROW:
	case W64_OP_TABLE_FILL: {
		a = ins->imm.index;
		if (!r->table_conv[a])
			return 0;
		w64_valtype et = m->tables[a].type.elem;
		unsigned n = 0;
		switch (ins->op) {
		case W64_OP_TABLE_GET:
			ops[n++] = table_index(r, a);
			break;
		case W64_OP_TABLE_SET:
			ops[n++] = table_index(r, a);
			ops[n++] = (struct operand){et, CONV_NONE, false};
			break;
		case W64_OP_TABLE_GROW:
			ops[n++] = (struct operand){et, CONV_NONE, false};
			ops[n++] = table_index(r, a); /* saturates: huge requests must still fail */
			break;
		case W64_OP_TABLE_FILL:
			ops[n++] = table_index(r, a);
			ops[n++] = (struct operand){et, CONV_NONE, false};
			ops[n++] = table_index(r, a);
			break;
		default:
			break;
		}
		convert_operands(r, ops, n);
		put_run(&r->body, raw, len);
		if (ins->op == W64_OP_TABLE_SIZE || ins->op == W64_OP_TABLE_GROW)
			convert_result(r, ins->op == W64_OP_TABLE_GROW, true);
		return 1;
	}
	case W64_OP_TABLE_COPY: {
		a = ins->imm.pair.dst;
		b = ins->imm.pair.src;
		if (!r->table_conv[a] && !r->table_conv[b])
			return 0;
		bool a64 = m->tables[a].type.limits.is64, b64 = m->tables[b].type.limits.is64;
		ops[0] = table_index(r, a);
		ops[1] = table_index(r, b);
		ops[2] = copy_len(a64, b64, is64_after(a64, r->table_conv[a]),
		                  is64_after(b64, r->table_conv[b]));
		if (ops[2].conv == CONV_WRAP)
			ops[2].conv = CONV_WRAP_SAT; /* as table_index */
		convert_operands(r, ops, 3);
		put_run(&r->body, raw, len);
		return 1;
	}
	case W64_OP_TABLE_INIT:
		a = ins->imm.init.dst;
		if (!r->table_conv[a])
			return 0;
		ops[0] = table_index(r, a);
		ops[1] = (struct operand){W64_I32, CONV_NONE, false};
		ops[2] = (struct operand){W64_I32, CONV_NONE, false};
		convert_operands(r, ops, 3);
		put_run(&r->body, raw, len);
		return 1;
	default:
		return 0;
	}
}

/* Instructions that use a memory, a table or (with --wasi64) a function
 * index: the only ones rewrite_instr may change (r->may_change). */
static bool may_change(const struct rw *r, enum w64_opcode op)
{
	uint8_t imm = w64_opinfo[op].imm;
	if (imm == W64_IMM_MEMARG || imm == W64_IMM_MEMARG_LANE)
		return true;
	switch (op) {
	case W64_OP_CALL: case W64_OP_RETURN_CALL: case W64_OP_REF_FUNC:
		return r->redirect != NULL;
	case W64_OP_MEMORY_SIZE: case W64_OP_MEMORY_GROW: case W64_OP_MEMORY_FILL:
	case W64_OP_MEMORY_COPY: case W64_OP_MEMORY_INIT: case W64_OP_CALL_INDIRECT:
	case W64_OP_RETURN_CALL_INDIRECT: case W64_OP_TABLE_GET: case W64_OP_TABLE_SET:
	case W64_OP_TABLE_SIZE: case W64_OP_TABLE_GROW: case W64_OP_TABLE_FILL:
	case W64_OP_TABLE_COPY: case W64_OP_TABLE_INIT:
		return true;
	default:
		return false;
	}
}

/* --- sections -------------------------------------------------------------- */

static void put_section(struct w64_buf *out, uint8_t id, const struct w64_buf *payload)
{
	w64_put_u8(out, id);
	w64_put_vec(out, payload->data, payload->len);
}

/* Writes limits with the index type flipped when `conv`.  A definition
 * (not an import) made 64-bit gets the implicit 32-bit maximum written
 * out, so it never grows further than before; an import's limits are only
 * a requirement on what is imported, and stay as they were. */
static int put_limits(struct rw *r, struct w64_buf *b, const struct w64_limits *l, bool conv,
                      bool is_table, bool is_import, size_t at)
{
	bool is64 = conv ? !l->is64 : l->is64;
	uint64_t min = l->min, max = l->max;
	bool has_max = l->has_max;
	if (conv && is64 && !has_max && !is_import) {
		/* A 32-bit memory or table cannot grow past 2^32 bytes / entries;
		 * say so explicitly, or memory.grow would start succeeding. */
		has_max = true;
		max = is_table ? UINT32_MAX : 65536;
	}
	if (conv && is64 && !is_table) {
		/* The memory starts at --base: the pages below are not the
		 * module's, but must exist. */
		uint64_t base_pages = r->o->base / 65536;
		if (l->min > (UINT64_C(1) << 48) - base_pages ||
		    (has_max && max > (UINT64_C(1) << 48) - base_pages))
			return fail(r, at, "--base 0x%llx puts the memory past 2^48 pages",
			            (unsigned long long)r->o->base);
		min += base_pages;
		if (has_max)
			max += base_pages;
	}
	if (conv && !is64) {
		uint64_t bound = is_table ? UINT32_MAX : 65536;
		if (l->min > bound)
			return fail(r, at, "%s of %llu %s cannot be 32-bit (the most is %llu)",
			            is_table ? "table" : "memory", (unsigned long long)l->min,
			            is_table ? "elements" : "pages", (unsigned long long)bound);
		if (has_max && max > bound)
			max = bound;
	}
	w64_put_u8(b, (uint8_t)((has_max ? 1 : 0) | (l->shared ? 2 : 0) | (is64 ? 4 : 0)));
	w64_put_u64(b, min);
	if (has_max)
		w64_put_u64(b, max);
	return 0;
}

/* Re-reads limits at `pos` just to find where they end. */
static size_t skip_limits(const struct w64_module *m, size_t pos, size_t end)
{
	struct w64_error e;
	struct w64_reader rd;
	uint8_t flags;
	uint64_t v;
	w64_error_clear(&e);
	w64_reader_init(&rd, m->bytes, end, &e);
	rd.pos = pos;
	w64_read_u8(&rd, &flags);
	w64_read_u64(&rd, &v);
	if (flags & 1)
		w64_read_u64(&rd, &v);
	return rd.pos;
}

static int rewrite_imports(struct rw *r, struct w64_reader *sec, struct w64_buf *b)
{
	const struct w64_module *m = r->m;
	uint32_t n;
	w64_read_u32(sec, &n);
	w64_put_u32(b, n);
	for (uint32_t i = 0; i < n; i++) {
		const struct w64_import *im = &m->imports[i];
		size_t start = im->offset;
		struct w64_name mod, field;
		uint8_t kind;
		w64_read_name(sec, &mod);
		w64_read_name(sec, &field);
		w64_read_u8(sec, &kind);
		size_t desc = sec->pos;
		if (kind == W64_EXTERN_MEMORY && r->mem_conv[im->index]) {
			w64_put_bytes(b, m->bytes + start, desc - start);
			if (put_limits(r, b, &m->memories[im->index].type.limits, true, false, true, desc) < 0)
				return -1;
			sec->pos = skip_limits(m, desc, sec->end);
		} else if (kind == W64_EXTERN_TABLE && r->table_conv[im->index]) {
			w64_valtype t;
			w64_read_valtype(sec, &t);
			size_t lim = sec->pos;
			w64_put_bytes(b, m->bytes + start, lim - start);
			if (put_limits(r, b, &m->tables[im->index].type.limits, true, true, true, lim) < 0)
				return -1;
			sec->pos = skip_limits(m, lim, sec->end);
		} else if (kind == W64_EXTERN_FUNC && r->redirect &&
		           r->wasi->new_type[im->index] != UINT32_MAX) {
			/* --wasi64: the same import with its wasm64 type. */
			uint32_t old_type;
			w64_read_u32(sec, &old_type);
			w64_put_bytes(b, m->bytes + start, desc - start);
			w64_put_u32(b, r->wasi->new_type[im->index]);
		} else {
			/* Unchanged: skip the description with the decoder's rules. */
			size_t next = i + 1 < n ? m->imports[i + 1].offset : sec->end;
			w64_put_bytes(b, m->bytes + start, next - start);
			sec->pos = next;
		}
	}
	return 0;
}

static int rewrite_memories(struct rw *r, struct w64_reader *sec, struct w64_buf *b)
{
	const struct w64_module *m = r->m;
	uint32_t n;
	w64_read_u32(sec, &n);
	w64_put_u32(b, n);
	for (uint32_t i = 0; i < n; i++) {
		uint32_t idx = m->nimported_memories + i;
		size_t at = sec->pos;
		if (put_limits(r, b, &m->memories[idx].type.limits, r->mem_conv[idx], false, false, at) < 0)
			return -1;
		sec->pos = skip_limits(m, at, sec->end);
	}
	return 0;
}

/* A constant expression, copied with --wasi64's ref.func redirections. */
static void put_expr(struct rw *r, struct w64_buf *b, const struct w64_constexpr *e)
{
	size_t end = e->offset + e->len, run = e->offset;
	if (r->redirect) {
		struct w64_error scratch;
		struct w64_reader rd;
		struct w64_instr ins;
		w64_error_clear(&scratch);
		w64_reader_init(&rd, r->m->bytes, end, &scratch);
		rd.pos = e->offset;
		while (rd.pos < end && w64_read_instr(&rd, &ins)) {
			if (ins.op == W64_OP_REF_FUNC && r->redirect[ins.imm.index] != ins.imm.index) {
				w64_put_bytes(b, r->m->bytes + run, ins.offset - run);
				op_index(b, W64_OP_REF_FUNC, r->redirect[ins.imm.index]);
				run = rd.pos;
			}
		}
	}
	w64_put_bytes(b, r->m->bytes + run, end - run);
}

/* A section that --wasi64 extends: its entries as they were, and a count
 * that includes `extra` more, which the caller appends. */
static void put_extended(struct rw *r, struct w64_reader *sec, struct w64_buf *b, uint32_t extra)
{
	uint32_t n;
	w64_read_u32(sec, &n);
	w64_put_u32(b, n + extra);
	w64_put_bytes(b, r->m->bytes + sec->pos, sec->end - sec->pos);
	sec->pos = sec->end;
}

/* The imports' wasm64 types go at the end (existing type indices stay). */
static int rewrite_types(struct rw *r, struct w64_reader *sec, struct w64_buf *b)
{
	put_extended(r, sec, b, r->wasi->ntypes_added);
	w64_wasi64_put_types(r->wasi, b);
	return 0;
}

static void put_wrapper_types(struct rw *r, struct w64_buf *b)
{
	for (uint32_t k = 0; k < r->wasi->nwrapped; k++)
		w64_put_u32(b, r->wasi->wrapped[k].old_type);
}

static int rewrite_functions(struct rw *r, struct w64_reader *sec, struct w64_buf *b)
{
	put_extended(r, sec, b, r->wasi->nwrapped);
	put_wrapper_types(r, b);
	return 0;
}

static int rewrite_globals(struct rw *r, struct w64_reader *sec, struct w64_buf *b)
{
	const struct w64_module *m = r->m;
	uint32_t n;
	w64_read_u32(sec, &n);
	w64_put_u32(b, n);
	size_t run = sec->pos;
	for (uint32_t i = 0; i < n; i++) {
		const struct w64_constexpr *e = &m->globals[m->nimported_globals + i].init;
		w64_put_bytes(b, m->bytes + run, e->offset - run);
		put_expr(r, b, e);
		run = e->offset + e->len;
	}
	w64_put_bytes(b, m->bytes + run, sec->end - run);
	sec->pos = sec->end;
	return 0;
}

static int rewrite_exports(struct rw *r, struct w64_reader *sec, struct w64_buf *b)
{
	uint32_t n;
	w64_read_u32(sec, &n);
	w64_put_u32(b, n);
	for (uint32_t i = 0; i < n; i++) {
		size_t start = sec->pos;
		struct w64_name name;
		uint8_t kind;
		uint32_t index;
		w64_read_name(sec, &name);
		w64_read_u8(sec, &kind);
		w64_read_u32(sec, &index);
		w64_put_bytes(b, r->m->bytes + start, name.bytes + name.len - (r->m->bytes + start));
		w64_put_u8(b, kind);
		w64_put_u32(b, kind == W64_EXTERN_FUNC ? r->redirect[index] : index);
	}
	return 0;
}

static int rewrite_start(struct rw *r, struct w64_reader *sec, struct w64_buf *b)
{
	uint32_t f;
	w64_read_u32(sec, &f);
	w64_put_u32(b, r->redirect[f]);
	return 0;
}

static int put_offset_expr(struct rw *r, struct w64_buf *b, const struct w64_constexpr *e,
                           bool add_base);

/* An element segment re-encoded for --wasi64 (function indices and
 * ref.func redirected), its offset converted when `conv`. */
static int put_elem(struct rw *r, struct w64_buf *b, const struct w64_elem *e, size_t end, bool conv)
{
	const struct w64_module *m = r->m;
	struct w64_error scratch;
	struct w64_reader rd;
	uint32_t flags, count;
	w64_error_clear(&scratch);
	w64_reader_init(&rd, m->bytes, end, &scratch);
	rd.pos = e->entry_offset;
	w64_read_u32(&rd, &flags);
	size_t run = e->entry_offset;
	if (!(flags & 1)) {
		w64_put_bytes(b, m->bytes + run, e->offset.offset - run);
		if (conv) {
			if (put_offset_expr(r, b, &e->offset, false) < 0)
				return -1;
		} else {
			put_expr(r, b, &e->offset);
		}
		run = rd.pos = e->offset.offset + e->offset.len;
	}
	if (flags & 3) { /* an element kind or a reference type */
		if (flags & 4) {
			w64_valtype t;
			w64_read_valtype(&rd, &t);
		} else {
			uint8_t kind;
			w64_read_u8(&rd, &kind);
		}
	}
	w64_read_u32(&rd, &count);
	w64_put_bytes(b, m->bytes + run, rd.pos - run);
	for (uint32_t k = 0; k < count; k++) {
		if (e->exprs) {
			put_expr(r, b, &e->inits[k]);
			rd.pos = e->inits[k].offset + e->inits[k].len;
		} else {
			uint32_t f;
			w64_read_u32(&rd, &f);
			w64_put_u32(b, r->redirect[f]);
		}
	}
	w64_put_bytes(b, m->bytes + rd.pos, end - rd.pos);
	return 0;
}

static int rewrite_tables(struct rw *r, struct w64_reader *sec, struct w64_buf *b)
{
	const struct w64_module *m = r->m;
	uint32_t n;
	w64_read_u32(sec, &n);
	w64_put_u32(b, n);
	for (uint32_t i = 0; i < n; i++) {
		uint32_t idx = m->nimported_tables + i;
		const struct w64_table *t = &m->tables[idx];
		size_t start = sec->pos;
		if (t->has_init)
			sec->pos += 2; /* 0x40 0x00 */
		w64_valtype vt;
		w64_read_valtype(sec, &vt);
		size_t lim = sec->pos;
		w64_put_bytes(b, m->bytes + start, lim - start);
		if (put_limits(r, b, &t->type.limits, r->table_conv[idx], true, false, lim) < 0)
			return -1;
		sec->pos = skip_limits(m, lim, sec->end);
		if (t->has_init) {
			put_expr(r, b, &t->init);
			sec->pos = t->init.offset + t->init.len;
		}
	}
	return 0;
}

/* A segment offset: a constant expression of i32 (i64) constants and
 * add/sub/mul, folded, becomes one i64.const (i32.const), plus the base. */
static int put_offset_expr(struct rw *r, struct w64_buf *b, const struct w64_constexpr *e,
                           bool add_base)
{
	struct w64_error scratch;
	struct w64_reader rd;
	struct w64_instr ins;
	uint64_t stack[16];
	unsigned n = 0;
	bool wide = !to64(r); /* the expression's type before conversion */
	w64_error_clear(&scratch);
	w64_reader_init(&rd, r->m->bytes, e->offset + e->len, &scratch);
	rd.pos = e->offset;
	while (w64_read_instr(&rd, &ins) && ins.op != W64_OP_END) {
		switch (ins.op) {
		case W64_OP_I32_CONST:
		case W64_OP_I64_CONST:
			if (n == 16)
				return fail(r, ins.offset, "offset expression too deep to fold");
			stack[n++] = ins.op == W64_OP_I32_CONST ? ins.imm.i32 : ins.imm.i64;
			continue;
		case W64_OP_I32_ADD: case W64_OP_I64_ADD: stack[n - 2] += stack[n - 1]; break;
		case W64_OP_I32_SUB: case W64_OP_I64_SUB: stack[n - 2] -= stack[n - 1]; break;
		case W64_OP_I32_MUL: case W64_OP_I64_MUL: stack[n - 2] *= stack[n - 1]; break;
		default:
			return fail(r, ins.offset, "cannot convert a segment offset computed by %s "
			            "(only constant offsets can change width)", w64_opinfo[ins.op].text);
		}
		n--;
		if (!wide)
			stack[n - 1] = (uint32_t)stack[n - 1];
	}
	uint64_t v = stack[0];
	if (to64(r)) {
		if (add_base)
			v += r->o->base;
		i64_const(b, v);
	} else {
		if (v > UINT32_MAX)
			return fail(r, e->offset, "segment offset 0x%llx does not fit a 32-bit index",
			            (unsigned long long)v);
		i32_const(b, (uint32_t)v);
	}
	op(b, W64_OP_END);
	return 0;
}

static int rewrite_segments(struct rw *r, struct w64_reader *sec, struct w64_buf *b, bool data)
{
	const struct w64_module *m = r->m;
	uint32_t n = data ? m->ndatas : m->nelems;
	uint32_t count;
	w64_read_u32(sec, &count);
	w64_put_u32(b, n);
	for (uint32_t i = 0; i < n; i++) {
		size_t start = data ? m->datas[i].entry_offset : m->elems[i].entry_offset;
		size_t end = i + 1 < n ? (data ? m->datas[i + 1].entry_offset : m->elems[i + 1].entry_offset)
		                       : sec->end;
		bool active = data ? m->datas[i].mode == W64_SEG_ACTIVE : m->elems[i].mode == W64_SEG_ACTIVE;
		bool conv = active && (data ? r->mem_conv[m->datas[i].memory]
		                            : r->table_conv[m->elems[i].table]);
		if (!data && r->redirect) {
			if (put_elem(r, b, &m->elems[i], end, conv) < 0)
				return -1;
			continue;
		}
		if (!conv) {
			w64_put_bytes(b, m->bytes + start, end - start);
			continue;
		}
		const struct w64_constexpr *e = data ? &m->datas[i].offset : &m->elems[i].offset;
		w64_put_bytes(b, m->bytes + start, e->offset - start);
		if (put_offset_expr(r, b, e, data) < 0)
			return -1;
		size_t rest = e->offset + e->len;
		w64_put_bytes(b, m->bytes + rest, end - rest);
	}
	sec->pos = sec->end;
	return 0;
}

/* Walks one body with the validator (which decodes and checks each
 * instruction) and rewrites what changes, copying the bytes between. */
static int rewrite_body(struct rw *r, uint32_t func, struct w64_buf *b)
{
	const struct w64_module *m = r->m;
	const struct w64_func *f = &m->funcs[func];
	struct w64_error scratch;
	struct w64_validator *v = &r->validator;
	struct w64_instr ins;

	r->body.len = 0;
	r->nscratch = 0;
	r->scratch_base = w64_func_type(m, func)->nparams + f->nlocals;
	if (w64_validator_begin(v, m, func, r->err) < 0)
		return -1;
	size_t run = v->r.pos; /* start of bytes not yet copied */
	int found;
	while ((found = w64_validator_until(v, &ins, r->may_change)) > 0) {
		/* Flush the unchanged bytes before it; undone when the
		 * instruction stays as it is (the run goes on). */
		size_t at = ins.offset;
		size_t mark = r->body.len;
		put_run(&r->body, m->bytes + run, at - run);
		int rc = rewrite_instr(r, &ins, m->bytes + at, v->r.pos - at);
		if (rc < 0)
			return -1;
		if (rc == 0) {
			r->body.len = mark;
			continue;
		}
		run = v->r.pos;
		r->code_changed = true;
		if (r->nscratch > sizeof r->scratch / sizeof r->scratch[0] - 2)
			return fail(r, at, "internal error: too many scratch locals");
	}
	if (found < 0)
		return -1;
	put_run(&r->body, m->bytes + run, v->r.pos - run);

	/* Local declarations: the original groups, then one per scratch. */
	struct w64_reader lr;
	uint32_t ngroups;
	/* Cleared: a reader with an error set fails every multi-byte LEB
	 * (found by fuzz_rewrite: a non-minimal local count was copied twice). */
	w64_error_clear(&scratch);
	w64_reader_init(&lr, m->bytes, f->code_offset, &scratch);
	lr.pos = f->body_offset;
	w64_read_u32(&lr, &ngroups);
	struct w64_buf head = r->head;
	head.len = 0;
	w64_put_u32(&head, ngroups + r->nscratch);
	w64_put_bytes(&head, m->bytes + lr.pos, f->code_offset - lr.pos);
	for (unsigned i = 0; i < r->nscratch; i++) {
		w64_put_u32(&head, 1);
		w64_put_u8(&head, (uint8_t)(r->scratch[i].type & 0xff));
		if (w64_is_ref(r->scratch[i].type)) {
			/* A reference scratch: re-encode (ref null? ht). */
			head.len--;
			w64_valtype t = r->scratch[i].type;
			uint32_t heap = w64_ref_heap(t);
			if (!w64_heap_is_index(heap) && w64_ref_nullable(t)) {
				w64_put_u8(&head, (uint8_t)(heap & 0xff));
			} else {
				w64_put_u8(&head, w64_ref_nullable(t) ? 0x63 : 0x64);
				if (w64_heap_is_index(heap))
					w64_put_s64(&head, heap);
				else
					w64_put_u8(&head, (uint8_t)(heap & 0xff));
			}
		}
	}
	w64_put_u32(b, (uint32_t)(head.len + r->body.len));
	put_run(b, head.data, head.len);
	put_run(b, r->body.data, r->body.len);
	r->head = head; /* kept for the next body */
	return head.oom ? fail(r, f->body_offset, "out of memory") : 0;
}

/* --- the code section, on several threads --------------------------------- */

/* A large code section is cut into ranges of function bodies of about
 * equal byte size, several per thread.  Threads take the next range as
 * they become free (so a thread that loses its CPU for a while holds up
 * little), and the calling thread, between its own ranges, passes on the
 * finished ranges in order: the output is written while the rest is
 * still being rewritten.  For that the section's size, unknown until the
 * end, is written as a 5-byte LEB128 (a valid, padded encoding) and filled
 * in last.  Small sections are done in one piece with the size minimal. */
enum { RANGES_PER_THREAD = 8, MAX_THREADS = 16, PADDED_SIZE_BYTES = 5 };

/* A large output buffer is written once, front to back: on 2 MiB pages
 * that is a few hundred page faults instead of one per 4 KiB. */
static void prefer_huge_pages(struct w64_buf *b)
{
	const uintptr_t huge = (uintptr_t)2 << 20;
	uintptr_t from = ((uintptr_t)b->data + huge - 1) & ~(huge - 1);
	uintptr_t to = ((uintptr_t)b->data + b->cap) & ~(huge - 1);
	if (b->data && to > from)
		madvise((void *)from, to - from, MADV_HUGEPAGE); /* advice only */
}

struct body_range {
	uint32_t first, last;    /* defined-function indices [first, last) */
	size_t bytes;            /* input body bytes */
	struct w64_buf out;
	struct w64_error err;
	int rc;
	atomic_bool done;
};

struct code_pool {
	struct body_range *ranges;
	unsigned nranges;
	atomic_uint next;        /* the next range to take */
	atomic_bool stop;        /* a range failed: take no more */
};

struct code_worker {
	struct rw r;             /* a private copy: buffers, scratch, validator */
	struct code_pool *pool;
	pthread_t thread;
};

/* Takes and rewrites the next range; false when none is left. */
static bool run_next_range(struct code_worker *w)
{
	struct code_pool *p = w->pool;
	if (atomic_load(&p->stop))
		return false;
	unsigned k = atomic_fetch_add(&p->next, 1);
	if (k >= p->nranges)
		return false;
	struct body_range *g = &p->ranges[k];
	const struct w64_module *m = w->r.m;
	w64_buf_reserve(&g->out, g->bytes + g->bytes / 2);
	prefer_huge_pages(&g->out);
	w->r.err = &g->err;
	g->rc = 0;
	for (uint32_t i = g->first; i < g->last && g->rc == 0; i++)
		g->rc = rewrite_body(&w->r, m->nimported_funcs + i, &g->out);
	if (g->rc == 0 && g->out.oom)
		g->rc = w64_error_set(&g->err, 0, "out of memory");
	if (g->rc < 0)
		atomic_store(&p->stop, true);
	atomic_store_explicit(&g->done, true, memory_order_release);
	return true;
}

static void *code_thread(void *arg)
{
	struct code_worker *w = arg;
	while (run_next_range(w))
		;
	return NULL;
}

static void worker_init(struct code_worker *w, const struct rw *r, struct code_pool *p)
{
	w->r = *r;
	w->r.body = (struct w64_buf){0};
	w->r.head = (struct w64_buf){0};
	w->r.code_changed = false;
	w64_validator_init(&w->r.validator);
	w->pool = p;
}

static void worker_release(struct rw *r, struct code_worker *w)
{
	r->code_changed |= w->r.code_changed;
	w64_buf_free(&w->r.body);
	w64_buf_free(&w->r.head);
	w64_validator_release(&w->r.validator);
}

/* Passes on a finished range, or returns -1 with its error.  Ranges are
 * taken and passed on in order, so the first error met here is the first
 * in function order. */
static int put_range(struct rw *r, struct body_range *g, struct w64_buf *out, uint64_t *size)
{
	if (g->rc < 0) {
		*r->err = g->err;
		return -1;
	}
	*size += g->out.len;
	int rc = emit_large(r, out, g->out.data, g->out.len);
	w64_buf_free(&g->out);
	return rc;
}

/* The 5-byte size of a large code section, once known: in `out` when the
 * output is gathered, else through the sink. */
static int patch_size(struct rw *r, struct w64_buf *out, uint64_t at, uint32_t size)
{
	uint8_t leb[PADDED_SIZE_BYTES];
	for (int i = 0; i < PADDED_SIZE_BYTES; i++, size >>= 7)
		leb[i] = (uint8_t)((size & 0x7f) | (i < PADDED_SIZE_BYTES - 1 ? 0x80 : 0));
	if (!streaming(r)) {
		if (out->oom || at + sizeof leb > out->len)
			return fail(r, 0, "out of memory");
		memcpy(out->data + at, leb, sizeof leb);
		return 0;
	}
	if (r->o->sink_patch(r->o->sink_user, at, leb, sizeof leb) < 0)
		return fail(r, 0, "write error");
	return 0;
}

static int rewrite_code(struct rw *r, uint32_t n, struct w64_buf *out)
{
	const struct w64_module *m = r->m;
	unsigned threads = r->o->threads ? r->o->threads : 1;
	if (threads > MAX_THREADS)
		threads = MAX_THREADS;
	size_t total = 0;
	for (uint32_t i = 0; i < n; i++)
		total += m->funcs[m->nimported_funcs + i].body_len;
	bool large = total >= (1u << 20);
	unsigned nranges = large ? threads * RANGES_PER_THREAD : 1;
	if (nranges > n)
		nranges = n ? n : 1;
	if (!large || n < 2 * threads)
		threads = 1;

	struct body_range *ranges = calloc(nranges, sizeof *ranges);
	if (!ranges)
		return fail(r, 0, "out of memory");
	uint32_t next = 0;
	size_t done = 0;
	for (unsigned k = 0; k < nranges; k++) {
		struct body_range *g = &ranges[k];
		size_t goal = (size_t)((double)total * (k + 1) / nranges), start = done;
		g->first = next;
		while (next < n && (k == nranges - 1 || done < goal))
			done += m->funcs[m->nimported_funcs + next++].body_len;
		g->last = next;
		g->bytes = done - start;
		w64_error_clear(&g->err);
		atomic_init(&g->done, false);
	}
	struct code_pool pool = {.ranges = ranges, .nranges = nranges};
	atomic_init(&pool.next, 0);
	atomic_init(&pool.stop, false);
	struct code_worker *workers = calloc(threads, sizeof *workers);
	if (!workers) {
		free(ranges);
		return fail(r, 0, "out of memory");
	}
	for (unsigned t = 0; t < threads; t++)
		worker_init(&workers[t], r, &pool);

	/* The section header: id, size (padded when large, else after the
	 * bodies), count. */
	uint32_t count = n + (r->redirect ? r->wasi->nwrapped : 0);
	uint64_t size_at = 0, size = w64_u32_size(count);
	int rc = 0;
	if (large) {
		w64_put_u8(out, 10);
		size_at = r->written + out->len; /* written stays 0 unless streaming */
		for (int i = 0; i < PADDED_SIZE_BYTES; i++)
			w64_put_u8(out, 0);
		w64_put_u32(out, count);
	}
	unsigned started = 0;
	for (unsigned t = 1; t < threads; t++, started++)
		if (pthread_create(&workers[t].thread, NULL, code_thread, &workers[t]) != 0)
			break;
	/* This thread rewrites ranges too, and between them passes on the
	 * finished ones in order (large sections only). */
	unsigned put = 0;
	bool more = true;
	while (more) {
		more = run_next_range(&workers[0]);
		while (large && rc == 0 && put < nranges &&
		       atomic_load_explicit(&ranges[put].done, memory_order_acquire))
			rc = put_range(r, &ranges[put++], out, &size);
		if (rc < 0)
			atomic_store(&pool.stop, true);
	}
	for (unsigned t = 1; t <= started; t++)
		pthread_join(workers[t].thread, NULL);
	if (!large) {
		for (unsigned k = 0; rc == 0 && k < nranges; k++)
			if (ranges[k].rc < 0) {
				*r->err = ranges[k].err;
				rc = -1;
			} else {
				size += ranges[k].out.len;
			}
	}
	struct w64_buf wrappers = {0};
	for (uint32_t k = 0; rc == 0 && r->redirect && k < r->wasi->nwrapped; k++)
		w64_wasi64_put_body(r->wasi, k, &wrappers);
	if (rc == 0 && wrappers.oom)
		rc = fail(r, 0, "out of memory");
	size += wrappers.len;
	if (large) {
		while (rc == 0 && put < nranges)
			rc = put_range(r, &ranges[put++], out, &size);
	} else if (rc == 0) {
		if (size > UINT32_MAX)
			rc = fail(r, 0, "the code section would exceed 4 GiB");
		if (rc == 0) {
			w64_put_u8(out, 10);
			w64_put_u32(out, (uint32_t)size);
			w64_put_u32(out, count);
		}
		for (unsigned k = 0; rc == 0 && k < nranges; k++)
			rc = emit_large(r, out, ranges[k].out.data, ranges[k].out.len);
	}
	if (rc == 0)
		put_run(out, wrappers.data, wrappers.len);
	if (rc == 0 && large) {
		if (size > UINT32_MAX)
			rc = fail(r, 0, "the code section would exceed 4 GiB");
		else
			rc = patch_size(r, out, size_at, (uint32_t)size);
	}
	w64_buf_free(&wrappers);
	for (unsigned t = 0; t < threads; t++)
		worker_release(r, &workers[t]);
	for (unsigned k = 0; k < nranges; k++)
		w64_buf_free(&ranges[k].out);
	free(workers);
	free(ranges);
	return rc;
}

/* The `target_features` section says what the module uses, and tools that
 * read it (wasm-opt without -all, wasm-ld) go by it.  With --to64 it says
 * "+memory64", so they accept the 64-bit memory (add is true); once --to32
 * has lowered every memory, the entry goes, as binaryen's lowering drops
 * the feature: a lowered module no longer needs an engine with memory64.
 * Any other entry is kept as it was; a section that does not parse is
 * copied. */
static bool put_target_features(struct w64_reader sec, struct w64_buf *b, bool add)
{
	struct w64_name name, feature;
	uint32_t n, kept = 0;
	uint8_t prefix;
	struct w64_buf list = {0};
	if (!w64_read_name(&sec, &name) || !w64_read_u32(&sec, &n))
		return false;
	for (uint32_t i = 0; i < n; i++) {
		if (!w64_read_u8(&sec, &prefix) || !w64_read_name(&sec, &feature)) {
			w64_buf_free(&list);
			return false;
		}
		if (feature.len == 8 && memcmp(feature.bytes, "memory64", 8) == 0)
			continue;
		w64_put_u8(&list, prefix);
		w64_put_vec(&list, feature.bytes, feature.len);
		kept++;
	}
	if (sec.pos != sec.end) {
		w64_buf_free(&list);
		return false;
	}
	w64_put_vec(b, name.bytes, name.len);
	w64_put_u32(b, kept + add);
	w64_put_bytes(b, list.data, list.len);
	if (add) {
		w64_put_u8(b, '+');
		w64_put_vec(b, "memory64", 8);
	}
	bool ok = !list.oom;
	w64_buf_free(&list);
	return ok;
}

static bool is_dwarf(const struct w64_name *n)
{
	return n->len >= 7 && memcmp(n->bytes, ".debug_", 7) == 0;
}

/* Where a section may stand (its place in the required order). */
static int section_rank(uint8_t id)
{
	static const int rank[] = {[1] = 1, [2] = 2, [3] = 3, [4] = 4, [5] = 5, [13] = 6, [6] = 7,
	                           [7] = 8, [8] = 9, [9] = 10, [12] = 11, [10] = 12, [11] = 13};
	return id < sizeof rank / sizeof rank[0] ? rank[id] : 0;
}

/* --wasi64 on a module without functions of its own: the function and
 * code sections hold only the wrappers, put where they belong. */
static void put_missing_sections(struct rw *r, struct w64_buf *out, int before_rank,
                                 bool *have_funcs, bool *have_code)
{
	struct w64_buf p = {0};
	if (!*have_funcs && before_rank > section_rank(3)) {
		w64_put_u32(&p, r->wasi->nwrapped);
		put_wrapper_types(r, &p);
		put_section(out, 3, &p);
		*have_funcs = true;
	}
	if (!*have_code && before_rank > section_rank(10)) {
		p.len = 0;
		w64_put_u32(&p, r->wasi->nwrapped);
		for (uint32_t k = 0; k < r->wasi->nwrapped; k++)
			w64_wasi64_put_body(r->wasi, k, &p);
		put_section(out, 10, &p);
		*have_code = true;
	}
	if (p.oom)
		out->oom = true;
	w64_buf_free(&p);
}

int w64_rewrite(const uint8_t *in, size_t len, const struct w64_rewrite_opts *o,
                struct w64_buf *out, struct w64_error *err)
{
	struct rw r = {0};
	struct w64_wasi64 wasi = {0};
	int rc = -1;
	struct w64_module *m = w64_module_decode(in, len, err);
	if (!m)
		return -1;
	/* Bodies are validated as they are rewritten (one decoding pass). */
	if (w64_validate_declarations(m, err) < 0)
		goto done;
	w64_validator_init(&r.validator);
	r.m = m;
	r.o = o;
	r.err = err;
	if (o->base % 65536) {
		fail(&r, 0, "--base 0x%llx is not a multiple of the 64 KiB page size",
		     (unsigned long long)o->base);
		goto done;
	}
	r.mem_conv = calloc(m->nmemories + 1, sizeof *r.mem_conv);
	r.table_conv = calloc(m->ntables + 1, sizeof *r.table_conv);
	if (!r.mem_conv || !r.table_conv) {
		fail(&r, 0, "out of memory");
		goto done;
	}
	if (o->wasi64) {
		if (o->direction != W64_TO64) {
			fail(&r, 0, "--wasi64 goes with --to64");
			goto done;
		}
		if (w64_wasi64_plan(m, o->base, &wasi, err) < 0)
			goto done;
		r.wasi = &wasi;
		r.redirect = wasi.nwrapped ? wasi.redirect : NULL;
	}
	for (unsigned op = 0; op < W64_OP_COUNT; op++)
		r.may_change[op] = may_change(&r, (enum w64_opcode)op);
	bool any = r.redirect != NULL;
	bool any_memory64 = false; /* --to64 made a memory 64-bit */
	bool any_lowered = false;  /* --to32 lowered a memory (so all of them) */
	for (uint32_t i = 0; i < m->nmemories; i++) {
		r.mem_conv[i] = m->memories[i].type.limits.is64 == (o->direction == W64_TO32) &&
		                !o->tables_only;
		any |= r.mem_conv[i];
		any_memory64 |= r.mem_conv[i] && o->direction == W64_TO64;
		any_lowered |= r.mem_conv[i] && o->direction == W64_TO32;
	}
	for (uint32_t i = 0; i < m->ntables; i++) {
		bool want = o->direction == W64_TO32 || o->tables;
		r.table_conv[i] = want && m->tables[i].type.limits.is64 == (o->direction == W64_TO32);
		any |= r.table_conv[i];
	}

	/* Sections, in order; the input is known to be well formed. */
	struct w64_reader rd;
	struct w64_error scratch;
	w64_error_clear(&scratch);
	w64_reader_init(&rd, in, len, &scratch);
	rd.pos = 8;
	if (!streaming(&r))
		w64_buf_reserve(out, len + len / 2); /* conversions add code */
	w64_put_bytes(out, in, 8);
	struct w64_buf payload = {0};
	size_t dwarf_at = 0;
	bool dwarf = false;
	/* With --wasi64 wrappers, whether the function and code sections
	 * (which get them) have been written. */
	bool have_funcs = !r.redirect, have_code = !r.redirect;
	rc = 0;
	while (rd.pos < rd.end) {
		size_t sec_at = rd.pos;
		uint8_t id;
		uint32_t size;
		struct w64_reader sec;
		w64_read_u8(&rd, &id);
		w64_read_u32(&rd, &size);
		w64_reader_sub(&rd, size, &sec, "section");
		payload.len = 0;
		if (id != 0 && (!have_funcs || !have_code))
			put_missing_sections(&r, out, section_rank(id), &have_funcs, &have_code);
		/* 1: copy as is; 0: payload rewritten; -1: drop; 2: written already */
		int src = 1;
		/* Sections that change only for --wasi64's function indices. */
		static int (*const redirected[])(struct rw *, struct w64_reader *, struct w64_buf *) = {
			[1] = rewrite_types, [3] = rewrite_functions, [6] = rewrite_globals,
			[7] = rewrite_exports, [8] = rewrite_start,
		};
		if (r.redirect && id < sizeof redirected / sizeof redirected[0] && redirected[id]) {
			src = 0;
			rc = redirected[id](&r, &sec, &payload);
			have_funcs |= id == 3;
		} else switch (id) {
		case 0: {
			struct w64_name name;
			struct w64_reader nr = sec;
			w64_read_name(&nr, &name);
			if (any && is_dwarf(&name)) {
				src = -1;
				if (!dwarf)
					dwarf_at = sec_at;
				dwarf = true;
			} else if ((any_memory64 || any_lowered) && name.len == 15 &&
			           memcmp(name.bytes, "target_features", 15) == 0 &&
			           put_target_features(sec, &payload, any_memory64)) {
				src = 0;
			}
			break;
		}
		case 2:
			src = 0;
			rc = rewrite_imports(&r, &sec, &payload);
			break;
		case 4:
			src = 0;
			rc = rewrite_tables(&r, &sec, &payload);
			break;
		case 5:
			src = 0;
			rc = rewrite_memories(&r, &sec, &payload);
			break;
		case 9:
			src = 0;
			rc = rewrite_segments(&r, &sec, &payload, false);
			break;
		case 11:
			src = 0;
			rc = rewrite_segments(&r, &sec, &payload, true);
			break;
		case 10: {
			uint32_t n;
			w64_read_u32(&sec, &n);
			src = 2; /* written to `out` directly */
			rc = rewrite_code(&r, n, out);
			have_code = true;
			break;
		}
		default:
			break;
		}
		if ((src == 0 || src == 2) && rc < 0)
			break;
		rc = 0;
		if (src == 1)
			w64_put_bytes(out, in + sec_at, rd.pos - sec_at);
		else if (src == 0)
			put_section(out, id, &payload);
	}
	if (rc == 0 && (!have_funcs || !have_code))
		put_missing_sections(&r, out, INT32_MAX, &have_funcs, &have_code);
	bool oom = payload.oom || r.body.oom || out->oom;
	w64_buf_free(&payload);
	if (rc < 0)
		goto done;
	if (oom) {
		rc = fail(&r, 0, "out of memory");
		goto done;
	}
	if (flush(&r, out) < 0) {
		rc = -1;
		goto done;
	}
	if (dwarf)
		warn(&r, dwarf_at, "DWARF sections (.debug_*) dropped: their code offsets would be stale");
	if (o->validate_output) {
		struct w64_error verr;
		struct w64_module *check = w64_module_decode(out->data, out->len, &verr);
		if (!check || w64_validate_module(check, &verr) < 0) {
			rc = fail(&r, verr.offset, "internal error: the output does not validate: %s",
			          verr.msg);
			w64_module_free(check);
			goto done;
		}
		w64_module_free(check);
	}
	rc = 0;
done:
	w64_wasi64_free(&wasi);
	free(r.mem_conv);
	free(r.table_conv);
	w64_validator_release(&r.validator);
	w64_buf_free(&r.body);
	w64_module_free(m);
	return rc;
}
