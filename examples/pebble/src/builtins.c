/*
 * The builtin registry, argument checks, and the core library: types and
 * conversions, lists and maps, sorting, higher-order helpers, printing.
 */
#include "builtins.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "interp.h"

static const Builtin **registry;
static int registry_len;

static const char *running_name(Interp *I)
{
	return I->depth > 0 && I->frames[I->depth - 1].builtin ? I->frames[I->depth - 1].builtin
							      : "builtin";
}

int builtin_error(Interp *I, const char *fmt, ...)
{
	char msg[400];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	return interp_error(I, I->call_loc, "%s: %s", running_name(I), msg);
}

static int arg_type_error(Interp *I, int i, const char *want, Value got)
{
	return builtin_error(I, "argument %d must be %s, got %s", i + 1, want, type_name(got));
}

int arg_num(Interp *I, const Value *args, int i, double *out)
{
	*out = 0;
	if (args[i].kind != V_NUM)
		return arg_type_error(I, i, "a number", args[i]);
	*out = args[i].as.n;
	return 0;
}

int arg_int(Interp *I, const Value *args, int i, long long *out)
{
	*out = 0;
	if (args[i].kind != V_NUM)
		return arg_type_error(I, i, "an integer", args[i]);
	double d = args[i].as.n;
	if (d != floor(d) || d < -9007199254740992.0 || d > 9007199254740992.0)
		return builtin_error(I, "argument %d must be an integer", i + 1);
	*out = (long long)d;
	return 0;
}

int arg_str(Interp *I, const Value *args, int i, Str **out)
{
	*out = NULL;
	if (!is_str(args[i]))
		return arg_type_error(I, i, "a string", args[i]);
	*out = as_str(args[i]);
	return 0;
}

int arg_list(Interp *I, const Value *args, int i, List **out)
{
	*out = NULL;
	if (!is_list(args[i]))
		return arg_type_error(I, i, "a list", args[i]);
	*out = as_list(args[i]);
	return 0;
}

int arg_map(Interp *I, const Value *args, int i, Map **out)
{
	*out = NULL;
	if (!is_map(args[i]))
		return arg_type_error(I, i, "a map", args[i]);
	*out = as_map(args[i]);
	return 0;
}

Str *value_to_str(Interp *I, Value v)
{
	if (is_str(v))
		return as_str(v);
	Buf b = {0};
	value_print(&b, v, false);
	Str *s = str_new(&I->heap, b.data, b.len);
	buf_free(&b);
	return s;
}

/* --- types and conversions -------------------------------------------------- */

static int bi_type(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	*out = v_obj(str_cstr(&I->heap, type_name(args[0])));
	return 0;
}

static int bi_str(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	*out = v_obj(value_to_str(I, args[0]));
	return 0;
}

/* num(s): the number s spells (decimal or hex, as strtod reads it, with
 * surrounding white space), or nil. */
static int bi_num(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	if (args[0].kind == V_NUM) {
		*out = args[0];
		return 0;
	}
	Str *s;
	if (arg_str(I, args, 0, &s) < 0)
		return -1;
	char *end;
	double d = strtod(s->data, &end);
	bool converted = end != s->data;
	while (*end == ' ' || *end == '\t' || *end == '\n' || *end == '\r')
		end++;
	*out = converted && (size_t)(end - s->data) == s->len ? v_num(d) : v_nil();
	return 0;
}

static int bi_int(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	double d;
	if (arg_num(I, args, 0, &d) < 0)
		return -1;
	*out = v_num(trunc(d));
	return 0;
}

static int bi_len(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	Value v = args[0];
	if (is_str(v))
		*out = v_num((double)as_str(v)->len);
	else if (is_list(v))
		*out = v_num((double)as_list(v)->len);
	else if (is_map(v))
		*out = v_num((double)as_map(v)->count);
	else
		return arg_type_error(I, 0, "a string, list or map", v);
	return 0;
}

/* --- lists ------------------------------------------------------------------ */

static int bi_push(Interp *I, Value *args, int nargs, Value *out)
{
	List *l;
	if (arg_list(I, args, 0, &l) < 0)
		return -1;
	for (int i = 1; i < nargs; i++)
		list_push(l, args[i]);
	*out = args[0];
	return 0;
}

static int bi_pop(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	List *l;
	if (arg_list(I, args, 0, &l) < 0)
		return -1;
	if (!l->len)
		return builtin_error(I, "the list is empty");
	*out = l->items[--l->len];
	return 0;
}

/* insert(list, i, v): before position i (0..len). */
static int bi_insert(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	List *l;
	long long i;
	if (arg_list(I, args, 0, &l) < 0 || arg_int(I, args, 1, &i) < 0)
		return -1;
	if (i < 0 || (size_t)i > l->len)
		return builtin_error(I, "position %lld out of range 0..%zu", i, l->len);
	list_push(l, v_nil());
	memmove(l->items + i + 1, l->items + i, (l->len - 1 - (size_t)i) * sizeof(Value));
	l->items[i] = args[2];
	*out = args[0];
	return 0;
}

/* removeat(list, i): removes and returns the item at i. */
static int bi_removeat(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	List *l;
	long long i;
	if (arg_list(I, args, 0, &l) < 0 || arg_int(I, args, 1, &i) < 0)
		return -1;
	if (i < 0)
		i += (long long)l->len;
	if (i < 0 || (size_t)i >= l->len)
		return builtin_error(I, "position out of range for a list of length %zu", l->len);
	*out = l->items[i];
	memmove(l->items + i, l->items + i + 1, (l->len - 1 - (size_t)i) * sizeof(Value));
	l->len--;
	return 0;
}

/* Clamps a Python-style slice bound into 0..len. */
static size_t slice_bound(long long b, size_t len)
{
	if (b < 0)
		b += (long long)len;
	if (b < 0)
		return 0;
	return (size_t)b > len ? len : (size_t)b;
}

/* slice(list or string, start[, end]) */
static int bi_slice(Interp *I, Value *args, int nargs, Value *out)
{
	long long start, end;
	size_t len;
	if (is_list(args[0]))
		len = as_list(args[0])->len;
	else if (is_str(args[0]))
		len = as_str(args[0])->len;
	else
		return arg_type_error(I, 0, "a list or string", args[0]);
	if (arg_int(I, args, 1, &start) < 0)
		return -1;
	end = (long long)len;
	if (nargs > 2 && args[2].kind != V_NIL && arg_int(I, args, 2, &end) < 0)
		return -1;
	size_t a = slice_bound(start, len), b = slice_bound(end, len);
	if (b < a)
		b = a;
	if (is_str(args[0])) {
		*out = v_obj(str_new(&I->heap, as_str(args[0])->data + a, b - a));
	} else {
		List *src = as_list(args[0]);
		List *l = list_new(&I->heap, b - a);
		for (size_t i = a; i < b; i++)
			list_push(l, src->items[i]);
		*out = v_obj(l);
	}
	return 0;
}

/* range(n), range(a, b), range(a, b, step) */
static int bi_range(Interp *I, Value *args, int nargs, Value *out)
{
	double a = 0, b = 0, step = 1;
	if (nargs == 1) {
		if (arg_num(I, args, 0, &b) < 0)
			return -1;
	} else if (arg_num(I, args, 0, &a) < 0 || arg_num(I, args, 1, &b) < 0 ||
		   (nargs > 2 && arg_num(I, args, 2, &step) < 0)) {
		return -1;
	}
	if (step == 0 || isnan(step))
		return builtin_error(I, "step must not be 0");
	double count = ceil((b - a) / step);
	if (!(count <= 1e7))
		return builtin_error(I, "too many numbers");
	List *l = list_new(&I->heap, count > 0 ? (size_t)count : 0);
	for (double i = 0; i < count; i++)
		list_push(l, v_num(a + i * step));
	*out = v_obj(l);
	return 0;
}

static int bi_reverse(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	List *l;
	if (arg_list(I, args, 0, &l) < 0)
		return -1;
	for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
		Value t = l->items[i];
		l->items[i] = l->items[j - 1];
		l->items[j - 1] = t;
	}
	*out = args[0];
	return 0;
}

static int bi_index(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	List *l;
	if (arg_list(I, args, 0, &l) < 0)
		return -1;
	*out = v_num(-1);
	for (size_t i = 0; i < l->len; i++) {
		if (values_equal(l->items[i], args[1])) {
			*out = v_num((double)i);
			break;
		}
	}
	return 0;
}

/* --- sorting ---------------------------------------------------------------- */

/* The default order: qsort from the C library.  Equal elements under this
 * order are indistinguishable (same number with the same sign, same
 * string), so qsort's instability cannot show. */
static int compare_default(const void *pa, const void *pb)
{
	int c = 0;
	value_order(*(const Value *)pa, *(const Value *)pb, &c);
	return c;
}

typedef struct {
	Interp *I;
	Value fn;
	bool failed;
} SortCtx;

/* cmp(a, b) < 0 means a comes first; a number or a bool (true: a < b). */
static int compare_user(SortCtx *ctx, Value a, Value b, int *out)
{
	Value args[2] = {a, b}, r;
	if (interp_call(ctx->I, ctx->fn, args, 2, &r) < 0)
		return -1;
	if (r.kind == V_NUM)
		*out = (r.as.n > 0) - (r.as.n < 0);
	else if (r.kind == V_BOOL)
		*out = r.as.b ? -1 : 0;
	else
		return builtin_error(ctx->I, "the comparison function returned a %s", type_name(r));
	return 0;
}

/* A stable merge sort for user comparisons (which may fail midway). */
static int merge_sort(SortCtx *ctx, Value *v, Value *tmp, size_t n)
{
	if (n < 2)
		return 0;
	size_t mid = n / 2;
	if (merge_sort(ctx, v, tmp, mid) < 0 || merge_sort(ctx, v + mid, tmp, n - mid) < 0)
		return -1;
	size_t i = 0, j = mid, k = 0;
	while (i < mid && j < n) {
		int c = 0;
		if (compare_user(ctx, v[j], v[i], &c) < 0)
			return -1;
		tmp[k++] = c < 0 ? v[j++] : v[i++];
	}
	while (i < mid)
		tmp[k++] = v[i++];
	while (j < n)
		tmp[k++] = v[j++];
	memcpy(v, tmp, n * sizeof *v);
	return 0;
}

/* sort(list[, cmp]): sorts in place and returns the list. */
static int bi_sort(Interp *I, Value *args, int nargs, Value *out)
{
	List *l;
	if (arg_list(I, args, 0, &l) < 0)
		return -1;
	*out = args[0];
	if (nargs < 2 || args[1].kind == V_NIL) {
		for (size_t i = 0; i < l->len; i++) {
			int c;
			if (!value_order(l->items[i], l->items[0], &c))
				return builtin_error(I, "cannot order a %s (give a comparison function)",
						     type_name(l->items[i]));
		}
		if (l->len > 1)
			qsort(l->items, l->len, sizeof(Value), compare_default);
		return 0;
	}
	/* Sort a copy: the comparison may change the list under us.  The
	 * copy and scratch space stay reachable through a rooted list. */
	size_t n = l->len;
	List *work = list_new(&I->heap, 2 * n);
	heap_push(&I->heap, v_obj(work));
	memcpy(work->items, l->items, n * sizeof(Value));
	memcpy(work->items + n, l->items, n * sizeof(Value));
	work->len = 2 * n;
	SortCtx ctx = {I, args[1], false};
	int rc = merge_sort(&ctx, work->items, work->items + n, n);
	if (rc == 0 && l->len == n)
		memcpy(l->items, work->items, n * sizeof(Value));
	else if (rc == 0)
		rc = builtin_error(I, "the list changed while sorting");
	heap_pop(&I->heap, 1);
	return rc;
}

/* --- higher-order ----------------------------------------------------------- */

static int bi_map(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	List *src;
	if (arg_list(I, args, 0, &src) < 0)
		return -1;
	List *l = list_new(&I->heap, src->len);
	heap_push(&I->heap, v_obj(l));
	for (size_t i = 0; i < src->len; i++) {
		Value r;
		if (interp_call(I, args[1], &src->items[i], 1, &r) < 0) {
			heap_pop(&I->heap, 1);
			return -1;
		}
		list_push(l, r);
	}
	heap_pop(&I->heap, 1);
	*out = v_obj(l);
	return 0;
}

static int bi_filter(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	List *src;
	if (arg_list(I, args, 0, &src) < 0)
		return -1;
	List *l = list_new(&I->heap, 0);
	heap_push(&I->heap, v_obj(l));
	for (size_t i = 0; i < src->len; i++) {
		Value item = src->items[i], r;
		if (interp_call(I, args[1], &item, 1, &r) < 0) {
			heap_pop(&I->heap, 1);
			return -1;
		}
		if (truthy(r))
			list_push(l, item);
	}
	heap_pop(&I->heap, 1);
	*out = v_obj(l);
	return 0;
}

/* reduce(list, fn, init) */
static int bi_reduce(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	List *src;
	if (arg_list(I, args, 0, &src) < 0)
		return -1;
	Value acc = args[2];
	for (size_t i = 0; i < src->len; i++) {
		Value pair[2] = {acc, src->items[i]};
		heap_push(&I->heap, acc);
		int rc = interp_call(I, args[1], pair, 2, &acc);
		heap_pop(&I->heap, 1);
		if (rc < 0)
			return -1;
	}
	*out = acc;
	return 0;
}

/* --- maps ------------------------------------------------------------------- */

/* The keys or the values of a map, in insertion order. */
static int map_column(Interp *I, Value *args, Value *out, bool values)
{
	Map *m;
	if (arg_map(I, args, 0, &m) < 0)
		return -1;
	List *l = list_new(&I->heap, m->count);
	for (size_t i = 0; i < m->used; i++)
		if (m->entries[i].live)
			list_push(l, values ? m->entries[i].val : m->entries[i].key);
	*out = v_obj(l);
	return 0;
}

static int bi_keys(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	return map_column(I, args, out, false);
}

static int bi_values(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	return map_column(I, args, out, true);
}

static int bi_has(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	Map *m;
	Value v;
	if (arg_map(I, args, 0, &m) < 0)
		return -1;
	*out = v_bool(map_key_ok(args[1]) && map_get(m, args[1], &v));
	return 0;
}

static int bi_delete(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	Map *m;
	if (arg_map(I, args, 0, &m) < 0)
		return -1;
	*out = v_bool(map_key_ok(args[1]) && map_remove(m, args[1]));
	return 0;
}

/* copy(x): a shallow copy of a list or map; anything else as it is. */
static int bi_copy(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	Value v = args[0];
	if (is_list(v)) {
		List *src = as_list(v), *l = list_new(&I->heap, src->len);
		for (size_t i = 0; i < src->len; i++)
			list_push(l, src->items[i]);
		*out = v_obj(l);
	} else if (is_map(v)) {
		Map *src = as_map(v), *m = map_new(&I->heap);
		for (size_t i = 0; i < src->used; i++)
			if (src->entries[i].live)
				map_set(m, src->entries[i].key, src->entries[i].val);
		*out = v_obj(m);
	} else {
		*out = v;
	}
	return 0;
}

/* --- output and control ------------------------------------------------------- */

static int print_to(Interp *I, FILE *fp, Value *args, int nargs)
{
	Buf b = {0};
	buf_add(&b, "", 0);
	for (int i = 0; i < nargs; i++) {
		if (i)
			buf_addc(&b, ' ');
		value_print(&b, args[i], false);
	}
	buf_addc(&b, '\n');
	fwrite(b.data, 1, b.len, fp);
	buf_free(&b);
	(void)I;
	return 0;
}

static int bi_print(Interp *I, Value *args, int nargs, Value *out)
{
	(void)out;
	return print_to(I, stdout, args, nargs);
}

/* eprint(...): like print, to stderr (after flushing stdout, so the two
 * interleave in program order on a terminal). */
static int bi_eprint(Interp *I, Value *args, int nargs, Value *out)
{
	(void)out;
	fflush(stdout);
	return print_to(I, stderr, args, nargs);
}

static int bi_repr(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	Buf b = {0};
	value_print(&b, args[0], true);
	*out = v_obj(str_new(&I->heap, b.data, b.len));
	buf_free(&b);
	return 0;
}

static int bi_assert(Interp *I, Value *args, int nargs, Value *out)
{
	(void)out;
	if (truthy(args[0]))
		return 0;
	if (nargs > 1) {
		Str *msg = value_to_str(I, args[1]);
		return builtin_error(I, "%s", msg->data);
	}
	return builtin_error(I, "assertion failed");
}

static int bi_exit(Interp *I, Value *args, int nargs, Value *out)
{
	(void)out;
	long long code = 0;
	if (nargs > 0 && arg_int(I, args, 0, &code) < 0)
		return -1;
	if (code < 0 || code > 255)
		return builtin_error(I, "status must be in 0..255");
	I->exiting = true;
	I->exit_status = (int)code;
	return -1;
}

/* error(msg): the message of a caught error, or a thrown value as is. */
static int bi_error(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	(void)out;
	Str *msg = value_to_str(I, args[0]);
	return interp_error(I, I->call_loc, "%s", msg->data);
}

const Builtin core_builtins[] = {
	{"type", bi_type, 1, 1},
	{"str", bi_str, 1, 1},
	{"repr", bi_repr, 1, 1},
	{"num", bi_num, 1, 1},
	{"int", bi_int, 1, 1},
	{"len", bi_len, 1, 1},
	{"push", bi_push, 2, -1},
	{"pop", bi_pop, 1, 1},
	{"insert", bi_insert, 3, 3},
	{"removeat", bi_removeat, 2, 2},
	{"slice", bi_slice, 2, 3},
	{"range", bi_range, 1, 3},
	{"reverse", bi_reverse, 1, 1},
	{"index", bi_index, 2, 2},
	{"sort", bi_sort, 1, 2},
	{"map", bi_map, 2, 2},
	{"filter", bi_filter, 2, 2},
	{"reduce", bi_reduce, 3, 3},
	{"keys", bi_keys, 1, 1},
	{"values", bi_values, 1, 1},
	{"has", bi_has, 2, 2},
	{"delete", bi_delete, 2, 2},
	{"copy", bi_copy, 1, 1},
	{"print", bi_print, 0, -1},
	{"eprint", bi_eprint, 0, -1},
	{"assert", bi_assert, 1, 2},
	{"exit", bi_exit, 0, 1},
	{"error", bi_error, 1, 1},
	{NULL, NULL, 0, 0},
};

/* --- the registry -------------------------------------------------------------- */

static void define(Interp *I, const char *name, Value v)
{
	Heap *h = &I->heap;
	Str *key = str_cstr(h, name);
	heap_push(h, v_obj(key));
	map_set(h->globals, v_obj(key), v);
	heap_pop(h, 1);
}

void builtins_register(Interp *I)
{
	static const Builtin *const tables[] = {core_builtins, string_builtins, math_builtins,
						io_builtins};
	if (!registry) {
		for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++)
			for (const Builtin *b = tables[t]; b->name; b++) {
				registry = xrealloc(registry, (size_t)(registry_len + 1) * sizeof *registry);
				registry[registry_len++] = b;
			}
	}
	for (int i = 0; i < registry_len; i++)
		define(I, registry[i]->name, v_builtin(i));
	define(I, "PI", v_num(3.14159265358979323846));
	define(I, "E", v_num(2.71828182845904523536));
	define(I, "INF", v_num(INFINITY));
	define(I, "NAN", v_num(NAN));
}

void builtins_set_args(Interp *I, char **argv, int argc)
{
	Heap *h = &I->heap;
	List *l = list_new(h, (size_t)argc);
	heap_push(h, v_obj(l));
	for (int i = 0; i < argc; i++)
		list_push(l, v_obj(str_cstr(h, argv[i])));
	define(I, "ARGS", v_obj(l));
	heap_pop(h, 1);
}

const Builtin *builtin_get(int index)
{
	return registry[index];
}

const char *builtin_name(int index)
{
	return registry[index]->name;
}
