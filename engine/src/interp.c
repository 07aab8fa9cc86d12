/* The interpreter: threaded dispatch over compiled code (see compile.c).
 *
 * Every instruction is a handler address followed by its operands; slot
 * operands are indices into the current frame `fp`.  The hot state lives in
 * local variables: ip, fp, the current function, and memory 0's base and
 * size.  Calls push a w64_frame on a separate call stack; the value stack
 * holds only frames' slots, so recursion never uses the host's stack.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "internal.h"
#include "numeric.h"

/* Operand n of the current instruction as a frame slot (an lvalue). */
#define R(n) (fp[ip[n].u])
/* Advance past an instruction of `len` cells and dispatch the next. */
#define NEXT(len)          \
	do {                   \
		ip += (len);       \
		goto *ip->op;      \
	} while (0)

enum w64_status w64_trap_set(struct w64_trap *trap, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(trap->msg, sizeof trap->msg, fmt, ap);
	va_end(ap);
	trap->nframes = 0;
	trap->truncated = false;
	trap->exit_code = 0;
	trap->exn = 0;
	return W64_TRAPPED;
}

static void add_frame(struct w64_trap *trap, const struct w64_func_inst *f)
{
	if (trap->nframes == W64_TRAP_FRAMES) {
		trap->truncated = true;
		return;
	}
	trap->frames[trap->nframes].inst = f->inst;
	trap->frames[trap->nframes].func = f->index;
	trap->nframes++;
}

/* Loads and stores.  The compiler stores offset + size ("end") in the
 * code, so the access [addr + offset, addr + offset + size) is in bounds
 * iff addr + end does not wrap and is at most the memory's size; 32-bit
 * addresses are zero-extended, so one check serves both index types. */
#define MEM_AT(addr, end, size, base, limit)                                   \
	({                                                                         \
		uint64_t e_;                                                           \
		if (__builtin_add_overflow((uint64_t)(addr), (uint64_t)(end), &e_) ||  \
		    e_ > (limit))                                                      \
			goto trap_memory;                                                  \
		(base) + (e_ - (size));                                                \
	})

/* The interpreter's state where an exception is: its function, frame,
 * instruction (a cell of the one that threw, or of the call it came
 * through; NULL after a host tail call) and call depth. */
struct unwind {
	struct w64_func_inst *fn;
	uint64_t *fp;
	const w64_cell *ip;
	uint32_t depth;
	struct w64_exn *exn;
	bool leave;           /* the frame at fn is gone already (a host tail call) */
	bool resume;          /* run() starts at the handler */
};

/* run()'s status when it stops for an exception. */
#define STATUS_UNWIND ((enum w64_status)-1)

/* Finds the handler of u->exn: in the frame at *u (unless u->leave), then
 * frame after frame outwards, adding each frame it leaves to the trap's
 * backtrace.  Returns true with *u the handler's state (ip NULL: it
 * returns from its function) once the exception's values are in place;
 * false when the exception leaves the entry frame. */
static bool unwind(const struct w64_frame *frames, uint32_t base_depth, struct w64_trap *trap,
                   struct unwind *u)
{
	const struct w64_exn *exn = u->exn;
	for (;;) {
		const struct w64_handler *h =
			u->leave ? NULL : w64_find_handler(u->fn->code, u->ip, exn);
		if (h) {
			if (h->payload_dst != W64_NO_SLOT)
				memcpy(u->fp + h->payload_dst, exn->values, exn->nvalues * sizeof *u->fp);
			if (h->exn_dst != W64_NO_SLOT)
				u->fp[h->exn_dst] = (uintptr_t)exn;
			u->ip = h->target;
			return true;
		}
		u->leave = false;
		add_frame(trap, u->fn);
		if (u->depth == base_depth + 1)
			return false;
		u->depth--;
		u->ip = frames[u->depth].ret - 1;
		u->fp = frames[u->depth].fp;
		u->fn = frames[u->depth].fn;
	}
}

static enum w64_status run(struct w64_store *s, struct w64_func_inst *entry, uint64_t *fp,
                           struct w64_trap *trap, const void *const **table_out,
                           struct unwind *u)
{
	/* Relaxed SIMD instructions that behave as a SIMD instruction share
	 * its handler: the deterministic choices of docs/runtime.md. */
#define L_I8X16_RELAXED_SWIZZLE L_I8X16_SWIZZLE
#define L_I32X4_RELAXED_TRUNC_F32X4_S L_I32X4_TRUNC_SAT_F32X4_S
#define L_I32X4_RELAXED_TRUNC_F32X4_U L_I32X4_TRUNC_SAT_F32X4_U
#define L_I32X4_RELAXED_TRUNC_F64X2_S_ZERO L_I32X4_TRUNC_SAT_F64X2_S_ZERO
#define L_I32X4_RELAXED_TRUNC_F64X2_U_ZERO L_I32X4_TRUNC_SAT_F64X2_U_ZERO
#define L_I8X16_RELAXED_LANESELECT L_V128_BITSELECT
#define L_I16X8_RELAXED_LANESELECT L_V128_BITSELECT
#define L_I32X4_RELAXED_LANESELECT L_V128_BITSELECT
#define L_I64X2_RELAXED_LANESELECT L_V128_BITSELECT
#define L_F32X4_RELAXED_MIN L_F32X4_MIN
#define L_F32X4_RELAXED_MAX L_F32X4_MAX
#define L_F64X2_RELAXED_MIN L_F64X2_MIN
#define L_F64X2_RELAXED_MAX L_F64X2_MAX
#define L_I16X8_RELAXED_Q15MULR_S L_I16X8_Q15MULR_SAT_S
	static const void *const table[IOP_COUNT] = {
#define LOADSTORE(name) [W64_OP_##name] = &&L_##name, \
	[IOP_MEMX + W64_OP_##name - W64_OP_I32_LOAD] = &&LX_##name, \
	[IOP_MEMI + W64_OP_##name - W64_OP_I32_LOAD] = &&LI_##name, \
	[IOP_MEMA + W64_OP_##name - W64_OP_I32_LOAD] = &&LA_##name, \
	[IOP_MEMAI + W64_OP_##name - W64_OP_I32_LOAD] = &&LAI_##name,
		/* Expanded from opcodes.def: every numeric instruction (no
		 * immediate, operands of a value type) and every load and store of
		 * the single-byte and 0xfc opcodes runs as its own handler, so a
		 * row added there without one fails to compile.  So does every
		 * SIMD row (0xfd): each is its own handler, whatever its
		 * immediates (compile_simd in compile.c lays out its operands).
		 * Atomics go through IOP_ATOMIC. */
#define W64_OP(name, text, prefix, code, imm, in1, in2, in3, out, align) \
	DIRECT_P_##prefix(imm, in1, name)
#define DIRECT_P_0x00(imm, in1, name) DIRECT_I_##imm(in1, name)
#define DIRECT_P_0xfc(imm, in1, name) DIRECT_I_##imm(in1, name)
#define DIRECT_P_0xfd(imm, in1, name) [W64_OP_##name] = &&L_##name,
#define DIRECT_P_0xfe(imm, in1, name)
#define DIRECT_I_NONE(in1, name) DIRECT_T_##in1(name)
#define DIRECT_I_MEMARG(in1, name) LOADSTORE(name)
#define DIRECT_T_I32(name) [W64_OP_##name] = &&L_##name,
#define DIRECT_T_I64(name) [W64_OP_##name] = &&L_##name,
#define DIRECT_T_F32(name) [W64_OP_##name] = &&L_##name,
#define DIRECT_T_F64(name) [W64_OP_##name] = &&L_##name,
		/* Compiled into internal instructions, or handled below by name. */
#define DIRECT_T_SPECIAL(name)
#define DIRECT_T_NONE(name)
#define DIRECT_I_BLOCKTYPE(in1, name)
#define DIRECT_I_BR_TABLE(in1, name)
#define DIRECT_I_CALL_INDIRECT(in1, name)
#define DIRECT_I_FUNC(in1, name)
#define DIRECT_I_GLOBAL(in1, name)
#define DIRECT_I_HEAPTYPE(in1, name)
#define DIRECT_I_LABEL(in1, name)
#define DIRECT_I_LOCAL(in1, name)
#define DIRECT_I_SELECT_T(in1, name)
#define DIRECT_I_TABLE(in1, name)
#define DIRECT_I_TYPE(in1, name)
#define DIRECT_I_MEM(in1, name)
#define DIRECT_I_DATA(in1, name)
#define DIRECT_I_DATA_MEM(in1, name)
#define DIRECT_I_ELEM(in1, name)
#define DIRECT_I_ELEM_TABLE(in1, name)
#define DIRECT_I_MEM_MEM(in1, name)
#define DIRECT_I_TABLE_TABLE(in1, name)
#define DIRECT_I_I32(in1, name)
#define DIRECT_I_I64(in1, name)
#define DIRECT_I_F32(in1, name)
#define DIRECT_I_F64(in1, name)
#define DIRECT_I_TAG(in1, name)
#define DIRECT_I_TRY_TABLE(in1, name)
#include "w64/opcodes.def"
#undef W64_OP
#undef LOADSTORE
		/* The instructions compile.c special-cases by name. */
#define H(name) [W64_OP_##name] = &&L_##name,
		H(UNREACHABLE) H(MEMORY_SIZE) H(MEMORY_GROW) H(MEMORY_FILL) H(MEMORY_COPY)
		H(MEMORY_INIT) H(DATA_DROP) H(TABLE_GET) H(TABLE_SET) H(TABLE_SIZE) H(TABLE_GROW)
		H(TABLE_FILL) H(TABLE_COPY) H(TABLE_INIT) H(ELEM_DROP) H(REF_IS_NULL) H(REF_AS_NON_NULL)
#undef H
#define H(name) [IOP_IMM_##name] = &&LI_##name,
		W64_INT_IMM_OPS(H)
#undef H
#define H(name) [IOP_BR_##name] = &&LB_##name, [IOP_BRI_##name] = &&LBI_##name,
		W64_INT_CMPS(H)
#undef H
#define H(name) [IOP_##name] = &&L_##name,
		H(ENTER) H(ENTER_ZERO) H(EXIT) H(COPY) H(CONST) H(JUMP) H(BR_IF) H(BR_UNLESS) H(BR_NULL)
		H(BR_NONNULL) H(BR_TABLE) H(RETURN) H(RETURN1) H(CALL) H(CALL_HOST) H(CALL_INDIRECT)
		H(RETURN_CALL) H(RETURN_CALL_INDIRECT) H(CALL_REF) H(RETURN_CALL_REF) H(TRAP)
		H(SELECT) H(GLOBAL_GET) H(GLOBAL_SET) H(TICK) H(ATOMIC) H(THROW) H(THROW_REF)
		H(COPY2) H(SELECT2) H(GLOBAL_GET2) H(GLOBAL_SET2)
#undef H
	};
	static const void *const exit_code[1] = {&&L_EXIT};

	if (table_out) {
		*table_out = table;
		return W64_OK;
	}

	struct w64_frame *const frames = s->frames;
	const uint32_t max_depth = s->cfg.max_call_depth;
	uint64_t *const stack_end = s->stack_end;
	const uint32_t base_depth = s->depth;
	uint32_t depth = base_depth;
	struct w64_func_inst *fn = entry;
	struct w64_func_inst *callee;
	const w64_cell *ip;
	const w64_cell *ret;
	uint64_t *nfp;
	uint8_t *mbase;
	uint64_t msize;
	const char *trap_msg = NULL;
	uint32_t ticks = W64_TICK_BATCH;
	uint64_t trap_index = UINT64_MAX; /* a table index the message names */
	enum w64_status status = W64_TRAPPED;
	struct w64_error cerr;
	struct w64_exn *exn;

#define LOAD_MEM()                          \
	do {                                    \
		mbase = fn->mem0->base;             \
		msize = w64_mem_size(fn->mem0);     \
	} while (0)

	if (u->resume) {
		/* At the handler of an exception (unwind()). */
		fn = u->fn;
		fp = u->fp;
		ip = u->ip;
		depth = u->depth;
		LOAD_MEM();
		if (!ip)
			goto L_RETURN; /* caught by the function's label: the values are its results */
		goto *ip->op;
	}
	/* The entry frame returns to EXIT. */
	callee = entry;
	nfp = fp;
	ret = (const w64_cell *)exit_code;
	LOAD_MEM();
	goto do_call;

L_ENTER:
	/* [frame_slots][first_local][count]: room for the frame; ENTER_ZERO
	 * also zeroes the locals that may be read before they are written. */
	if (ip[1].u > (uint64_t)(stack_end - fp)) {
		trap_msg = "call stack exhausted";
		goto trap;
	}
	NEXT(4);
L_ENTER_ZERO:
	if (ip[1].u > (uint64_t)(stack_end - fp)) {
		trap_msg = "call stack exhausted";
		goto trap;
	}
	{
		/* Usually a few locals (at least one): a loop beats a call to
		 * memset, which clang would make of a plain loop; the empty asm
		 * keeps the loop a loop. */
		uint64_t *l = fp + ip[2].u, n = ip[3].u;
		do {
			*l++ = 0;
			__asm__("" : "+r"(l));
		} while (--n);
	}
	NEXT(4);
L_EXIT:
	s->depth = base_depth;
	return W64_OK;

L_COPY:
	R(2) = R(1);
	NEXT(3);
L_CONST:
	R(2) = ip[1].u;
	NEXT(3);
L_JUMP:
	ip = ip[1].target;
	goto *ip->op;
L_BR_IF:
	if ((uint32_t)R(1)) {
		ip = ip[2].target;
		goto *ip->op;
	}
	NEXT(3);
L_BR_UNLESS:
	if (!(uint32_t)R(1)) {
		ip = ip[2].target;
		goto *ip->op;
	}
	NEXT(3);
L_BR_NULL:
	if (!R(1)) {
		ip = ip[2].target;
		goto *ip->op;
	}
	NEXT(3);
L_BR_NONNULL:
	if (R(1)) {
		ip = ip[2].target;
		goto *ip->op;
	}
	NEXT(3);
L_BR_TABLE: {
	uint64_t i = (uint32_t)R(1), n = ip[2].u;
	ip = ip[3 + (i < n ? i : n)].target;
	goto *ip->op;
}
L_SELECT:
	R(4) = (uint32_t)R(1) ? R(2) : R(3);
	NEXT(5);
L_GLOBAL_GET:
	R(2) = *(const uint64_t *)ip[1].p;
	NEXT(3);
L_GLOBAL_SET:
	*(uint64_t *)ip[1].p = R(2);
	NEXT(3);
L_COPY2:
	/* A v128 moving down by one slot (over a catch block's hidden
	 * exnref, say) overlaps itself. */
	memmove(&R(2), &R(1), 16);
	NEXT(3);
L_SELECT2:
	memmove(&R(4), (uint32_t)R(1) ? &R(2) : &R(3), 16);
	NEXT(5);
L_GLOBAL_GET2:
	memcpy(&R(2), ip[1].p, 16);
	NEXT(3);
L_GLOBAL_SET2:
	memcpy(ip[1].p, &R(2), 16);
	NEXT(3);
L_TRAP:
	trap_msg = ip[1].p;
	goto trap;
L_TICK:
	/* Only in code compiled under a fuel or time limit: the slow path
	 * runs once per batch. */
	if (__builtin_expect(--ticks == 0, 0)) {
		ticks = W64_TICK_BATCH;
		if (s->fuel_left < W64_TICK_BATCH) {
			s->fuel_left = 0;
			trap_msg = "fuel exhausted";
			goto trap;
		}
		if (s->fuel_left != UINT64_MAX)
			s->fuel_left -= W64_TICK_BATCH;
		if (s->deadline_ns) {
			struct timespec now;
			clock_gettime(CLOCK_MONOTONIC, &now);
			if ((uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec >= s->deadline_ns) {
				trap_msg = "timeout";
				goto trap;
			}
		}
	}
	NEXT(1);
L_UNREACHABLE:
	trap_msg = "unreachable";
	goto trap;

	/* --- calls ------------------------------------------------------ */
L_CALL:
	/* Known at compile time to be a wasm function. */
	callee = ip[1].p;
	nfp = fp + ip[2].u;
	ret = ip + 3;
	goto do_wasm_call;
L_CALL_HOST:
	callee = ip[1].p;
	nfp = fp + ip[2].u;
	ret = ip + 3;
	goto do_host_call;
L_CALL_INDIRECT:
	nfp = fp + ip[4].u;
	ret = ip + 5;
	goto call_indirect;
L_RETURN_CALL_INDIRECT:
	ret = NULL; /* a tail call */
	goto call_indirect;
call_indirect: {
	/* [table][type_id][index]...: look the callee up and check its type. */
	const struct w64_table_inst *t = ip[1].p;
	uint64_t i = R(3);
	if (i >= t->size) {
		trap_msg = "undefined element";
		goto trap;
	}
	callee = (struct w64_func_inst *)(uintptr_t)t->elems[i];
	if (!callee) {
		trap_msg = "uninitialized element";
		trap_index = i;
		goto trap;
	}
	if (callee->type_id != ip[2].u && !w64_store_type_sub(s, callee->type_id, ip[2].u)) {
		trap_msg = "indirect call type mismatch";
		goto trap;
	}
	if (!ret)
		goto do_tail_call;
	goto do_call;
}
L_CALL_REF:
	callee = (struct w64_func_inst *)(uintptr_t)R(1);
	if (!callee) {
		trap_msg = "null function reference";
		goto trap;
	}
	nfp = fp + ip[2].u;
	ret = ip + 3;
	goto do_call;
L_RETURN_CALL_REF:
	callee = (struct w64_func_inst *)(uintptr_t)R(1);
	if (!callee) {
		trap_msg = "null function reference";
		goto trap;
	}
	goto do_tail_call;
L_RETURN_CALL:
	/* The arguments are already in fp[0..): reuse this frame. */
	callee = ip[1].p;
	goto do_tail_call;
do_tail_call:
	if (callee->host) {
		/* A host function returns at once: call it, then return. */
		nfp = fp;
		ret = NULL;
		goto do_host_call;
	}
	fn = callee;
	if (!fn->code && w64_compile(s, fn, &cerr) < 0) {
		trap_msg = "out of memory while compiling";
		goto trap;
	}
	ip = fn->code->cells;
	LOAD_MEM();
	goto *ip->op;

do_call:
	if (callee->host)
		goto do_host_call;
do_wasm_call:
	if (depth >= max_depth) {
		trap_msg = "call stack exhausted";
		goto trap;
	}
	frames[depth].ret = ret;
	frames[depth].fp = fp;
	frames[depth].fn = fn;
	depth++;
	/* Memory 0's registers only change when the call crosses into
	 * another instance (a grow updates them where it happens). */
	if (callee->mem0 != fn->mem0) {
		mbase = callee->mem0->base;
		msize = w64_mem_size(callee->mem0);
	}
	fn = callee;
	fp = nfp;
	ip = fn->entry;
	if (__builtin_expect(!ip, 0)) {
		if (w64_compile(s, fn, &cerr) < 0) {
			trap_msg = "out of memory while compiling";
			goto trap;
		}
		ip = fn->entry;
	}
	goto *ip->op;

do_host_call: {
	struct w64_host_call call = {s, fn->inst, callee->host_user};
	uint32_t cells = callee->host_cells;
	if (nfp + cells > stack_end) {
		trap_msg = "call stack exhausted";
		goto trap;
	}
	s->depth = depth;
	s->stack_top = nfp + cells;
	status = callee->host(&call, nfp, trap);
	if (status != W64_OK) {
		if (status == W64_EXCEPTION) {
			/* Thrown by the host, or by wasm code it called: it goes on
			 * from the call (a tail call's frame is gone), with the
			 * frames it has left so far. */
			add_frame(trap, callee);
			*u = (struct unwind){fn, fp, ret ? ret - 1 : NULL, depth,
			                     (struct w64_exn *)(uintptr_t)trap->exn, !ret, false};
			return STATUS_UNWIND;
		}
		/* The host filled *trap; add our frames to its backtrace. */
		trap->nframes = 0;
		trap->truncated = false;
		add_frame(trap, callee);
		goto unwind;
	}
	LOAD_MEM();
	if (!ret)
		goto L_RETURN; /* tail call of a host function */
	ip = ret;
	goto *ip->op;
}

L_RETURN1:
	fp[0] = R(1);
	/* fall through */
L_RETURN:
	depth--;
	ip = frames[depth].ret;
	fp = frames[depth].fp;
	if (frames[depth].fn->mem0 != fn->mem0) {
		fn = frames[depth].fn;
		LOAD_MEM();
	}
	fn = frames[depth].fn;
	goto *ip->op;

	/* --- memory ------------------------------------------------------- */
#define LOAD(name, T, conv)                                                   \
	L_##name: {                                                               \
		T v_;                                                                 \
		memcpy(&v_, MEM_AT(R(1), ip[2].u, sizeof(T), mbase, msize), sizeof(T)); \
		R(3) = conv;                                                          \
		NEXT(4);                                                              \
	}                                                                         \
	LX_##name: {                                                              \
		const struct w64_memory_inst *m_ = ip[1].p;                           \
		T v_;                                                                 \
		memcpy(&v_, MEM_AT(R(2), ip[3].u, sizeof(T), m_->base, w64_mem_size(m_)), sizeof(T)); \
		R(4) = conv;                                                          \
		NEXT(5);                                                              \
	}                                                                         \
	LI_##name: {                                                              \
		T v_;                                                                 \
		memcpy(&v_, MEM_AT(ip[1].u, 0, sizeof(T), mbase, msize), sizeof(T));  \
		R(2) = conv;                                                          \
		NEXT(3);                                                              \
	}                                                                         \
	LA_##name: {                                                              \
		T v_;                                                                 \
		memcpy(&v_, MEM_AT((R(1) + R(2)) & ip[3].u, ip[4].u, sizeof(T), mbase, msize), \
		       sizeof(T));                                                    \
		R(5) = conv;                                                          \
		NEXT(6);                                                              \
	}                                                                         \
	LAI_##name: {                                                             \
		T v_;                                                                 \
		memcpy(&v_, MEM_AT((R(1) + ip[2].u) & ip[3].u, ip[4].u, sizeof(T), mbase, msize), \
		       sizeof(T));                                                    \
		R(5) = conv;                                                          \
		NEXT(6);                                                              \
	}
	LOAD(I32_LOAD, uint32_t, v_)
	LOAD(I64_LOAD, uint64_t, v_)
	LOAD(F32_LOAD, uint32_t, v_)
	LOAD(F64_LOAD, uint64_t, v_)
	LOAD(I32_LOAD8_S, int8_t, (uint32_t)(int32_t)v_)
	LOAD(I32_LOAD8_U, uint8_t, v_)
	LOAD(I32_LOAD16_S, int16_t, (uint32_t)(int32_t)v_)
	LOAD(I32_LOAD16_U, uint16_t, v_)
	LOAD(I64_LOAD8_S, int8_t, (uint64_t)(int64_t)v_)
	LOAD(I64_LOAD8_U, uint8_t, v_)
	LOAD(I64_LOAD16_S, int16_t, (uint64_t)(int64_t)v_)
	LOAD(I64_LOAD16_U, uint16_t, v_)
	LOAD(I64_LOAD32_S, int32_t, (uint64_t)(int64_t)v_)
	LOAD(I64_LOAD32_U, uint32_t, v_)
#undef LOAD
#define STORE(name, T)                                                        \
	L_##name: {                                                               \
		T v_ = (T)R(2);                                                       \
		memcpy(MEM_AT(R(1), ip[3].u, sizeof(T), mbase, msize), &v_, sizeof(T)); \
		NEXT(4);                                                              \
	}                                                                         \
	LX_##name: {                                                              \
		const struct w64_memory_inst *m_ = ip[1].p;                           \
		T v_ = (T)R(3);                                                       \
		memcpy(MEM_AT(R(2), ip[4].u, sizeof(T), m_->base, w64_mem_size(m_)), &v_, sizeof(T)); \
		NEXT(5);                                                              \
	}                                                                         \
	LI_##name: {                                                              \
		T v_ = (T)R(2);                                                       \
		memcpy(MEM_AT(ip[1].u, 0, sizeof(T), mbase, msize), &v_, sizeof(T));  \
		NEXT(3);                                                              \
	}                                                                         \
	LA_##name: {                                                              \
		T v_ = (T)R(5);                                                       \
		memcpy(MEM_AT((R(1) + R(2)) & ip[3].u, ip[4].u, sizeof(T), mbase, msize), &v_, \
		       sizeof(T));                                                    \
		NEXT(6);                                                              \
	}                                                                         \
	LAI_##name: {                                                             \
		T v_ = (T)R(5);                                                       \
		memcpy(MEM_AT((R(1) + ip[2].u) & ip[3].u, ip[4].u, sizeof(T), mbase, msize), &v_, \
		       sizeof(T));                                                    \
		NEXT(6);                                                              \
	}
	STORE(I32_STORE, uint32_t)
	STORE(I64_STORE, uint64_t)
	STORE(F32_STORE, uint32_t)
	STORE(F64_STORE, uint64_t)
	STORE(I32_STORE8, uint8_t)
	STORE(I32_STORE16, uint16_t)
	STORE(I64_STORE8, uint8_t)
	STORE(I64_STORE16, uint16_t)
	STORE(I64_STORE32, uint32_t)
#undef STORE

L_MEMORY_SIZE: {
	const struct w64_memory_inst *m = ip[1].p;
	R(2) = w64_mem_size(m) >> 16;
	NEXT(3);
}
L_MEMORY_GROW: {
	struct w64_memory_inst *m = ip[1].p;
	uint64_t r = w64_memory_grow(m, R(2));
	R(3) = m->is64 ? r : (uint32_t)r;
	LOAD_MEM();
	NEXT(4);
}
L_ATOMIC: {
	/* [mem][wasm op][offset][addr][operands...][dst] */
	const struct w64_opinfo *info = &w64_opinfo[ip[2].u];
	unsigned nin = info->in[2] != W64_SIG_NONE ? 3 : info->in[1] != W64_SIG_NONE ? 2 : 1;
	uint64_t args[2] = {nin > 1 ? R(5) : 0, nin > 2 ? R(6) : 0}, result = 0;
	trap_msg = w64_atomic(ip[1].p, (unsigned)ip[2].u, R(4), ip[3].u, args, &result);
	if (trap_msg)
		goto trap;
	if (info->out == W64_SIG_NONE)
		NEXT(4 + nin);
	R(4 + nin) = result;
	NEXT(5 + nin);
}
L_MEMORY_FILL: {
	/* [mem][dst][value][len] */
	struct w64_memory_inst *m = ip[1].p;
	uint64_t d = R(2), n = R(4);
	if (d > w64_mem_size(m) || n > w64_mem_size(m) - d)
		goto trap_memory;
	memset(m->base + d, (int)(uint8_t)R(3), n);
	NEXT(5);
}
L_MEMORY_COPY: {
	/* [dst mem][src mem][dst][src][len] */
	struct w64_memory_inst *dm = ip[1].p, *sm = ip[2].p;
	uint64_t d = R(3), src = R(4), n = R(5);
	if (d > w64_mem_size(dm) || n > w64_mem_size(dm) - d || src > w64_mem_size(sm) || n > w64_mem_size(sm) - src)
		goto trap_memory;
	memmove(dm->base + d, sm->base + src, n);
	NEXT(6);
}
L_MEMORY_INIT: {
	/* [mem][segment][dst][src][len] */
	struct w64_memory_inst *m = ip[1].p;
	uint64_t seg = ip[2].u, d = R(3), src = (uint32_t)R(4), n = (uint32_t)R(5);
	uint64_t have = fn->inst->data_len[seg];
	if (d > w64_mem_size(m) || n > w64_mem_size(m) - d || src > have || n > have - src)
		goto trap_memory;
	memcpy(m->base + d, fn->inst->m->datas[seg].bytes + src, n);
	NEXT(6);
}
L_DATA_DROP:
	fn->inst->data_len[ip[1].u] = 0;
	NEXT(2);

	/* --- tables and references ----------------------------------------- */
L_TABLE_GET: {
	const struct w64_table_inst *t = ip[1].p;
	uint64_t i = R(2);
	if (i >= t->size)
		goto trap_table;
	R(3) = t->elems[i];
	NEXT(4);
}
L_TABLE_SET: {
	struct w64_table_inst *t = ip[1].p;
	uint64_t i = R(2);
	if (i >= t->size)
		goto trap_table;
	t->elems[i] = R(3);
	NEXT(4);
}
L_TABLE_SIZE: {
	const struct w64_table_inst *t = ip[1].p;
	R(2) = t->size;
	NEXT(3);
}
L_TABLE_GROW: {
	/* [table][init][delta][dst] */
	struct w64_table_inst *t = ip[1].p;
	uint64_t r = w64_table_grow(t, R(3), R(2));
	R(4) = t->is64 ? r : (uint32_t)r;
	NEXT(5);
}
L_TABLE_FILL: {
	/* [table][index][value][len] */
	struct w64_table_inst *t = ip[1].p;
	uint64_t i = R(2), v = R(3), n = R(4);
	if (i > t->size || n > t->size - i)
		goto trap_table;
	for (uint64_t k = 0; k < n; k++)
		t->elems[i + k] = v;
	NEXT(5);
}
L_TABLE_COPY: {
	/* [dst table][src table][dst][src][len] */
	struct w64_table_inst *dt = ip[1].p, *st = ip[2].p;
	uint64_t d = R(3), src = R(4), n = R(5);
	if (d > dt->size || n > dt->size - d || src > st->size || n > st->size - src)
		goto trap_table;
	memmove(dt->elems + d, st->elems + src, n * sizeof(uint64_t));
	NEXT(6);
}
L_TABLE_INIT: {
	/* [table][segment][dst][src][len] */
	struct w64_table_inst *t = ip[1].p;
	uint64_t seg = ip[2].u, d = R(3), src = (uint32_t)R(4), n = (uint32_t)R(5);
	uint64_t have = fn->inst->elem_len[seg];
	if (d > t->size || n > t->size - d || src > have || n > have - src)
		goto trap_table;
	if (n)
		memcpy(t->elems + d, fn->inst->elem_refs[seg] + src, n * sizeof(uint64_t));
	NEXT(6);
}
L_ELEM_DROP:
	fn->inst->elem_len[ip[1].u] = 0;
	NEXT(2);
L_REF_IS_NULL:
	R(2) = R(1) == 0;
	NEXT(3);
L_REF_AS_NON_NULL:
	if (!R(1)) {
		trap_msg = "null reference";
		goto trap;
	}
	R(2) = R(1);
	NEXT(3);

	/* --- numeric ------------------------------------------------------- */
	/* Integer operators with a second operand from a slot (L_), from an
	 * immediate (LI_), and comparisons fused with a branch (LB_, LBI_). */
#define INT_OP(name, T, expr)                                               \
	L_##name: { T a = (T)R(1), b = (T)R(2); R(3) = (expr); NEXT(4); }       \
	LI_##name: { T a = (T)R(1), b = (T)ip[2].u; R(3) = (expr); NEXT(4); }
#define INT_CMP(name, T, expr)                                              \
	INT_OP(name, T, expr)                                                   \
	LB_##name: {                                                            \
		T a = (T)R(1), b = (T)R(2);                                         \
		if (expr) {                                                         \
			ip = ip[3].target;                                              \
			goto *ip->op;                                                   \
		}                                                                   \
		NEXT(4);                                                            \
	}                                                                       \
	LBI_##name: {                                                           \
		T a = (T)R(1), b = (T)ip[2].u;                                      \
		if (expr) {                                                         \
			ip = ip[3].target;                                              \
			goto *ip->op;                                                   \
		}                                                                   \
		NEXT(4);                                                            \
	}
	INT_OP(I32_ADD, uint32_t, (uint32_t)(a + b))
	INT_OP(I32_SUB, uint32_t, (uint32_t)(a - b))
	INT_OP(I32_MUL, uint32_t, (uint32_t)(a * b))
	INT_OP(I32_AND, uint32_t, a & b)
	INT_OP(I32_OR, uint32_t, a | b)
	INT_OP(I32_XOR, uint32_t, a ^ b)
	INT_OP(I32_SHL, uint32_t, (uint32_t)(a << (b & 31)))
	INT_OP(I32_SHR_S, uint32_t, (uint32_t)((int32_t)a >> (b & 31)))
	INT_OP(I32_SHR_U, uint32_t, a >> (b & 31))
	INT_OP(I32_ROTL, uint32_t, rotl32(a, b))
	INT_OP(I32_ROTR, uint32_t, rotr32(a, b))
	INT_OP(I64_ADD, uint64_t, a + b)
	INT_OP(I64_SUB, uint64_t, a - b)
	INT_OP(I64_MUL, uint64_t, a * b)
	INT_OP(I64_AND, uint64_t, a & b)
	INT_OP(I64_OR, uint64_t, a | b)
	INT_OP(I64_XOR, uint64_t, a ^ b)
	INT_OP(I64_SHL, uint64_t, a << (b & 63))
	INT_OP(I64_SHR_S, uint64_t, (uint64_t)((int64_t)a >> (b & 63)))
	INT_OP(I64_SHR_U, uint64_t, a >> (b & 63))
	INT_OP(I64_ROTL, uint64_t, rotl64(a, b))
	INT_OP(I64_ROTR, uint64_t, rotr64(a, b))
	INT_CMP(I32_EQ, uint32_t, a == b)
	INT_CMP(I32_NE, uint32_t, a != b)
	INT_CMP(I32_LT_S, uint32_t, (int32_t)a < (int32_t)b)
	INT_CMP(I32_LT_U, uint32_t, a < b)
	INT_CMP(I32_GT_S, uint32_t, (int32_t)a > (int32_t)b)
	INT_CMP(I32_GT_U, uint32_t, a > b)
	INT_CMP(I32_LE_S, uint32_t, (int32_t)a <= (int32_t)b)
	INT_CMP(I32_LE_U, uint32_t, a <= b)
	INT_CMP(I32_GE_S, uint32_t, (int32_t)a >= (int32_t)b)
	INT_CMP(I32_GE_U, uint32_t, a >= b)
	INT_CMP(I64_EQ, uint64_t, a == b)
	INT_CMP(I64_NE, uint64_t, a != b)
	INT_CMP(I64_LT_S, uint64_t, (int64_t)a < (int64_t)b)
	INT_CMP(I64_LT_U, uint64_t, a < b)
	INT_CMP(I64_GT_S, uint64_t, (int64_t)a > (int64_t)b)
	INT_CMP(I64_GT_U, uint64_t, a > b)
	INT_CMP(I64_LE_S, uint64_t, (int64_t)a <= (int64_t)b)
	INT_CMP(I64_LE_U, uint64_t, a <= b)
	INT_CMP(I64_GE_S, uint64_t, (int64_t)a >= (int64_t)b)
	INT_CMP(I64_GE_U, uint64_t, a >= b)
#undef INT_OP
#undef INT_CMP

#define UN(name, IN, OUT)   L_##name: { IN; R(2) = (OUT); NEXT(3); }
#define BIN(name, IN, OUT)  L_##name: { IN; R(3) = (OUT); NEXT(4); }
#define I32A   uint32_t a = (uint32_t)R(1)
#define I32AB  uint32_t a = (uint32_t)R(1), b = (uint32_t)R(2)
#define I64A   uint64_t a = R(1)
#define I64AB  uint64_t a = R(1), b = R(2)
#define F32A   float a = f32_of(R(1))
#define F32AB  float a = f32_of(R(1)), b = f32_of(R(2))
#define F64A   double a = f64_of(R(1))
#define F64AB  double a = f64_of(R(1)), b = f64_of(R(2))

	UN(I32_EQZ, I32A, a == 0)
	UN(I64_EQZ, I64A, a == 0)
	BIN(F32_EQ, F32AB, a == b)
	BIN(F32_NE, F32AB, a != b)
	BIN(F32_LT, F32AB, a < b)
	BIN(F32_GT, F32AB, a > b)
	BIN(F32_LE, F32AB, a <= b)
	BIN(F32_GE, F32AB, a >= b)
	BIN(F64_EQ, F64AB, a == b)
	BIN(F64_NE, F64AB, a != b)
	BIN(F64_LT, F64AB, a < b)
	BIN(F64_GT, F64AB, a > b)
	BIN(F64_LE, F64AB, a <= b)
	BIN(F64_GE, F64AB, a >= b)

	UN(I32_CLZ, I32A, clz32(a))
	UN(I32_CTZ, I32A, ctz32(a))
	UN(I32_POPCNT, I32A, (uint32_t)__builtin_popcount(a))
L_I32_DIV_S: {
	int32_t a = (int32_t)R(1), b = (int32_t)R(2);
	if (b == 0)
		goto trap_div0;
	if (a == INT32_MIN && b == -1)
		goto trap_overflow;
	R(3) = (uint32_t)(a / b);
	NEXT(4);
}
L_I32_DIV_U: {
	uint32_t a = (uint32_t)R(1), b = (uint32_t)R(2);
	if (b == 0)
		goto trap_div0;
	R(3) = a / b;
	NEXT(4);
}
L_I32_REM_S: {
	int32_t a = (int32_t)R(1), b = (int32_t)R(2);
	if (b == 0)
		goto trap_div0;
	R(3) = b == -1 ? 0 : (uint32_t)(a % b);
	NEXT(4);
}
L_I32_REM_U: {
	uint32_t a = (uint32_t)R(1), b = (uint32_t)R(2);
	if (b == 0)
		goto trap_div0;
	R(3) = a % b;
	NEXT(4);
}
	UN(I64_CLZ, I64A, clz64(a))
	UN(I64_CTZ, I64A, ctz64(a))
	UN(I64_POPCNT, I64A, (uint64_t)__builtin_popcountll(a))
L_I64_DIV_S: {
	int64_t a = (int64_t)R(1), b = (int64_t)R(2);
	if (b == 0)
		goto trap_div0;
	if (a == INT64_MIN && b == -1)
		goto trap_overflow;
	R(3) = (uint64_t)(a / b);
	NEXT(4);
}
L_I64_DIV_U: {
	uint64_t a = R(1), b = R(2);
	if (b == 0)
		goto trap_div0;
	R(3) = a / b;
	NEXT(4);
}
L_I64_REM_S: {
	int64_t a = (int64_t)R(1), b = (int64_t)R(2);
	if (b == 0)
		goto trap_div0;
	R(3) = b == -1 ? 0 : (uint64_t)(a % b);
	NEXT(4);
}
L_I64_REM_U: {
	uint64_t a = R(1), b = R(2);
	if (b == 0)
		goto trap_div0;
	R(3) = a % b;
	NEXT(4);
}

	/* Sign operations work on the bits, so NaN payloads pass unchanged. */
	UN(F32_ABS, I32A, a & 0x7fffffffu)
	UN(F32_NEG, I32A, a ^ 0x80000000u)
	BIN(F32_COPYSIGN, I32AB, (a & 0x7fffffffu) | (b & 0x80000000u))
	UN(F32_CEIL, F32A, cell_f32(ceilf(a)))
	UN(F32_FLOOR, F32A, cell_f32(floorf(a)))
	UN(F32_TRUNC, F32A, cell_f32(truncf(a)))
	UN(F32_NEAREST, F32A, cell_f32(nearbyintf(a)))
	UN(F32_SQRT, F32A, cell_f32(sqrtf(a)))
	BIN(F32_ADD, F32AB, cell_f32(a + b))
	BIN(F32_SUB, F32AB, cell_f32(a - b))
	BIN(F32_MUL, F32AB, cell_f32(a * b))
	BIN(F32_DIV, F32AB, cell_f32(a / b))
	BIN(F32_MIN, F32AB, cell_f32(w64_fminf(a, b)))
	BIN(F32_MAX, F32AB, cell_f32(w64_fmaxf(a, b)))
	UN(F64_ABS, I64A, a & 0x7fffffffffffffffu)
	UN(F64_NEG, I64A, a ^ 0x8000000000000000u)
	BIN(F64_COPYSIGN, I64AB, (a & 0x7fffffffffffffffu) | (b & 0x8000000000000000u))
	UN(F64_CEIL, F64A, cell_f64(ceil(a)))
	UN(F64_FLOOR, F64A, cell_f64(floor(a)))
	UN(F64_TRUNC, F64A, cell_f64(trunc(a)))
	UN(F64_NEAREST, F64A, cell_f64(nearbyint(a)))
	UN(F64_SQRT, F64A, cell_f64(sqrt(a)))
	BIN(F64_ADD, F64AB, cell_f64(a + b))
	BIN(F64_SUB, F64AB, cell_f64(a - b))
	BIN(F64_MUL, F64AB, cell_f64(a * b))
	BIN(F64_DIV, F64AB, cell_f64(a / b))
	BIN(F64_MIN, F64AB, cell_f64(w64_fmin(a, b)))
	BIN(F64_MAX, F64AB, cell_f64(w64_fmax(a, b)))

	UN(I32_WRAP_I64, I64A, (uint32_t)a)
	UN(I64_EXTEND_I32_S, I32A, (uint64_t)(int64_t)(int32_t)a)
	UN(I64_EXTEND_I32_U, I32A, (uint64_t)a)
#define TRUNC(name, IN, fn, IT, widen)                 \
	L_##name: {                                        \
		IN;                                            \
		IT v_;                                         \
		switch (fn(a, &v_)) {                          \
		case CONV_OK: R(2) = (widen); NEXT(3);         \
		case CONV_NAN: goto trap_conversion;           \
		default: goto trap_overflow;                   \
		}                                              \
	}
	TRUNC(I32_TRUNC_F32_S, F32A, trunc_f32_i32, int32_t, (uint32_t)v_)
	TRUNC(I32_TRUNC_F32_U, F32A, trunc_f32_u32, uint32_t, v_)
	TRUNC(I32_TRUNC_F64_S, F64A, trunc_f64_i32, int32_t, (uint32_t)v_)
	TRUNC(I32_TRUNC_F64_U, F64A, trunc_f64_u32, uint32_t, v_)
	TRUNC(I64_TRUNC_F32_S, F32A, trunc_f32_i64, int64_t, (uint64_t)v_)
	TRUNC(I64_TRUNC_F32_U, F32A, trunc_f32_u64, uint64_t, v_)
	TRUNC(I64_TRUNC_F64_S, F64A, trunc_f64_i64, int64_t, (uint64_t)v_)
	TRUNC(I64_TRUNC_F64_U, F64A, trunc_f64_u64, uint64_t, v_)
#undef TRUNC
	UN(I32_TRUNC_SAT_F32_S, F32A, (uint32_t)sat_f32_i32(a))
	UN(I32_TRUNC_SAT_F32_U, F32A, sat_f32_u32(a))
	UN(I32_TRUNC_SAT_F64_S, F64A, (uint32_t)sat_f64_i32(a))
	UN(I32_TRUNC_SAT_F64_U, F64A, sat_f64_u32(a))
	UN(I64_TRUNC_SAT_F32_S, F32A, (uint64_t)sat_f32_i64(a))
	UN(I64_TRUNC_SAT_F32_U, F32A, sat_f32_u64(a))
	UN(I64_TRUNC_SAT_F64_S, F64A, (uint64_t)sat_f64_i64(a))
	UN(I64_TRUNC_SAT_F64_U, F64A, sat_f64_u64(a))
	UN(F32_CONVERT_I32_S, I32A, cell_f32((float)(int32_t)a))
	UN(F32_CONVERT_I32_U, I32A, cell_f32((float)a))
	UN(F32_CONVERT_I64_S, I64A, cell_f32((float)(int64_t)a))
	UN(F32_CONVERT_I64_U, I64A, cell_f32((float)a))
	UN(F32_DEMOTE_F64, F64A, cell_f32((float)a))
	UN(F64_CONVERT_I32_S, I32A, cell_f64((double)(int32_t)a))
	UN(F64_CONVERT_I32_U, I32A, cell_f64((double)a))
	UN(F64_CONVERT_I64_S, I64A, cell_f64((double)(int64_t)a))
	UN(F64_CONVERT_I64_U, I64A, cell_f64((double)a))
	UN(F64_PROMOTE_F32, F32A, cell_f64((double)a))
	UN(I32_REINTERPRET_F32, I32A, a)
	UN(I64_REINTERPRET_F64, I64A, a)
	UN(F32_REINTERPRET_I32, I32A, a)
	UN(F64_REINTERPRET_I64, I64A, a)
	UN(I32_EXTEND8_S, I32A, (uint32_t)(int32_t)(int8_t)a)
	UN(I32_EXTEND16_S, I32A, (uint32_t)(int32_t)(int16_t)a)
	UN(I64_EXTEND8_S, I64A, (uint64_t)(int64_t)(int8_t)a)
	UN(I64_EXTEND16_S, I64A, (uint64_t)(int64_t)(int16_t)a)
	UN(I64_EXTEND32_S, I64A, (uint64_t)(int64_t)(int32_t)a)
#undef UN
#undef BIN

	/* --- SIMD ----------------------------------------------------------- */
	/* A v128 takes two slots.  Handlers copy their operands into w64_v128
	 * unions (memcpy: slots are only 8-byte aligned), compute lane by lane
	 * in loops the compiler vectorizes, and copy the result out, so a
	 * result may overwrite its operands.  Integer lanes compute in
	 * unsigned arithmetic or in a wider type (no signed overflow); float
	 * to integer conversions go through numeric.h's checked ones. */
#define VIN(v, n) memcpy(&(v), &fp[ip[n].u], 16)
#define VOUT(n, v) memcpy(&fp[ip[n].u], &(v), 16)
#define LANES(n, stmt)                      \
	for (unsigned i = 0; i < (n); i++) {    \
		stmt;                               \
	}
	/* r from a ([a][dst]), a and b ([a][b][dst]), a, b and c. */
#define V_UN(name, n, stmt)                                                   \
	L_##name: { w64_v128 a, r = {{0}}; VIN(a, 1); LANES(n, stmt) VOUT(2, r); NEXT(3); }
#define V_BIN(name, n, stmt)                                                  \
	L_##name: {                                                               \
		w64_v128 a, b, r = {{0}};                                             \
		VIN(a, 1);                                                            \
		VIN(b, 2);                                                            \
		LANES(n, stmt)                                                        \
		VOUT(3, r);                                                           \
		NEXT(4);                                                              \
	}
#define V_TER(name, n, stmt)                                                  \
	L_##name: {                                                               \
		w64_v128 a, b, c, r;                                                  \
		VIN(a, 1);                                                            \
		VIN(b, 2);                                                            \
		VIN(c, 3);                                                            \
		LANES(n, stmt)                                                        \
		VOUT(4, r);                                                           \
		NEXT(5);                                                              \
	}
	/* A v128 to an i32: [a][dst]; `x` accumulates from 0. */
#define V_REDUCE(name, n, stmt)                                               \
	L_##name: { w64_v128 a; uint32_t x = 0; VIN(a, 1); LANES(n, stmt) R(2) = x; NEXT(3); }
	/* Shifts: [a][count][dst], the count modulo the lane width. */
#define V_SHIFT(name, n, bits, stmt)                                          \
	L_##name: {                                                               \
		w64_v128 a, r;                                                        \
		unsigned k = (uint32_t)R(2) & ((bits) - 1);                           \
		VIN(a, 1);                                                            \
		LANES(n, stmt)                                                        \
		VOUT(3, r);                                                           \
		NEXT(4);                                                              \
	}
	/* Lane comparisons: all ones where true. */
#define V_CMP(name, n, L, A, op) V_BIN(name, n, r.L[i] = -(a.A[i] op b.A[i]))

	/* Loads and stores: [mem][addr][end][dst], [mem][addr][value][end],
	 * the lane forms [mem][addr][vector][end][lane][dst] and
	 * [mem][addr][vector][end][lane]; bounds checked as scalar accesses
	 * are (MEM_AT), on the instruction's own memory. */
#define V_LOAD(name, nbytes, stmt)                                              \
	L_##name: {                                                               \
		const struct w64_memory_inst *m = ip[1].p;                            \
		const uint8_t *p = MEM_AT(R(2), ip[3].u, nbytes, m->base, w64_mem_size(m));     \
		w64_v128 r = {{0}};                                                   \
		stmt;                                                                 \
		VOUT(4, r);                                                           \
		NEXT(5);                                                              \
	}
#define V_LOAD_EXTEND(name, T, L, n)                                          \
	V_LOAD(name, 8, T x[n]; memcpy(x, p, 8); LANES(n, r.L[i] = x[i]))
#define V_LOAD_SPLAT(name, T, L, n)                                           \
	V_LOAD(name, sizeof(T), T x; memcpy(&x, p, sizeof x); LANES(n, r.L[i] = x))
#define V_LOAD_LANE(name, nbytes)                                               \
	L_##name: {                                                               \
		const struct w64_memory_inst *m = ip[1].p;                            \
		const uint8_t *p = MEM_AT(R(2), ip[4].u, nbytes, m->base, w64_mem_size(m));     \
		w64_v128 r;                                                           \
		VIN(r, 3);                                                            \
		memcpy(&r.u8[ip[5].u * (nbytes)], p, nbytes);                             \
		VOUT(6, r);                                                           \
		NEXT(7);                                                              \
	}
#define V_STORE_LANE(name, nbytes)                                              \
	L_##name: {                                                               \
		const struct w64_memory_inst *m = ip[1].p;                            \
		uint8_t *p = MEM_AT(R(2), ip[4].u, nbytes, m->base, w64_mem_size(m));           \
		w64_v128 v;                                                           \
		VIN(v, 3);                                                            \
		memcpy(p, &v.u8[ip[5].u * (nbytes)], nbytes);                             \
		NEXT(6);                                                              \
	}
	V_LOAD(V128_LOAD, 16, memcpy(&r, p, 16))
	V_LOAD_EXTEND(V128_LOAD8X8_S, int8_t, i16, 8)
	V_LOAD_EXTEND(V128_LOAD8X8_U, uint8_t, u16, 8)
	V_LOAD_EXTEND(V128_LOAD16X4_S, int16_t, i32, 4)
	V_LOAD_EXTEND(V128_LOAD16X4_U, uint16_t, u32, 4)
	V_LOAD_EXTEND(V128_LOAD32X2_S, int32_t, i64, 2)
	V_LOAD_EXTEND(V128_LOAD32X2_U, uint32_t, u64, 2)
	V_LOAD_SPLAT(V128_LOAD8_SPLAT, uint8_t, u8, 16)
	V_LOAD_SPLAT(V128_LOAD16_SPLAT, uint16_t, u16, 8)
	V_LOAD_SPLAT(V128_LOAD32_SPLAT, uint32_t, u32, 4)
	V_LOAD_SPLAT(V128_LOAD64_SPLAT, uint64_t, u64, 2)
	V_LOAD(V128_LOAD32_ZERO, 4, memcpy(&r, p, 4))
	V_LOAD(V128_LOAD64_ZERO, 8, memcpy(&r, p, 8))
L_V128_STORE: {
	const struct w64_memory_inst *m = ip[1].p;
	uint8_t *p = MEM_AT(R(2), ip[4].u, 16, m->base, w64_mem_size(m));
	memcpy(p, &R(3), 16);
	NEXT(5);
}
	V_LOAD_LANE(V128_LOAD8_LANE, 1)
	V_LOAD_LANE(V128_LOAD16_LANE, 2)
	V_LOAD_LANE(V128_LOAD32_LANE, 4)
	V_LOAD_LANE(V128_LOAD64_LANE, 8)
	V_STORE_LANE(V128_STORE8_LANE, 1)
	V_STORE_LANE(V128_STORE16_LANE, 2)
	V_STORE_LANE(V128_STORE32_LANE, 4)
	V_STORE_LANE(V128_STORE64_LANE, 8)

	/* Constants, lanes, shuffles. */
L_V128_CONST:
	/* [low][high][dst] */
	R(3) = ip[1].u;
	fp[ip[3].u + 1] = ip[2].u;
	NEXT(4);
L_I8X16_SHUFFLE: {
	/* [a][b][lanes 0-7][lanes 8-15][dst]: each lane index < 32 picks a
	 * byte of a (0-15) or b (16-31) */
	w64_v128 ab[2], r;
	uint8_t lanes[16];
	VIN(ab[0], 1);
	VIN(ab[1], 2);
	memcpy(lanes, &ip[3].u, 8);
	memcpy(lanes + 8, &ip[4].u, 8);
	LANES(16, r.u8[i] = ab[lanes[i] >> 4].u8[lanes[i] & 15])
	VOUT(5, r);
	NEXT(6);
}
	V_BIN(I8X16_SWIZZLE, 16, r.u8[i] = b.u8[i] < 16 ? a.u8[b.u8[i]] : 0)
#define V_SPLAT(name, n, L, T)                                                \
	L_##name: { w64_v128 r; T x = (T)R(1); LANES(n, r.L[i] = x) VOUT(2, r); NEXT(3); }
	V_SPLAT(I8X16_SPLAT, 16, u8, uint8_t)
	V_SPLAT(I16X8_SPLAT, 8, u16, uint16_t)
	V_SPLAT(I32X4_SPLAT, 4, u32, uint32_t)
	V_SPLAT(I64X2_SPLAT, 2, u64, uint64_t)
	V_SPLAT(F32X4_SPLAT, 4, u32, uint32_t)
	V_SPLAT(F64X2_SPLAT, 2, u64, uint64_t)
	/* [a][lane][dst]; [a][x][lane][dst].  i32 results zero-extended. */
#define V_EXTRACT(name, expr)                                                 \
	L_##name: { w64_v128 a; VIN(a, 1); R(3) = (expr); NEXT(4); }
#define V_REPLACE(name, L, T)                                                 \
	L_##name: { w64_v128 r; VIN(r, 1); r.L[ip[3].u] = (T)R(2); VOUT(4, r); NEXT(5); }
	V_EXTRACT(I8X16_EXTRACT_LANE_S, (uint32_t)(int32_t)a.i8[ip[2].u])
	V_EXTRACT(I8X16_EXTRACT_LANE_U, a.u8[ip[2].u])
	V_EXTRACT(I16X8_EXTRACT_LANE_S, (uint32_t)(int32_t)a.i16[ip[2].u])
	V_EXTRACT(I16X8_EXTRACT_LANE_U, a.u16[ip[2].u])
	V_EXTRACT(I32X4_EXTRACT_LANE, a.u32[ip[2].u])
	V_EXTRACT(I64X2_EXTRACT_LANE, a.u64[ip[2].u])
	V_EXTRACT(F32X4_EXTRACT_LANE, a.u32[ip[2].u])
	V_EXTRACT(F64X2_EXTRACT_LANE, a.u64[ip[2].u])
	V_REPLACE(I8X16_REPLACE_LANE, u8, uint8_t)
	V_REPLACE(I16X8_REPLACE_LANE, u16, uint16_t)
	V_REPLACE(I32X4_REPLACE_LANE, u32, uint32_t)
	V_REPLACE(I64X2_REPLACE_LANE, u64, uint64_t)
	V_REPLACE(F32X4_REPLACE_LANE, u32, uint32_t)
	V_REPLACE(F64X2_REPLACE_LANE, u64, uint64_t)

	/* Comparisons. */
	V_CMP(I8X16_EQ, 16, u8, u8, ==)
	V_CMP(I8X16_NE, 16, u8, u8, !=)
	V_CMP(I8X16_LT_S, 16, u8, i8, <)
	V_CMP(I8X16_LT_U, 16, u8, u8, <)
	V_CMP(I8X16_GT_S, 16, u8, i8, >)
	V_CMP(I8X16_GT_U, 16, u8, u8, >)
	V_CMP(I8X16_LE_S, 16, u8, i8, <=)
	V_CMP(I8X16_LE_U, 16, u8, u8, <=)
	V_CMP(I8X16_GE_S, 16, u8, i8, >=)
	V_CMP(I8X16_GE_U, 16, u8, u8, >=)
	V_CMP(I16X8_EQ, 8, u16, u16, ==)
	V_CMP(I16X8_NE, 8, u16, u16, !=)
	V_CMP(I16X8_LT_S, 8, u16, i16, <)
	V_CMP(I16X8_LT_U, 8, u16, u16, <)
	V_CMP(I16X8_GT_S, 8, u16, i16, >)
	V_CMP(I16X8_GT_U, 8, u16, u16, >)
	V_CMP(I16X8_LE_S, 8, u16, i16, <=)
	V_CMP(I16X8_LE_U, 8, u16, u16, <=)
	V_CMP(I16X8_GE_S, 8, u16, i16, >=)
	V_CMP(I16X8_GE_U, 8, u16, u16, >=)
	V_CMP(I32X4_EQ, 4, u32, u32, ==)
	V_CMP(I32X4_NE, 4, u32, u32, !=)
	V_CMP(I32X4_LT_S, 4, u32, i32, <)
	V_CMP(I32X4_LT_U, 4, u32, u32, <)
	V_CMP(I32X4_GT_S, 4, u32, i32, >)
	V_CMP(I32X4_GT_U, 4, u32, u32, >)
	V_CMP(I32X4_LE_S, 4, u32, i32, <=)
	V_CMP(I32X4_LE_U, 4, u32, u32, <=)
	V_CMP(I32X4_GE_S, 4, u32, i32, >=)
	V_CMP(I32X4_GE_U, 4, u32, u32, >=)
	V_CMP(I64X2_EQ, 2, u64, u64, ==)
	V_CMP(I64X2_NE, 2, u64, u64, !=)
	V_CMP(I64X2_LT_S, 2, u64, i64, <)
	V_CMP(I64X2_GT_S, 2, u64, i64, >)
	V_CMP(I64X2_LE_S, 2, u64, i64, <=)
	V_CMP(I64X2_GE_S, 2, u64, i64, >=)
	V_CMP(F32X4_EQ, 4, u32, f32, ==)
	V_CMP(F32X4_NE, 4, u32, f32, !=)
	V_CMP(F32X4_LT, 4, u32, f32, <)
	V_CMP(F32X4_GT, 4, u32, f32, >)
	V_CMP(F32X4_LE, 4, u32, f32, <=)
	V_CMP(F32X4_GE, 4, u32, f32, >=)
	V_CMP(F64X2_EQ, 2, u64, f64, ==)
	V_CMP(F64X2_NE, 2, u64, f64, !=)
	V_CMP(F64X2_LT, 2, u64, f64, <)
	V_CMP(F64X2_GT, 2, u64, f64, >)
	V_CMP(F64X2_LE, 2, u64, f64, <=)
	V_CMP(F64X2_GE, 2, u64, f64, >=)

	/* Bitwise operations and tests. */
	V_UN(V128_NOT, 2, r.u64[i] = ~a.u64[i])
	V_BIN(V128_AND, 2, r.u64[i] = a.u64[i] & b.u64[i])
	V_BIN(V128_ANDNOT, 2, r.u64[i] = a.u64[i] & ~b.u64[i])
	V_BIN(V128_OR, 2, r.u64[i] = a.u64[i] | b.u64[i])
	V_BIN(V128_XOR, 2, r.u64[i] = a.u64[i] ^ b.u64[i])
	V_TER(V128_BITSELECT, 2, r.u64[i] = (a.u64[i] & c.u64[i]) | (b.u64[i] & ~c.u64[i]))
	V_REDUCE(V128_ANY_TRUE, 2, x |= a.u64[i] != 0)
	V_REDUCE(I8X16_ALL_TRUE, 16, x += a.u8[i] != 0; if (i == 15) x = x == 16)
	V_REDUCE(I16X8_ALL_TRUE, 8, x += a.u16[i] != 0; if (i == 7) x = x == 8)
	V_REDUCE(I32X4_ALL_TRUE, 4, x += a.u32[i] != 0; if (i == 3) x = x == 4)
	V_REDUCE(I64X2_ALL_TRUE, 2, x += a.u64[i] != 0; if (i == 1) x = x == 2)
	V_REDUCE(I8X16_BITMASK, 16, x |= (uint32_t)(a.u8[i] >> 7) << i)
	V_REDUCE(I16X8_BITMASK, 8, x |= (uint32_t)(a.u16[i] >> 15) << i)
	V_REDUCE(I32X4_BITMASK, 4, x |= (a.u32[i] >> 31) << i)
	V_REDUCE(I64X2_BITMASK, 2, x |= (uint32_t)(a.u64[i] >> 63) << i)

	/* Integer arithmetic: 8- and 16-bit lanes compute in int (promoted),
	 * wider ones unsigned; products of 16-bit lanes in uint32_t. */
	V_UN(I8X16_ABS, 16, r.u8[i] = (uint8_t)(a.i8[i] < 0 ? -a.u8[i] : a.u8[i]))
	V_UN(I8X16_NEG, 16, r.u8[i] = (uint8_t)-a.u8[i])
	V_UN(I8X16_POPCNT, 16, r.u8[i] = (uint8_t)__builtin_popcount(a.u8[i]))
	V_UN(I16X8_ABS, 8, r.u16[i] = (uint16_t)(a.i16[i] < 0 ? -a.u16[i] : a.u16[i]))
	V_UN(I16X8_NEG, 8, r.u16[i] = (uint16_t)-a.u16[i])
	V_UN(I32X4_ABS, 4, r.u32[i] = a.i32[i] < 0 ? 0u - a.u32[i] : a.u32[i])
	V_UN(I32X4_NEG, 4, r.u32[i] = 0u - a.u32[i])
	V_UN(I64X2_ABS, 2, r.u64[i] = a.i64[i] < 0 ? 0u - a.u64[i] : a.u64[i])
	V_UN(I64X2_NEG, 2, r.u64[i] = 0u - a.u64[i])
	V_BIN(I8X16_ADD, 16, r.u8[i] = (uint8_t)(a.u8[i] + b.u8[i]))
	V_BIN(I8X16_SUB, 16, r.u8[i] = (uint8_t)(a.u8[i] - b.u8[i]))
	V_BIN(I16X8_ADD, 8, r.u16[i] = (uint16_t)(a.u16[i] + b.u16[i]))
	V_BIN(I16X8_SUB, 8, r.u16[i] = (uint16_t)(a.u16[i] - b.u16[i]))
	V_BIN(I16X8_MUL, 8, r.u16[i] = (uint16_t)((uint32_t)a.u16[i] * b.u16[i]))
	V_BIN(I32X4_ADD, 4, r.u32[i] = a.u32[i] + b.u32[i])
	V_BIN(I32X4_SUB, 4, r.u32[i] = a.u32[i] - b.u32[i])
	V_BIN(I32X4_MUL, 4, r.u32[i] = a.u32[i] * b.u32[i])
	V_BIN(I64X2_ADD, 2, r.u64[i] = a.u64[i] + b.u64[i])
	V_BIN(I64X2_SUB, 2, r.u64[i] = a.u64[i] - b.u64[i])
	V_BIN(I64X2_MUL, 2, r.u64[i] = a.u64[i] * b.u64[i])
	V_BIN(I8X16_ADD_SAT_S, 16, r.i8[i] = (int8_t)clamp_i32(a.i8[i] + b.i8[i], INT8_MIN, INT8_MAX))
	V_BIN(I8X16_ADD_SAT_U, 16, r.u8[i] = (uint8_t)clamp_i32(a.u8[i] + b.u8[i], 0, UINT8_MAX))
	V_BIN(I8X16_SUB_SAT_S, 16, r.i8[i] = (int8_t)clamp_i32(a.i8[i] - b.i8[i], INT8_MIN, INT8_MAX))
	V_BIN(I8X16_SUB_SAT_U, 16, r.u8[i] = (uint8_t)clamp_i32(a.u8[i] - b.u8[i], 0, UINT8_MAX))
	V_BIN(I16X8_ADD_SAT_S, 8, r.i16[i] = (int16_t)clamp_i32(a.i16[i] + b.i16[i], INT16_MIN, INT16_MAX))
	V_BIN(I16X8_ADD_SAT_U, 8, r.u16[i] = (uint16_t)clamp_i32(a.u16[i] + b.u16[i], 0, UINT16_MAX))
	V_BIN(I16X8_SUB_SAT_S, 8, r.i16[i] = (int16_t)clamp_i32(a.i16[i] - b.i16[i], INT16_MIN, INT16_MAX))
	V_BIN(I16X8_SUB_SAT_U, 8, r.u16[i] = (uint16_t)clamp_i32(a.u16[i] - b.u16[i], 0, UINT16_MAX))
#define MIN(x, y) ((x) < (y) ? (x) : (y))
#define MAX(x, y) ((x) > (y) ? (x) : (y))
	V_BIN(I8X16_MIN_S, 16, r.i8[i] = MIN(a.i8[i], b.i8[i]))
	V_BIN(I8X16_MIN_U, 16, r.u8[i] = MIN(a.u8[i], b.u8[i]))
	V_BIN(I8X16_MAX_S, 16, r.i8[i] = MAX(a.i8[i], b.i8[i]))
	V_BIN(I8X16_MAX_U, 16, r.u8[i] = MAX(a.u8[i], b.u8[i]))
	V_BIN(I16X8_MIN_S, 8, r.i16[i] = MIN(a.i16[i], b.i16[i]))
	V_BIN(I16X8_MIN_U, 8, r.u16[i] = MIN(a.u16[i], b.u16[i]))
	V_BIN(I16X8_MAX_S, 8, r.i16[i] = MAX(a.i16[i], b.i16[i]))
	V_BIN(I16X8_MAX_U, 8, r.u16[i] = MAX(a.u16[i], b.u16[i]))
	V_BIN(I32X4_MIN_S, 4, r.i32[i] = MIN(a.i32[i], b.i32[i]))
	V_BIN(I32X4_MIN_U, 4, r.u32[i] = MIN(a.u32[i], b.u32[i]))
	V_BIN(I32X4_MAX_S, 4, r.i32[i] = MAX(a.i32[i], b.i32[i]))
	V_BIN(I32X4_MAX_U, 4, r.u32[i] = MAX(a.u32[i], b.u32[i]))
#undef MIN
#undef MAX
	V_BIN(I8X16_AVGR_U, 16, r.u8[i] = (uint8_t)((a.u8[i] + b.u8[i] + 1) >> 1))
	V_BIN(I16X8_AVGR_U, 8, r.u16[i] = (uint16_t)((a.u16[i] + b.u16[i] + 1) >> 1))
	/* (a * b + 2^14) >> 15: only -32768 * -32768 leaves the range. */
#define Q15MULR(i) (int16_t)clamp_i32((a.i16[i] * b.i16[i] + 0x4000) >> 15, INT16_MIN, INT16_MAX)
	V_BIN(I16X8_Q15MULR_SAT_S, 8, r.i16[i] = Q15MULR(i))
	/* Two products of -32768 * -32768 sum to 2^31: the sum wraps. */
	V_BIN(I32X4_DOT_I16X8_S, 4,
	      r.u32[i] = (uint32_t)((int64_t)a.i16[2 * i] * b.i16[2 * i] +
	                            (int64_t)a.i16[2 * i + 1] * b.i16[2 * i + 1]))

	/* Shifts. */
	V_SHIFT(I8X16_SHL, 16, 8, r.u8[i] = (uint8_t)(a.u8[i] << k))
	V_SHIFT(I8X16_SHR_S, 16, 8, r.i8[i] = (int8_t)(a.i8[i] >> k))
	V_SHIFT(I8X16_SHR_U, 16, 8, r.u8[i] = (uint8_t)(a.u8[i] >> k))
	V_SHIFT(I16X8_SHL, 8, 16, r.u16[i] = (uint16_t)(a.u16[i] << k))
	V_SHIFT(I16X8_SHR_S, 8, 16, r.i16[i] = (int16_t)(a.i16[i] >> k))
	V_SHIFT(I16X8_SHR_U, 8, 16, r.u16[i] = (uint16_t)(a.u16[i] >> k))
	V_SHIFT(I32X4_SHL, 4, 32, r.u32[i] = a.u32[i] << k)
	V_SHIFT(I32X4_SHR_S, 4, 32, r.i32[i] = a.i32[i] >> k)
	V_SHIFT(I32X4_SHR_U, 4, 32, r.u32[i] = a.u32[i] >> k)
	V_SHIFT(I64X2_SHL, 2, 64, r.u64[i] = a.u64[i] << k)
	V_SHIFT(I64X2_SHR_S, 2, 64, r.i64[i] = a.i64[i] >> k)
	V_SHIFT(I64X2_SHR_U, 2, 64, r.u64[i] = a.u64[i] >> k)

	/* Narrowing (saturating), widening, widening products and sums. */
#define NARROW(i, L, half, lo, hi) clamp_i32((i) < (half) ? a.L[i] : b.L[(i) - (half)], lo, hi)
	V_BIN(I8X16_NARROW_I16X8_S, 16, r.i8[i] = (int8_t)NARROW(i, i16, 8, INT8_MIN, INT8_MAX))
	V_BIN(I8X16_NARROW_I16X8_U, 16, r.u8[i] = (uint8_t)NARROW(i, i16, 8, 0, UINT8_MAX))
	V_BIN(I16X8_NARROW_I32X4_S, 8, r.i16[i] = (int16_t)NARROW(i, i32, 4, INT16_MIN, INT16_MAX))
	V_BIN(I16X8_NARROW_I32X4_U, 8, r.u16[i] = (uint16_t)NARROW(i, i32, 4, 0, UINT16_MAX))
#undef NARROW
	V_UN(I16X8_EXTEND_LOW_I8X16_S, 8, r.i16[i] = a.i8[i])
	V_UN(I16X8_EXTEND_HIGH_I8X16_S, 8, r.i16[i] = a.i8[i + 8])
	V_UN(I16X8_EXTEND_LOW_I8X16_U, 8, r.u16[i] = a.u8[i])
	V_UN(I16X8_EXTEND_HIGH_I8X16_U, 8, r.u16[i] = a.u8[i + 8])
	V_UN(I32X4_EXTEND_LOW_I16X8_S, 4, r.i32[i] = a.i16[i])
	V_UN(I32X4_EXTEND_HIGH_I16X8_S, 4, r.i32[i] = a.i16[i + 4])
	V_UN(I32X4_EXTEND_LOW_I16X8_U, 4, r.u32[i] = a.u16[i])
	V_UN(I32X4_EXTEND_HIGH_I16X8_U, 4, r.u32[i] = a.u16[i + 4])
	V_UN(I64X2_EXTEND_LOW_I32X4_S, 2, r.i64[i] = a.i32[i])
	V_UN(I64X2_EXTEND_HIGH_I32X4_S, 2, r.i64[i] = a.i32[i + 2])
	V_UN(I64X2_EXTEND_LOW_I32X4_U, 2, r.u64[i] = a.u32[i])
	V_UN(I64X2_EXTEND_HIGH_I32X4_U, 2, r.u64[i] = a.u32[i + 2])
	V_BIN(I16X8_EXTMUL_LOW_I8X16_S, 8, r.i16[i] = (int16_t)(a.i8[i] * b.i8[i]))
	V_BIN(I16X8_EXTMUL_HIGH_I8X16_S, 8, r.i16[i] = (int16_t)(a.i8[i + 8] * b.i8[i + 8]))
	V_BIN(I16X8_EXTMUL_LOW_I8X16_U, 8, r.u16[i] = (uint16_t)(a.u8[i] * b.u8[i]))
	V_BIN(I16X8_EXTMUL_HIGH_I8X16_U, 8, r.u16[i] = (uint16_t)(a.u8[i + 8] * b.u8[i + 8]))
	V_BIN(I32X4_EXTMUL_LOW_I16X8_S, 4, r.i32[i] = a.i16[i] * b.i16[i])
	V_BIN(I32X4_EXTMUL_HIGH_I16X8_S, 4, r.i32[i] = a.i16[i + 4] * b.i16[i + 4])
	V_BIN(I32X4_EXTMUL_LOW_I16X8_U, 4, r.u32[i] = (uint32_t)a.u16[i] * b.u16[i])
	V_BIN(I32X4_EXTMUL_HIGH_I16X8_U, 4, r.u32[i] = (uint32_t)a.u16[i + 4] * b.u16[i + 4])
	V_BIN(I64X2_EXTMUL_LOW_I32X4_S, 2, r.i64[i] = (int64_t)a.i32[i] * b.i32[i])
	V_BIN(I64X2_EXTMUL_HIGH_I32X4_S, 2, r.i64[i] = (int64_t)a.i32[i + 2] * b.i32[i + 2])
	V_BIN(I64X2_EXTMUL_LOW_I32X4_U, 2, r.u64[i] = (uint64_t)a.u32[i] * b.u32[i])
	V_BIN(I64X2_EXTMUL_HIGH_I32X4_U, 2, r.u64[i] = (uint64_t)a.u32[i + 2] * b.u32[i + 2])
	V_UN(I16X8_EXTADD_PAIRWISE_I8X16_S, 8, r.i16[i] = (int16_t)(a.i8[2 * i] + a.i8[2 * i + 1]))
	V_UN(I16X8_EXTADD_PAIRWISE_I8X16_U, 8, r.u16[i] = (uint16_t)(a.u8[2 * i] + a.u8[2 * i + 1]))
	V_UN(I32X4_EXTADD_PAIRWISE_I16X8_S, 4, r.i32[i] = a.i16[2 * i] + a.i16[2 * i + 1])
	V_UN(I32X4_EXTADD_PAIRWISE_I16X8_U, 4, r.u32[i] = (uint32_t)a.u16[2 * i] + a.u16[2 * i + 1])

	/* Float lanes: the scalar instructions' rules, lane by lane (sign
	 * operations on the bits, min/max and NaNs as numeric.h has them). */
	V_UN(F32X4_ABS, 4, r.u32[i] = a.u32[i] & 0x7fffffffu)
	V_UN(F32X4_NEG, 4, r.u32[i] = a.u32[i] ^ 0x80000000u)
	V_UN(F64X2_ABS, 2, r.u64[i] = a.u64[i] & 0x7fffffffffffffffu)
	V_UN(F64X2_NEG, 2, r.u64[i] = a.u64[i] ^ 0x8000000000000000u)
	V_UN(F32X4_SQRT, 4, r.f32[i] = sqrtf(a.f32[i]))
	V_UN(F32X4_CEIL, 4, r.f32[i] = ceilf(a.f32[i]))
	V_UN(F32X4_FLOOR, 4, r.f32[i] = floorf(a.f32[i]))
	V_UN(F32X4_TRUNC, 4, r.f32[i] = truncf(a.f32[i]))
	V_UN(F32X4_NEAREST, 4, r.f32[i] = nearbyintf(a.f32[i]))
	V_UN(F64X2_SQRT, 2, r.f64[i] = sqrt(a.f64[i]))
	V_UN(F64X2_CEIL, 2, r.f64[i] = ceil(a.f64[i]))
	V_UN(F64X2_FLOOR, 2, r.f64[i] = floor(a.f64[i]))
	V_UN(F64X2_TRUNC, 2, r.f64[i] = trunc(a.f64[i]))
	V_UN(F64X2_NEAREST, 2, r.f64[i] = nearbyint(a.f64[i]))
	V_BIN(F32X4_ADD, 4, r.f32[i] = a.f32[i] + b.f32[i])
	V_BIN(F32X4_SUB, 4, r.f32[i] = a.f32[i] - b.f32[i])
	V_BIN(F32X4_MUL, 4, r.f32[i] = a.f32[i] * b.f32[i])
	V_BIN(F32X4_DIV, 4, r.f32[i] = a.f32[i] / b.f32[i])
	V_BIN(F32X4_MIN, 4, r.f32[i] = w64_fminf(a.f32[i], b.f32[i]))
	V_BIN(F32X4_MAX, 4, r.f32[i] = w64_fmaxf(a.f32[i], b.f32[i]))
	V_BIN(F64X2_ADD, 2, r.f64[i] = a.f64[i] + b.f64[i])
	V_BIN(F64X2_SUB, 2, r.f64[i] = a.f64[i] - b.f64[i])
	V_BIN(F64X2_MUL, 2, r.f64[i] = a.f64[i] * b.f64[i])
	V_BIN(F64X2_DIV, 2, r.f64[i] = a.f64[i] / b.f64[i])
	V_BIN(F64X2_MIN, 2, r.f64[i] = w64_fmin(a.f64[i], b.f64[i]))
	V_BIN(F64X2_MAX, 2, r.f64[i] = w64_fmax(a.f64[i], b.f64[i]))
	/* pmin/pmax: one operand's bits as they are (NaNs included). */
	V_BIN(F32X4_PMIN, 4, r.u32[i] = b.f32[i] < a.f32[i] ? b.u32[i] : a.u32[i])
	V_BIN(F32X4_PMAX, 4, r.u32[i] = a.f32[i] < b.f32[i] ? b.u32[i] : a.u32[i])
	V_BIN(F64X2_PMIN, 2, r.u64[i] = b.f64[i] < a.f64[i] ? b.u64[i] : a.u64[i])
	V_BIN(F64X2_PMAX, 2, r.u64[i] = a.f64[i] < b.f64[i] ? b.u64[i] : a.u64[i])

	/* Conversions; the _zero forms leave the upper lanes 0. */
	V_UN(F32X4_DEMOTE_F64X2_ZERO, 2, r.f32[i] = (float)a.f64[i])
	V_UN(F64X2_PROMOTE_LOW_F32X4, 2, r.f64[i] = (double)a.f32[i])
	V_UN(I32X4_TRUNC_SAT_F32X4_S, 4, r.i32[i] = sat_f32_i32(a.f32[i]))
	V_UN(I32X4_TRUNC_SAT_F32X4_U, 4, r.u32[i] = sat_f32_u32(a.f32[i]))
	V_UN(I32X4_TRUNC_SAT_F64X2_S_ZERO, 2, r.i32[i] = sat_f64_i32(a.f64[i]))
	V_UN(I32X4_TRUNC_SAT_F64X2_U_ZERO, 2, r.u32[i] = sat_f64_u32(a.f64[i]))
	V_UN(F32X4_CONVERT_I32X4_S, 4, r.f32[i] = (float)a.i32[i])
	V_UN(F32X4_CONVERT_I32X4_U, 4, r.f32[i] = (float)a.u32[i])
	V_UN(F64X2_CONVERT_LOW_I32X4_S, 2, r.f64[i] = (double)a.i32[i])
	V_UN(F64X2_CONVERT_LOW_I32X4_U, 2, r.f64[i] = (double)a.u32[i])

	/* Relaxed SIMD: one deterministic choice per instruction, the same on
	 * every host (docs/runtime.md lists them).  Those that behave as an
	 * instruction above share its handler (the L_ names at the top of
	 * this function); these have their own: madd and nmadd are fused
	 * (one rounding, as fma() gives on every host), the dot products
	 * treat both operands as signed and wrap. */
	V_TER(F32X4_RELAXED_MADD, 4, r.f32[i] = fmaf(a.f32[i], b.f32[i], c.f32[i]))
	V_TER(F32X4_RELAXED_NMADD, 4, r.f32[i] = fmaf(-a.f32[i], b.f32[i], c.f32[i]))
	V_TER(F64X2_RELAXED_MADD, 2, r.f64[i] = fma(a.f64[i], b.f64[i], c.f64[i]))
	V_TER(F64X2_RELAXED_NMADD, 2, r.f64[i] = fma(-a.f64[i], b.f64[i], c.f64[i]))
	V_BIN(I16X8_RELAXED_DOT_I8X16_I7X16_S, 8,
	      r.u16[i] = (uint16_t)(a.i8[2 * i] * b.i8[2 * i] + a.i8[2 * i + 1] * b.i8[2 * i + 1]))
	V_TER(I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S, 4,
	      r.u32[i] = c.u32[i] + (uint32_t)(a.i8[4 * i] * b.i8[4 * i] +
	                                       a.i8[4 * i + 1] * b.i8[4 * i + 1] +
	                                       a.i8[4 * i + 2] * b.i8[4 * i + 2] +
	                                       a.i8[4 * i + 3] * b.i8[4 * i + 3]))
#undef VIN
#undef VOUT
#undef LANES
#undef V_UN
#undef V_BIN
#undef V_TER
#undef V_REDUCE
#undef V_SHIFT
#undef V_CMP
#undef V_LOAD
#undef V_LOAD_EXTEND
#undef V_LOAD_SPLAT
#undef V_LOAD_LANE
#undef V_STORE_LANE
#undef V_SPLAT
#undef V_EXTRACT
#undef V_REPLACE
#undef Q15MULR

	/* --- exceptions ----------------------------------------------------- */
	/* run() only stops where an exception is; w64_interp() finds its
	 * handler (unwind()) and runs on from there, so that none of this
	 * weighs on the registers of the paths above. */
L_THROW:
	/* [tag][argbase] */
	exn = w64_exn_alloc(s, ip[1].p, fp + ip[2].u);
	if (!exn) {
		trap_msg = "out of memory (exception)";
		goto trap;
	}
	goto throw_out;
L_THROW_REF:
	exn = (struct w64_exn *)(uintptr_t)R(1);
	if (!exn) {
		trap_msg = "null exception reference";
		goto trap;
	}
throw_out:
	trap->nframes = 0;
	trap->truncated = false;
	*u = (struct unwind){fn, fp, ip, depth, exn, false, false};
	return STATUS_UNWIND;

	/* --- traps ---------------------------------------------------------- */
trap_memory:
	/* Another thread may have grown a shared memory 0 since this one
	 * read its size: with the size read again, the access runs again. */
	if (fn->mem0->shared && w64_mem_size(fn->mem0) != msize) {
		LOAD_MEM();
		goto *ip->op;
	}
	trap_msg = "out of bounds memory access";
	goto trap;
trap_table:
	trap_msg = "out of bounds table access";
	goto trap;
trap_div0:
	trap_msg = "integer divide by zero";
	goto trap;
trap_overflow:
	trap_msg = "integer overflow";
	goto trap;
trap_conversion:
	trap_msg = "invalid conversion to integer";
	goto trap;
trap:
	status = W64_TRAPPED;
	if (trap_index != UINT64_MAX)
		w64_trap_set(trap, "%s %llu", trap_msg, (unsigned long long)trap_index);
	else
		w64_trap_set(trap, "%s", trap_msg);
	add_frame(trap, fn);
unwind:
	/* Frames above the entry frame, innermost first; the entry frame's
	 * `fn` is the host's caller, not a wasm frame, so it is skipped. */
	while (depth > base_depth + 1)
		add_frame(trap, frames[--depth].fn);
	s->depth = base_depth;
	return status;
}

const char *w64_iop_name(unsigned iop)
{
	static const char *const names[IOP_COUNT - IOP_FIRST] = {
#define N(name) [IOP_##name - IOP_FIRST] = #name,
		N(ENTER) N(ENTER_ZERO) N(EXIT) N(COPY) N(CONST) N(JUMP) N(BR_IF) N(BR_UNLESS) N(BR_NULL)
		N(BR_NONNULL) N(BR_TABLE) N(RETURN) N(RETURN1) N(CALL) N(CALL_HOST) N(CALL_INDIRECT)
		N(RETURN_CALL) N(RETURN_CALL_INDIRECT) N(CALL_REF) N(RETURN_CALL_REF) N(TRAP)
		N(SELECT) N(GLOBAL_GET) N(GLOBAL_SET) N(TICK) N(ATOMIC) N(THROW) N(THROW_REF)
		N(COPY2) N(SELECT2) N(GLOBAL_GET2) N(GLOBAL_SET2)
#undef N
#define N(name) [IOP_IMM_##name - IOP_FIRST] = #name "_imm",
		W64_INT_IMM_OPS(N)
#undef N
#define N(name) [IOP_BR_##name - IOP_FIRST] = "br_" #name, [IOP_BRI_##name - IOP_FIRST] = "br_" #name "_imm",
		W64_INT_CMPS(N)
#undef N
	};
	if (iop < IOP_FIRST)
		return w64_opinfo[iop].text;
	if (iop >= IOP_MEMX && iop <= IOP_MEMX_END)
		return "memx";
	if (iop >= IOP_MEMI && iop <= IOP_MEMI_END)
		return "mem_at_const";
	if (iop >= IOP_MEMA && iop <= IOP_MEMA_END)
		return "mem_at_sum";
	if (iop >= IOP_MEMAI && iop <= IOP_MEMAI_END)
		return "mem_at_sum_imm";
	if (iop < IOP_COUNT && names[iop - IOP_FIRST])
		return names[iop - IOP_FIRST];
	return "?";
}

const void *const *w64_handlers(void)
{
	const void *const *table;
	run(NULL, NULL, NULL, NULL, &table, NULL);
	return table;
}

enum w64_status w64_interp(struct w64_store *s, struct w64_func_inst *f, uint64_t *fp,
                           struct w64_trap *trap)
{
	struct unwind u = {0};
	const uint32_t base_depth = s->depth;
	enum w64_status st = run(s, f, fp, trap, NULL, &u);
	while (st == STATUS_UNWIND) {
		if (!unwind(s->frames, base_depth, trap, &u)) {
			s->depth = base_depth;
			w64_exn_describe(trap, u.exn);
			return W64_EXCEPTION;
		}
		/* run() starts from s->depth: the entry frame's. */
		s->depth = base_depth;
		u.resume = true;
		st = run(s, f, fp, trap, NULL, &u);
	}
	return st;
}
