/* The `fuzzing-support` host module of Binaryen's translate-to-fuzz
 * (wasm-opt -ttf) modules, for differential testing against other engines
 * (docs/fuzzing.md):
 *
 *     w64-fuzz-run [--fuel N] [--max-memory SIZE] MODULE.wasm
 *
 * instantiates the module with these imports and calls every exported
 * function in export order, as Binaryen's JS harness does, printing one
 * line per event in a canonical form:
 *
 *     call NAME            an export is called from the top level
 *     log TYPE VALUE       a log-* import was called
 *     result TYPE VALUE... the top-level call returned (nothing for no results)
 *     trap MESSAGE         the top-level call trapped
 *     exception            ... or ended in an exception (JS or wasm)
 *     instantiate trap MESSAGE
 *
 * Numbers print as their exact bits in hex (i32 0x%08x, i64 0x%016x,
 * f32 0x%08x, f64 0x%016x); references as "null" or "func" / "extern".
 *
 * The imports behave as in Binaryen's own harness (scripts/fuzz_shell.js
 * and its interpreter's LoggingExternalInterface), so this runtime and a
 * JS engine running the same module print the same lines.
 *
 * JS semantics that matter here:
 *  - a function is called "as from JS": every parameter gets JS `null`,
 *    which converts to 0 for numbers and to a null reference, but not to
 *    a BigInt (an i64 parameter) nor to a non-nullable reference: those
 *    throw a TypeError before the call;
 *  - call-export / call-ref throw a JS exception for a missing export, an
 *    export that is not a function, or a null reference; table-get /
 *    table-set throw for a missing "table" export or an index out of
 *    bounds;
 *  - a JS exception unwinds through wasm frames up to a wasm catch_all
 *    (it is a wasm exception of a tag only the host has), a *-catch
 *    import, which returns 1, or the top; a wasm exception escaping an
 *    export does the same in JS; a wasm trap is never caught, neither by
 *    wasm code nor by the *-catch imports.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "w64/runtime.h"

/* Nesting of call-export / call-ref inside wasm: each level costs host
 * stack (the interpreter runs again), so it is bounded well below what
 * the host stack holds.  Reaching it is the same resource exhaustion as
 * deep wasm recursion. */
#define MAX_NESTING 200

struct fuzzing {
	struct w64_store *s;
	struct w64_instance *inst;   /* NULL until instantiated */
	FILE *out;
	/* JS exceptions are wasm exceptions of a tag of the host's own: as in
	 * V8, catch_all (and nothing else) catches them in wasm code. */
	struct w64_tag_inst *js_tag;
	unsigned nesting;
	uint32_t temp_ret0;
};

/* The non-null externref given to `__fuzz_import` globals (any non-zero
 * cell that is not a function will do: no code can look inside it). */
static const char extern_value[] = "extern";

static enum w64_status throw_exception(struct fuzzing *fz, struct w64_trap *trap)
{
	uint64_t exn = fz->js_tag ? w64_exn_new(fz->s, fz->js_tag, NULL) : 0;
	if (!exn)
		return w64_trap_set(trap, "out of memory");
	return w64_throw(trap, exn);
}

static void print_name(FILE *out, struct w64_name n)
{
	for (uint32_t i = 0; i < n.len; i++) {
		uint8_t c = n.bytes[i];
		if (c > 0x20 && c < 0x7f && c != '\\')
			fputc(c, out);
		else
			fprintf(out, "\\%02x", c);
	}
}

static void print_value(FILE *out, w64_valtype t, uint64_t v)
{
	switch (t) {
	case W64_I32: fprintf(out, " i32 0x%08x", (uint32_t)v); break;
	case W64_I64: fprintf(out, " i64 0x%016llx", (unsigned long long)v); break;
	case W64_F32: fprintf(out, " f32 0x%08x", (uint32_t)v); break;
	case W64_F64: fprintf(out, " f64 0x%016llx", (unsigned long long)v); break;
	default: fprintf(out, " ref %s", v ? "nonnull" : "null"); break;
	}
}

/* Calls `f` the way JS calls an exported function with null arguments. */
static enum w64_status call_as_js(struct fuzzing *fz, struct w64_func_inst *f, uint64_t **results,
                                  struct w64_trap *trap)
{
	const struct w64_functype *t = w64_func_type_of(f);
	for (uint32_t i = 0; i < t->nparams; i++) {
		w64_valtype p = t->params[i];
		if (p == W64_I64 || p == W64_V128 || (w64_is_ref(p) && !w64_ref_nullable(p)))
			return throw_exception(fz, trap); /* TypeError converting null */
	}
	for (uint32_t i = 0; i < t->nresults; i++)
		if (t->results[i] == W64_V128)
			return throw_exception(fz, trap);
	if (fz->nesting >= MAX_NESTING)
		return w64_trap_set(trap, "call stack exhausted");
	uint64_t *cells = calloc((size_t)t->nparams + t->nresults + 1, sizeof *cells);
	if (!cells)
		return w64_trap_set(trap, "out of memory");
	fz->nesting++;
	enum w64_status st = w64_call(fz->s, f, cells, cells + t->nparams, trap);
	fz->nesting--;
	if (results && st == W64_OK)
		*results = cells;
	else
		free(cells);
	return st;
}

static enum w64_status call_export(struct fuzzing *fz, uint32_t index, struct w64_trap *trap)
{
	const struct w64_module *m = fz->inst ? w64_instance_module(fz->inst) : NULL;
	if (!m || index >= m->nexports)
		return throw_exception(fz, trap);
	const struct w64_export *e = &m->exports[index];
	if (e->kind != W64_EXTERN_FUNC)
		return throw_exception(fz, trap);
	return call_as_js(fz, w64_instance_func(fz->inst, e->index), NULL, trap);
}

static enum w64_status call_ref(struct fuzzing *fz, uint64_t ref, struct w64_trap *trap)
{
	if (!ref)
		return throw_exception(fz, trap);
	return call_as_js(fz, (struct w64_func_inst *)(uintptr_t)ref, NULL, trap);
}

/* *-catch: an exception (JS or wasm) becomes 1, success 0; traps go on. */
static enum w64_status catching(struct fuzzing *fz, enum w64_status st, uint64_t *cells)
{
	(void)fz;
	if (st == W64_EXCEPTION) {
		cells[0] = 1;
		return W64_OK;
	}
	if (st == W64_OK)
		cells[0] = 0;
	return st;
}

/* --- the imports ---------------------------------------------------------- */

#define FZ ((struct fuzzing *)call->user)

static enum w64_status log_i32(struct w64_host_call *call, uint64_t *cells, struct w64_trap *trap)
{
	(void)trap;
	fputs("log", FZ->out);
	print_value(FZ->out, W64_I32, cells[0]);
	fputc('\n', FZ->out);
	return W64_OK;
}

static enum w64_status log_i64(struct w64_host_call *call, uint64_t *cells, struct w64_trap *trap)
{
	(void)trap;
	fputs("log", FZ->out);
	print_value(FZ->out, W64_I64, cells[0]);
	fputc('\n', FZ->out);
	return W64_OK;
}

static enum w64_status log_f32(struct w64_host_call *call, uint64_t *cells, struct w64_trap *trap)
{
	(void)trap;
	fputs("log", FZ->out);
	print_value(FZ->out, W64_F32, cells[0]);
	fputc('\n', FZ->out);
	return W64_OK;
}

static enum w64_status log_f64(struct w64_host_call *call, uint64_t *cells, struct w64_trap *trap)
{
	(void)trap;
	fputs("log", FZ->out);
	print_value(FZ->out, W64_F64, cells[0]);
	fputc('\n', FZ->out);
	return W64_OK;
}

static enum w64_status log_ref(struct w64_host_call *call, uint64_t *cells, struct w64_trap *trap)
{
	(void)trap;
	fputs("log", FZ->out);
	print_value(FZ->out, W64_FUNCREF, cells[0]);
	fputc('\n', FZ->out);
	return W64_OK;
}

static enum w64_status host_throw(struct w64_host_call *call, uint64_t *cells,
                                  struct w64_trap *trap)
{
	(void)cells;
	return throw_exception(FZ, trap);
}

static enum w64_status host_call_export(struct w64_host_call *call, uint64_t *cells,
                                        struct w64_trap *trap)
{
	/* The second argument (rethrow or not) makes no observable difference. */
	return call_export(FZ, (uint32_t)cells[0], trap);
}

static enum w64_status host_call_export_catch(struct w64_host_call *call, uint64_t *cells,
                                              struct w64_trap *trap)
{
	return catching(FZ, call_export(FZ, (uint32_t)cells[0], trap), cells);
}

static enum w64_status host_call_ref(struct w64_host_call *call, uint64_t *cells,
                                     struct w64_trap *trap)
{
	return call_ref(FZ, cells[0], trap);
}

static enum w64_status host_call_ref_catch(struct w64_host_call *call, uint64_t *cells,
                                           struct w64_trap *trap)
{
	return catching(FZ, call_ref(FZ, cells[0], trap), cells);
}

static enum w64_status host_sleep(struct w64_host_call *call, uint64_t *cells,
                                  struct w64_trap *trap)
{
	(void)call;
	(void)trap;
	cells[0] = (uint32_t)cells[1]; /* returns its id at once */
	return W64_OK;
}

/* The table exported as "table", or NULL (JS: exports.table undefined). */
static struct w64_table_inst *exported_table(struct fuzzing *fz)
{
	struct w64_extern x;
	if (!fz->inst || !w64_instance_export(fz->inst, "table", &x) || x.kind != W64_EXTERN_TABLE)
		return NULL;
	return x.u.table;
}

static bool is_func_table(const struct w64_table_inst *t)
{
	uint32_t heap = w64_ref_heap(w64_table_elem_type(t));
	return heap != W64_HT_EXTERN && heap != W64_HT_NOEXTERN;
}

static enum w64_status host_table_get(struct w64_host_call *call, uint64_t *cells,
                                      struct w64_trap *trap)
{
	struct w64_table_inst *t = exported_table(FZ);
	uint32_t index = (uint32_t)cells[0];
	uint64_t v;
	if (!t || !w64_table_get(t, index, &v))
		return throw_exception(FZ, trap); /* TypeError, RangeError */
	if (v && !is_func_table(t))
		return throw_exception(FZ, trap); /* not a function: TypeError */
	cells[0] = v;
	return W64_OK;
}

static enum w64_status host_table_set(struct w64_host_call *call, uint64_t *cells,
                                      struct w64_trap *trap)
{
	struct w64_table_inst *t = exported_table(FZ);
	uint32_t index = (uint32_t)cells[0];
	uint64_t v = cells[1];
	/* Out of bounds, a null into a non-nullable table, a function of
	 * another type: each a JS TypeError or RangeError. */
	if (!t || !w64_table_set(t, index, v))
		return throw_exception(FZ, trap);
	return W64_OK;
}

static enum w64_status set_temp_ret0(struct w64_host_call *call, uint64_t *cells,
                                     struct w64_trap *trap)
{
	(void)trap;
	FZ->temp_ret0 = (uint32_t)cells[0];
	return W64_OK;
}

static enum w64_status get_temp_ret0(struct w64_host_call *call, uint64_t *cells,
                                     struct w64_trap *trap)
{
	(void)trap;
	cells[0] = FZ->temp_ret0;
	return W64_OK;
}

#undef FZ

/* Signatures: parameter and result letters, i I f F for the numbers, r for
 * funcref, e for externref. */
static const struct {
	const char *module, *name, *params, *results;
	w64_host_fn fn;
} imports[] = {
	{"fuzzing-support", "log-i32", "i", "", log_i32},
	{"fuzzing-support", "log-i64", "I", "", log_i64},
	{"fuzzing-support", "log-f32", "f", "", log_f32},
	{"fuzzing-support", "log-f64", "F", "", log_f64},
	{"fuzzing-support", "log-funcref", "r", "", log_ref},
	{"fuzzing-support", "log-externref", "e", "", log_ref},
	{"fuzzing-support", "throw", "i", "", host_throw},
	{"fuzzing-support", "call-export", "ii", "", host_call_export},
	{"fuzzing-support", "call-export", "i", "", host_call_export},
	{"fuzzing-support", "call-export-catch", "i", "i", host_call_export_catch},
	{"fuzzing-support", "call-ref", "ri", "", host_call_ref},
	{"fuzzing-support", "call-ref", "r", "", host_call_ref},
	{"fuzzing-support", "call-ref-catch", "r", "i", host_call_ref_catch},
	{"fuzzing-support", "sleep", "ii", "i", host_sleep},
	{"fuzzing-support", "table-get", "i", "r", host_table_get},
	{"fuzzing-support", "table-set", "ir", "", host_table_set},
	{"env", "setTempRet0", "i", "", set_temp_ret0},
	{"env", "getTempRet0", "", "i", get_temp_ret0},
};

static bool types_match(const char *letters, uint32_t n, const w64_valtype *types)
{
	if (strlen(letters) != n)
		return false;
	for (uint32_t i = 0; i < n; i++) {
		w64_valtype want;
		switch (letters[i]) {
		case 'i': want = W64_I32; break;
		case 'I': want = W64_I64; break;
		case 'f': want = W64_F32; break;
		case 'F': want = W64_F64; break;
		case 'r': want = W64_FUNCREF; break;
		default: want = W64_EXTERNREF; break;
		}
		if (types[i] != want)
			return false;
	}
	return true;
}

static int resolve(void *user, const struct w64_module *m, const struct w64_import *imp,
                   struct w64_extern *out, struct w64_trap *trap)
{
	struct fuzzing *fz = user;
	out->kind = imp->kind;
	if (imp->kind == W64_EXTERN_GLOBAL && w64_name_eq(imp->module, "__fuzz_import")) {
		/* Binaryen's harness gives these a non-null value of their type. */
		const struct w64_global *g = &m->globals[imp->index];
		uint64_t v = 0;
		if (w64_is_ref(g->type.type)) {
			if (w64_ref_heap(g->type.type) != W64_HT_EXTERN)
				goto unknown;
			v = (uintptr_t)extern_value;
		}
		out->u.global = w64_global_new(fz->s, g->type.type, g->type.mut, v);
		if (out->u.global)
			return 0;
		w64_trap_set(trap, "out of memory");
		return -1;
	}
	if (imp->kind == W64_EXTERN_FUNC) {
		const struct w64_functype *t = w64_func_type(m, imp->index);
		for (size_t i = 0; i < sizeof imports / sizeof *imports; i++) {
			if (!w64_name_eq(imp->module, imports[i].module) ||
			    !w64_name_eq(imp->field, imports[i].name) ||
			    !types_match(imports[i].params, t->nparams, t->params) ||
			    !types_match(imports[i].results, t->nresults, t->results))
				continue;
			out->u.func = w64_host_func_new(fz->s, t->nparams, t->params, t->nresults,
			                                t->results, imports[i].fn, fz);
			if (out->u.func)
				return 0;
			w64_trap_set(trap, "out of memory");
			return -1;
		}
	}
unknown:
	w64_trap_set(trap, "unknown import %.*s.%.*s (or not of a type the fuzzing-support "
	             "module provides)", (int)imp->module.len, (const char *)imp->module.bytes,
	             (int)imp->field.len, (const char *)imp->field.bytes);
	return -1;
}

/* Instantiates the validated module `m` in `s` with the fuzzing-support
 * imports and runs every export, writing the lines above to `out`.
 * Returns the process exit status: 0 when the exports ran (whatever they
 * did), 1 when the module could not be linked (message on stderr). */
static int fuzzing_run(struct w64_store *s, const struct w64_module *m, const char *path,
                       FILE *out)
{
	struct fuzzing fz = {.s = s, .out = out, .js_tag = w64_tag_new(s, 0, NULL)};
	struct w64_instance *inst = NULL;
	struct w64_trap trap;
	enum w64_status st = w64_instantiate(s, m, resolve, &fz, &inst, &trap);
	if (st != W64_OK && !inst) {
		fprintf(stderr, "w64-fuzz-run: %s: %s\n", path, trap.msg);
		return 1;
	}
	if (st != W64_OK) {
		if (st == W64_EXCEPTION)
			fputs("instantiate exception\n", out);
		else
			fprintf(out, "instantiate trap %s\n", trap.msg);
		return 0;
	}
	fz.inst = inst;
	for (uint32_t i = 0; i < m->nexports; i++) {
		const struct w64_export *e = &m->exports[i];
		if (e->kind != W64_EXTERN_FUNC)
			continue;
		fputs("call ", out);
		print_name(out, e->name);
		fputc('\n', out);
		struct w64_func_inst *f = w64_instance_func(inst, e->index);
		const struct w64_functype *t = w64_func_type_of(f);
		uint64_t *cells = NULL;
		st = call_as_js(&fz, f, &cells, &trap);
		if (st == W64_OK) {
			if (t->nresults) {
				fputs("result", out);
				for (uint32_t k = 0; k < t->nresults; k++)
					print_value(out, t->results[k], cells[t->nparams + k]);
				fputc('\n', out);
			}
			free(cells);
		} else if (st == W64_EXCEPTION) {
			fputs("exception\n", out);
		} else {
			fprintf(out, "trap %s\n", trap.msg);
		}
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct w64_store_config cfg = {0};
	int i = 1;
	for (; i + 1 < argc && argv[i][0] == '-'; i += 2) {
		uint64_t *v = !strcmp(argv[i], "--fuel")         ? &cfg.fuel
		            : !strcmp(argv[i], "--max-memory")   ? &cfg.max_memory_bytes
		                                                 : NULL;
		if (!v || !w64_cli_parse_size(argv[i + 1], v)) {
			fprintf(stderr, "w64-fuzz-run: bad option %s %s\n", argv[i], argv[i + 1]);
			return 2;
		}
	}
	if (i + 1 != argc) {
		fputs("usage: w64-fuzz-run [--fuel N] [--max-memory SIZE] MODULE.wasm\n", stderr);
		return 2;
	}
	const char *path = argv[i];
	struct w64_cli_file file;
	if (w64_cli_load(path, &file) != 0) {
		fprintf(stderr, "w64-fuzz-run: %s: %s\n", path, strerror(errno));
		return 1;
	}
	int status = 1;
	struct w64_error err;
	struct w64_module *m = w64_module_decode(file.bytes, file.len, &err);
	if (!m || w64_validate_runnable(m, &err) < 0) {
		fprintf(stderr, "w64-fuzz-run: %s: offset 0x%zx: %s\n", path, err.offset, err.msg);
	} else {
		struct w64_store *s = w64_store_new(&cfg);
		status = s ? fuzzing_run(s, m, path, stdout) : 1;
		w64_store_free(s);
	}
	w64_module_free(m);
	w64_cli_unload(&file);
	return status;
}
