/* --wasi64: a wasm32 module's WASI preview 1 imports rewritten to the
 * wasm64 host ABI (docs/host-abi.md), each behind a wrapper function with
 * the import's old wasm32 type (docs/rewriter.md, "--wasi64"). */
#ifndef W64_WASI64_H
#define W64_WASI64_H

#include <stdint.h>

#include "w64/error.h"
#include "w64/module.h"
#include "w64/writer.h"

struct w64_wasi64_fn;

struct w64_wasi64_import {
	uint32_t func;                 /* the import's function index */
	uint32_t old_type;             /* its wasm32 type: the wrapper's type */
	uint32_t new_type;             /* its wasm64 type (an appended type) */
	const struct w64_wasi64_fn *fn;
};

struct w64_wasi64 {
	uint32_t nwrapped;             /* wrapper k is function m->nfuncs + k */
	struct w64_wasi64_import *wrapped;
	/* redirect[f]: the function that now stands for function f (a
	 * wrapper for a rewritten import, else f itself). */
	uint32_t *redirect;
	/* new_type[f] for imported functions: the type index the import now
	 * has, or UINT32_MAX when it is unchanged. */
	uint32_t *new_type;
	uint32_t ntypes_added;         /* appended after the module's types */
	const struct w64_wasi64_fn **types_added;
	uint32_t memory;               /* the memory WASI acts on ("memory") */
	uint64_t base;                 /* where the module's memory starts */
	uint32_t sizes_func[2];        /* args_sizes_get, environ_sizes_get, or UINT32_MAX */
};

/* The scratch area of the wrappers: the 64 KiB page just below the base,
 * which no address of the module can reach. */
#define W64_WASI64_SCRATCH 65536u

/* Decides which imports change and how.  Refuses (with the import's
 * offset) a wasi_snapshot_preview1 import it does not know or whose type
 * is neither WASI signature, and a module whose WASI memory cannot hold
 * the scratch area below `base`. */
int w64_wasi64_plan(const struct w64_module *m, uint64_t base, struct w64_wasi64 *p,
                    struct w64_error *err);
void w64_wasi64_free(struct w64_wasi64 *p);

/* The appended types (function types, in order), without a count. */
void w64_wasi64_put_types(const struct w64_wasi64 *p, struct w64_buf *b);
/* The code section entry (size-prefixed body) of wrapper k. */
void w64_wasi64_put_body(const struct w64_wasi64 *p, uint32_t k, struct w64_buf *b);

#endif
