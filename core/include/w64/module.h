/* A decoded WebAssembly module, and the decoder that builds it.
 *
 * The module keeps pointers into the binary it was decoded from (names,
 * code bodies, data segments, constant expressions), so the binary must
 * outlive it.  Function bodies are not decoded here: the validator, the
 * runtime's compiler and the rewriter walk them with w64_read_instr().
 */
#ifndef W64_MODULE_H
#define W64_MODULE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "w64/error.h"
#include "w64/reader.h"

/* Value types.  Number and vector types are their binary encoding byte;
 * a reference type (ref null? ht) sets W64_REF_BIT, W64_NULLABLE_BIT when
 * nullable, and holds its heap type above W64_HEAP_SHIFT: a type index,
 * or W64_HT_ABSTRACT | the abstract heap type's encoding byte. */
typedef uint32_t w64_valtype;
enum {
	W64_I32 = 0x7f,
	W64_I64 = 0x7e,
	W64_F32 = 0x7d,
	W64_F64 = 0x7c,
	W64_V128 = 0x7b,
	/* Not a type: the validator's "unknown" (bottom) for dead code. */
	W64_ANY = 0x00,
};

#define W64_REF_BIT       0x100u
#define W64_NULLABLE_BIT  0x200u
#define W64_HEAP_SHIFT    10
#define W64_HT_ABSTRACT   (1u << 21)
#define W64_HT_FUNC       (W64_HT_ABSTRACT | 0x70)
#define W64_HT_EXTERN     (W64_HT_ABSTRACT | 0x6f)
#define W64_HT_ANY        (W64_HT_ABSTRACT | 0x6e)
#define W64_HT_EQ         (W64_HT_ABSTRACT | 0x6d)
#define W64_HT_I31        (W64_HT_ABSTRACT | 0x6c)
#define W64_HT_STRUCT     (W64_HT_ABSTRACT | 0x6b)
#define W64_HT_ARRAY      (W64_HT_ABSTRACT | 0x6a)
#define W64_HT_EXN        (W64_HT_ABSTRACT | 0x69)
#define W64_HT_NONE       (W64_HT_ABSTRACT | 0x71)
#define W64_HT_NOEXTERN   (W64_HT_ABSTRACT | 0x72)
#define W64_HT_NOFUNC     (W64_HT_ABSTRACT | 0x73)
#define W64_HT_NOEXN      (W64_HT_ABSTRACT | 0x74)

#define W64_REF_TYPE(nullable, heap) \
	(W64_REF_BIT | ((nullable) ? W64_NULLABLE_BIT : 0u) | ((uint32_t)(heap) << W64_HEAP_SHIFT))
#define W64_FUNCREF   W64_REF_TYPE(1, W64_HT_FUNC)
#define W64_EXTERNREF W64_REF_TYPE(1, W64_HT_EXTERN)
#define W64_EXNREF    W64_REF_TYPE(1, W64_HT_EXN)

static inline bool w64_is_ref(w64_valtype t)
{
	return (t & W64_REF_BIT) != 0;
}
static inline bool w64_ref_nullable(w64_valtype t)
{
	return (t & W64_NULLABLE_BIT) != 0;
}
static inline uint32_t w64_ref_heap(w64_valtype t)
{
	return t >> W64_HEAP_SHIFT;
}
static inline bool w64_heap_is_index(uint32_t heap)
{
	return !(heap & W64_HT_ABSTRACT);
}
/* A name for messages: "i32", "funcref", "(ref $3)", ... in a static
 * buffer for the abstract and number types, else in `buf`. */
const char *w64_valtype_str(w64_valtype t, char *buf, size_t len);
const char *w64_valtype_name(w64_valtype t);

enum w64_extern_kind {
	W64_EXTERN_FUNC = 0,
	W64_EXTERN_TABLE = 1,
	W64_EXTERN_MEMORY = 2,
	W64_EXTERN_GLOBAL = 3,
	W64_EXTERN_TAG = 4,     /* exception tags: declared, imported, exported */
};
const char *w64_extern_kind_name(enum w64_extern_kind k);

struct w64_functype {
	uint32_t nparams, nresults;
	const w64_valtype *params;   /* point into types[] of the module */
	const w64_valtype *results;
};

/* Where a type sits in Wasm 3.0's type structure: its recursion group
 * (`rec`: the types of a group may refer to each other, and two types are
 * equivalent only if their whole groups are, position for position) and
 * its declared supertype (`sub`).  A plain function type is a group of
 * one, final, without a supertype. */
#define W64_NO_SUPER UINT32_MAX
struct w64_typeinfo {
	uint32_t rec_start, rec_size; /* the group: types [rec_start, rec_start + rec_size) */
	uint32_t super;               /* declared supertype, or W64_NO_SUPER */
	uint32_t nsupers;             /* as declared (valid: 0 or 1) */
	bool final;                   /* no type may declare it as supertype */
	size_t offset;                /* of the type's entry, for messages */
};

struct w64_limits {
	uint64_t min, max;
	bool has_max;
	bool is64;                   /* 64-bit index type (memory64/table64) */
	bool shared;                 /* a shared memory (threads); has a maximum */
};

struct w64_tabletype {
	w64_valtype elem;
	struct w64_limits limits;
};

struct w64_memtype {
	struct w64_limits limits;    /* in 64 KiB pages */
};

struct w64_globaltype {
	w64_valtype type;
	bool mut;
};

/* A constant expression: its bytes (including the final `end`), validated
 * by the validator and evaluated by whoever instantiates. */
struct w64_constexpr {
	size_t offset, len;
};

struct w64_import {
	struct w64_name module, field;
	enum w64_extern_kind kind;
	uint32_t index;               /* index in the kind's index space */
	size_t offset;                /* of the import entry, for messages */
};

struct w64_export {
	struct w64_name name;
	enum w64_extern_kind kind;
	uint32_t index;
};

struct w64_func {
	uint32_t type;                /* index into module->types */
	int32_t import;               /* index into module->imports, or -1 */
	/* Defined functions only: */
	size_t body_offset, body_len; /* the whole body, from its local decls */
	size_t code_offset;           /* first instruction */
	uint32_t nlocals;             /* declared locals, params excluded */
	uint32_t nlocal_groups;
	const struct w64_local_group *local_groups;
};

struct w64_local_group {
	uint32_t count;
	w64_valtype type;
};

struct w64_table {
	struct w64_tabletype type;
	int32_t import;
	bool has_init;                /* table with an initialiser expression */
	struct w64_constexpr init;
};

struct w64_memory {
	struct w64_memtype type;
	int32_t import;
};

struct w64_global {
	struct w64_globaltype type;
	int32_t import;
	struct w64_constexpr init;
};

struct w64_tag {
	uint32_t type;                /* a function type with no results */
	int32_t import;
};

enum w64_segment_mode { W64_SEG_ACTIVE, W64_SEG_PASSIVE, W64_SEG_DECLARATIVE };

struct w64_elem {
	enum w64_segment_mode mode;
	uint32_t table;
	struct w64_constexpr offset;
	w64_valtype type;
	uint32_t count;
	/* Either function indices (when `exprs` is false) or one constant
	 * expression per element. */
	bool exprs;
	const uint32_t *funcs;
	const struct w64_constexpr *inits;
	size_t entry_offset;          /* of the segment, for messages */
};

struct w64_data {
	enum w64_segment_mode mode;
	uint32_t memory;
	struct w64_constexpr offset;
	const uint8_t *bytes;
	uint64_t len;
	size_t entry_offset;
};

struct w64_custom {
	struct w64_name name;
	size_t offset, len;           /* of the payload after the name */
	size_t section_offset;        /* of the section id byte */
};

struct w64_module {
	const uint8_t *bytes;
	size_t len;

	uint32_t ntypes;
	struct w64_functype *types;

	uint32_t nimports;
	struct w64_import *imports;

	uint32_t nfuncs, nimported_funcs;
	struct w64_func *funcs;
	uint32_t ntables, nimported_tables;
	struct w64_table *tables;
	uint32_t nmemories, nimported_memories;
	struct w64_memory *memories;
	uint32_t nglobals, nimported_globals;
	struct w64_global *globals;
	uint32_t ntags, nimported_tags;
	struct w64_tag *tags;

	uint32_t nexports;
	struct w64_export *exports;

	bool has_start;
	uint32_t start;

	uint32_t nelems;
	struct w64_elem *elems;

	bool has_datacount;
	uint32_t datacount;
	uint32_t ndatas;
	struct w64_data *datas;

	uint32_t ncustoms;
	struct w64_custom *customs;

	/* Per type: its recursion group and supertype. */
	struct w64_typeinfo *type_info;
	/* type_canon[i]: the lowest index of a type equivalent to type i (at
	 * the same position of an equivalent recursion group: the same
	 * structure, references inside the group compared by position,
	 * references outside it by equivalence), so two type indices denote
	 * equivalent types iff their type_canon entries agree. */
	uint32_t *type_canon;

	/* From the `name` custom section when it is well formed; NULL entries
	 * for functions without a name. */
	struct w64_name *func_names;
	struct w64_name module_name;
	/* Tag names (the extended name section's subsection 11), or NULL. */
	struct w64_name *tag_names;

	/* Which functions `ref.func` may name outside constant expressions:
	 * those in exports, element segments or global initialisers. */
	uint8_t *func_declared;

	/* Everything above points into one arena owned by the module. */
	struct w64_arena *arena;
};

/* Implementation limits: far above what real programs use, and low enough
 * that a hostile binary cannot make the decoder allocate without bound. */
#define W64_MAX_TYPES      1000000u
#define W64_MAX_FUNCS      1000000u
#define W64_MAX_IMPORTS    100000u
#define W64_MAX_EXPORTS    100000u
#define W64_MAX_GLOBALS    1000000u
#define W64_MAX_TABLES     100000u
#define W64_MAX_MEMORIES   100u
#define W64_MAX_SEGMENTS   100000u
#define W64_MAX_PARAMS     1000u
#define W64_MAX_LOCALS     50000u
#define W64_MAX_BR_TABLE   1000000u

/* Decodes `bytes` (which must outlive the module).  On failure returns
 * NULL and fills *err with the offset and reason. */
struct w64_module *w64_module_decode(const uint8_t *bytes, size_t len,
                                     struct w64_error *err);
void w64_module_free(struct w64_module *m);

static inline const struct w64_functype *
w64_func_type(const struct w64_module *m, uint32_t func)
{
	return &m->types[m->funcs[func].type];
}

/* The type of local `i` of a defined function (params first). */
w64_valtype w64_local_type(const struct w64_module *m, uint32_t func, uint32_t i);

/* The function's name from the name section, or NULL. */
const struct w64_name *w64_func_name(const struct w64_module *m, uint32_t func);

/* The tag's name from the name section, or NULL. */
const struct w64_name *w64_tag_name(const struct w64_module *m, uint32_t tag);

/* Finds an export by name; returns its index or -1. */
int64_t w64_find_export(const struct w64_module *m, const char *name,
                        enum w64_extern_kind kind);

/* --- instructions ------------------------------------------------------ */

enum w64_imm_kind {
	W64_IMM_NONE,
	W64_IMM_BLOCKTYPE,
	W64_IMM_LABEL,
	W64_IMM_BR_TABLE,
	W64_IMM_FUNC,
	W64_IMM_CALL_INDIRECT,
	W64_IMM_SELECT_T,
	W64_IMM_LOCAL,
	W64_IMM_GLOBAL,
	W64_IMM_TABLE,
	W64_IMM_MEMARG,
	W64_IMM_MEM,
	W64_IMM_MEM_MEM,
	W64_IMM_DATA_MEM,
	W64_IMM_DATA,
	W64_IMM_ELEM_TABLE,
	W64_IMM_ELEM,
	W64_IMM_TABLE_TABLE,
	W64_IMM_I32,
	W64_IMM_I64,
	W64_IMM_F32,
	W64_IMM_F64,
	W64_IMM_HEAPTYPE,
	W64_IMM_TYPE,
	W64_IMM_V128,         /* v128.const: 16 bytes */
	W64_IMM_SHUFFLE,      /* i8x16.shuffle: 16 lane indices < 32 */
	W64_IMM_LANE,         /* a lane index byte */
	W64_IMM_MEMARG_LANE,  /* load/store*_lane: a memarg, then a lane index */
	W64_IMM_FENCE,        /* atomic.fence: one reserved 0 byte */
	W64_IMM_TAG,          /* throw, catch (legacy): a tag index */
	W64_IMM_TRY_TABLE,    /* a block type, then a vector of catch clauses */
};

enum w64_sig {
	W64_SIG_NONE,
	W64_SIG_I32,
	W64_SIG_I64,
	W64_SIG_F32,
	W64_SIG_F64,
	W64_SIG_V128,
	W64_SIG_ADDR,
	W64_SIG_SPECIAL,
};

enum w64_opcode {
#define W64_OP(name, text, prefix, code, imm, a, b, c, r, align) W64_OP_##name,
#include "w64/opcodes.def"
#undef W64_OP
	W64_OP_COUNT
};
/* The SIMD rows, then the atomic rows, close the table: code tests
 * op >= W64_OP_FIRST_SIMD and op >= W64_OP_FIRST_ATOMIC.  The row counts
 * by prefix check it, so a row added in the wrong place fails here. */
#define W64_OP_FIRST_SIMD   W64_OP_V128_LOAD
#define W64_OP_FIRST_ATOMIC W64_OP_MEMORY_ATOMIC_NOTIFY
#define W64_IS_SIMD_0x00 0
#define W64_IS_SIMD_0xfc 0
#define W64_IS_SIMD_0xfd 1
#define W64_IS_SIMD_0xfe 0
#define W64_IS_ATOMIC_0x00 0
#define W64_IS_ATOMIC_0xfc 0
#define W64_IS_ATOMIC_0xfd 0
#define W64_IS_ATOMIC_0xfe 1
enum {
#define W64_OP(name, text, prefix, code, imm, a, b, c, r, align) + W64_IS_SIMD_##prefix
	W64_OP_NSIMD = 0
#include "w64/opcodes.def"
#undef W64_OP
	,
#define W64_OP(name, text, prefix, code, imm, a, b, c, r, align) + W64_IS_ATOMIC_##prefix
	W64_OP_NATOMIC = 0
#include "w64/opcodes.def"
#undef W64_OP
};
_Static_assert(W64_OP_FIRST_ATOMIC - W64_OP_FIRST_SIMD == W64_OP_NSIMD &&
               W64_OP_COUNT - W64_OP_FIRST_ATOMIC == W64_OP_NATOMIC,
               "opcodes.def: the SIMD (0xfd) rows, then the atomic (0xfe) rows, must close the table");

struct w64_opinfo {
	const char *text;
	uint8_t prefix;
	uint32_t code;
	uint8_t imm;      /* enum w64_imm_kind */
	uint8_t in[3];    /* enum w64_sig */
	uint8_t out;      /* enum w64_sig */
	uint8_t align;    /* natural alignment, log2 */
};
extern const struct w64_opinfo w64_opinfo[W64_OP_COUNT];

/* Block types: no result, one value type, or a type index. */
struct w64_blocktype {
	enum { W64_BT_EMPTY, W64_BT_VAL, W64_BT_TYPE } kind;
	w64_valtype val;
	uint32_t type;
};

struct w64_instr {
	uint16_t op;          /* enum w64_opcode */
	uint8_t lane;         /* lane and memarg+lane immediates */
	size_t offset;        /* of the opcode byte */
	union {
		struct w64_blocktype block;
		uint32_t index;                       /* label, func, local, global, table, data, elem */
		struct { uint32_t type, table; } call_indirect;
		struct { uint32_t count; size_t offset; } br_table; /* labels: read with w64_br_table_next */
		/* try_table: the block type first, so imm.block reads it too;
		 * the catch clauses are read again with w64_catch_next. */
		struct { struct w64_blocktype block; uint32_t count; size_t offset; } try_table;
		struct { uint32_t align, mem; uint64_t offset; } memarg;
		struct { uint32_t dst, src; } pair;   /* mem_mem, table_table (dst first) */
		struct { uint32_t seg, dst; } init;   /* data_mem, elem_table */
		w64_valtype type;                     /* select_t */
		uint32_t heap;                        /* ref.null: a heap type */
		uint32_t i32;
		uint64_t i64;
		uint32_t f32;                         /* raw bits */
		uint64_t f64;
		uint8_t v128[16];                     /* v128.const bytes, i8x16.shuffle lanes */
	} imm;
};

/* Decodes one instruction and its immediates (structure only: indices are
 * not checked against the module; that is the validator's job). */
bool w64_read_instr(struct w64_reader *r, struct w64_instr *ins);
/* Reads the next label of a br_table (count labels, then the default). */
bool w64_br_table_next(struct w64_reader *r, uint32_t *label);

/* A catch clause of try_table: catch / catch_ref name a tag, catch_all /
 * catch_all_ref catch every exception; the _ref forms also pass the
 * exception itself (an exnref) to the label. */
enum w64_catch_kind {
	W64_CATCH = 0x00,
	W64_CATCH_REF = 0x01,
	W64_CATCH_ALL = 0x02,
	W64_CATCH_ALL_REF = 0x03,
};
struct w64_catch {
	enum w64_catch_kind kind;
	uint32_t tag;                 /* catch and catch_ref only */
	uint32_t label;
	size_t offset;                /* of the clause, for messages */
};
/* Reads the next catch clause of a try_table (from imm.try_table.offset). */
bool w64_catch_next(struct w64_reader *r, struct w64_catch *c);

/* Reads a value type (one byte, or 0x63/0x64 and a heap type). */
bool w64_read_valtype(struct w64_reader *r, w64_valtype *out);
/* Reads a heap type: an abstract type byte or a type index. */
bool w64_read_heaptype(struct w64_reader *r, uint32_t *out);

#endif
