/*
 * Values, objects and the collector.
 */
#include "value.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "builtins.h"

#define GC_FIRST (1u << 20)

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p) {
		fputs("pebble: out of memory\n", stderr);
		abort();
	}
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q) {
		fputs("pebble: out of memory\n", stderr);
		abort();
	}
	return q;
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void heap_init(Heap *h)
{
	memset(h, 0, sizeof *h);
	h->next_gc = GC_FIRST;
	h->globals = map_new(h);
	h->consts = list_new(h, 16);
}

void heap_push(Heap *h, Value v)
{
	if (h->nroots == h->cap_roots) {
		h->cap_roots = h->cap_roots ? h->cap_roots * 2 : 256;
		h->roots = xrealloc(h->roots, h->cap_roots * sizeof *h->roots);
	}
	h->roots[h->nroots++] = v;
}

void heap_pop(Heap *h, size_t n)
{
	h->nroots -= n;
}

static void *obj_alloc(Heap *h, size_t size, ObjKind kind)
{
	if (h->stress || h->bytes > h->next_gc)
		heap_collect(h);
	Obj *o = xmalloc(size);
	o->kind = (uint8_t)kind;
	o->marked = 0;
	o->next = h->objects;
	h->objects = o;
	h->bytes += size;
	return o;
}

/* FNV-1a: the same on every platform, unlike anything address-based. */
static uint32_t hash_bytes(const char *s, size_t n)
{
	uint32_t x = 2166136261u;
	for (size_t i = 0; i < n; i++) {
		x ^= (unsigned char)s[i];
		x *= 16777619u;
	}
	return x;
}

Str *str_new(Heap *h, const char *s, size_t len)
{
	Str *str = obj_alloc(h, sizeof(Str) + len + 1, O_STR);
	str->len = len;
	if (len)
		memcpy(str->data, s, len);
	str->data[len] = '\0';
	str->hash = hash_bytes(str->data, len);
	return str;
}

Str *str_cstr(Heap *h, const char *s)
{
	return str_new(h, s, strlen(s));
}

List *list_new(Heap *h, size_t cap)
{
	List *l = obj_alloc(h, sizeof *l, O_LIST);
	l->len = 0;
	l->cap = cap;
	l->items = cap ? xmalloc(cap * sizeof *l->items) : NULL;
	h->bytes += cap * sizeof *l->items;
	return l;
}

void list_push(List *l, Value v)
{
	if (l->len == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 8;
		l->items = xrealloc(l->items, l->cap * sizeof *l->items);
	}
	l->items[l->len++] = v;
}

Map *map_new(Heap *h)
{
	Map *m = obj_alloc(h, sizeof *m, O_MAP);
	m->count = m->used = m->cap = m->index_cap = 0;
	m->entries = NULL;
	m->index = NULL;
	return m;
}

Env *env_new(Heap *h, Env *parent, uint32_t n)
{
	Env *e = obj_alloc(h, sizeof *e + n * sizeof(Value), O_ENV);
	e->parent = parent;
	e->n = n;
	for (uint32_t i = 0; i < n; i++)
		e->slots[i] = v_nil();
	return e;
}

Func *func_new(Heap *h, const FuncDecl *decl, Env *env)
{
	Func *f = obj_alloc(h, sizeof *f, O_FUNC);
	f->decl = decl;
	f->env = env;
	return f;
}

File *file_new(Heap *h, FILE *fp, Str *name, bool readable, bool writable)
{
	File *f = obj_alloc(h, sizeof *f, O_FILE);
	f->fp = fp;
	f->name = name;
	f->readable = readable;
	f->writable = writable;
	return f;
}

/* --- maps ------------------------------------------------------------------ */

bool map_key_ok(Value key)
{
	switch (key.kind) {
	case V_NIL:
	case V_BOOL:
		return true;
	case V_NUM:
		return !isnan(key.as.n);
	case V_OBJ:
		return key.as.o->kind == O_STR;
	default:
		return false;
	}
}

static uint32_t key_hash(Value key)
{
	switch (key.kind) {
	case V_BOOL:
		return key.as.b ? 1u : 2u;
	case V_NUM: {
		double d = key.as.n == 0 ? 0.0 : key.as.n; /* -0 is 0 */
		uint64_t bits;
		memcpy(&bits, &d, sizeof bits);
		bits ^= bits >> 29;
		bits *= 0xbf58476d1ce4e5b9u;
		return (uint32_t)(bits ^ (bits >> 32));
	}
	case V_OBJ:
		return as_str(key)->hash;
	default:
		return 0;
	}
}

static int64_t map_find(const Map *m, Value key, size_t *slot)
{
	if (!m->index_cap)
		return -1;
	size_t mask = m->index_cap - 1;
	for (size_t i = key_hash(key) & mask;; i = (i + 1) & mask) {
		int64_t e = m->index[i];
		if (slot)
			*slot = i;
		if (e == -1)
			return -1;
		if (e >= 0 && values_equal(m->entries[e].key, key))
			return e;
	}
}

/* Drops removed entries and rebuilds the index at twice the live count. */
static void map_rebuild(Map *m, size_t want)
{
	size_t n = 0;
	for (size_t i = 0; i < m->used; i++)
		if (m->entries[i].live)
			m->entries[n++] = m->entries[i];
	m->used = n;
	size_t cap = 8;
	while (cap < want * 2)
		cap *= 2;
	free(m->index);
	m->index = xmalloc(cap * sizeof *m->index);
	m->index_cap = cap;
	for (size_t i = 0; i < cap; i++)
		m->index[i] = -1;
	for (size_t e = 0; e < n; e++) {
		size_t i = key_hash(m->entries[e].key) & (cap - 1);
		while (m->index[i] != -1)
			i = (i + 1) & (cap - 1);
		m->index[i] = (int64_t)e;
	}
}

bool map_get(const Map *m, Value key, Value *out)
{
	int64_t e = map_find(m, key, NULL);
	if (e < 0)
		return false;
	*out = m->entries[e].val;
	return true;
}

void map_set(Map *m, Value key, Value val)
{
	if (key.kind == V_NUM && key.as.n == 0)
		key.as.n = 0.0;
	int64_t e = map_find(m, key, NULL);
	if (e >= 0) {
		m->entries[e].val = val;
		return;
	}
	if ((m->used + 1) * 2 > m->index_cap)
		map_rebuild(m, m->count + 1);
	if (m->used == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 8;
		m->entries = xrealloc(m->entries, m->cap * sizeof *m->entries);
	}
	size_t slot;
	map_find(m, key, &slot);
	m->entries[m->used] = (MapEntry){.key = key, .val = val, .live = true};
	m->index[slot] = (int64_t)m->used;
	m->used++;
	m->count++;
}

bool map_remove(Map *m, Value key)
{
	size_t slot;
	int64_t e = map_find(m, key, &slot);
	if (e < 0)
		return false;
	m->entries[e].live = false;
	m->entries[e].key = m->entries[e].val = v_nil();
	m->index[slot] = -2; /* a tombstone keeps probe chains intact */
	m->count--;
	return true;
}

/* --- the collector ----------------------------------------------------- */

static void mark_value(Value v);

static void mark_obj(Obj *o)
{
	/* An explicit loop for the parent chain of environments keeps deep
	 * closures from recursing once per level. */
	while (o && !o->marked) {
		o->marked = 1;
		switch ((ObjKind)o->kind) {
		case O_STR:
			return;
		case O_LIST: {
			List *l = (List *)o;
			for (size_t i = 0; i < l->len; i++)
				mark_value(l->items[i]);
			return;
		}
		case O_MAP: {
			Map *m = (Map *)o;
			for (size_t i = 0; i < m->used; i++) {
				if (!m->entries[i].live)
					continue;
				mark_value(m->entries[i].key);
				mark_value(m->entries[i].val);
			}
			return;
		}
		case O_FUNC:
			o = &((Func *)o)->env->h;
			break;
		case O_ENV: {
			Env *e = (Env *)o;
			for (uint32_t i = 0; i < e->n; i++)
				mark_value(e->slots[i]);
			o = e->parent ? &e->parent->h : NULL;
			break;
		}
		case O_FILE:
			o = &((File *)o)->name->h;
			break;
		}
	}
}

static void mark_value(Value v)
{
	if (v.kind == V_OBJ)
		mark_obj(v.as.o);
}

static size_t obj_size(Obj *o)
{
	switch ((ObjKind)o->kind) {
	case O_STR:
		return sizeof(Str) + ((Str *)o)->len + 1;
	case O_LIST:
		return sizeof(List) + ((List *)o)->cap * sizeof(Value);
	case O_MAP:
		return sizeof(Map) + ((Map *)o)->cap * sizeof(MapEntry) +
		       ((Map *)o)->index_cap * sizeof(int64_t);
	case O_FUNC:
		return sizeof(Func);
	case O_ENV:
		return sizeof(Env) + ((Env *)o)->n * sizeof(Value);
	case O_FILE:
		return sizeof(File);
	}
	return 0;
}

static void obj_free(Obj *o)
{
	switch ((ObjKind)o->kind) {
	case O_LIST:
		free(((List *)o)->items);
		break;
	case O_MAP:
		free(((Map *)o)->entries);
		free(((Map *)o)->index);
		break;
	case O_FILE: {
		File *f = (File *)o;
		if (f->fp && f->fp != stdin && f->fp != stdout && f->fp != stderr)
			fclose(f->fp);
		break;
	}
	default:
		break;
	}
	free(o);
}

void heap_collect(Heap *h)
{
	if (h->globals)
		mark_obj(&h->globals->h);
	if (h->consts)
		mark_obj(&h->consts->h);
	for (size_t i = 0; i < h->nroots; i++)
		mark_value(h->roots[i]);
	size_t live = 0;
	Obj **link = &h->objects;
	while (*link) {
		Obj *o = *link;
		if (o->marked) {
			o->marked = 0;
			live += obj_size(o);
			link = &o->next;
		} else {
			*link = o->next;
			obj_free(o);
		}
	}
	h->bytes = live;
	h->next_gc = live * 2 > GC_FIRST ? live * 2 : GC_FIRST;
}

void heap_free(Heap *h)
{
	Obj *o = h->objects;
	while (o) {
		Obj *next = o->next;
		obj_free(o);
		o = next;
	}
	free(h->roots);
	memset(h, 0, sizeof *h);
}

/* --- comparisons and printing ------------------------------------------- */

bool values_equal(Value a, Value b)
{
	if (a.kind != b.kind)
		return false;
	switch (a.kind) {
	case V_NIL:
		return true;
	case V_BOOL:
		return a.as.b == b.as.b;
	case V_NUM:
		return a.as.n == b.as.n;
	case V_BUILTIN:
		return a.as.builtin == b.as.builtin;
	case V_OBJ:
		if (a.as.o == b.as.o)
			return true;
		if (is_str(a) && is_str(b)) {
			Str *x = as_str(a), *y = as_str(b);
			return x->len == y->len && x->hash == y->hash &&
			       memcmp(x->data, y->data, x->len) == 0;
		}
		return false;
	}
	return false;
}

bool truthy(Value v)
{
	if (v.kind == V_NIL)
		return false;
	if (v.kind == V_BOOL)
		return v.as.b;
	return true;
}

const char *type_name(Value v)
{
	switch (v.kind) {
	case V_NIL:
		return "nil";
	case V_BOOL:
		return "bool";
	case V_NUM:
		return "number";
	case V_BUILTIN:
		return "function";
	case V_OBJ:
		switch ((ObjKind)v.as.o->kind) {
		case O_STR:
			return "string";
		case O_LIST:
			return "list";
		case O_MAP:
			return "map";
		case O_FUNC:
			return "function";
		case O_ENV:
			return "env";
		case O_FILE:
			return "file";
		}
	}
	return "?";
}

void format_number(char *buf, size_t size, double n)
{
	if (isnan(n)) {
		snprintf(buf, size, "nan");
		return;
	}
	if (isinf(n)) {
		snprintf(buf, size, n < 0 ? "-inf" : "inf");
		return;
	}
	for (int prec = 15; prec <= 17; prec++) {
		snprintf(buf, size, "%.*g", prec, n);
		if (strtod(buf, NULL) == n)
			return;
	}
}

void buf_add(Buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 64;
		while (cap < b->len + n + 1)
			cap *= 2;
		b->data = xrealloc(b->data, cap);
		b->cap = cap;
	}
	if (n)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void buf_adds(Buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void buf_addc(Buf *b, char c)
{
	buf_add(b, &c, 1);
}

void buf_free(Buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

static void print_quoted(Buf *b, const Str *s)
{
	buf_addc(b, '"');
	for (size_t i = 0; i < s->len; i++) {
		unsigned char c = (unsigned char)s->data[i];
		char esc[8];
		switch (c) {
		case '"':
			buf_adds(b, "\\\"");
			break;
		case '\\':
			buf_adds(b, "\\\\");
			break;
		case '\n':
			buf_adds(b, "\\n");
			break;
		case '\t':
			buf_adds(b, "\\t");
			break;
		case '\r':
			buf_adds(b, "\\r");
			break;
		default:
			if (c < 0x20 || c == 0x7f) {
				snprintf(esc, sizeof esc, "\\x%02x", c);
				buf_adds(b, esc);
			} else {
				buf_addc(b, (char)c);
			}
		}
	}
	buf_addc(b, '"');
}

static void print_value(Buf *b, Value v, bool quoted, int depth)
{
	char num[40];
	if (depth > 32) {
		buf_adds(b, "...");
		return;
	}
	switch (v.kind) {
	case V_NIL:
		buf_adds(b, "nil");
		return;
	case V_BOOL:
		buf_adds(b, v.as.b ? "true" : "false");
		return;
	case V_NUM:
		format_number(num, sizeof num, v.as.n);
		buf_adds(b, num);
		return;
	case V_BUILTIN:
		buf_adds(b, "<builtin ");
		buf_adds(b, builtin_name(v.as.builtin));
		buf_addc(b, '>');
		return;
	case V_OBJ:
		break;
	}
	switch ((ObjKind)v.as.o->kind) {
	case O_STR:
		if (quoted)
			print_quoted(b, as_str(v));
		else
			buf_add(b, as_str(v)->data, as_str(v)->len);
		return;
	case O_LIST: {
		List *l = as_list(v);
		buf_addc(b, '[');
		for (size_t i = 0; i < l->len; i++) {
			if (i)
				buf_adds(b, ", ");
			print_value(b, l->items[i], true, depth + 1);
		}
		buf_addc(b, ']');
		return;
	}
	case O_MAP: {
		Map *m = as_map(v);
		bool first = true;
		buf_addc(b, '{');
		for (size_t i = 0; i < m->used; i++) {
			if (!m->entries[i].live)
				continue;
			if (!first)
				buf_adds(b, ", ");
			first = false;
			print_value(b, m->entries[i].key, true, depth + 1);
			buf_adds(b, ": ");
			print_value(b, m->entries[i].val, true, depth + 1);
		}
		buf_addc(b, '}');
		return;
	}
	case O_FUNC: {
		const FuncDecl *d = ((Func *)v.as.o)->decl;
		buf_adds(b, "<fn ");
		buf_adds(b, d->name ? d->name : "anonymous");
		buf_addc(b, '>');
		return;
	}
	case O_ENV:
		buf_adds(b, "<env>");
		return;
	case O_FILE:
		buf_adds(b, "<file ");
		buf_add(b, ((File *)v.as.o)->name->data, ((File *)v.as.o)->name->len);
		buf_adds(b, ((File *)v.as.o)->fp ? ">" : " (closed)>");
		return;
	}
}

void value_print(Buf *b, Value v, bool quoted)
{
	print_value(b, v, quoted, 0);
}
