/* Instruction decoding, inline: core-internal.
 *
 * w64_read_instr() is w64_read_opcode() followed by w64_read_imm() with the
 * opcode's immediate kind.  The validator calls the two halves itself and
 * expands w64_read_imm() once per opcode, where the kind is a constant:
 * each expansion is then only the reads that opcode needs.
 */
#ifndef W64_INSTR_READ_H
#define W64_INSTR_READ_H

#include <string.h>

#include "w64/module.h"

/* Opcode lookup (instr.c): single-byte opcodes at [0, 256), then each
 * prefix's sub-opcodes from its base; op + 1, 0 for illegal. */
enum {
	W64_FC_COUNT = 0x20, W64_FD_COUNT = 0x114, W64_FE_COUNT = 0x4f,
	W64_FC_BASE = 256, W64_FD_BASE = W64_FC_BASE + W64_FC_COUNT,
	W64_FE_BASE = W64_FD_BASE + W64_FD_COUNT, W64_SLOT_COUNT = W64_FE_BASE + W64_FE_COUNT,
};
extern const uint16_t w64_op_by_code[W64_SLOT_COUNT];

/* Prefixed, illegal and unsupported opcodes. */
bool w64_read_opcode_slow(struct w64_reader *r, struct w64_instr *ins, uint8_t b);
bool w64_read_blocktype(struct w64_reader *r, struct w64_blocktype *bt);

/* Sets ins->offset and ins->op. */
static inline bool w64_read_opcode(struct w64_reader *r, struct w64_instr *ins)
{
	uint8_t b;
	ins->offset = r->pos;
	if (!w64_read_u8(r, &b))
		return false;
	if (__builtin_expect(b < 0xfc && w64_op_by_code[b] != 0, 1)) {
		ins->op = (uint16_t)(w64_op_by_code[b] - 1);
		return true;
	}
	return w64_read_opcode_slow(r, ins, b);
}

static inline bool w64_read_memarg(struct w64_reader *r, struct w64_instr *ins)
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

/* Reads the immediates of an instruction whose immediate kind is `imm`. */
static inline __attribute__((always_inline)) bool
w64_read_imm(struct w64_reader *r, struct w64_instr *ins, enum w64_imm_kind imm)
{
	switch (imm) {
	case W64_IMM_NONE:
		return true;
	case W64_IMM_BLOCKTYPE:
		return w64_read_blocktype(r, &ins->imm.block);
	case W64_IMM_LABEL:
	case W64_IMM_FUNC:
	case W64_IMM_LOCAL:
	case W64_IMM_GLOBAL:
	case W64_IMM_TABLE:
	case W64_IMM_MEM:
	case W64_IMM_DATA:
	case W64_IMM_ELEM:
	case W64_IMM_TYPE:
	case W64_IMM_TAG:
		return w64_read_u32(r, &ins->imm.index);
	case W64_IMM_TRY_TABLE: {
		uint32_t count;
		struct w64_catch c;
		if (!w64_read_blocktype(r, &ins->imm.block) || !w64_read_u32(r, &count))
			return false;
		if (count > w64_reader_left(r))
			return w64_fail_at(r, ins->offset, "unexpected end: try_table declares %u catch "
			                   "clauses", count);
		ins->imm.try_table.count = count;
		ins->imm.try_table.offset = r->pos;
		/* Skip the clauses, as br_table's labels: users re-read them. */
		for (uint32_t i = 0; i < count; i++)
			if (!w64_catch_next(r, &c))
				return false;
		return true;
	}
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
		return w64_read_memarg(r, ins);
	case W64_IMM_MEMARG_LANE:
		return w64_read_memarg(r, ins) && w64_read_u8(r, &ins->lane);
	case W64_IMM_LANE:
		return w64_read_u8(r, &ins->lane);
	case W64_IMM_V128:
	case W64_IMM_SHUFFLE: {
		const uint8_t *p;
		if (!w64_read_bytes(r, 16, &p))
			return false;
		memcpy(ins->imm.v128, p, 16);
		return true;
	}
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
	}
	return w64_fail_at(r, ins->offset, "internal error: unknown immediate kind");
}

#endif
