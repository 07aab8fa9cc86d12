/* w64-spec: the spec test runner (tests/spec/run drives it).
 *
 *   w64-spec [--verbose] [--skip-list LIST] [--validate] FILE.json
 *
 * Runs one command list in the format of wabt's wast2json (see
 * ../shared/spec/README.md) against the runtime, with the `spectest` host
 * module, and prints each failing command with its line in the .bin.wast
 * file, then "N passed, N failed" (", N skipped" when some were skipped).
 *
 * JSON is parsed with jansson (Debian's libjansson): a small, well-kept C
 * library, so the runner holds no parser of its own.
 */
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "w64/runtime.h"

#define MAX_VALUES 64

struct named {
	char *name;
	struct w64_instance *inst;   /* NULL: the module uses an unsupported feature */
};

struct loaded {
	char *filename;
	struct w64_cli_file file;
	struct w64_module *m;
	struct w64_uses uses;       /* what the validator found in it */
};

struct runner {
	const char *json_path;
	char *dir;                  /* the JSON file's directory: modules live there */
	struct w64_store *store;
	struct w64_instance *current;
	bool current_unsupported;   /* the last module uses an unsupported feature */
	bool link_unsupported;      /* an import named such a module */
	char unsupported_why[200];
	struct named *names;        /* $name -> instance */
	size_t nnames;
	struct named *registered;   /* register "as" -> instance */
	size_t nregistered;
	struct loaded *modules;     /* every decoded module (freed at the end) */
	size_t nmodules;
	unsigned passed, failed, skipped;
	bool verbose;
	bool validate_only;         /* judge decoding and validation only */
	char *skips;                /* the --skip-list file's text, or NULL */
	const char *base;           /* the JSON file's name without its folder */

	/* The spectest module's objects. */
	struct w64_func_inst *print[7];
	struct w64_global_inst *g_i32, *g_i64, *g_f32, *g_f64;
	struct w64_table_inst *table, *table64, *table_as64, *table64_as32;
	struct w64_memory_inst *memory, *memory_as64;
};

static void report(struct runner *r, json_t *cmd, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#include <stdarg.h>
static void report(struct runner *r, json_t *cmd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	printf("%s:%lld: ", r->json_path, (long long)json_integer_value(json_object_get(cmd, "line")));
	vprintf(fmt, ap);
	putchar('\n');
	va_end(ap);
}

static void pass(struct runner *r)
{
	r->passed++;
}

static void failf(struct runner *r, json_t *cmd, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void failf(struct runner *r, json_t *cmd, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	report(r, cmd, "FAIL %s: %s", json_string_value(json_object_get(cmd, "type")), msg);
	r->failed++;
}

static void skip(struct runner *r, json_t *cmd, const char *why)
{
	if (r->verbose)
		report(r, cmd, "skip: %s", why);
	r->skipped++;
}

/* --- the spectest module -------------------------------------------------- */

static enum w64_status spectest_print(struct w64_host_call *call, uint64_t *cells,
                                      struct w64_trap *trap)
{
	(void)call;
	(void)cells;
	(void)trap;
	return W64_OK;
}

static int make_spectest(struct runner *r)
{
	static const w64_valtype i32 = W64_I32, i64 = W64_I64, f32 = W64_F32, f64 = W64_F64;
	static const w64_valtype i32_f32[] = {W64_I32, W64_F32}, f64_f64[] = {W64_F64, W64_F64};
	struct w64_store *s = r->store;
	struct w64_trap trap;
	r->print[0] = w64_host_func_new(s, 0, NULL, 0, NULL, spectest_print, NULL);
	r->print[1] = w64_host_func_new(s, 1, &i32, 0, NULL, spectest_print, NULL);
	r->print[2] = w64_host_func_new(s, 1, &i64, 0, NULL, spectest_print, NULL);
	r->print[3] = w64_host_func_new(s, 1, &f32, 0, NULL, spectest_print, NULL);
	r->print[4] = w64_host_func_new(s, 1, &f64, 0, NULL, spectest_print, NULL);
	r->print[5] = w64_host_func_new(s, 2, i32_f32, 0, NULL, spectest_print, NULL);
	r->print[6] = w64_host_func_new(s, 2, f64_f64, 0, NULL, spectest_print, NULL);
	float f = 666.6f;
	double d = 666.6;
	uint32_t fb;
	uint64_t db;
	memcpy(&fb, &f, 4);
	memcpy(&db, &d, 8);
	r->g_i32 = w64_global_new(s, W64_I32, false, 666);
	r->g_i64 = w64_global_new(s, W64_I64, false, 666);
	r->g_f32 = w64_global_new(s, W64_F32, false, fb);
	r->g_f64 = w64_global_new(s, W64_F64, false, db);
	struct w64_tabletype tt = {W64_FUNCREF, {10, 20, true, false, false}};
	r->table = w64_table_new(s, &tt, 0, &trap);
	tt.limits.is64 = true;
	r->table64 = w64_table_new(s, &tt, 0, &trap);
	struct w64_memtype mt = {{1, 2, true, false, false}};
	r->memory = w64_memory_new(s, &mt, &trap);
	/* 64-bit twins of `memory` and `table`, for modules converted by
	 * wasm64-rewrite --to64 (tests/spec/run --rewrite): they import the
	 * same names with a 64-bit index type. */
	mt.limits.is64 = true;
	r->memory_as64 = w64_memory_new(s, &mt, &trap);
	r->table_as64 = w64_table_new(s, &tt, 0, &trap);
	tt.limits.is64 = false;
	r->table64_as32 = w64_table_new(s, &tt, 0, &trap); /* for --to32 */
	for (int i = 0; i < 7; i++)
		if (!r->print[i])
			return -1;
	return r->g_i32 && r->g_i64 && r->g_f32 && r->g_f64 && r->table && r->table64 &&
	               r->memory && r->memory_as64 && r->table_as64 && r->table64_as32 ? 0 : -1;
}

static bool spectest_export(struct runner *r, const struct w64_module *m,
                            const struct w64_import *imp, struct w64_extern *out)
{
	struct w64_name field = imp->field;
	static const char *const prints[7] = {"print", "print_i32", "print_i64", "print_f32",
	                                      "print_f64", "print_i32_f32", "print_f64_f64"};
	for (int i = 0; i < 7; i++)
		if (w64_name_eq(field, prints[i])) {
			out->kind = W64_EXTERN_FUNC;
			out->u.func = r->print[i];
			return true;
		}
	struct { const char *name; struct w64_global_inst *g; } globals[] = {
		{"global_i32", r->g_i32}, {"global_i64", r->g_i64},
		{"global_f32", r->g_f32}, {"global_f64", r->g_f64},
	};
	for (int i = 0; i < 4; i++)
		if (w64_name_eq(field, globals[i].name)) {
			out->kind = W64_EXTERN_GLOBAL;
			out->u.global = globals[i].g;
			return true;
		}
	if (w64_name_eq(field, "table") || w64_name_eq(field, "table64")) {
		bool wants64 = imp->kind == W64_EXTERN_TABLE && m->tables[imp->index].type.limits.is64;
		out->kind = W64_EXTERN_TABLE;
		if (w64_name_eq(field, "table64"))
			out->u.table = wants64 ? r->table64 : r->table64_as32;
		else
			out->u.table = wants64 ? r->table_as64 : r->table;
		return true;
	}
	if (w64_name_eq(field, "memory")) {
		bool wants64 = imp->kind == W64_EXTERN_MEMORY && m->memories[imp->index].type.limits.is64;
		out->kind = W64_EXTERN_MEMORY;
		out->u.memory = wants64 ? r->memory_as64 : r->memory;
		return true;
	}
	return false;
}

static const struct named *find_named(const struct named *list, size_t n, const char *name,
                                      size_t len)
{
	for (size_t i = n; i-- > 0;)
		if (strlen(list[i].name) == len && memcmp(list[i].name, name, len) == 0)
			return &list[i];
	return NULL;
}

static int resolve(void *user, const struct w64_module *m, const struct w64_import *imp,
                   struct w64_extern *out, struct w64_trap *trap)
{
	struct runner *r = user;
	bool found = false;
	if (w64_name_eq(imp->module, "spectest")) {
		found = spectest_export(r, m, imp, out);
	} else {
		const struct named *reg = find_named(r->registered, r->nregistered,
		                                     (const char *)imp->module.bytes, imp->module.len);
		struct w64_instance *inst = reg ? reg->inst : NULL;
		if (reg && !inst)
			r->link_unsupported = true;
		if (inst)
			found = w64_instance_export_name(inst, imp->field, out);
	}
	if (!found) {
		w64_trap_set(trap, "unknown import %.*s.%.*s", (int)imp->module.len,
		             (const char *)imp->module.bytes, (int)imp->field.len,
		             (const char *)imp->field.bytes);
		return -1;
	}
	return 0;
}

/* --- modules ---------------------------------------------------------------- */

/* Decodes and validates a module file; NULL with the reason in *err. */
static struct loaded *load_entry(struct runner *r, const char *filename, struct w64_error *err)
{
	for (size_t i = 0; i < r->nmodules; i++)
		if (strcmp(r->modules[i].filename, filename) == 0 && r->modules[i].m)
			return &r->modules[i];
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", r->dir, filename);
	struct w64_cli_file file;
	if (w64_cli_load(path, &file) != 0) {
		w64_error_set(err, 0, "cannot read %s: %s", path, strerror(errno));
		return NULL;
	}
	struct w64_module *m = w64_module_decode(file.bytes, file.len, err);
	struct w64_uses uses = {0, 0};
	if (m && w64_validate_module_uses(m, err, &uses) < 0) {
		w64_module_free(m);
		m = NULL;
	}
	struct loaded *grown = realloc(r->modules, (r->nmodules + 1) * sizeof *grown);
	if (!grown) {
		w64_module_free(m);
		w64_cli_unload(&file);
		w64_error_set(err, 0, "out of memory");
		return NULL;
	}
	r->modules = grown;
	r->modules[r->nmodules] = (struct loaded){strdup(filename), file, m, uses};
	return &r->modules[r->nmodules++];
}

static struct w64_module *load(struct runner *r, const char *filename, struct w64_error *err)
{
	struct loaded *l = load_entry(r, filename, err);
	return l ? l->m : NULL;
}

/* load(), then refuses what the interpreter does not execute (GC types,
 * refused by the decoder already; w64_check_runnable has nothing left to
 * refuse today) with an "unsupported" error: commands on such a module
 * are skipped. */
static struct w64_module *load_runnable(struct runner *r, const char *filename,
                                        struct w64_error *err)
{
	struct loaded *l = load_entry(r, filename, err);
	if (!l || !l->m)
		return NULL;
	w64_error_clear(err);
	return w64_check_runnable(l->m, &l->uses, err) < 0 ? NULL : l->m;
}

static void add_name(struct named **list, size_t *n, const char *name, struct w64_instance *inst)
{
	struct named *grown = realloc(*list, (*n + 1) * sizeof *grown);
	if (!grown)
		return;
	*list = grown;
	grown[(*n)++] = (struct named){strdup(name), inst};
}

/* --- values ---------------------------------------------------------------- */

/* A value from the JSON: type and bit pattern.  Expected NaNs keep their
 * kind; an expected non-null reference without a value matches any. */
enum expect_kind { EXACT, NAN_CANONICAL, NAN_ARITHMETIC, ANY_NONNULL, UNSUPPORTED };

struct value {
	w64_valtype type;
	enum expect_kind kind;
	uint64_t bits;
	/* v128: its two cells (bits is the first), the lanes' shape as the
	 * JSON gives it, and what each lane must be (a float lane may be an
	 * expected NaN). */
	uint64_t cells[2];
	w64_valtype lane_type;        /* I32, I64 (also i8, i16), F32, F64 */
	unsigned lane_bytes, nlanes;
	enum expect_kind lane_kind[16];
};

static uint64_t lane_of(const uint64_t *cells, unsigned bytes, unsigned i)
{
	uint8_t b[16];
	uint64_t v = 0;
	memcpy(b, cells, 16);
	memcpy(&v, b + i * bytes, bytes); /* little-endian host, as wasm */
	return v;
}

/* A v128 from the JSON: {"type": "v128", "lane_type": "i8".."f64",
 * "value": [one string per lane]}. */
static int parse_v128(json_t *j, struct value *v)
{
	static const struct { const char *name; w64_valtype type; unsigned bytes; } shapes[] = {
		{"i8", W64_I64, 1}, {"i16", W64_I64, 2}, {"i32", W64_I32, 4},
		{"i64", W64_I64, 8}, {"f32", W64_F32, 4}, {"f64", W64_F64, 8},
	};
	const char *lane = json_string_value(json_object_get(j, "lane_type"));
	json_t *lanes = json_object_get(j, "value");
	uint8_t b[16] = {0};
	v->type = W64_V128;
	for (size_t k = 0; lane && k < sizeof shapes / sizeof shapes[0]; k++)
		if (strcmp(lane, shapes[k].name) == 0) {
			v->lane_type = shapes[k].type;
			v->lane_bytes = shapes[k].bytes;
		}
	if (!v->lane_bytes || json_array_size(lanes) != 16 / v->lane_bytes)
		return -1;
	v->nlanes = 16 / v->lane_bytes;
	for (unsigned i = 0; i < v->nlanes; i++) {
		const char *s = json_string_value(json_array_get(lanes, i));
		if (!s)
			return -1;
		v->lane_kind[i] = EXACT;
		if (strcmp(s, "nan:canonical") == 0) {
			v->lane_kind[i] = NAN_CANONICAL;
		} else if (strcmp(s, "nan:arithmetic") == 0) {
			v->lane_kind[i] = NAN_ARITHMETIC;
		} else {
			uint64_t x = strtoull(s, NULL, 10);
			memcpy(b + i * v->lane_bytes, &x, v->lane_bytes);
		}
		if (v->lane_kind[i] != EXACT)
			v->kind = v->lane_kind[i]; /* not a plain argument */
	}
	memcpy(v->cells, b, 16);
	v->bits = v->cells[0];
	return 0;
}

/* Host references (externref N) travel as N + 1, so that 0 stays null. */
static int parse_value(json_t *j, struct value *v)
{
	const char *type = json_string_value(json_object_get(j, "type"));
	json_t *jv = json_object_get(j, "value");
	const char *s = json_is_string(jv) ? json_string_value(jv) : NULL;
	v->kind = EXACT;
	v->bits = 0;
	v->lane_bytes = 0;
	if (!type)
		return -1;
	if (strcmp(type, "v128") == 0)
		return parse_v128(j, v);
	if (strcmp(type, "i32") == 0) v->type = W64_I32;
	else if (strcmp(type, "i64") == 0) v->type = W64_I64;
	else if (strcmp(type, "f32") == 0) v->type = W64_F32;
	else if (strcmp(type, "f64") == 0) v->type = W64_F64;
	else if (strcmp(type, "funcref") == 0) v->type = W64_FUNCREF;
	else if (strcmp(type, "externref") == 0) v->type = W64_EXTERNREF;
	else if (strcmp(type, "exnref") == 0) v->type = W64_EXNREF;
	else if (strlen(type) > 3 && strcmp(type + strlen(type) - 3, "ref") == 0 && s &&
	         strcmp(s, "null") == 0)
		v->type = W64_REF_TYPE(1, W64_HT_ANY); /* a null of another reference type */
	else {
		v->kind = UNSUPPORTED;
		return 0;
	}
	if (w64_is_ref(v->type)) {
		if (!s)
			v->kind = ANY_NONNULL;
		else if (strcmp(s, "null") == 0)
			v->bits = 0;
		else
			v->bits = strtoull(s, NULL, 10) + 1;
		return 0;
	}
	if (!s)
		return -1;
	if (strcmp(s, "nan:canonical") == 0)
		v->kind = NAN_CANONICAL;
	else if (strcmp(s, "nan:arithmetic") == 0)
		v->kind = NAN_ARITHMETIC;
	else
		v->bits = strtoull(s, NULL, 10);
	return 0;
}

static bool value_matches(const struct value *want, const uint64_t *cells)
{
	uint64_t quiet, mask, got = cells[0];
	if (want->type == W64_V128) {
		for (unsigned i = 0; i < want->nlanes; i++) {
			uint64_t m = want->lane_bytes == 8 ? UINT64_MAX : (1ull << 8 * want->lane_bytes) - 1;
			struct value lane = {.type = want->lane_type, .kind = want->lane_kind[i]};
			lane.bits = lane_of(want->cells, want->lane_bytes, i) & m;
			uint64_t got_lane = lane_of(cells, want->lane_bytes, i) & m;
			if (!value_matches(&lane, &got_lane))
				return false;
		}
		return true;
	}
	switch (want->type) {
	case W64_F32:
		quiet = 0x7fc00000u;
		mask = 0x7fffffffu;
		got &= 0xffffffffu;
		break;
	case W64_F64:
		quiet = 0x7ff8000000000000u;
		mask = 0x7fffffffffffffffu;
		break;
	default:
		quiet = mask = 0;
		break;
	}
	switch (want->kind) {
	case EXACT:
		if (want->type == W64_I32 || want->type == W64_F32)
			return (uint32_t)got == (uint32_t)want->bits;
		return got == want->bits;
	case NAN_CANONICAL:
		return (got & mask) == quiet;
	case NAN_ARITHMETIC:
		return (got & quiet) == quiet;
	case ANY_NONNULL:
		return got != 0;
	case UNSUPPORTED:
		return false;
	}
	return false;
}

static void format_value(char *buf, size_t n, w64_valtype t, const uint64_t *cells)
{
	uint64_t bits = cells[0];
	switch (t) {
	case W64_V128:
		snprintf(buf, n, "v128:0x%016llx%016llx", (unsigned long long)cells[1],
		         (unsigned long long)cells[0]);
		break;
	case W64_I32: snprintf(buf, n, "i32:%u", (uint32_t)bits); break;
	case W64_I64: snprintf(buf, n, "i64:%llu", (unsigned long long)bits); break;
	case W64_F32: {
		uint32_t b = (uint32_t)bits;
		float f;
		memcpy(&f, &b, 4);
		snprintf(buf, n, "f32:%g (0x%08x)", (double)f, b);
		break;
	}
	case W64_F64: {
		double d;
		memcpy(&d, &bits, 8);
		snprintf(buf, n, "f64:%g (0x%016llx)", d, (unsigned long long)bits);
		break;
	}
	default:
		snprintf(buf, n, "%s:%s", w64_valtype_name(t), bits ? "non-null" : "null");
		break;
	}
}

/* --- actions --------------------------------------------------------------- */

/* The instance an action acts on; *unsupported when that module could
 * not be loaded because it uses an unsupported feature. */
static struct w64_instance *target(struct runner *r, json_t *action, bool *unsupported)
{
	const char *name = json_string_value(json_object_get(action, "module"));
	*unsupported = false;
	if (!name) {
		*unsupported = r->current_unsupported;
		return r->current;
	}
	const struct named *x = find_named(r->names, r->nnames, name, strlen(name));
	*unsupported = x && !x->inst;
	return x ? x->inst : NULL;
}

/* Runs an action; returns W64_OK with results, or the trap status.  *why
 * gets a message when the action itself cannot be run (not a trap). */
static enum w64_status do_action(struct runner *r, json_t *action, uint64_t *results,
                                 uint32_t *nresults, struct w64_trap *trap, const char **why)
{
	*why = NULL;
	bool unsupported;
	struct w64_instance *inst = target(r, action, &unsupported);
	const char *type = json_string_value(json_object_get(action, "type"));
	json_t *jfield = json_object_get(action, "field");
	const char *field = json_string_value(jfield);
	struct w64_name fname = {(const uint8_t *)field, (uint32_t)json_string_length(jfield)};
	struct w64_extern x;
	if (!inst) {
		*why = unsupported ? NULL : "no module instance to act on";
		return unsupported ? W64_EXITED : W64_TRAPPED;
	}
	if (!field || !w64_instance_export_name(inst, fname, &x)) {
		*why = "no such export";
		return W64_TRAPPED;
	}
	if (type && strcmp(type, "get") == 0) {
		if (x.kind != W64_EXTERN_GLOBAL) {
			*why = "export is not a global";
			return W64_TRAPPED;
		}
		w64_global_get_cells(x.u.global, results);
		*nresults = 1;
		return W64_OK;
	}
	if (x.kind != W64_EXTERN_FUNC) {
		*why = "export is not a function";
		return W64_TRAPPED;
	}
	json_t *jargs = json_object_get(action, "args");
	uint64_t args[MAX_VALUES];
	size_t nargs = json_array_size(jargs);
	const struct w64_functype *t = w64_func_type_of(x.u.func);
	if (nargs != t->nparams || nargs > MAX_VALUES ||
	    w64_cells_of(t->nresults, t->results) > MAX_VALUES) {
		*why = "argument count differs from the function's type";
		return W64_TRAPPED;
	}
	for (size_t i = 0, k = 0; i < nargs; i++) {
		struct value v;
		if (parse_value(json_array_get(jargs, i), &v) < 0 || v.kind != EXACT ||
		    k + 2 > MAX_VALUES) {
			*why = "unsupported argument value";
			return W64_TRAPPED;
		}
		args[k++] = v.bits;
		if (v.type == W64_V128) /* two cells */
			args[k++] = v.cells[1];
	}
	*nresults = t->nresults;
	return w64_call(r->store, x.u.func, args, results, trap);
}

static bool has_unsupported(json_t *values)
{
	size_t i;
	json_t *v;
	json_array_foreach(values, i, v) {
		struct value val;
		const char *type = json_string_value(json_object_get(v, "type"));
		if (type && strcmp(type, "either") == 0) {
			if (has_unsupported(json_object_get(v, "values")))
				return true;
			continue;
		}
		if (parse_value(v, &val) < 0 || val.kind == UNSUPPORTED)
			return true;
	}
	return false;
}

static bool action_unsupported(json_t *cmd)
{
	json_t *action = json_object_get(cmd, "action");
	return has_unsupported(json_object_get(action, "args")) ||
	       has_unsupported(json_object_get(cmd, "expected"));
}

static void assert_return(struct runner *r, json_t *cmd)
{
	json_t *expected = json_object_get(cmd, "expected");
	uint64_t results[MAX_VALUES];
	uint32_t n = 0;
	struct w64_trap trap;
	const char *why;
	if (action_unsupported(cmd)) {
		skip(r, cmd, "value type not supported (GC)");
		return;
	}
	enum w64_status st = do_action(r, json_object_get(cmd, "action"), results, &n, &trap, &why);
	if (why) {
		failf(r, cmd, "%s", why);
		return;
	}
	if (st == W64_EXITED) {
		skip(r, cmd, "its module uses an unsupported feature");
		return;
	}
	if (st != W64_OK) {
		failf(r, cmd, "trapped: %s", trap.msg);
		return;
	}
	if (n != json_array_size(expected)) {
		failf(r, cmd, "%u results, expected %zu", n, json_array_size(expected));
		return;
	}
	for (uint32_t i = 0, k = 0; i < n; i++) {
		/* An expected value, or "either" of several (relaxed SIMD: any
		 * result the proposal allows). */
		json_t *e = json_array_get(expected, i);
		json_t *alts = json_object_get(e, "values");
		const char *etype = json_string_value(json_object_get(e, "type"));
		bool either = etype && strcmp(etype, "either") == 0;
		size_t nalts = either ? json_array_size(alts) : 1;
		struct value want;
		bool ok = false;
		for (size_t a = 0; a < nalts && !ok; a++) {
			parse_value(either ? json_array_get(alts, a) : e, &want);
			ok = k + w64_cells(want.type) <= MAX_VALUES && value_matches(&want, &results[k]);
		}
		if (!ok) {
			char got[96], exp[96];
			format_value(got, sizeof got, want.type, &results[k]);
			if (want.type == W64_V128 || want.kind == EXACT)
				format_value(exp, sizeof exp, want.type, want.type == W64_V128 ? want.cells : &want.bits);
			else
				snprintf(exp, sizeof exp, "%s", want.kind == NAN_CANONICAL ? "nan:canonical"
				                                : want.kind == NAN_ARITHMETIC ? "nan:arithmetic"
				                                                              : "non-null");
			failf(r, cmd, "result %u: got %s, expected %s%s", i, got, either ? "one of ... " : "",
			      exp);
			return;
		}
		k += w64_cells(want.type);
	}
	pass(r);
}

/* assert_trap (and assert_exhaustion): the action must trap with the
 * text; assert_exception (`exception`): it must throw a wasm exception
 * that nothing catches. */
static void assert_abrupt(struct runner *r, json_t *cmd, bool exception)
{
	const char *text = json_string_value(json_object_get(cmd, "text"));
	uint64_t results[MAX_VALUES];
	uint32_t n;
	struct w64_trap trap;
	const char *why;
	if (action_unsupported(cmd)) {
		skip(r, cmd, "value type not supported (GC)");
		return;
	}
	enum w64_status st = do_action(r, json_object_get(cmd, "action"), results, &n, &trap, &why);
	if (why)
		failf(r, cmd, "%s", why);
	else if (st == W64_EXITED)
		skip(r, cmd, "its module uses an unsupported feature");
	else if (st == W64_OK)
		failf(r, cmd, "returned, expected %s \"%s\"", exception ? "an exception" : "trap",
		      text ? text : "");
	else if (exception != (st == W64_EXCEPTION))
		failf(r, cmd, "ended with \"%s\", expected %s", trap.msg,
		      exception ? "an exception" : "a trap");
	else if (!exception && text && !strstr(trap.msg, text))
		failf(r, cmd, "trapped with \"%s\", expected \"%s\"", trap.msg, text);
	else
		pass(r);
}

/* --- commands ---------------------------------------------------------------- */

static void cmd_module(struct runner *r, json_t *cmd, bool instantiate_only)
{
	const char *file = json_string_value(json_object_get(cmd, "filename"));
	const char *name = json_string_value(json_object_get(cmd, "name"));
	struct w64_error err;
	struct w64_trap trap;
	struct w64_module *m = file ? load_runnable(r, file, &err) : NULL;
	r->current = NULL;
	r->current_unsupported = false;
	(void)instantiate_only;
	if (!m && err.unsupported) {
		r->current_unsupported = true;
		if (name)
			add_name(&r->names, &r->nnames, name, NULL);
		snprintf(r->unsupported_why, sizeof r->unsupported_why, "%s", err.msg);
		skip(r, cmd, err.msg);
		return;
	}
	if (!m) {
		failf(r, cmd, "%s: offset 0x%zx: %s", file ? file : "?", err.offset, err.msg);
		return;
	}
	struct w64_instance *inst;
	r->link_unsupported = false;
	if (w64_instantiate(r->store, m, resolve, r, &inst, &trap) != W64_OK) {
		if (r->link_unsupported) {
			r->current_unsupported = true;
			if (name)
				add_name(&r->names, &r->nnames, name, NULL);
			skip(r, cmd, "imports from a module that uses an unsupported feature");
			return;
		}
		failf(r, cmd, "%s: instantiation failed: %s", file, trap.msg);
		return;
	}
	r->current = inst;
	if (name)
		add_name(&r->names, &r->nnames, name, inst);
	pass(r);
}

static void cmd_definition(struct runner *r, json_t *cmd)
{
	const char *file = json_string_value(json_object_get(cmd, "filename"));
	struct w64_error err;
	if (!file || !load_runnable(r, file, &err)) {
		if (err.unsupported)
			skip(r, cmd, err.msg);
		else
			failf(r, cmd, "%s: offset 0x%zx: %s", file ? file : "?", err.offset, err.msg);
	} else {
		pass(r);
	}
}

/* assert_invalid / assert_malformed: the module must be rejected by the
 * decoder or the validator. */
static void cmd_rejected(struct runner *r, json_t *cmd)
{
	const char *file = json_string_value(json_object_get(cmd, "filename"));
	const char *type = json_string_value(json_object_get(cmd, "module_type"));
	struct w64_error err;
	if (type && strcmp(type, "binary") != 0) {
		skip(r, cmd, "text-format module");
		return;
	}
	if (file && load(r, file, &err))
		failf(r, cmd, "%s was accepted, expected \"%s\"", file,
		      json_string_value(json_object_get(cmd, "text")));
	else if (err.unsupported)
		skip(r, cmd, err.msg); /* rejected, but not for the reason tested */
	else
		pass(r);
}

/* assert_unlinkable / assert_uninstantiable: valid, but instantiating
 * it fails (linking, or a trap in segments or the start function). */
static void cmd_uninstantiable(struct runner *r, json_t *cmd)
{
	const char *file = json_string_value(json_object_get(cmd, "filename"));
	const char *text = json_string_value(json_object_get(cmd, "text"));
	struct w64_error err;
	struct w64_trap trap;
	struct w64_instance *inst;
	struct w64_module *m = file ? load_runnable(r, file, &err) : NULL;
	if (!m && err.unsupported) {
		skip(r, cmd, err.msg);
		return;
	}
	if (!m) {
		failf(r, cmd, "%s: offset 0x%zx: %s", file ? file : "?", err.offset, err.msg);
		return;
	}
	r->link_unsupported = false;
	if (w64_instantiate(r->store, m, resolve, r, &inst, &trap) == W64_OK)
		failf(r, cmd, "%s instantiated, expected \"%s\"", file, text ? text : "");
	else if (r->link_unsupported)
		skip(r, cmd, "imports from a module that uses an unsupported feature");
	else if (text && !strstr(trap.msg, text))
		failf(r, cmd, "failed with \"%s\", expected \"%s\"", trap.msg, text);
	else
		pass(r);
}

static void cmd_register(struct runner *r, json_t *cmd)
{
	const char *as = json_string_value(json_object_get(cmd, "as"));
	const char *name = json_string_value(json_object_get(cmd, "name"));
	const struct named *x = name ? find_named(r->names, r->nnames, name, strlen(name)) : NULL;
	struct w64_instance *inst = name ? (x ? x->inst : NULL) : r->current;
	bool unsupported = name ? (x && !x->inst) : r->current_unsupported;
	if (as && unsupported) {
		add_name(&r->registered, &r->nregistered, as, NULL);
		skip(r, cmd, "the module uses an unsupported feature");
		return;
	}
	if (!as || !inst) {
		failf(r, cmd, "nothing to register");
		return;
	}
	add_name(&r->registered, &r->nregistered, as, inst);
	pass(r);
}

/* The reason the skip list gives for this command (by line) or for its
 * module file, or NULL.  Lines of the list: "FILE.json LINE reason" or
 * "FILE.json MODULE.wasm reason". */
static const char *skip_listed(struct runner *r, json_t *cmd, char *buf, size_t len)
{
	if (!r->skips)
		return NULL;
	char key[64];
	const char *file = json_string_value(json_object_get(cmd, "filename"));
	snprintf(key, sizeof key, "%lld", (long long)json_integer_value(json_object_get(cmd, "line")));
	for (const char *p = r->skips; *p;) {
		const char *eol = strchr(p, '\n');
		size_t n = eol ? (size_t)(eol - p) : strlen(p);
		size_t blen = strlen(r->base);
		if (n > blen + 1 && memcmp(p, r->base, blen) == 0 && p[blen] == ' ') {
			const char *k = p + blen + 1, *sp = memchr(k, ' ', n - blen - 1);
			size_t klen = sp ? (size_t)(sp - k) : 0;
			if (sp && ((strlen(key) == klen && memcmp(k, key, klen) == 0) ||
			           (file && strlen(file) == klen && memcmp(k, file, klen) == 0))) {
				size_t rlen = n - (size_t)(sp + 1 - p);
				snprintf(buf, len, "%.*s", (int)rlen, sp + 1);
				return buf;
			}
		}
		p += n + (eol ? 1 : 0);
	}
	return NULL;
}

/* --validate: a module the suite runs must decode and validate; what
 * only runs code is not judged. */
static void validate_command(struct runner *r, json_t *cmd, const char *type)
{
	const char *file = json_string_value(json_object_get(cmd, "filename"));
	struct w64_error err;
	if (!strcmp(type, "assert_invalid") || !strcmp(type, "assert_malformed")) {
		cmd_rejected(r, cmd);
	} else if (file && (!strcmp(type, "module") || !strcmp(type, "module_definition") ||
	                    !strcmp(type, "assert_unlinkable") ||
	                    !strcmp(type, "assert_uninstantiable"))) {
		if (load(r, file, &err))
			pass(r);
		else if (err.unsupported)
			skip(r, cmd, err.msg);
		else
			failf(r, cmd, "%s: offset 0x%zx: %s", file, err.offset, err.msg);
	} else {
		skip(r, cmd, "not judged by --validate");
	}
}

static void run_command(struct runner *r, json_t *cmd)
{
	const char *type = json_string_value(json_object_get(cmd, "type"));
	char why[256];
	const char *listed = skip_listed(r, cmd, why, sizeof why);
	if (listed && type && (!strcmp(type, "module") || !strcmp(type, "module_instance"))) {
		/* Its module is listed: commands on it are skipped too. */
		const char *name = json_string_value(json_object_get(cmd, "name"));
		r->current = NULL;
		r->current_unsupported = true;
		if (name)
			add_name(&r->names, &r->nnames, name, NULL);
		skip(r, cmd, listed);
		return;
	}
	if (listed) {
		skip(r, cmd, listed);
		return;
	}
	if (type && r->validate_only) {
		validate_command(r, cmd, type);
		return;
	}
	if (!type) {
		failf(r, cmd, "command without a type");
	} else if (strcmp(type, "module") == 0) {
		cmd_module(r, cmd, false);
	} else if (strcmp(type, "module_definition") == 0) {
		cmd_definition(r, cmd);
	} else if (strcmp(type, "module_instance") == 0) {
		cmd_module(r, cmd, true);
	} else if (strcmp(type, "register") == 0) {
		cmd_register(r, cmd);
	} else if (strcmp(type, "assert_return") == 0 || strcmp(type, "action") == 0) {
		assert_return(r, cmd);
	} else if (strcmp(type, "assert_trap") == 0 || strcmp(type, "assert_exhaustion") == 0) {
		assert_abrupt(r, cmd, false);
	} else if (strcmp(type, "assert_invalid") == 0 || strcmp(type, "assert_malformed") == 0) {
		cmd_rejected(r, cmd);
	} else if (strcmp(type, "assert_unlinkable") == 0 ||
	           strcmp(type, "assert_uninstantiable") == 0) {
		cmd_uninstantiable(r, cmd);
	} else if (strcmp(type, "assert_exception") == 0) {
		assert_abrupt(r, cmd, true);
	} else {
		failf(r, cmd, "unknown command type");
	}
}

static char *read_text(const char *path)
{
	struct w64_cli_file f;
	if (w64_cli_load(path, &f) != 0)
		return NULL;
	char *t = malloc(f.len + 1);
	if (t) {
		memcpy(t, f.bytes, f.len);
		t[f.len] = '\0';
	}
	w64_cli_unload(&f);
	return t;
}

/* Runs one command file; prints failures and the summary line.  Returns
 * the process exit status: 0 iff no command failed.  `skip_list` (or NULL)
 * names a file of commands to skip with a reason, one per line:
 * "FILE.json LINE reason" or "FILE.json MODULE.wasm reason" (the module
 * and every command on it).  With `validate_only`, only decoding and
 * validation are judged: every module must validate, every
 * assert_invalid/assert_malformed binary must be rejected, and the other
 * commands (which run code) are skipped. */
static int run_file(const char *json_path, bool verbose, const char *skip_list,
                    bool validate_only)
{
	json_error_t jerr;
	json_t *root = json_load_file(json_path, JSON_ALLOW_NUL, &jerr);
	if (!root) {
		fprintf(stderr, "w64-spec: %s:%d: %s\n", json_path, jerr.line, jerr.text);
		return 1;
	}
	json_t *commands = json_object_get(root, "commands");
	if (!json_is_array(commands)) {
		fprintf(stderr, "w64-spec: %s: no \"commands\" array\n", json_path);
		json_decref(root);
		return 1;
	}
	struct runner r = {0};
	r.json_path = json_path;
	r.verbose = verbose;
	r.validate_only = validate_only;
	r.base = strrchr(json_path, '/') ? strrchr(json_path, '/') + 1 : json_path;
	if (skip_list && !(r.skips = read_text(skip_list))) {
		fprintf(stderr, "w64-spec: %s: %s\n", skip_list, strerror(errno));
		json_decref(root);
		return 1;
	}
	r.dir = strdup(json_path);
	char *slash = r.dir ? strrchr(r.dir, '/') : NULL;
	if (slash)
		*slash = '\0';
	else if (r.dir)
		strcpy(r.dir, ".");
	/* Deep recursion tests need a bounded but generous stack. */
	struct w64_store_config cfg = {.max_memory_bytes = UINT64_C(1) << 34};
	r.store = w64_store_new(&cfg);
	if (!r.dir || !r.store || make_spectest(&r) < 0) {
		fprintf(stderr, "w64-spec: out of memory\n");
		json_decref(root);
		return 1;
	}
	size_t i;
	json_t *cmd;
	json_array_foreach(commands, i, cmd)
		run_command(&r, cmd);

	printf("%u passed, %u failed", r.passed, r.failed);
	if (r.skipped)
		printf(", %u skipped", r.skipped);
	printf("\n");
	int status = r.failed ? 1 : 0;

	w64_store_free(r.store);
	for (size_t k = 0; k < r.nmodules; k++) {
		w64_module_free(r.modules[k].m);
		w64_cli_unload(&r.modules[k].file);
		free(r.modules[k].filename);
	}
	for (size_t k = 0; k < r.nnames; k++)
		free(r.names[k].name);
	for (size_t k = 0; k < r.nregistered; k++)
		free(r.registered[k].name);
	free(r.modules);
	free(r.names);
	free(r.registered);
	free(r.dir);
	free(r.skips);
	json_decref(root);
	return status;
}

static const char usage[] =
	"usage: w64-spec [--verbose] [--skip-list LIST] [--validate] FILE.json\n"
	"\n"
	"Runs a spec test command file (wast2json format) against the engine with\n"
	"the spectest module; prints each failing command and \"N passed, N failed\".\n"
	"\n"
	"  --verbose         also list skipped commands and why\n"
	"  --skip-list FILE  skip the commands FILE lists, with its reasons\n"
	"                    (lines \"FILE.json LINE reason\" or \"FILE.json MOD.wasm reason\")\n"
	"  --validate        judge only whether each module decodes and validates\n";

int main(int argc, char **argv)
{
	bool verbose = false, validate_only = false;
	const char *skip_list = NULL;
	int i = 1;
	for (; i < argc && argv[i][0] == '-'; i++) {
		if (!strcmp(argv[i], "--verbose")) {
			verbose = true;
		} else if (!strcmp(argv[i], "--validate")) {
			validate_only = true;
		} else if (!strcmp(argv[i], "--skip-list") && i + 1 < argc) {
			skip_list = argv[++i];
		} else if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
			fputs(usage, stdout);
			return 0;
		} else {
			fprintf(stderr, "w64-spec: unknown option %s\n%s", argv[i], usage);
			return 2;
		}
	}
	if (i + 1 != argc) {
		fprintf(stderr, "w64-spec: expected one FILE.json\n%s", usage);
		return 2;
	}
	return run_file(argv[i], verbose, skip_list, validate_only);
}
