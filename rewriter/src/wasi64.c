/* --wasi64: WASI preview 1 imports of a wasm32 module, moved to the wasm64
 * host ABI behind wrappers.
 *
 * Each rewritten import gets its wasm64 type (every pointer and size an
 * i64), and a new function with the import's old wasm32 type takes its
 * place everywhere the import was used (calls, ref.func, element
 * segments, exports: see rewrite.c).  The wrapper widens its arguments
 * and converts the structures whose layout changes (docs/host-abi.md):
 *
 *   pointer      zext(p) + base
 *   size value   zext(n)
 *   size result  the host writes a u64 into scratch; its low 32 bits are
 *                stored at the program's pointer after a success
 *   prestat      received in scratch (16 bytes), stored as 8
 *   iovec array  copied into scratch as 16-byte entries, in chunks of
 *                IOV_CHUNK when the array is longer
 *   argv/environ the host writes u64 pointers into scratch; they are
 *                stored back as u32 program addresses
 *
 * The scratch area is the 64 KiB page below the base: every address the
 * module computes is zext(addr) + offset + base, so it cannot reach it.
 *
 * A host checks every range of a call before doing anything (EFAULT, no
 * effect).  The wrapper must not trap where the wasm32 host would have
 * returned EFAULT, and must not change which error comes first (a bad fd
 * before a bad pointer, say).  So it checks the ranges it reads or writes
 * itself and, when one is bad, passes the host an out-of-bounds pointer
 * (-1) in its place: the host then reports the error it would have
 * reported, in its own order, and does nothing.  Sketch of fd_write:
 *
 *   (func $fd_write.wasm32 (param $fd i32) (param $iovs i32) (param $n i32)
 *                          (param $nwritten i32) (result i32)
 *     (if (ranges of $iovs, of each buffer and of $nwritten are bad)
 *       (then (return (call $fd_write.wasm64 (local.get $fd) (i64.const -1)
 *                        (i64.extend_i32_u (local.get $n)) (i64.const -1)))))
 *     (loop $chunk                  ;; at most IOV_CHUNK iovecs per call
 *       ;; scratch[j] = {zext(iovs[i+j].buf) + base, zext(iovs[i+j].len)}
 *       (local.set $err (call $fd_write.wasm64 (local.get $fd)
 *                          (i64.const SCRATCH_IOVS) (local.get $k) (i64.const SCRATCH_OUT)))
 *       ...)                        ;; until a short transfer or the end
 *     (i32.store offset=base (i64.extend_i32_u (local.get $nwritten))
 *                (i32.wrap_i64 (local.get $done)))
 *     (i32.const 0))
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wasi64.h"
#include "wasi_abi.h"

/* What a wrapper does with each parameter, one letter per wasm parameter,
 * from the parameter kinds of abi/wasi.def:
 *   i  an i32 value (fd, flags, enum)       I  an i64 value
 *   O  an i64 file offset, advanced by each chunk of an iovec call
 *   p  a pointer                            n  a size (length, count)
 *   o  a pointer to a size result           P  a pointer to a prestat
 *   v  a pointer to an iovec array (the next parameter is its count)
 *   A  a pointer to the argv/environ pointer array (the next is the
 *      strings buffer)
 */
#define W64_ROLE_FD "i"
#define W64_ROLE_U32 "i"
#define W64_ROLE_U64 "I"
#define W64_ROLE_S64 "I"
#define W64_ROLE_OFFSET "O"
#define W64_ROLE_PATH "p"
#define W64_ROLE_BUF "p"
#define W64_ROLE_SIZE "n"
#define W64_ROLE_OUT_SIZE "o"
#define W64_ROLE_OUT_FD "p"
#define W64_ROLE_OUT_U16 "p"
#define W64_ROLE_OUT_U64 "p"
#define W64_ROLE_OUT_FDSTAT "p"
#define W64_ROLE_OUT_FILESTAT "p"
#define W64_ROLE_OUT_PRESTAT "P"
#define W64_ROLE_IOVS "v"
#define W64_ROLE_CIOVS "v"
#define W64_ROLE_SUBSCRIPTIONS "p"
#define W64_ROLE_EVENTS "p"
#define W64_ROLE_STRPTRS "A"
#define W64_ROLE_STRBUF "p"

struct w64_wasi64_fn {
	const char *name;
	const char *params;      /* the roles above */
	bool no_result;          /* proc_exit */
};

#define W64_NO_RESULT_ERRNO false
#define W64_NO_RESULT_NORETURN true
#define WASI_PARAM(kind, name) W64_ROLE_##kind
#define WASI_FUNC(name, result, params) {#name, "" params, W64_NO_RESULT_##result},
static const struct w64_wasi64_fn wasi_fns[] = {
#include "wasi.def"
};
enum { NFNS = sizeof wasi_fns / sizeof wasi_fns[0] };

/* For 'A': which *_sizes_get the wrapper calls to count the strings
 * (0 args_sizes_get, 1 environ_sizes_get). */
static int sizes_of(const struct w64_wasi64_fn *fn)
{
	return fn->name[0] == 'e';
}

static const char wasi_module[] = W64_WASI_MODULE;

/* Scratch layout, from the start of the page below the base. */
enum {
	SCR_OUT = 0,          /* two size results, 8 bytes each */
	SCR_PRESTAT = 16,     /* 16 bytes */
	SCR_ARRAY = 64,       /* iovecs (16 bytes each) or pointers (8) */
	IOV_CHUNK = (W64_WASI64_SCRATCH - SCR_ARRAY) / 16,
	MAX_STRINGS = (W64_WASI64_SCRATCH - SCR_ARRAY) / 8,
};

/* The wrappers' code hard-wires the layouts it converts: iovec arrays
 * indexed by shifts of 3 (wasm32) and 4 (wasm64), buf_len at +4 and +8,
 * prestat's pr_name_len at +4 and +8, pointer arrays by shifts of 2 and 3. */
_Static_assert(W64_WASI_iovec_SIZE32 == 8 && W64_WASI_iovec_SIZE64 == 16 &&
               W64_WASI_iovec_buf_OFF32 == 0 && W64_WASI_iovec_buf_OFF64 == 0 &&
               W64_WASI_iovec_buf_len_OFF32 == 4 && W64_WASI_iovec_buf_len_OFF64 == 8 &&
               W64_WASI_ciovec_SIZE32 == 8 && W64_WASI_ciovec_SIZE64 == 16,
               "abi/wasi.def's iovec layout differs from what the wrappers emit");
_Static_assert(W64_WASI_prestat_SIZE32 == 8 && W64_WASI_prestat_SIZE64 == 16 &&
               W64_WASI_prestat_pr_name_len_OFF32 == 4 &&
               W64_WASI_prestat_pr_name_len_OFF64 == 8,
               "abi/wasi.def's prestat layout differs from what the wrappers emit");

static w64_valtype param_type(char kind, bool wide)
{
	switch (kind) {
	case 'i': return W64_I32;
	case 'I': case 'O': return W64_I64;
	default: return wide ? W64_I64 : W64_I32;
	}
}

static bool type_is(const struct w64_functype *t, const struct w64_wasi64_fn *fn, bool wide)
{
	size_t n = strlen(fn->params);
	if (t->nparams != n || t->nresults != (fn->no_result ? 0u : 1u))
		return false;
	for (size_t i = 0; i < n; i++)
		if (t->params[i] != param_type(fn->params[i], wide))
			return false;
	return fn->no_result || t->results[0] == W64_I32;
}

/* Whether any parameter widens: otherwise both signatures are the same. */
static bool widens(const struct w64_wasi64_fn *fn)
{
	for (const char *c = fn->params; *c; c++)
		if (param_type(*c, false) != param_type(*c, true))
			return true;
	return false;
}

static bool same_wide_sig(const struct w64_wasi64_fn *a, const struct w64_wasi64_fn *b)
{
	size_t n = strlen(a->params);
	if (n != strlen(b->params) || a->no_result != b->no_result)
		return false;
	for (size_t i = 0; i < n; i++)
		if (param_type(a->params[i], true) != param_type(b->params[i], true))
			return false;
	return true;
}

static bool name_is(const struct w64_name *n, const char *s)
{
	size_t len = strlen(s);
	return n->len == len && memcmp(n->bytes, s, len) == 0;
}

/* "(i32, i64) -> i32" for messages. */
static void sig_text(char *buf, size_t len, const struct w64_wasi64_fn *fn, bool wide)
{
	size_t at = 0;
	at += (size_t)snprintf(buf + at, len - at, "(");
	for (const char *c = fn->params; *c && at < len; c++)
		at += (size_t)snprintf(buf + at, len - at, "%s%s", c == fn->params ? "" : ", ",
		                       w64_valtype_name(param_type(*c, wide)));
	if (at < len)
		snprintf(buf + at, len - at, fn->no_result ? ") -> ()" : ") -> i32");
}

static void functype_text(char *buf, size_t len, const struct w64_functype *t)
{
	size_t at = 0;
	at += (size_t)snprintf(buf + at, len - at, "(");
	for (uint32_t i = 0; i < t->nparams && at < len; i++)
		at += (size_t)snprintf(buf + at, len - at, "%s%s", i ? ", " : "",
		                       w64_valtype_name(t->params[i]));
	at += at < len ? (size_t)snprintf(buf + at, len - at, ") -> (") : 0;
	for (uint32_t i = 0; i < t->nresults && at < len; i++)
		at += (size_t)snprintf(buf + at, len - at, "%s%s", i ? ", " : "",
		                       w64_valtype_name(t->results[i]));
	if (at < len)
		snprintf(buf + at, len - at, ")");
}

void w64_wasi64_free(struct w64_wasi64 *p)
{
	free(p->wrapped);
	free(p->redirect);
	free(p->new_type);
	free(p->types_added);
	memset(p, 0, sizeof *p);
}

static const struct w64_wasi64_fn *find_fn(const struct w64_name *name)
{
	for (unsigned i = 0; i < NFNS; i++)
		if (name_is(name, wasi_fns[i].name))
			return &wasi_fns[i];
	return NULL;
}

int w64_wasi64_plan(const struct w64_module *m, uint64_t base, struct w64_wasi64 *p,
                    struct w64_error *err)
{
	memset(p, 0, sizeof *p);
	p->base = base;
	p->sizes_func[0] = p->sizes_func[1] = UINT32_MAX;
	p->redirect = malloc(((size_t)m->nfuncs + 1) * sizeof *p->redirect);
	p->new_type = malloc(((size_t)m->nimported_funcs + 1) * sizeof *p->new_type);
	p->wrapped = calloc((size_t)m->nimported_funcs + 1, sizeof *p->wrapped);
	p->types_added = calloc(NFNS, sizeof *p->types_added);
	if (!p->redirect || !p->new_type || !p->wrapped || !p->types_added)
		return w64_error_set(err, 0, "out of memory");
	for (uint32_t f = 0; f < m->nfuncs; f++)
		p->redirect[f] = f;
	const struct w64_import *first = NULL;
	for (uint32_t i = 0; i < m->nimports; i++) {
		const struct w64_import *im = &m->imports[i];
		if (im->kind != W64_EXTERN_FUNC || !name_is(&im->module, wasi_module))
			continue;
		p->new_type[im->index] = UINT32_MAX;
		const struct w64_wasi64_fn *fn = find_fn(&im->field);
		if (!fn)
			return w64_error_set(err, im->offset, "--wasi64: %s.%.*s is not a WASI preview 1 function",
			              wasi_module, (int)im->field.len, (const char *)im->field.bytes);
		const struct w64_functype *t = w64_func_type(m, im->index);
		if (!strcmp(fn->name, "args_sizes_get") || !strcmp(fn->name, "environ_sizes_get"))
			p->sizes_func[fn->name[0] == 'e'] = im->index;
		if (!widens(fn) || type_is(t, fn, true))
			continue; /* the same in both widths, or wasm64 already */
		if (!type_is(t, fn, false)) {
			char found[256], want[256];
			functype_text(found, sizeof found, t);
			sig_text(want, sizeof want, fn, false);
			return w64_error_set(err, im->offset,
			              "--wasi64: import %s.%s has type %s, not its wasm32 signature %s",
			              wasi_module, fn->name, found, want);
		}
		uint32_t k;
		for (k = 0; k < p->ntypes_added && !same_wide_sig(p->types_added[k], fn); k++)
			;
		if (k == p->ntypes_added)
			p->types_added[p->ntypes_added++] = fn;
		p->new_type[im->index] = m->ntypes + k;
		p->redirect[im->index] = m->nfuncs + p->nwrapped;
		p->wrapped[p->nwrapped++] = (struct w64_wasi64_import){
			im->index, m->funcs[im->index].type, m->ntypes + k, fn};
		if (!first)
			first = im;
	}
	for (uint32_t f = 0; f < m->nimported_funcs; f++)
		if (p->redirect[f] == f)
			p->new_type[f] = UINT32_MAX;
	if (!p->nwrapped)
		return 0;

	for (uint32_t k = 0; k < p->nwrapped; k++) {
		const struct w64_wasi64_fn *fn = p->wrapped[k].fn;
		if (strchr(fn->params, 'A') && p->sizes_func[sizes_of(fn)] == UINT32_MAX)
			return w64_error_set(err, m->imports[m->funcs[p->wrapped[k].func].import].offset,
			              "--wasi64: %s is imported without %s, which its wrapper calls "
			              "to size the pointer array",
			              fn->name, sizes_of(fn) ? "environ_sizes_get" : "args_sizes_get");
	}
	int64_t e = w64_find_export(m, "memory", W64_EXTERN_MEMORY);
	if (e < 0)
		return w64_error_set(err, first->offset,
		              "--wasi64: the module exports no memory named \"memory\", "
		              "which WASI functions act on");
	p->memory = m->exports[e].index;
	if (m->memories[p->memory].type.limits.is64)
		return w64_error_set(err, first->offset,
		              "--wasi64: the memory exported as \"memory\" is 64-bit already; "
		              "the wrappers need a 32-bit memory that --to64 places at --base");
	if (base < W64_WASI64_SCRATCH)
		return w64_error_set(err, 0,
		              "--wasi64 needs --base of at least 0x10000: the 64 KiB page below "
		              "the base is the wrappers' scratch area");
	return 0;
}

void w64_wasi64_put_types(const struct w64_wasi64 *p, struct w64_buf *b)
{
	for (uint32_t k = 0; k < p->ntypes_added; k++) {
		const struct w64_wasi64_fn *fn = p->types_added[k];
		size_t n = strlen(fn->params);
		w64_put_u8(b, 0x60);
		w64_put_u32(b, (uint32_t)n);
		for (size_t i = 0; i < n; i++)
			w64_put_u8(b, (uint8_t)param_type(fn->params[i], true));
		w64_put_u32(b, fn->no_result ? 0 : 1);
		if (!fn->no_result)
			w64_put_u8(b, W64_I32);
	}
}

/* --- the wrappers' code ------------------------------------------------------ */

struct em {
	struct w64_buf *b;
	uint32_t mem;
	uint64_t base, scratch;   /* scratch: absolute address of the page */
	uint32_t err;             /* an i32 local */
	uint32_t l64;             /* the first of the i64 locals */
};

enum { NLOCALS64 = 8 };

static void op(struct em *e, enum w64_opcode o)
{
	const struct w64_opinfo *info = &w64_opinfo[o];
	if (info->prefix) {
		w64_put_u8(e->b, info->prefix);
		w64_put_u32(e->b, info->code);
	} else {
		w64_put_u8(e->b, (uint8_t)info->code);
	}
}

static void op_u32(struct em *e, enum w64_opcode o, uint32_t v)
{
	op(e, o);
	w64_put_u32(e->b, v);
}

static void get(struct em *e, uint32_t local)
{
	op_u32(e, W64_OP_LOCAL_GET, local);
}

static void set(struct em *e, uint32_t local)
{
	op_u32(e, W64_OP_LOCAL_SET, local);
}

static void i64c(struct em *e, uint64_t v)
{
	op(e, W64_OP_I64_CONST);
	w64_put_s64(e->b, (int64_t)v);
}

static void i32c(struct em *e, uint32_t v)
{
	op(e, W64_OP_I32_CONST);
	w64_put_s32(e->b, (int32_t)v);
}

/* block / loop / if with no parameters and no results. */
static void begin(struct em *e, enum w64_opcode o)
{
	op(e, o);
	w64_put_u8(e->b, 0x40);
}

static void mem_op(struct em *e, enum w64_opcode o, uint64_t offset)
{
	op(e, o);
	w64_put_u32(e->b, e->mem ? 0x40u : 0u); /* alignment hint 1: programs' pointers may be unaligned */
	if (e->mem)
		w64_put_u32(e->b, e->mem);
	w64_put_u64(e->b, offset);
}

static void set_i64(struct em *e, uint32_t local, uint64_t v)
{
	i64c(e, v);
	set(e, local);
}

/* local += v (an i64 local) */
static void add_i64(struct em *e, uint32_t local, uint64_t v)
{
	get(e, local);
	i64c(e, v);
	op(e, W64_OP_I64_ADD);
	set(e, local);
}

/* [] -> [i64]: the byte size of the program's memory (from the base). */
static void program_size(struct em *e)
{
	op_u32(e, W64_OP_MEMORY_SIZE, e->mem);
	i64c(e, 16);
	op(e, W64_OP_I64_SHL);
	i64c(e, e->base);
	op(e, W64_OP_I64_SUB);
}

/* for (j = 0; j < limit; j++) { body }: for_begin, the body, for_end.
 * Inside the body, `br 1` leaves the loop; an `if` adds one level. */
static void for_begin(struct em *e, uint32_t j, uint32_t limit)
{
	set_i64(e, j, 0);
	begin(e, W64_OP_BLOCK);
	begin(e, W64_OP_LOOP);
	get(e, j);
	get(e, limit);
	op(e, W64_OP_I64_GE_U);
	op_u32(e, W64_OP_BR_IF, 1);
}

static void for_end(struct em *e, uint32_t j)
{
	add_i64(e, j, 1);
	op_u32(e, W64_OP_BR, 0);
	op(e, W64_OP_END);
	op(e, W64_OP_END);
}

/* The program's i32 local as an i64 offset from the base. */
static void zext(struct em *e, uint32_t local)
{
	get(e, local);
	op(e, W64_OP_I64_EXTEND_I32_U);
}

/* [len:i64] -> [ok:i32]: the program's range zext(p) .. + len lies in its
 * memory (which starts at the base).  No overflow: p < 2^32, len < 2^36. */
static void range_ok(struct em *e, uint32_t p)
{
	zext(e, p);
	op(e, W64_OP_I64_ADD);
	program_size(e);
	op(e, W64_OP_I64_LE_U);
}

/* [a:i64 b:i64] -> [min(a, b)] through two scratch locals. */
static void min_u(struct em *e, uint32_t ta, uint32_t tb)
{
	set(e, tb);
	op_u32(e, W64_OP_LOCAL_TEE, ta);
	get(e, tb);
	get(e, ta);
	get(e, tb);
	op(e, W64_OP_I64_LT_U);
	op(e, W64_OP_SELECT);
}

/* Pushes the host's argument for parameter i of a simple call. */
static void simple_arg(struct em *e, char kind, uint32_t i, unsigned *slot)
{
	switch (kind) {
	case 'i': case 'I': case 'O':
		get(e, i);
		return;
	case 'p':
		zext(e, i);
		i64c(e, e->base);
		op(e, W64_OP_I64_ADD);
		return;
	case 'n':
		zext(e, i);
		return;
	case 'o': case 'P': /* (select scratch -1 (range ok)) */
		i64c(e, e->scratch + (kind == 'P' ? SCR_PRESTAT : SCR_OUT + 8 * (*slot)++));
		i64c(e, UINT64_MAX);
		i64c(e, kind == 'P' ? 8 : 4);
		range_ok(e, i);
		op(e, W64_OP_SELECT);
		return;
	}
}

/* Size results and prestat: the host filled scratch; store what the
 * wasm32 layout holds (after a success only, as a host would). */
static void simple_body(struct em *e, const struct w64_wasi64_import *w)
{
	const char *ps = w->fn->params;
	unsigned slot = 0;
	for (uint32_t i = 0; ps[i]; i++)
		simple_arg(e, ps[i], i, &slot);
	op_u32(e, W64_OP_CALL, w->func);
	op_u32(e, W64_OP_LOCAL_TEE, e->err);
	op(e, W64_OP_I32_EQZ);
	begin(e, W64_OP_IF);
	slot = 0;
	for (uint32_t i = 0; ps[i]; i++) {
		if (ps[i] == 'o') {
			zext(e, i);
			i64c(e, e->scratch + SCR_OUT + 8 * slot++);
			mem_op(e, W64_OP_I64_LOAD, 0);
			op(e, W64_OP_I32_WRAP_I64);
			mem_op(e, W64_OP_I32_STORE, e->base);
		} else if (ps[i] == 'P') {
			/* tag and zeroed padding, then pr_name_len */
			zext(e, i);
			i64c(e, e->scratch + SCR_PRESTAT);
			mem_op(e, W64_OP_I32_LOAD8_U, 0);
			mem_op(e, W64_OP_I32_STORE, e->base);
			zext(e, i);
			i64c(e, e->scratch + SCR_PRESTAT);
			mem_op(e, W64_OP_I64_LOAD, 8);
			op(e, W64_OP_I32_WRAP_I64);
			mem_op(e, W64_OP_I32_STORE, e->base + 4);
		}
	}
	op(e, W64_OP_END);
	get(e, e->err);
}

/* fd_read, fd_write, fd_pread, fd_pwrite, sock_recv, sock_send. */
static void iovec_body(struct em *e, const struct w64_wasi64_import *w)
{
	const char *ps = w->fn->params;
	uint32_t v = (uint32_t)(strchr(ps, 'v') - ps), cnt = v + 1;
	uint32_t out = (uint32_t)(strchr(ps, 'o') - ps);
	uint32_t done = e->l64, i = done + 1, k = i + 1, j = k + 1, want = j + 1, len = want + 1,
	         src = len + 1, n = src + 1;
	uint32_t ok = e->err;
	uint64_t limit = UINT32_MAX; /* what a wasm32 size result can report */

	zext(e, cnt);
	set(e, n);
	/* ok = the array, each buffer it names and the result are in range */
	get(e, n);
	i64c(e, 3);
	op(e, W64_OP_I64_SHL);
	range_ok(e, v);
	i64c(e, 4);
	range_ok(e, out);
	op(e, W64_OP_I32_AND);
	op_u32(e, W64_OP_LOCAL_TEE, ok);
	begin(e, W64_OP_IF);
	for_begin(e, j, n);
	zext(e, v);
	get(e, j);
	i64c(e, 3);
	op(e, W64_OP_I64_SHL);
	op(e, W64_OP_I64_ADD);
	set(e, src);
	get(e, src);
	mem_op(e, W64_OP_I32_LOAD, e->base + 4);
	op(e, W64_OP_I64_EXTEND_I32_U);
	/* range_ok of (buf, len) with buf loaded from memory */
	get(e, src);
	mem_op(e, W64_OP_I32_LOAD, e->base);
	op(e, W64_OP_I64_EXTEND_I32_U);
	op(e, W64_OP_I64_ADD);
	program_size(e);
	op(e, W64_OP_I64_LE_U);
	op(e, W64_OP_I32_EQZ);
	begin(e, W64_OP_IF);
	i32c(e, 0);
	set(e, ok);
	op_u32(e, W64_OP_BR, 2);
	op(e, W64_OP_END);
	for_end(e, j);
	op(e, W64_OP_END);

	/* A bad range: the host reports it (or an earlier error), untouched. */
	get(e, ok);
	op(e, W64_OP_I32_EQZ);
	begin(e, W64_OP_IF);
	unsigned slot = 0;
	for (uint32_t a = 0; ps[a]; a++) {
		if (ps[a] == 'v' || ps[a] == 'o')
			i64c(e, UINT64_MAX);
		else
			simple_arg(e, ps[a], a, &slot);
	}
	op_u32(e, W64_OP_CALL, w->func);
	op(e, W64_OP_RETURN);
	op(e, W64_OP_END);

	set_i64(e, done, 0);
	set_i64(e, i, 0);
	begin(e, W64_OP_BLOCK);   /* $finish */
	begin(e, W64_OP_LOOP);    /* $chunk */
	/* k = min(n - i, IOV_CHUNK) */
	get(e, n);
	get(e, i);
	op(e, W64_OP_I64_SUB);
	i64c(e, IOV_CHUNK);
	min_u(e, k, len);
	set(e, k);
	set_i64(e, want, 0);
	for_begin(e, j, k);  /* $copy */
	zext(e, v);
	get(e, i);
	get(e, j);
	op(e, W64_OP_I64_ADD);
	i64c(e, 3);
	op(e, W64_OP_I64_SHL);
	op(e, W64_OP_I64_ADD);
	set(e, src);
	/* scratch[j].buf = zext(buf) + base */
	get(e, j);
	i64c(e, 4);
	op(e, W64_OP_I64_SHL);
	get(e, src);
	mem_op(e, W64_OP_I32_LOAD, e->base);
	op(e, W64_OP_I64_EXTEND_I32_U);
	i64c(e, e->base);
	op(e, W64_OP_I64_ADD);
	mem_op(e, W64_OP_I64_STORE, e->scratch + SCR_ARRAY);
	/* scratch[j].len = min(zext(len), limit - done - want) */
	get(e, src);
	mem_op(e, W64_OP_I32_LOAD, e->base + 4);
	op(e, W64_OP_I64_EXTEND_I32_U);
	i64c(e, limit);
	get(e, done);
	op(e, W64_OP_I64_SUB);
	get(e, want);
	op(e, W64_OP_I64_SUB);
	min_u(e, len, src);
	set(e, len);
	get(e, j);
	i64c(e, 4);
	op(e, W64_OP_I64_SHL);
	get(e, len);
	mem_op(e, W64_OP_I64_STORE, e->scratch + SCR_ARRAY + 8);
	get(e, want);
	get(e, len);
	op(e, W64_OP_I64_ADD);
	set(e, want);
	for_end(e, j);

	slot = 0;
	for (uint32_t a = 0; ps[a]; a++) {
		switch (ps[a]) {
		case 'v': i64c(e, e->scratch + SCR_ARRAY); break;
		case 'n': get(e, k); break;
		case 'o': i64c(e, e->scratch + SCR_OUT); break;
		case 'O':
			get(e, a);
			get(e, done);
			op(e, W64_OP_I64_ADD);
			break;
		default: simple_arg(e, ps[a], a, &slot); break;
		}
	}
	op_u32(e, W64_OP_CALL, w->func);
	op_u32(e, W64_OP_LOCAL_TEE, e->err);
	begin(e, W64_OP_IF);
	/* An error: as is on the first chunk; after that, the bytes so far
	 * (as readv/writev report a late error). */
	get(e, i);
	op(e, W64_OP_I64_EQZ);
	begin(e, W64_OP_IF);
	get(e, e->err);
	op(e, W64_OP_RETURN);
	op(e, W64_OP_END);
	op_u32(e, W64_OP_BR, 2);
	op(e, W64_OP_END);
	i64c(e, e->scratch + SCR_OUT);
	mem_op(e, W64_OP_I64_LOAD, 0);
	op_u32(e, W64_OP_LOCAL_TEE, len);   /* got */
	get(e, done);
	op(e, W64_OP_I64_ADD);
	set(e, done);
	get(e, i);
	get(e, k);
	op(e, W64_OP_I64_ADD);
	set(e, i);
	/* on while the chunk moved everything, entries remain, and the total
	 * can still grow */
	get(e, len);
	get(e, want);
	op(e, W64_OP_I64_EQ);
	get(e, i);
	get(e, n);
	op(e, W64_OP_I64_LT_U);
	op(e, W64_OP_I32_AND);
	get(e, done);
	i64c(e, limit);
	op(e, W64_OP_I64_LT_U);
	op(e, W64_OP_I32_AND);
	op_u32(e, W64_OP_BR_IF, 0);
	op(e, W64_OP_END);
	op(e, W64_OP_END);

	zext(e, out);
	get(e, done);
	op(e, W64_OP_I32_WRAP_I64);
	mem_op(e, W64_OP_I32_STORE, e->base);
	i32c(e, 0);
}

/* args_get, environ_get: (ptrs, buf). */
static void strings_body(struct em *e, const struct w64_wasi64 *p, const struct w64_wasi64_import *w)
{
	uint32_t n = e->l64, j = n + 1;
	i64c(e, e->scratch + SCR_OUT);
	i64c(e, e->scratch + SCR_OUT + 8);
	op_u32(e, W64_OP_CALL, p->sizes_func[sizes_of(w->fn)]);
	op_u32(e, W64_OP_LOCAL_TEE, e->err);
	begin(e, W64_OP_IF);
	get(e, e->err);
	op(e, W64_OP_RETURN);
	op(e, W64_OP_END);
	i64c(e, e->scratch + SCR_OUT);
	mem_op(e, W64_OP_I64_LOAD, 0);
	op_u32(e, W64_OP_LOCAL_TEE, n);
	i64c(e, MAX_STRINGS);
	op(e, W64_OP_I64_GT_U);
	begin(e, W64_OP_IF);
	i32c(e, W64_WASI_ERRNO_2BIG);
	op(e, W64_OP_RETURN);
	op(e, W64_OP_END);
	/* (select scratch -1 (range ok of ptrs, n * 4)) */
	i64c(e, e->scratch + SCR_ARRAY);
	i64c(e, UINT64_MAX);
	get(e, n);
	i64c(e, 2);
	op(e, W64_OP_I64_SHL);
	range_ok(e, 0);
	op(e, W64_OP_SELECT);
	zext(e, 1);
	i64c(e, e->base);
	op(e, W64_OP_I64_ADD);
	op_u32(e, W64_OP_CALL, w->func);
	op_u32(e, W64_OP_LOCAL_TEE, e->err);
	begin(e, W64_OP_IF);
	get(e, e->err);
	op(e, W64_OP_RETURN);
	op(e, W64_OP_END);
	/* ptrs[j] = (u32)(scratch[j] - base) */
	for_begin(e, j, n);
	zext(e, 0);
	get(e, j);
	i64c(e, 2);
	op(e, W64_OP_I64_SHL);
	op(e, W64_OP_I64_ADD);
	get(e, j);
	i64c(e, 3);
	op(e, W64_OP_I64_SHL);
	mem_op(e, W64_OP_I64_LOAD, e->scratch + SCR_ARRAY);
	i64c(e, e->base);
	op(e, W64_OP_I64_SUB);
	op(e, W64_OP_I32_WRAP_I64);
	mem_op(e, W64_OP_I32_STORE, e->base);
	for_end(e, j);
	i32c(e, 0);
}

void w64_wasi64_put_body(const struct w64_wasi64 *p, uint32_t k, struct w64_buf *b)
{
	const struct w64_wasi64_import *w = &p->wrapped[k];
	uint32_t nparams = (uint32_t)strlen(w->fn->params);
	struct w64_buf body = {0};
	struct em e = {&body, p->memory, p->base, p->base - W64_WASI64_SCRATCH, nparams, nparams + 1};
	/* locals: one i32, NLOCALS64 i64 */
	w64_put_u32(&body, 2);
	w64_put_u32(&body, 1);
	w64_put_u8(&body, W64_I32);
	w64_put_u32(&body, NLOCALS64);
	w64_put_u8(&body, W64_I64);
	if (strchr(w->fn->params, 'v'))
		iovec_body(&e, w);
	else if (strchr(w->fn->params, 'A'))
		strings_body(&e, p, w);
	else
		simple_body(&e, w);
	op(&e, W64_OP_END);
	w64_put_vec(b, body.data, body.len);
	if (body.oom)
		b->oom = true;
	w64_buf_free(&body);
}
