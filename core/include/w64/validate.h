/* The validator: the WebAssembly type rules for modules and function bodies.
 *
 * w64_validate_module() checks a whole decoded module.  Clients that must
 * know operand types while they walk a body (the runtime's compiler, the
 * rewriter) drive the same checks one instruction at a time:
 *
 *     struct w64_validator v;
 *     w64_validator_init(&v);
 *     if (w64_validator_begin(&v, m, func, &err) < 0) ...
 *     while (!v.done) {
 *         struct w64_instr ins;
 *         // inspect v.vals / v.nvals here: the operands of `ins`
 *         if (w64_validator_next(&v, &ins) < 0) ...
 *         // v.vals now holds the results
 *     }
 *     w64_validator_release(&v);
 *
 * Every instruction of the body goes through w64_validator_next(), which
 * decodes it, checks it and applies its type effect.
 */
#ifndef W64_VALIDATE_H
#define W64_VALIDATE_H

#include "w64/module.h"

struct w64_ctrl {
	uint16_t op;              /* BLOCK, LOOP, IF, ELSE, TRY, CATCH, CATCH_ALL, TRY_TABLE;
	                           * CALL for the function */
	bool unreachable;         /* the rest of the block is dead code */
	uint32_t height;          /* operand stack height at block entry */
	uint32_t nparams, nresults;
	const w64_valtype *params;
	const w64_valtype *results; /* read through w64_ctrl_results() */
	w64_valtype single;         /* the result of a one-value block type */
	uint32_t inits_height;      /* init_log length at block entry */
};

const w64_valtype *w64_ctrl_results(const struct w64_ctrl *c);

/* Where a module first uses the proposals that some clients (the
 * interpreter) lack: byte offsets of instructions, 0 when unused. */
struct w64_uses {
	size_t simd_at;           /* a 0xfd instruction */
	size_t atomic_at;         /* a 0xfe instruction */
};

struct w64_validator {
	const struct w64_module *m;
	uint32_t func;
	struct w64_reader r;
	struct w64_error *err;
	bool done;                /* the function's final `end` was read */

	uint32_t nlocals;         /* params included */
	w64_valtype *locals;
	uint32_t locals_cap;

	w64_valtype *vals;        /* operand types; W64_ANY in dead code */
	uint32_t nvals, vals_cap;
	uint32_t max_vals;        /* the deepest the operand stack got */

	struct w64_ctrl *ctrls;
	uint32_t nctrls, ctrls_cap;

	/* Locals of non-defaultable types (non-null references) must be set
	 * before they are read; what a block sets is forgotten at its end. */
	uint8_t *local_set;
	uint32_t local_set_cap;
	uint32_t *init_log;       /* locals marked set, in order */
	uint32_t ninit_log, init_log_cap;

	struct w64_uses uses;     /* over every body walked since init */
};

void w64_validator_init(struct w64_validator *v);
void w64_validator_release(struct w64_validator *v);

/* Starts walking the body of defined function `func`. */
int w64_validator_begin(struct w64_validator *v, const struct w64_module *m,
                        uint32_t func, struct w64_error *err);
/* Decodes, checks and applies the next instruction. */
int w64_validator_next(struct w64_validator *v, struct w64_instr *ins);
/* Calls w64_validator_next() until it has applied an instruction whose
 * stop[op] is true (returns 1, *ins holds it) or the body's final `end`
 * (returns 0); -1 on error.  For clients that look at few instructions
 * (the rewriter): one call covers the runs in between. */
int w64_validator_until(struct w64_validator *v, struct w64_instr *ins, const bool *stop);

/* The types a branch to label `depth` carries (loop: params, else results). */
void w64_label_types(const struct w64_ctrl *c, uint32_t *n, const w64_valtype **types);

/* Resolves a block type to its params and results. */
int w64_blocktype_sig(const struct w64_module *m, const struct w64_blocktype *bt,
                      w64_valtype *single, uint32_t *np, const w64_valtype **p,
                      uint32_t *nr, const w64_valtype **res);

/* The subtyping relation on value types of one module (reference types:
 * nullability and heap types; equivalent type indices match).  With m ==
 * NULL, type indices are compared for identity (store-level type ids). */
bool w64_type_matches(const struct w64_module *m, w64_valtype actual, w64_valtype expected);
/* Whether type index a is a subtype of type index e (both valid): an
 * equivalent type, or one of a's declared supertypes is. */
bool w64_type_index_sub(const struct w64_module *m, uint32_t a, uint32_t e);
/* Whether a type has a default value (numbers, vectors, nullable refs). */
bool w64_type_defaultable(w64_valtype t);

/* Index type (W64_I32 or W64_I64) of memory or table `i`. */
w64_valtype w64_memory_addr_type(const struct w64_module *m, uint32_t i);
w64_valtype w64_table_addr_type(const struct w64_module *m, uint32_t i);

/* Checks a constant expression of type `want`; `nglobals_visible` limits
 * which globals it may read (the ones defined before it). */
int w64_validate_constexpr(const struct w64_module *m, const struct w64_constexpr *e,
                           w64_valtype want, uint32_t nglobals_visible,
                           struct w64_error *err);

/* Checks everything: module-level rules and every function body. */
int w64_validate_module(const struct w64_module *m, struct w64_error *err);
/* The same, and says where the module uses SIMD and atomics. */
int w64_validate_module_uses(const struct w64_module *m, struct w64_error *err,
                             struct w64_uses *uses);
/* Only the module-level rules (types, imports, segments, exports, ...);
 * a client that walks every body with a w64_validator (the rewriter)
 * calls this instead, and so checks each body as it goes. */
int w64_validate_declarations(const struct w64_module *m, struct w64_error *err);

#endif
