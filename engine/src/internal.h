/* Runtime internals shared by the store, the compiler and the interpreter. */
#ifndef W64_RUNTIME_INTERNAL_H
#define W64_RUNTIME_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "w64/runtime.h"

/* One unit of compiled code: a handler address or an operand. */
typedef union w64_cell {
	const void *op;
	uint64_t u;
	int64_t s;
	void *p;
	const union w64_cell *target;
} w64_cell;

/* Exception handlers of a function, computed by the compiler; nothing of
 * it runs until something throws.  The code is cut into regions, each
 * under one scope (a try body, or none); a throw looks up the region of
 * the instruction that threw (a call: the call instruction) and tries the
 * scope's handlers in order, then its parent's, up to the function's
 * top, where the exception leaves the frame. */
#define W64_NO_SLOT UINT32_MAX
#define W64_NO_SCOPE (-1)

struct w64_handler {
	const struct w64_tag_inst *tag;   /* NULL: every exception */
	const w64_cell *target;           /* NULL: return from the function */
	uint32_t payload_dst;             /* first slot of the tag's values, or W64_NO_SLOT */
	uint32_t exn_dst;                 /* slot of the exnref, or W64_NO_SLOT */
};

struct w64_scope {
	uint32_t first, count;            /* its handlers */
	int32_t parent;                   /* W64_NO_SCOPE: the caller's */
};

struct w64_region {
	size_t start;                     /* first cell */
	int32_t scope;
};

struct w64_eh {
	uint32_t nregions;                /* sorted by start */
	struct w64_region *regions;
	struct w64_scope *scopes;
	struct w64_handler *handlers;
};

struct w64_code {
	w64_cell *cells;
	size_t ncells;
	uint32_t frame_slots;   /* locals + deepest operand stack */
	struct w64_eh *eh;      /* NULL: the function catches nothing */
};

struct w64_func_inst {
	uint32_t type_id;                 /* interned: equal ids, equal types */
	const struct w64_functype *type;
	struct w64_instance *inst;        /* NULL for host functions */
	struct w64_memory_inst *mem0;     /* inst->mem0, one load closer for calls */
	uint32_t index;                   /* in inst's module */
	struct w64_code *code;            /* compiled on first call */
	const w64_cell *entry;            /* code->cells, or NULL until compiled */
	w64_host_fn host;
	void *host_user;
	uint32_t host_cells;              /* host functions: max(param cells, result cells) */
	struct w64_functype host_type;    /* storage for host functions' type */
};

struct w64_memory_inst {
	uint8_t *base;          /* reservation: never moves */
	uint64_t size;          /* bytes accessible now (w64_mem_size reads it) */
	uint64_t max_pages;     /* declared maximum, capped by the store */
	size_t reserved;        /* bytes of address space reserved */
	bool is64;
	struct w64_memtype type;   /* current limits, for import matching */
	/* A shared memory's grow lock and wait queues (threads.c); NULL for
	 * an unshared one. */
	struct w64_shared *shared;
};

/* The memory's size in bytes.  Another host thread may grow a shared
 * memory at any time: the size is read atomically (a plain load on the
 * hosts we build for), and only ever goes up. */
static inline uint64_t w64_mem_size(const struct w64_memory_inst *m)
{
	return __atomic_load_n(&m->size, __ATOMIC_ACQUIRE);
}

struct w64_table_inst {
	uint64_t *elems;        /* refs: 0 is null */
	uint64_t size, max;     /* max: the index type's limit when unbounded */
	bool has_max;           /* declared maximum (for import matching) */
	bool is64;
	w64_valtype elem;
	uint64_t cap;
};

struct w64_global_inst {
	uint64_t value[2];      /* first: compiled code points at it; [1]: a v128's high half */
	w64_valtype type;
	bool mut;
};

/* A tag: compared by identity (an imported tag is its exporter's). */
struct w64_tag_inst {
	uint32_t type_id;
	const struct w64_functype *type;  /* params: the exception's values */
	const struct w64_instance *inst;  /* the defining instance (for its name), or NULL */
	uint32_t index;                   /* in that instance's module */
};

/* An exception: what an exnref points to.  Owned by the store, which
 * frees it with itself (see docs/runtime.md). */
struct w64_exn {
	struct w64_exn *next;             /* the store's list */
	const struct w64_tag_inst *tag;
	uint32_t nvalues;                 /* cells: a v128 value takes two */
	uint64_t values[];
};

struct w64_instance {
	struct w64_store *store;
	const struct w64_module *m;
	struct w64_func_inst **funcs;
	struct w64_table_inst **tables;
	struct w64_memory_inst **memories;
	struct w64_global_inst **globals;
	struct w64_tag_inst **tags;
	struct w64_memory_inst *mem0;     /* memories[0], or an empty memory */
	uint32_t *type_ids;               /* the store's id of each module type */
	/* Segments after instantiation: dropped ones have length 0. */
	uint64_t *data_len;
	uint64_t **elem_refs;
	uint32_t *elem_len;
	struct w64_instance *next;        /* store's list */
};

/* A frame of the call stack, kept apart from the value stack. */
struct w64_frame {
	const w64_cell *ret;
	uint64_t *fp;
	struct w64_func_inst *fn;
};

struct w64_store {
	struct w64_store_config cfg;
	uint64_t *stack;          /* value stack */
	uint64_t *stack_end;
	uint64_t *stack_top;      /* first free slot for a new entry from the host */
	struct w64_frame *frames;
	uint32_t depth;           /* frames in use */

	/* Interned function types, whole recursion groups at a time: a
	 * group's types have consecutive ids, and a reference inside a group
	 * names an id of that group. */
	struct w64_functype *types;
	struct w64_store_typeinfo *type_info;
	uint32_t ntypes, types_cap;

	struct w64_instance *instances;
	/* Every object the store allocated, freed with it. */
	struct w64_alloc *allocs;

	struct w64_memory_inst empty_memory;

	/* Every exception thrown in the store (freed with it). */
	struct w64_exn *exns;

	/* Resource limits (cfg.fuel, cfg.timeout_ms): what is left. */
	bool limited;              /* compile fuel checks into code */
	uint64_t fuel_left;        /* UINT64_MAX without a fuel limit */
	uint64_t deadline_ns;      /* CLOCK_MONOTONIC; 0 without a timeout */
};

struct w64_store_typeinfo {
	uint32_t group, group_size;  /* ids [group, group + group_size) */
	uint32_t super;              /* a store id, or W64_NO_SUPER */
	bool final;
};

/* Store allocation: zeroed, freed with the store. */
void *w64_store_alloc(struct w64_store *s, size_t n, size_t size);
/* The store's id for a function type whose reference types name store
 * type ids (not module indices); equal ids, equivalent types.  UINT32_MAX
 * when out of memory. */
uint32_t w64_intern_type(struct w64_store *s, const struct w64_functype *t);
/* Whether store type a is b or has b among its supertypes. */
bool w64_store_type_sub(const struct w64_store *s, uint32_t a, uint32_t b);
/* Subtyping of value types whose type indices are store ids. */
bool w64_store_valtype_matches(const struct w64_store *s, w64_valtype a, w64_valtype e);
/* A module value type with its type indices turned into store ids. */
w64_valtype w64_store_valtype(const struct w64_instance *inst, w64_valtype t);

/* Memory and table growth; return the old size, or -1 (as uint64) on failure. */
uint64_t w64_memory_grow(struct w64_memory_inst *mem, uint64_t delta_pages);
uint64_t w64_table_grow(struct w64_table_inst *t, uint64_t delta, uint64_t init);

/* A new exception of `tag` with its values (tag->type->nparams of
 * them), or NULL when out of memory. */
struct w64_exn *w64_exn_alloc(struct w64_store *s, const struct w64_tag_inst *tag,
                              const uint64_t *values);
/* Sets trap->msg ("uncaught exception" and the tag's name) and trap->exn,
 * leaving its frames as they are. */
void w64_exn_describe(struct w64_trap *trap, const struct w64_exn *e);
/* The handler of `code` that catches `exn` thrown at `at` (a cell of the
 * throwing instruction), or NULL. */
const struct w64_handler *w64_find_handler(const struct w64_code *code, const w64_cell *at,
                                           const struct w64_exn *exn);

/* Compiles the function's body into internal code (function was validated). */
int w64_compile(struct w64_store *s, struct w64_func_inst *f, struct w64_error *err);

/* Runs `f` with arguments in `fp[0..nparams)`; results land in fp[0..). */
enum w64_status w64_interp(struct w64_store *s, struct w64_func_inst *f, uint64_t *fp,
                           struct w64_trap *trap);

/* Shared memories (threads.c): the state beside one, freed with it, and
 * the lock that serialises its growth. */
struct w64_shared *w64_shared_new(void);
void w64_shared_free(struct w64_shared *sh);
void w64_shared_grow_lock(struct w64_shared *sh);
void w64_shared_grow_unlock(struct w64_shared *sh);
/* An atomic instruction of the threads proposal (IOP_ATOMIC) on memory m:
 * `args` are the operands above the address.  Returns NULL with the
 * result in *out, or a trap message.  Waits block the calling thread. */
const char *w64_atomic(const struct w64_memory_inst *m, unsigned op, uint64_t addr,
                       uint64_t offset, const uint64_t *args, uint64_t *out);

/* A name for an internal opcode (wasm opcodes by their text name). */
const char *w64_iop_name(unsigned iop);

/* The interpreter's handler addresses, indexed by internal opcode. */
const void *const *w64_handlers(void);

/* Integer comparisons: each also comes fused with a conditional branch,
 * [a][b][target] and [a][imm][target] (branch when true). */
#define W64_INT_CMPS(X)                                                        \
	X(I32_EQ) X(I32_NE) X(I32_LT_S) X(I32_LT_U) X(I32_GT_S) X(I32_GT_U)        \
	X(I32_LE_S) X(I32_LE_U) X(I32_GE_S) X(I32_GE_U)                            \
	X(I64_EQ) X(I64_NE) X(I64_LT_S) X(I64_LT_U) X(I64_GT_S) X(I64_GT_U)        \
	X(I64_LE_S) X(I64_LE_U) X(I64_GE_S) X(I64_GE_U)
/* Integer binary operators that also come with an immediate second
 * operand, [a][imm][dst] (the comparisons above among them). */
#define W64_INT_IMM_OPS(X)                                                     \
	X(I32_ADD) X(I32_SUB) X(I32_MUL) X(I32_AND) X(I32_OR) X(I32_XOR)           \
	X(I32_SHL) X(I32_SHR_S) X(I32_SHR_U) X(I32_ROTL) X(I32_ROTR)               \
	X(I64_ADD) X(I64_SUB) X(I64_MUL) X(I64_AND) X(I64_OR) X(I64_XOR)           \
	X(I64_SHL) X(I64_SHR_S) X(I64_SHR_U) X(I64_ROTL) X(I64_ROTR)               \
	W64_INT_CMPS(X)

/* Internal opcodes beyond the wasm ones (which keep their W64_OP_ numbers
 * for the instructions that map one to one). */
enum w64_iop {
	IOP_FIRST = W64_OP_COUNT,
	IOP_ENTER = IOP_FIRST,  /* [frame_slots][first_local][nlocals_to_zero] */
	IOP_ENTER_ZERO,         /* the same, when some locals must be zeroed */
	IOP_EXIT,               /* leave the interpreter (host entry frame) */
	IOP_COPY,               /* [src][dst] */
	IOP_COPY2,              /* [src][dst]: a v128, two slots */
	IOP_CONST,              /* [value][dst] */
	IOP_JUMP,               /* [target] */
	IOP_BR_IF,              /* [cond][target] */
	IOP_BR_UNLESS,          /* [cond][target] */
	IOP_BR_NULL,            /* [ref][target]: branch when the reference is null */
	IOP_BR_NONNULL,         /* [ref][target]: branch when it is not */
	IOP_BR_TABLE,           /* [index][count][target * (count + 1)] */
	IOP_RETURN,
	IOP_RETURN1,            /* [src]: fp[0] = fp[src], then return */
	IOP_CALL,               /* [func][argbase] */
	IOP_CALL_HOST,          /* [func][argbase] */
	IOP_CALL_INDIRECT,      /* [table][type_id][index][argbase] */
	IOP_RETURN_CALL,        /* [func] (args already at fp[0..)) */
	IOP_RETURN_CALL_INDIRECT, /* [table][type_id][index] */
	IOP_CALL_REF,           /* [ref][argbase] */
	IOP_RETURN_CALL_REF,    /* [ref] (args already at fp[0..)) */
	IOP_TRAP,               /* [message] */
	IOP_SELECT,             /* [cond][a][b][dst] */
	IOP_SELECT2,            /* [cond][a][b][dst]: v128s */
	IOP_GLOBAL_GET,         /* [&value][dst] */
	IOP_GLOBAL_SET,         /* [&value][src] */
	IOP_GLOBAL_GET2,        /* [&value][dst]: a v128 */
	IOP_GLOBAL_SET2,        /* [&value][src]: a v128 */
	IOP_TICK,               /* a function entry or loop header under limits */
	IOP_ATOMIC,             /* [mem][wasm op][offset][addr][operands...][dst]: w64_atomic */
	IOP_THROW,              /* [tag][argbase] */
	IOP_THROW_REF,          /* [exnref] */
	/* Loads and stores keep their wasm opcode for memory 0, which the
	 * interpreter holds in registers ([addr][offset][dst] for loads,
	 * [addr][value][offset] for stores); for other memories the opcode is
	 * IOP_MEMX + (op - W64_OP_I32_LOAD) with the memory as first operand. */
	IOP_MEMX,
	IOP_MEMX_END = IOP_MEMX + (W64_OP_I64_STORE32 - W64_OP_I32_LOAD),
	/* Memory 0 at a constant address (globals and statics of C code):
	 * IOP_MEMI + (op - W64_OP_I32_LOAD), [ea][dst] for loads, [ea][value]
	 * for stores, ea = address + offset folded at compile time. */
	IOP_MEMI,
	IOP_MEMI_END = IOP_MEMI + (W64_OP_I64_STORE32 - W64_OP_I32_LOAD),
	/* Memory 0 at an address that an add just computed (base + index,
	 * base + constant): the add and the access in one instruction.
	 * IOP_MEMA + (op - W64_OP_I32_LOAD): [a][b][mask][end][dst or value],
	 * address = (a + b) & mask (mask: the index type's width); IOP_MEMAI
	 * the same with b an immediate. */
	IOP_MEMA,
	IOP_MEMA_END = IOP_MEMA + (W64_OP_I64_STORE32 - W64_OP_I32_LOAD),
	IOP_MEMAI,
	IOP_MEMAI_END = IOP_MEMAI + (W64_OP_I64_STORE32 - W64_OP_I32_LOAD),
#define W64_IOP_IMM(name) IOP_IMM_##name,
	W64_INT_IMM_OPS(W64_IOP_IMM)          /* [a][imm][dst] */
#undef W64_IOP_IMM
#define W64_IOP_BR(name) IOP_BR_##name, IOP_BRI_##name,
	W64_INT_CMPS(W64_IOP_BR)              /* [a][b][target], [a][imm][target] */
#undef W64_IOP_BR
	IOP_COUNT
};

/* IOP_MEMX and its siblings index by op - W64_OP_I32_LOAD: the 23 loads
 * and stores of memory 0 (opcodes 0x28-0x3e) must be consecutive rows of
 * opcodes.def, in opcode order. */
_Static_assert(W64_OP_I64_STORE32 - W64_OP_I32_LOAD == 0x3e - 0x28 &&
               W64_OP_I32_STORE - W64_OP_I32_LOAD == 0x36 - 0x28,
               "opcodes.def: the loads and stores 0x28-0x3e must be consecutive rows");

#endif
