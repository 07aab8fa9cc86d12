/* Instruction decoding, driven by the opcode table. */
#include <stdio.h>
#include <string.h>

#include "w64/module.h"

const struct w64_opinfo w64_opinfo[W64_OP_COUNT] = {
#define W64_OP(name, text, prefix, code, imm, a, b, c, r, align) \
	[W64_OP_##name] = {text, prefix, code, W64_IMM_##imm,              \
	                   {W64_SIG_##a, W64_SIG_##b, W64_SIG_##c}, W64_SIG_##r, align},
#include "w64/opcodes.def"
#undef W64_OP
};

/* Opcode lookup: single-byte opcodes at [0, 256), then the sub-opcodes of
 * each prefix (0xfc, 0xfd, 0xfe) in a range of their own.  Entries hold
 * op + 1 so that 0 means illegal. */
enum {
	FC_COUNT = 0x20, FD_COUNT = 0x114, FE_COUNT = 0x4f,
	FC_BASE = 256, FD_BASE = FC_BASE + FC_COUNT, FE_BASE = FD_BASE + FD_COUNT,
	SLOT_COUNT = FE_BASE + FE_COUNT,
};
#define W64_SLOT(prefix, code)                                                            \
	((prefix) == 0 ? (code) : (prefix) == 0xfc ? FC_BASE + (code)                         \
	                        : (prefix) == 0xfd ? FD_BASE + (code) : FE_BASE + (code))
static const uint16_t op_by_code[SLOT_COUNT] = {
#define W64_OP(name, text, prefix, code, imm, a, b, c, r, align) \
	[W64_SLOT(prefix, code)] = W64_OP_##name + 1,
#include "w64/opcodes.def"
#undef W64_OP
};
#undef W64_SLOT

static const char *abstract_name(uint32_t heap, bool nullable)
{
	switch (heap) {
	case W64_HT_FUNC: return nullable ? "funcref" : "(ref func)";
	case W64_HT_EXTERN: return nullable ? "externref" : "(ref extern)";
	case W64_HT_ANY: return nullable ? "anyref" : "(ref any)";
	case W64_HT_EQ: return nullable ? "eqref" : "(ref eq)";
	case W64_HT_I31: return nullable ? "i31ref" : "(ref i31)";
	case W64_HT_STRUCT: return nullable ? "structref" : "(ref struct)";
	case W64_HT_ARRAY: return nullable ? "arrayref" : "(ref array)";
	case W64_HT_EXN: return nullable ? "exnref" : "(ref exn)";
	case W64_HT_NONE: return nullable ? "nullref" : "(ref none)";
	case W64_HT_NOEXTERN: return nullable ? "nullexternref" : "(ref noextern)";
	case W64_HT_NOFUNC: return nullable ? "nullfuncref" : "(ref nofunc)";
	case W64_HT_NOEXN: return nullable ? "nullexnref" : "(ref noexn)";
	}
	return NULL;
}

const char *w64_valtype_str(w64_valtype t, char *buf, size_t len)
{
	switch (t) {
	case W64_I32: return "i32";
	case W64_I64: return "i64";
	case W64_F32: return "f32";
	case W64_F64: return "f64";
	case W64_V128: return "v128";
	case W64_ANY: return "any";
	}
	if (!w64_is_ref(t))
		return "?";
	const char *a = abstract_name(w64_ref_heap(t), w64_ref_nullable(t));
	if (a)
		return a;
	snprintf(buf, len, "(ref %s$%u)", w64_ref_nullable(t) ? "null " : "", w64_ref_heap(t));
	return buf;
}

const char *w64_valtype_name(w64_valtype t)
{
	static const char *const generic = "(ref $type)";
	if (w64_is_ref(t) && !abstract_name(w64_ref_heap(t), w64_ref_nullable(t)))
		return generic;
	return w64_valtype_str(t, NULL, 0);
}

const char *w64_extern_kind_name(enum w64_extern_kind k)
{
	switch (k) {
	case W64_EXTERN_FUNC: return "function";
	case W64_EXTERN_TABLE: return "table";
	case W64_EXTERN_MEMORY: return "memory";
	case W64_EXTERN_GLOBAL: return "global";
	case W64_EXTERN_TAG: return "tag";
	}
	return "?";
}

static bool is_number_byte(uint8_t b)
{
	return b == W64_I32 || b == W64_I64 || b == W64_F32 || b == W64_F64 || b == W64_V128;
}

/* The abstract heap types, by their one-byte encoding (0x69..0x74). */
static bool is_abstract_heap_byte(uint8_t b)
{
	return b >= 0x69 && b <= 0x74;
}

static bool is_valtype_start(uint8_t b)
{
	return is_number_byte(b) || is_abstract_heap_byte(b) || b == 0x63 || b == 0x64;
}

bool w64_read_heaptype(struct w64_reader *r, uint32_t *out)
{
	size_t at = r->pos;
	if (r->pos < r->end && is_abstract_heap_byte(r->data[r->pos])) {
		*out = W64_HT_ABSTRACT | r->data[r->pos++];
		return true;
	}
	int64_t v;
	if (!w64_read_s33(r, &v))
		return false;
	if (v < 0 || v >= (int64_t)W64_MAX_TYPES)
		return w64_fail_at(r, at, "malformed heap type");
	*out = (uint32_t)v;
	return true;
}

bool w64_read_valtype(struct w64_reader *r, w64_valtype *out)
{
	size_t at = r->pos;
	uint8_t b;
	if (!w64_read_u8(r, &b))
		return false;
	if (is_number_byte(b)) {
		*out = b;
		return true;
	}
	if (is_abstract_heap_byte(b)) {
		*out = W64_REF_TYPE(1, W64_HT_ABSTRACT | b);
		return true;
	}
	if (b == 0x63 || b == 0x64) {
		uint32_t heap;
		if (!w64_read_heaptype(r, &heap))
			return false;
		*out = W64_REF_TYPE(b == 0x63, heap);
		return true;
	}
	return w64_fail_at(r, at, "malformed value type 0x%02x", b);
}

static bool read_blocktype(struct w64_reader *r, struct w64_blocktype *bt)
{
	size_t at = r->pos;
	if (r->pos < r->end) {
		uint8_t b = r->data[r->pos];
		if (b == 0x40) {
			r->pos++;
			bt->kind = W64_BT_EMPTY;
			return true;
		}
		if (is_valtype_start(b)) {
			bt->kind = W64_BT_VAL;
			return w64_read_valtype(r, &bt->val);
		}
	}
	int64_t v;
	if (!w64_read_s33(r, &v))
		return false;
	if (v < 0)
		return w64_fail_at(r, at, "malformed block type");
	bt->kind = W64_BT_TYPE;
	bt->type = (uint32_t)v;
	return true;
}

/* Opcodes of proposals this implementation does not have yet. */
static const char *unsupported_feature(uint8_t b)
{
	switch (b) {
	case 0xfb: case 0xd3: return "GC instructions";
	case 0x06: case 0x07: case 0x08: case 0x09: case 0x0a: case 0x18: case 0x19: case 0x1f:
		return "exception-handling instructions";
	}
	return NULL;
}

bool w64_br_table_next(struct w64_reader *r, uint32_t *label)
{
	return w64_read_u32(r, label);
}

/* The lookup slot of a prefixed opcode: `b` (0xfc..0xff) and, after a
 * prefix, its LEB128 sub-opcode. */
static bool read_prefixed(struct w64_reader *r, uint8_t b, size_t at, uint32_t *slot)
{
	static const uint16_t base[] = {FC_BASE, FD_BASE, FE_BASE};
	static const uint16_t count[] = {FC_COUNT, FD_COUNT, FE_COUNT};
	uint32_t sub;
	if (b == 0xff)
		return w64_fail_at(r, at, "illegal opcode 0xff");
	if (!w64_read_u32(r, &sub))
		return false;
	unsigned k = b - 0xfc;
	if (sub >= count[k] || !op_by_code[base[k] + sub])
		return w64_fail_at(r, at, "illegal opcode 0x%02x 0x%x", b, sub);
	*slot = base[k] + sub;
	return true;
}

static bool read_memarg(struct w64_reader *r, struct w64_instr *ins)
{
	uint32_t flags;
	size_t at = r->pos;
	if (!w64_read_u32(r, &flags))
		return false;
	ins->imm.memarg.mem = 0;
	if (flags & 0x40) {
		flags &= ~0x40u;
		if (!w64_read_u32(r, &ins->imm.memarg.mem))
			return false;
	}
	if (flags >= 0x40)
		return w64_fail_at(r, at, "malformed memop flags 0x%x", flags);
	ins->imm.memarg.align = flags;
	return w64_read_u64(r, &ins->imm.memarg.offset);
}

static bool read_16_bytes(struct w64_reader *r, uint8_t out[16])
{
	const uint8_t *p;
	if (!w64_read_bytes(r, 16, &p))
		return false;
	memcpy(out, p, 16);
	return true;
}

bool w64_read_instr(struct w64_reader *r, struct w64_instr *ins)
{
	uint8_t b;
	uint32_t slot;
	ins->offset = r->pos;
	if (!w64_read_u8(r, &b))
		return false;
	if (b >= 0xfc) {
		if (!read_prefixed(r, b, ins->offset, &slot))
			return false;
	} else {
		slot = b;
	}
	if (!op_by_code[slot]) {
		const char *feature = unsupported_feature(b);
		if (feature)
			return w64_fail_unsupported(r, ins->offset, "%s (opcode 0x%02x) are not supported",
			                            feature, b);
		return w64_fail_at(r, ins->offset, "illegal opcode 0x%02x", b);
	}
	ins->op = (uint16_t)(op_by_code[slot] - 1);

	/* The two most common shapes first, before the switch's jump table:
	 * no immediate (numeric ops), and one index (locals, calls, ...). */
	uint8_t imm = w64_opinfo[ins->op].imm;
	if (imm == W64_IMM_NONE)
		return true;
	if (imm == W64_IMM_LOCAL)
		return w64_read_u32(r, &ins->imm.index);
	switch ((enum w64_imm_kind)imm) {
	case W64_IMM_NONE:
		return true;
	case W64_IMM_BLOCKTYPE:
		return read_blocktype(r, &ins->imm.block);
	case W64_IMM_LABEL:
	case W64_IMM_FUNC:
	case W64_IMM_LOCAL:
	case W64_IMM_GLOBAL:
	case W64_IMM_TABLE:
	case W64_IMM_MEM:
	case W64_IMM_DATA:
	case W64_IMM_ELEM:
		return w64_read_u32(r, &ins->imm.index);
	case W64_IMM_BR_TABLE: {
		uint32_t count, label;
		if (!w64_read_u32(r, &count))
			return false;
		if (count > W64_MAX_BR_TABLE)
			return w64_fail_at(r, ins->offset, "br_table has too many labels (%u)", count);
		ins->imm.br_table.count = count;
		ins->imm.br_table.offset = r->pos;
		/* Skip the labels now so the reader ends after the instruction;
		 * users re-read them from imm.br_table.offset. */
		for (uint64_t i = 0; i <= count; i++)
			if (!w64_read_u32(r, &label))
				return false;
		return true;
	}
	case W64_IMM_CALL_INDIRECT:
		return w64_read_u32(r, &ins->imm.call_indirect.type) &&
		       w64_read_u32(r, &ins->imm.call_indirect.table);
	case W64_IMM_SELECT_T: {
		uint32_t n;
		size_t at = r->pos;
		if (!w64_read_u32(r, &n))
			return false;
		if (n != 1)
			return w64_fail_at(r, at, "invalid result arity: select takes one type, not %u", n);
		return w64_read_valtype(r, &ins->imm.type);
	}
	case W64_IMM_MEMARG:
		return read_memarg(r, ins);
	case W64_IMM_MEMARG_LANE:
		return read_memarg(r, ins) && w64_read_u8(r, &ins->lane);
	case W64_IMM_LANE:
		return w64_read_u8(r, &ins->lane);
	case W64_IMM_V128:
	case W64_IMM_SHUFFLE:
		return read_16_bytes(r, ins->imm.v128);
	case W64_IMM_FENCE: {
		uint8_t zero;
		size_t at = r->pos;
		if (!w64_read_u8(r, &zero))
			return false;
		if (zero != 0)
			return w64_fail_at(r, at, "malformed atomic.fence: zero byte expected");
		return true;
	}
	case W64_IMM_MEM_MEM:
	case W64_IMM_TABLE_TABLE:
		return w64_read_u32(r, &ins->imm.pair.dst) &&
		       w64_read_u32(r, &ins->imm.pair.src);
	case W64_IMM_DATA_MEM:
	case W64_IMM_ELEM_TABLE:
		return w64_read_u32(r, &ins->imm.init.seg) &&
		       w64_read_u32(r, &ins->imm.init.dst);
	case W64_IMM_I32: {
		int32_t v;
		if (!w64_read_s32(r, &v))
			return false;
		ins->imm.i32 = (uint32_t)v;
		return true;
	}
	case W64_IMM_I64: {
		int64_t v;
		if (!w64_read_s64(r, &v))
			return false;
		ins->imm.i64 = (uint64_t)v;
		return true;
	}
	case W64_IMM_F32:
		return w64_read_f32(r, &ins->imm.f32);
	case W64_IMM_F64:
		return w64_read_f64(r, &ins->imm.f64);
	case W64_IMM_HEAPTYPE:
		return w64_read_heaptype(r, &ins->imm.heap);
	case W64_IMM_TYPE:
		return w64_read_u32(r, &ins->imm.index);
	}
	return w64_fail_at(r, ins->offset, "internal error: unknown immediate kind");
}
