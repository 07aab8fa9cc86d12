/* libFuzzer target: decode + validate any input; when it validates,
 * instantiate it with every import stubbed out (functions trap, globals,
 * tables and memories created to match), compile every function and call
 * every exported function with zero arguments under fuel, a memory cap
 * and a call-depth bound, so hostile modules exercise the compiler and
 * the interpreter too.  Must never crash or leak; a validated function
 * that does not compile is a bug (abort). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h" /* w64_compile: a white-box target */

static enum w64_status stub(struct w64_host_call *call, uint64_t *cells, struct w64_trap *trap)
{
	(void)call;
	(void)cells;
	return w64_trap_set(trap, "stub import");
}

static int resolve(void *user, const struct w64_module *m, const struct w64_import *imp,
                   struct w64_extern *out, struct w64_trap *trap)
{
	struct w64_store *s = user;
	out->kind = imp->kind;
	switch (imp->kind) {
	case W64_EXTERN_FUNC: {
		const struct w64_functype *t = w64_func_type(m, imp->index);
		out->u.func = w64_host_func_new(s, t->nparams, t->params, t->nresults, t->results,
		                                stub, NULL);
		return out->u.func ? 0 : -1;
	}
	case W64_EXTERN_GLOBAL: {
		const struct w64_global *g = &m->globals[imp->index];
		if (w64_is_ref(g->type.type) && !w64_ref_nullable(g->type.type))
			break;
		out->u.global = w64_global_new(s, g->type.type, g->type.mut, 0);
		return out->u.global ? 0 : -1;
	}
	case W64_EXTERN_MEMORY:
		out->u.memory = w64_memory_new(s, &m->memories[imp->index].type, trap);
		return out->u.memory ? 0 : -1;
	case W64_EXTERN_TABLE:
		out->u.table = w64_table_new(s, &m->tables[imp->index].type, 0, trap);
		return out->u.table ? 0 : -1;
	case W64_EXTERN_TAG: {
		/* A tag of the host's (references to the module's types would
		 * need store ids: such an import does not link, harmlessly). */
		const struct w64_functype *t = &m->types[m->tags[imp->index].type];
		out->u.tag = w64_tag_new(s, t->nparams, t->params);
		return out->u.tag ? 0 : -1;
	}
	default:
		break;
	}
	w64_trap_set(trap, "import not stubbed");
	return -1;
}

/* Each export runs with zeroed arguments; traps are expected outcomes. */
static void run_exports(struct w64_store *s, struct w64_instance *inst)
{
	const struct w64_module *m = inst->m;
	for (uint32_t i = 0; i < m->nexports; i++) {
		if (m->exports[i].kind != W64_EXTERN_FUNC)
			continue;
		struct w64_func_inst *f = inst->funcs[m->exports[i].index];
		const struct w64_functype *t = w64_func_type_of(f);
		/* Cells: a v128 takes two. */
		uint32_t in = w64_cells_of(t->nparams, t->params);
		uint64_t *cells = calloc((size_t)in + w64_cells_of(t->nresults, t->results) + 1,
		                         sizeof *cells);
		if (!cells)
			return;
		struct w64_trap trap;
		w64_call(s, f, cells, cells + in, &trap);
		free(cells);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct w64_error err;
	struct w64_module *m = w64_module_decode(data, size, &err);
	if (!m)
		return 0;
	if (w64_validate_runnable(m, &err) == 0) {
		/* Fuel bounds loops and calls (the start function's too). */
		struct w64_store_config cfg = {.max_memory_bytes = 64u << 20, .stack_slots = 1u << 16,
		                               .max_call_depth = 2000, .fuel = 200000};
		struct w64_store *s = w64_store_new(&cfg);
		struct w64_instance *inst;
		struct w64_trap trap;
		if (s && w64_instantiate(s, m, resolve, s, &inst, &trap) == W64_OK) {
			for (uint32_t i = m->nimported_funcs; i < m->nfuncs; i++)
				if (w64_compile(s, inst->funcs[i], &err) < 0)
					abort(); /* a validated function must compile */
			run_exports(s, inst);
		}
		w64_store_free(s);
	}
	w64_module_free(m);
	return 0;
}
