/* Instruction decoding, driven by the opcode table. */
#include <stdio.h>

#include "w64/module.h"
#include "instr_read.h"

const struct w64_opinfo w64_opinfo[W64_OP_COUNT] = {
#define W64_OP(name, text, prefix, code, imm, a, b, c, r, align) \
	[W64_OP_##name] = {text, prefix, code, W64_IMM_##imm,              \
	                   {W64_SIG_##a, W64_SIG_##b, W64_SIG_##c}, W64_SIG_##r, align},
#include "w64/opcodes.def"
#undef W64_OP
};

/* Opcode lookup: single-byte opcodes at [0, 256), then the sub-opcodes of
 * each prefix (0xfc, 0xfd, 0xfe) in a range of their own (instr_read.h).
 * Entries hold op + 1 so that 0 means illegal. */
#define W64_SLOT(prefix, code)                                                            \
	((prefix) == 0 ? (code) : (prefix) == 0xfc ? W64_FC_BASE + (code)                     \
	                        : (prefix) == 0xfd ? W64_FD_BASE + (code) : W64_FE_BASE + (code))
const uint16_t w64_op_by_code[W64_SLOT_COUNT] = {
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

bool w64_read_blocktype(struct w64_reader *r, struct w64_blocktype *bt)
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
	}
	return NULL;
}

bool w64_br_table_next(struct w64_reader *r, uint32_t *label)
{
	return w64_read_u32(r, label);
}

bool w64_catch_next(struct w64_reader *r, struct w64_catch *c)
{
	uint8_t kind;
	c->offset = r->pos;
	c->tag = 0;
	if (!w64_read_u8(r, &kind))
		return false;
	if (kind > W64_CATCH_ALL_REF)
		return w64_fail_at(r, c->offset, "malformed catch clause 0x%02x", kind);
	c->kind = (enum w64_catch_kind)kind;
	if (kind <= W64_CATCH_REF && !w64_read_u32(r, &c->tag))
		return false;
	return w64_read_u32(r, &c->label);
}

/* The lookup slot of a prefixed opcode: `b` (0xfc..0xff) and, after a
 * prefix, its LEB128 sub-opcode. */
static bool read_prefixed(struct w64_reader *r, uint8_t b, size_t at, uint32_t *slot)
{
	static const uint16_t base[] = {W64_FC_BASE, W64_FD_BASE, W64_FE_BASE};
	static const uint16_t count[] = {W64_FC_COUNT, W64_FD_COUNT, W64_FE_COUNT};
	uint32_t sub;
	if (b == 0xff)
		return w64_fail_at(r, at, "illegal opcode 0xff");
	if (!w64_read_u32(r, &sub))
		return false;
	unsigned k = b - 0xfc;
	if (sub >= count[k] || !w64_op_by_code[base[k] + sub])
		return w64_fail_at(r, at, "illegal opcode 0x%02x 0x%x", b, sub);
	*slot = base[k] + sub;
	return true;
}

/* The two halves of w64_read_instr live in instr_read.h, inline, so that
 * the validator can expand the immediate reader per opcode; this is the
 * opcode reader's rare path: prefixes, illegal and unsupported opcodes. */
bool w64_read_opcode_slow(struct w64_reader *r, struct w64_instr *ins, uint8_t b)
{
	uint32_t slot = b;
	if (b >= 0xfc && !read_prefixed(r, b, ins->offset, &slot))
		return false;
	if (!w64_op_by_code[slot]) {
		const char *feature = unsupported_feature(b);
		if (feature)
			return w64_fail_unsupported(r, ins->offset, "%s (opcode 0x%02x) are not supported",
			                            feature, b);
		return w64_fail_at(r, ins->offset, "illegal opcode 0x%02x", b);
	}
	ins->op = (uint16_t)(w64_op_by_code[slot] - 1);
	return true;
}

bool w64_read_instr(struct w64_reader *r, struct w64_instr *ins)
{
	if (!w64_read_opcode(r, ins))
		return false;
	return w64_read_imm(r, ins, (enum w64_imm_kind)w64_opinfo[ins->op].imm);
}
