/* wasm64-run embedding API.
 *
 * A store owns everything that instances create (functions, memories,
 * tables, globals); one process may hold any number of stores, and a store
 * any number of instances.  Nothing here uses global mutable state.
 *
 * Example: run a module's exported "add" function.
 *
 *     struct w64_error err;
 *     struct w64_module *m = w64_module_decode(bytes, len, &err);
 *     if (!m || w64_validate_runnable(m, &err) < 0)
 *         die("%zx: %s", err.offset, err.msg);
 *     struct w64_store *s = w64_store_new(NULL);
 *     struct w64_instance *inst;
 *     struct w64_trap trap;
 *     if (w64_instantiate(s, m, NULL, NULL, &inst, &trap) != W64_OK)
 *         die("%s", trap.msg);
 *     struct w64_extern add;
 *     w64_instance_export(inst, "add", &add);
 *     uint64_t args[2] = {2, 3}, result[1];
 *     if (w64_call(s, add.u.func, args, result, &trap) == W64_OK)
 *         printf("%u\n", (uint32_t)result[0]);
 *     w64_store_free(s);      // frees its instances
 *     w64_module_free(m);     // after the store: compiled code points into it
 *
 * Values cross the API as 64-bit cells: i32 in the low 32 bits, f32/f64 as
 * their bit patterns, references as opaque non-zero cells (0 is null), and
 * a v128 as two consecutive cells, its low 8 bytes first (little-endian:
 * lane 0 in the low bits).  Arrays of values (arguments, results, host
 * functions' cells, exception values) hold cells, so a v128 moves the
 * values after it one cell up.
 * Statuses other than W64_OK leave their details in a struct w64_trap.
 */
#ifndef W64_RUNTIME_H
#define W64_RUNTIME_H

#include <stdbool.h>
#include <stdint.h>

#include "w64/module.h"
#include "w64/validate.h"

struct w64_store;
struct w64_instance;
struct w64_func_inst;
struct w64_table_inst;
struct w64_memory_inst;
struct w64_global_inst;
struct w64_tag_inst;

struct w64_store_config {
	uint64_t max_memory_bytes;  /* cap on each memory; 0: the host's RAM */
	uint32_t stack_slots;       /* value stack, 8-byte slots; 0: 1 Mi (8 MiB) */
	uint32_t max_call_depth;    /* 0: 100000 */
	/* Bounds on how long code may run, for untrusted modules: `fuel`
	 * counts function entries and loop iterations (0: no limit), and
	 * `timeout_ms` wall-clock milliseconds (0: none).  Both are checked in
	 * batches of W64_TICK_BATCH, so a limit is exact to within a batch.
	 * Code compiled without either limit carries no checks at all. */
	uint64_t fuel;
	uint64_t timeout_ms;
};

#define W64_TICK_BATCH 4096

enum w64_status {
	W64_OK = 0,
	W64_TRAPPED = 1,    /* a trap, or an error while instantiating */
	W64_EXITED = 2,     /* the program called proc_exit: see trap.exit_code */
	/* A wasm exception nothing caught: trap.exn is the exception (an
	 * exnref cell), trap.msg "uncaught exception" and the tag's name,
	 * trap.frames the frames it left, innermost first. */
	W64_EXCEPTION = 3,
};

#define W64_TRAP_FRAMES 16

struct w64_trap {
	char msg[256];
	int exit_code;
	uint64_t exn;       /* W64_EXCEPTION: the exception, valid while the store lives */
	/* Innermost first: the function indices and instances of the frames
	 * active when the trap happened (at most W64_TRAP_FRAMES). */
	uint32_t nframes;
	bool truncated;
	struct {
		const struct w64_instance *inst;  /* NULL for a host function */
		uint32_t func;
	} frames[W64_TRAP_FRAMES];
};

struct w64_extern {
	enum w64_extern_kind kind;
	union {
		struct w64_func_inst *func;
		struct w64_table_inst *table;
		struct w64_memory_inst *memory;
		struct w64_global_inst *global;
		struct w64_tag_inst *tag;
	} u;
};

/* Cells a value of type t takes: a v128 two (see above), any other one. */
static inline uint32_t w64_cells(w64_valtype t)
{
	return t == W64_V128 ? 2 : 1;
}

static inline uint32_t w64_cells_of(uint32_t n, const w64_valtype *types)
{
	uint32_t cells = 0;
	for (uint32_t i = 0; i < n; i++)
		cells += w64_cells(types[i]);
	return cells;
}

struct w64_store *w64_store_new(const struct w64_store_config *cfg);
void w64_store_free(struct w64_store *s);

/* Supplies the value for one import (imports are resolved in order).
 * Returns 0, or -1 with a message in *trap (an unlinkable module). */
typedef int (*w64_resolver)(void *user, const struct w64_module *m,
                            const struct w64_import *imp, struct w64_extern *out,
                            struct w64_trap *trap);

/* w64_validate_module, then refuses what the interpreter does not execute
 * (err->unsupported set).  SIMD and relaxed SIMD run; so do shared
 * memories and atomics: atomic accesses are atomic across host threads,
 * each host thread running its own store and instance over the shared
 * memory (see docs/runtime.md, Threads).  Nothing is refused today; the
 * call stays so that a proposal not yet executed has its place.
 * Instantiate only modules that pass. */
int w64_validate_runnable(const struct w64_module *m, struct w64_error *err);
/* The second half alone, for a module validated already, with the
 * validator's findings. */
int w64_check_runnable(const struct w64_module *m, const struct w64_uses *uses,
                       struct w64_error *err);

/* Instantiates a validated module: resolves imports, checks their types,
 * initialises globals, tables, memories and segments, runs the start
 * function.  On W64_TRAPPED, *out may still be set when the failure came
 * after allocation (segments or start function trapped): the spec says the
 * instance's effects on shared state remain. */
enum w64_status w64_instantiate(struct w64_store *s, const struct w64_module *m,
                                w64_resolver resolve, void *user,
                                struct w64_instance **out, struct w64_trap *trap);

/* Looks up an export by name; returns false if there is none. */
bool w64_instance_export(const struct w64_instance *inst, const char *name,
                         struct w64_extern *out);
/* The same for a name that may hold NUL bytes. */
bool w64_instance_export_name(const struct w64_instance *inst, struct w64_name name,
                              struct w64_extern *out);
const struct w64_module *w64_instance_module(const struct w64_instance *inst);

/* Calls a function: args and results as cells, in the function's types
 * (a v128 takes two). */
enum w64_status w64_call(struct w64_store *s, struct w64_func_inst *f,
                         const uint64_t *args, uint64_t *results, struct w64_trap *trap);
const struct w64_functype *w64_func_type_of(const struct w64_func_inst *f);

/* Host functions.  `args` and `results` share storage: read every argument
 * before writing a result.  Return W64_OK, or W64_TRAPPED / W64_EXITED after
 * filling *trap (use w64_trap_set). */
struct w64_host_call {
	struct w64_store *store;
	struct w64_instance *caller;       /* instance of the calling function */
	void *user;
};
typedef enum w64_status (*w64_host_fn)(struct w64_host_call *call, uint64_t *cells,
                                       struct w64_trap *trap);
struct w64_func_inst *w64_host_func_new(struct w64_store *s, uint32_t nparams,
                                        const w64_valtype *params, uint32_t nresults,
                                        const w64_valtype *results, w64_host_fn fn,
                                        void *user);

/* Exceptions.  An exnref cell (0 is null) points to an exception the
 * store owns: it stays valid until the store is freed.  A host function
 * throws one by returning w64_throw(trap, exn); an exception that leaves
 * wasm code comes back from w64_call as W64_EXCEPTION, and propagates
 * through the wasm frames above a host function that returns it so. */
uint64_t w64_exn_new(struct w64_store *s, const struct w64_tag_inst *tag, const uint64_t *values);
const struct w64_tag_inst *w64_exn_tag(uint64_t exn);
/* The exception's values: its cells (a v128 param takes two). */
uint32_t w64_exn_values(uint64_t exn, const uint64_t **values);
enum w64_status w64_throw(struct w64_trap *trap, uint64_t exn);
/* A tag for the host to throw or export, of a type with these params. */
struct w64_tag_inst *w64_tag_new(struct w64_store *s, uint32_t nparams, const w64_valtype *params);
/* The tag's name in its module's name section, or NULL. */
const struct w64_name *w64_tag_inst_name(const struct w64_tag_inst *tag);

/* Host-created objects for imports (the spec tests' `spectest` module). */
struct w64_global_inst *w64_global_new(struct w64_store *s, w64_valtype type, bool mut,
                                       uint64_t value);
uint64_t w64_global_get(const struct w64_global_inst *g);
/* Any global, v128 included: its cells (1 or 2) in cells[], and their number. */
uint32_t w64_global_get_cells(const struct w64_global_inst *g, uint64_t cells[2]);
void w64_global_set_cells(struct w64_global_inst *g, const uint64_t *cells);
struct w64_memory_inst *w64_memory_new(struct w64_store *s, const struct w64_memtype *t,
                                       struct w64_trap *trap);
struct w64_table_inst *w64_table_new(struct w64_store *s, const struct w64_tabletype *t,
                                     uint64_t init, struct w64_trap *trap);

/* Function `index` of the instance's module (imports first), or NULL. */
struct w64_func_inst *w64_instance_func(const struct w64_instance *inst, uint32_t index);

/* Tables, for hosts: the element type (with store type ids), the size, and
 * table.get / table.set.  Both return false for an index out of bounds;
 * w64_table_set also for a reference the element type does not admit (a
 * null into a non-nullable table, a function of another type). */
w64_valtype w64_table_elem_type(const struct w64_table_inst *t);
uint64_t w64_table_size(const struct w64_table_inst *t);
bool w64_table_get(const struct w64_table_inst *t, uint64_t index, uint64_t *ref);
bool w64_table_set(struct w64_table_inst *t, uint64_t index, uint64_t ref);

/* A memory's bytes, for hosts: NULL unless [addr, addr + len) is inside. */
uint8_t *w64_memory_range(const struct w64_memory_inst *mem, uint64_t addr, uint64_t len);
uint64_t w64_memory_size(const struct w64_memory_inst *mem);
/* Whether the memory is shared (threads): such a memory may be imported by
 * instances of other stores, one per host thread, and grows under a lock;
 * the store that made it must outlive them. */
bool w64_memory_is_shared(const struct w64_memory_inst *mem);
/* The memory the calling instance exports as "memory" (WASI's rule), or
 * its memory 0. */
struct w64_memory_inst *w64_instance_memory(const struct w64_instance *inst);
/* The instance's global `index` (imported or its own), or NULL past the
 * end: what a host reads to explain a trap, such as the C stack pointer. */
struct w64_global_inst *w64_instance_global(const struct w64_instance *inst, uint32_t index);

enum w64_status w64_trap_set(struct w64_trap *trap, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Writes "  at NAME (func N)" lines for the frames of a trap. */
void w64_trap_print_backtrace(const struct w64_trap *trap, void *stdio_file);

#endif
