/*
 * The evaluator: a tree walker.  Intermediate values that must survive an
 * allocation go on the heap's root stack; every function that can fail
 * returns -1 and leaves the error in the Interp.
 */
#include "interp.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"

typedef enum {
	FLOW_NORMAL,
	FLOW_BREAK,
	FLOW_CONTINUE,
	FLOW_RETURN,
	FLOW_ERROR,
} Flow;

void interp_init(Interp *I, const char *filename)
{
	memset(I, 0, sizeof *I);
	heap_init(&I->heap);
	I->filename = filename;
	I->rng = 0x9e3779b97f4a7c15u;
	builtins_register(I);
}

void interp_free(Interp *I)
{
	heap_free(&I->heap);
	free(I->frames);
	buf_free(&I->trace);
}

/* --- errors ----------------------------------------------------------------- */

#define TRACE_INNER 8
#define TRACE_OUTER 3

static void record_trace(Interp *I)
{
	I->trace.len = 0;
	buf_add(&I->trace, "", 0);
	for (int i = I->depth; i-- > 0;) {
		/* the innermost calls and the outermost ones, not a thousand */
		if (i == I->depth - TRACE_INNER - 1 && I->depth > TRACE_INNER + TRACE_OUTER) {
			char skipped[64];
			snprintf(skipped, sizeof skipped, "  ... %d more calls\n",
				 I->depth - TRACE_INNER - TRACE_OUTER);
			buf_adds(&I->trace, skipped);
			i = TRACE_OUTER;
			continue;
		}
		const Frame *f = &I->frames[i];
		char line[256];
		const char *name = !f->func ? f->builtin
				   : f->func->name ? f->func->name : "anonymous function";
		snprintf(line, sizeof line, "  in %s(), called from %s:%d:%d\n", name, I->filename,
			 f->call.line, f->call.col);
		buf_adds(&I->trace, line);
	}
}

int interp_error(Interp *I, Loc loc, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	I->thrown = v_obj(str_cstr(&I->heap, msg));
	I->is_throw = false;
	I->err_loc = loc;
	record_trace(I);
	return -1;
}

int interp_report(Interp *I)
{
	if (I->exiting)
		return I->exit_status;
	fflush(stdout);
	Buf b = {0};
	if (I->is_throw)
		buf_adds(&b, "uncaught ");
	value_print(&b, I->thrown, I->is_throw);
	fprintf(stderr, "%s:%d:%d: error: %s\n", I->filename, I->err_loc.line, I->err_loc.col, b.data);
	if (I->trace.len)
		fputs(I->trace.data, stderr);
	buf_free(&b);
	return 1;
}

/* --- values ----------------------------------------------------------------- */

bool value_order(Value a, Value b, int *cmp)
{
	if (a.kind == V_NUM && b.kind == V_NUM) {
		double x = a.as.n, y = b.as.n;
		if (isnan(x) || isnan(y)) {
			*cmp = isnan(x) - isnan(y);
			return true;
		}
		if (x == y && x == 0) /* -0 sorts before 0 */
			*cmp = (int)!signbit(x) - (int)!signbit(y);
		else
			*cmp = (x > y) - (x < y);
		return true;
	}
	if (is_str(a) && is_str(b)) {
		const Str *x = as_str(a), *y = as_str(b);
		size_t n = x->len < y->len ? x->len : y->len;
		int c = memcmp(x->data, y->data, n);
		if (c == 0)
			c = (x->len > y->len) - (x->len < y->len);
		*cmp = (c > 0) - (c < 0);
		return true;
	}
	if (a.kind == V_NUM && is_str(b)) {
		*cmp = -1;
		return true;
	}
	if (is_str(a) && b.kind == V_NUM) {
		*cmp = 1;
		return true;
	}
	return false;
}

/* An integer index into something of length len; negative counts from the
 * end.  Returns -1 with an error raised. */
static int to_index(Interp *I, Loc loc, Value idx, size_t len, const char *what, size_t *out)
{
	if (idx.kind != V_NUM)
		return interp_error(I, loc, "%s index must be a number, got %s", what, type_name(idx));
	double d = idx.as.n;
	if (d != floor(d) || isinf(d))
		return interp_error(I, loc, "%s index must be an integer", what);
	if (d < 0)
		d += (double)len;
	if (d < 0 || d >= (double)len) {
		char num[40];
		format_number(num, sizeof num, idx.as.n);
		return interp_error(I, loc, "index %s out of range for a %s of length %zu", num, what, len);
	}
	*out = (size_t)d;
	return 0;
}

static int index_get(Interp *I, Loc loc, Value obj, Value idx, Value *out)
{
	size_t i;
	if (is_list(obj)) {
		List *l = as_list(obj);
		if (to_index(I, loc, idx, l->len, "list", &i) < 0)
			return -1;
		*out = l->items[i];
		return 0;
	}
	if (is_str(obj)) {
		Str *s = as_str(obj);
		if (to_index(I, loc, idx, s->len, "string", &i) < 0)
			return -1;
		*out = v_obj(str_new(&I->heap, s->data + i, 1));
		return 0;
	}
	if (is_map(obj)) {
		if (!map_key_ok(idx))
			return interp_error(I, loc, "a %s cannot be a map key", type_name(idx));
		if (!map_get(as_map(obj), idx, out))
			*out = v_nil();
		return 0;
	}
	return interp_error(I, loc, "cannot index a %s", type_name(obj));
}

static int index_set(Interp *I, Loc loc, Value obj, Value idx, Value val)
{
	size_t i;
	if (is_list(obj)) {
		List *l = as_list(obj);
		if (to_index(I, loc, idx, l->len, "list", &i) < 0)
			return -1;
		l->items[i] = val;
		return 0;
	}
	if (is_map(obj)) {
		if (!map_key_ok(idx))
			return interp_error(I, loc, "a %s cannot be a map key", type_name(idx));
		map_set(as_map(obj), idx, val);
		return 0;
	}
	if (is_str(obj))
		return interp_error(I, loc, "strings cannot be changed");
	return interp_error(I, loc, "cannot index a %s", type_name(obj));
}

/* Binary arithmetic and comparison; a, b must be rooted by the caller. */
static int binary_op(Interp *I, Loc loc, TokenKind op, Value a, Value b, Value *out)
{
	if (a.kind == V_NUM && b.kind == V_NUM) {
		double x = a.as.n, y = b.as.n;
		switch (op) {
		case T_PLUS: *out = v_num(x + y); return 0;
		case T_MINUS: *out = v_num(x - y); return 0;
		case T_STAR: *out = v_num(x * y); return 0;
		case T_SLASH: *out = v_num(x / y); return 0;
		case T_PERCENT: *out = v_num(fmod(x, y)); return 0;
		case T_STARSTAR: *out = v_num(pow(x, y)); return 0;
		case T_LT: *out = v_bool(x < y); return 0;
		case T_LE: *out = v_bool(x <= y); return 0;
		case T_GT: *out = v_bool(x > y); return 0;
		case T_GE: *out = v_bool(x >= y); return 0;
		default: break;
		}
	}
	if (op == T_EQ || op == T_NE) {
		bool eq = values_equal(a, b);
		*out = v_bool(op == T_EQ ? eq : !eq);
		return 0;
	}
	if (is_str(a) && is_str(b)) {
		Str *x = as_str(a), *y = as_str(b);
		if (op == T_PLUS) {
			Buf buf = {0};
			buf_add(&buf, x->data, x->len);
			buf_add(&buf, y->data, y->len);
			*out = v_obj(str_new(&I->heap, buf.data, buf.len));
			buf_free(&buf);
			return 0;
		}
		int c;
		value_order(a, b, &c);
		switch (op) {
		case T_LT: *out = v_bool(c < 0); return 0;
		case T_LE: *out = v_bool(c <= 0); return 0;
		case T_GT: *out = v_bool(c > 0); return 0;
		case T_GE: *out = v_bool(c >= 0); return 0;
		default: break;
		}
	}
	if (op == T_PLUS && is_list(a) && is_list(b)) {
		List *x = as_list(a), *y = as_list(b);
		List *l = list_new(&I->heap, x->len + y->len);
		for (size_t i = 0; i < x->len; i++)
			list_push(l, x->items[i]);
		for (size_t i = 0; i < y->len; i++)
			list_push(l, y->items[i]);
		*out = v_obj(l);
		return 0;
	}
	if (op == T_STAR && is_str(a) && b.kind == V_NUM) {
		double n = b.as.n;
		if (n < 0 || n != floor(n) || n > 1e8)
			return interp_error(I, loc, "a string can only be repeated a whole number of times");
		Str *s = as_str(a);
		Buf buf = {0};
		buf_add(&buf, "", 0);
		for (double k = 0; k < n; k++)
			buf_add(&buf, s->data, s->len);
		*out = v_obj(str_new(&I->heap, buf.data, buf.len));
		buf_free(&buf);
		return 0;
	}
	return interp_error(I, loc, "cannot apply %s to a %s and a %s", token_describe(op), type_name(a),
			    type_name(b));
}

/* --- evaluation ------------------------------------------------------------- */

static int eval(Interp *I, const Node *n, Value *out);
static Flow exec(Interp *I, const Node *n);
static int call_value(Interp *I, Value callee, size_t base, int nargs, Loc loc, Value *out);

static Env *env_at(Interp *I, uint32_t depth)
{
	Env *e = I->env;
	while (depth--)
		e = e->parent;
	return e;
}

static int global_get(Interp *I, const Node *n, Value *out)
{
	if (map_get(I->heap.globals, n->str, out))
		return 0;
	return interp_error(I, n->loc, "undefined variable '%s'", n->name);
}

/* Binds a declared variable (an N_LET node) to v. */
static void bind(Interp *I, const Node *var, Value v)
{
	if (var->global)
		map_set(I->heap.globals, var->str, v);
	else
		I->env->slots[var->slot] = v;
}

/* Evaluates n->a and n->b and leaves both on the root stack (the caller
 * pops them); on failure leaves nothing. */
static int eval_two(Interp *I, const Node *n, Value *a, Value *b)
{
	if (eval(I, n->a, a) < 0)
		return -1;
	heap_push(&I->heap, *a);
	if (eval(I, n->b, b) < 0) {
		heap_pop(&I->heap, 1);
		return -1;
	}
	heap_push(&I->heap, *b);
	return 0;
}

static TokenKind compound_base(TokenKind op)
{
	switch (op) {
	case T_PLUS_ASSIGN: return T_PLUS;
	case T_MINUS_ASSIGN: return T_MINUS;
	case T_STAR_ASSIGN: return T_STAR;
	case T_SLASH_ASSIGN: return T_SLASH;
	default: return T_PERCENT;
	}
}

/* The value an assignment stores: the right side, combined with the
 * current value (rooted by the caller) for a compound operator. */
static int assigned_value(Interp *I, const Node *n, Value cur, Value *out)
{
	if (eval(I, n->b, out) < 0)
		return -1;
	if (n->op == T_ASSIGN)
		return 0;
	heap_push(&I->heap, *out);
	int rc = binary_op(I, n->loc, compound_base(n->op), cur, *out, out);
	heap_pop(&I->heap, 1);
	return rc;
}

static int eval_assign(Interp *I, const Node *n, Value *out)
{
	const Node *t = n->a;
	Heap *h = &I->heap;
	size_t mark = h->nroots;
	bool compound = n->op != T_ASSIGN;
	int rc = -1;
	Value cur = v_nil(), val, obj, idx;
	if (t->kind == N_INDEX) {
		if (eval_two(I, t, &obj, &idx) < 0)
			goto done;
		if (compound && index_get(I, t->loc, obj, idx, &cur) < 0)
			goto done;
		heap_push(h, cur);
		if (assigned_value(I, n, cur, &val) < 0 || index_set(I, n->loc, obj, idx, val) < 0)
			goto done;
	} else if (t->kind == N_LOCAL) {
		Value *slot = &env_at(I, t->depth)->slots[t->slot];
		heap_push(h, *slot);
		if (assigned_value(I, n, *slot, &val) < 0)
			goto done;
		*slot = val; /* environments never move: the pointer still holds */
	} else {
		if (!map_get(h->globals, t->str, &cur)) {
			interp_error(I, t->loc, "assignment to undeclared variable '%s'", t->name);
			goto done;
		}
		heap_push(h, cur);
		if (assigned_value(I, n, cur, &val) < 0)
			goto done;
		map_set(h->globals, t->str, val);
	}
	*out = val;
	rc = 0;
done:
	h->nroots = mark;
	return rc;
}

static int eval_call(Interp *I, const Node *n, Value *out)
{
	Heap *h = &I->heap;
	size_t mark = h->nroots;
	Value callee;
	int rc = -1;
	if (eval(I, n->a, &callee) < 0)
		goto done;
	heap_push(h, callee);
	size_t base = h->nroots;
	for (size_t i = 0; i < n->list.len; i++) {
		Value arg;
		if (eval(I, n->list.items[i], &arg) < 0)
			goto done;
		heap_push(h, arg);
	}
	rc = call_value(I, callee, base, (int)n->list.len, n->loc, out);
done:
	h->nroots = mark;
	return rc;
}

static int eval(Interp *I, const Node *n, Value *out)
{
	Heap *h = &I->heap;
	Value a, b;
	switch (n->kind) {
	case N_NUM:
		*out = v_num(n->num);
		return 0;
	case N_STR:
		*out = n->str;
		return 0;
	case N_NIL:
		*out = v_nil();
		return 0;
	case N_TRUE:
		*out = v_bool(true);
		return 0;
	case N_FALSE:
		*out = v_bool(false);
		return 0;
	case N_LOCAL:
		*out = env_at(I, n->depth)->slots[n->slot];
		return 0;
	case N_GLOBAL:
		return global_get(I, n, out);
	case N_LIST: {
		List *l = list_new(h, n->list.len);
		heap_push(h, v_obj(l));
		for (size_t i = 0; i < n->list.len; i++) {
			if (eval(I, n->list.items[i], &a) < 0) {
				heap_pop(h, 1);
				return -1;
			}
			list_push(l, a);
		}
		heap_pop(h, 1);
		*out = v_obj(l);
		return 0;
	}
	case N_MAP: {
		Map *m = map_new(h);
		heap_push(h, v_obj(m));
		for (size_t i = 0; i + 1 < n->list.len; i += 2) {
			if (eval(I, n->list.items[i], &a) < 0)
				goto map_fail;
			heap_push(h, a);
			if (eval(I, n->list.items[i + 1], &b) < 0) {
				heap_pop(h, 1);
				goto map_fail;
			}
			heap_pop(h, 1);
			if (!map_key_ok(a)) {
				interp_error(I, n->list.items[i]->loc, "a %s cannot be a map key", type_name(a));
				goto map_fail;
			}
			map_set(m, a, b);
		}
		heap_pop(h, 1);
		*out = v_obj(m);
		return 0;
	map_fail:
		heap_pop(h, 1);
		return -1;
	}
	case N_BINARY: {
		if (eval_two(I, n, &a, &b) < 0)
			return -1;
		int rc = binary_op(I, n->loc, n->op, a, b, out);
		heap_pop(h, 2);
		return rc;
	}
	case N_AND:
	case N_OR:
		if (eval(I, n->a, &a) < 0)
			return -1;
		if (truthy(a) == (n->kind == N_OR)) {
			*out = a;
			return 0;
		}
		return eval(I, n->b, out);
	case N_NOT:
		if (eval(I, n->a, &a) < 0)
			return -1;
		*out = v_bool(!truthy(a));
		return 0;
	case N_NEG:
		if (eval(I, n->a, &a) < 0)
			return -1;
		if (a.kind != V_NUM)
			return interp_error(I, n->loc, "cannot negate a %s", type_name(a));
		*out = v_num(-a.as.n);
		return 0;
	case N_COND:
		if (eval(I, n->a, &a) < 0)
			return -1;
		return eval(I, truthy(a) ? n->b : n->c, out);
	case N_CALL:
		return eval_call(I, n, out);
	case N_INDEX: {
		if (eval_two(I, n, &a, &b) < 0)
			return -1;
		int rc = index_get(I, n->loc, a, b, out);
		heap_pop(h, 2);
		return rc;
	}
	case N_ASSIGN:
		return eval_assign(I, n, out);
	case N_FUNC:
		*out = v_obj(func_new(h, n->func, I->env));
		return 0;
	default:
		return interp_error(I, n->loc, "internal error: statement used as expression");
	}
}

/* --- calls ------------------------------------------------------------------ */

static int push_frame(Interp *I, const FuncDecl *func, const char *builtin, Loc call)
{
	if (I->depth >= MAX_CALL_DEPTH)
		return interp_error(I, call, "call depth exceeds %d (infinite recursion?)", MAX_CALL_DEPTH);
	if (I->depth == I->cap_frames) {
		I->cap_frames = I->cap_frames ? I->cap_frames * 2 : 64;
		I->frames = xrealloc(I->frames, (size_t)I->cap_frames * sizeof *I->frames);
	}
	I->frames[I->depth++] = (Frame){func, builtin, call};
	return 0;
}

/* Calls callee with the nargs values at roots[base...]. */
static int call_value(Interp *I, Value callee, size_t base, int nargs, Loc loc, Value *out)
{
	Heap *h = &I->heap;
	if (callee.kind == V_BUILTIN) {
		const Builtin *bi = builtin_get(callee.as.builtin);
		if (nargs < bi->min_args || (bi->max_args >= 0 && nargs > bi->max_args)) {
			if (bi->min_args == bi->max_args)
				return interp_error(I, loc, "%s() takes %d argument%s, got %d", bi->name,
						    bi->min_args, bi->min_args == 1 ? "" : "s", nargs);
			if (bi->max_args < 0)
				return interp_error(I, loc, "%s() takes at least %d argument%s, got %d", bi->name,
						    bi->min_args, bi->min_args == 1 ? "" : "s", nargs);
			return interp_error(I, loc, "%s() takes %d to %d arguments, got %d", bi->name,
					    bi->min_args, bi->max_args, nargs);
		}
		if (push_frame(I, NULL, bi->name, loc) < 0)
			return -1;
		/* A copy: the root stack may move while the builtin runs. */
		Value small[8];
		Value *args = nargs <= 8 ? small : xmalloc((size_t)nargs * sizeof *args);
		if (nargs)
			memcpy(args, h->roots + base, (size_t)nargs * sizeof *args);
		Loc saved = I->call_loc;
		I->call_loc = loc;
		*out = v_nil();
		int rc = bi->fn(I, args, nargs, out);
		I->call_loc = saved;
		if (args != small)
			free(args);
		I->depth--;
		return rc;
	}
	if (!is_obj(callee, O_FUNC))
		return interp_error(I, loc, "cannot call a %s", type_name(callee));
	Func *fn = (Func *)callee.as.o;
	const FuncDecl *d = fn->decl;
	if (nargs != d->nparams)
		return interp_error(I, loc, "%s() takes %d argument%s, got %d",
				    d->name ? d->name : "anonymous function", d->nparams,
				    d->nparams == 1 ? "" : "s", nargs);
	if (push_frame(I, d, NULL, loc) < 0)
		return -1;
	Env *env = env_new(h, fn->env, d->nslots);
	memcpy(env->slots, h->roots + base, (size_t)nargs * sizeof(Value));
	heap_push(h, v_obj(env));
	Env *saved = I->env;
	I->env = env;
	Flow f = exec(I, d->body);
	I->env = saved;
	heap_pop(h, 1);
	I->depth--;
	if (f == FLOW_ERROR)
		return -1;
	Value result = f == FLOW_RETURN ? I->ret : v_nil();
	I->ret = v_nil();
	*out = result;
	return 0;
}

int interp_call(Interp *I, Value fn, const Value *args, int nargs, Value *out)
{
	Heap *h = &I->heap;
	size_t mark = h->nroots;
	heap_push(h, fn);
	size_t base = h->nroots;
	for (int i = 0; i < nargs; i++)
		heap_push(h, args[i]);
	int rc = call_value(I, fn, base, nargs, I->call_loc, out);
	h->nroots = mark;
	return rc;
}

/* --- statements ------------------------------------------------------------- */

static Flow exec_block(Interp *I, const NodeList *stmts)
{
	for (size_t i = 0; i < stmts->len; i++) {
		Flow f = exec(I, stmts->items[i]);
		if (f != FLOW_NORMAL)
			return f;
	}
	return FLOW_NORMAL;
}

/* The body of a loop ran: FLOW_NORMAL to go on, anything else to leave
 * (break leaves normally). */
static bool loop_done(Flow *f)
{
	if (*f == FLOW_BREAK) {
		*f = FLOW_NORMAL;
		return true;
	}
	if (*f == FLOW_CONTINUE)
		*f = FLOW_NORMAL;
	return *f != FLOW_NORMAL;
}

static Flow exec_forin(Interp *I, const Node *n)
{
	Heap *h = &I->heap;
	Value seq;
	if (eval(I, n->a, &seq) < 0)
		return FLOW_ERROR;
	heap_push(h, seq);
	Flow f = FLOW_NORMAL;
	if (is_list(seq)) {
		List *l = as_list(seq);
		for (size_t i = 0; i < l->len; i++) {
			if (n->d) {
				bind(I, n->c, v_num((double)i));
				bind(I, n->d, l->items[i]);
			} else {
				bind(I, n->c, l->items[i]);
			}
			f = exec(I, n->b);
			if (loop_done(&f))
				break;
		}
	} else if (is_map(seq)) {
		Map *m = as_map(seq);
		for (size_t i = 0; i < m->used; i++) {
			if (!m->entries[i].live)
				continue;
			bind(I, n->c, m->entries[i].key);
			if (n->d)
				bind(I, n->d, m->entries[i].val);
			f = exec(I, n->b);
			if (loop_done(&f))
				break;
		}
	} else if (is_str(seq)) {
		Str *s = as_str(seq);
		for (size_t i = 0; i < s->len; i++) {
			Value ch = v_obj(str_new(h, s->data + i, 1));
			if (n->d) {
				bind(I, n->c, v_num((double)i));
				bind(I, n->d, ch);
			} else {
				bind(I, n->c, ch);
			}
			f = exec(I, n->b);
			if (loop_done(&f))
				break;
		}
	} else {
		interp_error(I, n->a->loc, "cannot iterate over a %s", type_name(seq));
		f = FLOW_ERROR;
	}
	heap_pop(h, 1);
	return f;
}

static Flow exec_try(Interp *I, const Node *n)
{
	Heap *h = &I->heap;
	size_t mark = h->nroots;
	int depth = I->depth;
	Env *env = I->env;
	Flow f = exec(I, n->a);
	if (f != FLOW_ERROR || I->exiting)
		return f;
	/* unwind to the try's own state */
	h->nroots = mark;
	I->depth = depth;
	I->env = env;
	Value caught = I->thrown;
	I->thrown = v_nil();
	if (n->c)
		bind(I, n->c, caught);
	return exec(I, n->b);
}

static Flow exec(Interp *I, const Node *n)
{
	Value v;
	switch (n->kind) {
	case N_LET:
		if (n->a) {
			if (eval(I, n->a, &v) < 0)
				return FLOW_ERROR;
		} else {
			v = v_nil();
		}
		bind(I, n, v);
		return FLOW_NORMAL;
	case N_EXPR:
		return eval(I, n->a, &v) < 0 ? FLOW_ERROR : FLOW_NORMAL;
	case N_BLOCK:
		return exec_block(I, &n->list);
	case N_IF:
		if (eval(I, n->a, &v) < 0)
			return FLOW_ERROR;
		if (truthy(v))
			return exec(I, n->b);
		return n->c ? exec(I, n->c) : FLOW_NORMAL;
	case N_WHILE:
		for (;;) {
			if (eval(I, n->a, &v) < 0)
				return FLOW_ERROR;
			if (!truthy(v))
				return FLOW_NORMAL;
			Flow f = exec(I, n->b);
			if (loop_done(&f))
				return f;
		}
	case N_FOR: {
		if (n->a) {
			Flow f = exec(I, n->a);
			if (f != FLOW_NORMAL)
				return f;
		}
		for (;;) {
			if (n->b) {
				if (eval(I, n->b, &v) < 0)
					return FLOW_ERROR;
				if (!truthy(v))
					return FLOW_NORMAL;
			}
			Flow f = exec(I, n->d);
			if (loop_done(&f))
				return f;
			if (n->c && eval(I, n->c, &v) < 0)
				return FLOW_ERROR;
		}
	}
	case N_FORIN:
		return exec_forin(I, n);
	case N_RETURN:
		/* not straight into I->ret: calls inside the expression use it */
		v = v_nil();
		if (n->a && eval(I, n->a, &v) < 0)
			return FLOW_ERROR;
		I->ret = v;
		return FLOW_RETURN;
	case N_BREAK:
		return FLOW_BREAK;
	case N_CONTINUE:
		return FLOW_CONTINUE;
	case N_TRY:
		return exec_try(I, n);
	case N_THROW:
		if (eval(I, n->a, &v) < 0)
			return FLOW_ERROR;
		I->thrown = v;
		I->is_throw = true;
		I->err_loc = n->loc;
		record_trace(I);
		return FLOW_ERROR;
	default:
		return eval(I, n, &v) < 0 ? FLOW_ERROR : FLOW_NORMAL;
	}
}

int interp_run(Interp *I, const Program *prog)
{
	Heap *h = &I->heap;
	const FuncDecl *main = prog->main;
	Env *env = env_new(h, NULL, main->nslots);
	heap_push(h, v_obj(env));
	I->env = env;
	Flow f = exec(I, main->body);
	heap_pop(h, 1);
	I->env = NULL;
	return f == FLOW_ERROR ? -1 : 0;
}
