/* Module decoder: binary -> struct w64_module (structure only; the
 * validator checks types and indices). */
#include <stdlib.h>
#include <string.h>

#include "w64/arena.h"
#include "w64/module.h"

enum {
	SEC_CUSTOM = 0, SEC_TYPE, SEC_IMPORT, SEC_FUNCTION, SEC_TABLE, SEC_MEMORY,
	SEC_GLOBAL, SEC_EXPORT, SEC_START, SEC_ELEMENT, SEC_CODE, SEC_DATA,
	SEC_DATACOUNT, SEC_TAG, SEC_COUNT
};

/* Position of each known section in the required order. */
static const uint8_t section_rank[SEC_COUNT] = {
	[SEC_TYPE] = 1, [SEC_IMPORT] = 2, [SEC_FUNCTION] = 3, [SEC_TABLE] = 4,
	[SEC_MEMORY] = 5, [SEC_TAG] = 6, [SEC_GLOBAL] = 7, [SEC_EXPORT] = 8, [SEC_START] = 9,
	[SEC_ELEMENT] = 10, [SEC_DATACOUNT] = 11, [SEC_CODE] = 12, [SEC_DATA] = 13,
};

static const char *const section_name[SEC_COUNT] = {
	"custom", "type", "import", "function", "table", "memory", "global",
	"export", "start", "element", "code", "data", "data count", "tag",
};

struct decoder {
	struct w64_module *m;
	struct w64_reader *r;
	uint32_t nfunc_decls;   /* entries of the function section */
	uint32_t ncode;
	bool seen_code;
};

static void *alloc(struct decoder *d, size_t n, size_t size)
{
	void *p = w64_arena_calloc(d->m->arena, n, size);
	if (!p)
		w64_fail(d->r, "out of memory");
	return p;
}

/* Records that `ref.func func` may appear in function bodies.  Every
 * section that can mark comes after the function section, so the function
 * index space is complete by the first call. */
static bool mark_declared(struct decoder *d, uint32_t func)
{
	struct w64_module *m = d->m;
	if (func >= m->nfuncs)
		return true; /* the validator reports the bad index */
	if (!m->func_declared && !(m->func_declared = alloc(d, m->nfuncs, 1)))
		return false;
	m->func_declared[func] = 1;
	return true;
}

/* A vector count, checked against an implementation limit and against the
 * bytes left (each element takes at least one byte), so a hostile count
 * cannot make us allocate more than the binary's size. */
static bool read_count(struct w64_reader *r, uint32_t limit,
                       const char *what, uint32_t *out)
{
	size_t at = r->pos;
	if (!w64_read_u32(r, out))
		return false;
	if (*out > limit)
		return w64_fail_at(r, at, "too many %s (%u; the limit is %u)", what, *out, limit);
	if (*out > w64_reader_left(r))
		return w64_fail_at(r, at, "unexpected end: %u %s declared, %zu bytes left",
		                   *out, what, w64_reader_left(r));
	return true;
}

static bool read_limits(struct w64_reader *r, struct w64_limits *lim, bool is_table)
{
	size_t at = r->pos;
	uint8_t flags;
	if (!w64_read_u8(r, &flags))
		return false;
	if (flags & ~0x07u)
		return w64_fail_at(r, at, "malformed limits flags 0x%02x", flags);
	if ((flags & 0x02) && is_table)
		return w64_fail_at(r, at, "malformed limits flags 0x%02x", flags);
	lim->shared = (flags & 0x02) != 0;
	lim->is64 = (flags & 0x04) != 0;
	lim->has_max = (flags & 0x01) != 0;
	lim->max = 0;
	if (lim->is64) {
		if (!w64_read_u64(r, &lim->min))
			return false;
		if (lim->has_max && !w64_read_u64(r, &lim->max))
			return false;
	} else {
		uint32_t v;
		if (!w64_read_u32(r, &v))
			return false;
		lim->min = v;
		if (lim->has_max) {
			if (!w64_read_u32(r, &v))
				return false;
			lim->max = v;
		}
	}
	return true;
}

static bool read_tabletype(struct w64_reader *r, struct w64_tabletype *t)
{
	size_t at = r->pos;
	if (!w64_read_valtype(r, &t->elem))
		return false;
	if (!w64_is_ref(t->elem))
		return w64_fail_at(r, at, "malformed reference type: table of %s",
		                   w64_valtype_name(t->elem));
	return read_limits(r, &t->limits, true);
}

static bool read_globaltype(struct w64_reader *r, struct w64_globaltype *g)
{
	uint8_t mut;
	if (!w64_read_valtype(r, &g->type))
		return false;
	size_t at = r->pos;
	if (!w64_read_u8(r, &mut))
		return false;
	if (mut > 1)
		return w64_fail_at(r, at, "malformed mutability 0x%02x", mut);
	g->mut = mut == 1;
	return true;
}

/* A tag type: attribute 0 (exception) and a function type index. */
static bool read_tag(struct w64_reader *r, struct w64_tag *t)
{
	size_t at = r->pos;
	uint8_t attr;
	if (!w64_read_u8(r, &attr))
		return false;
	if (attr != 0)
		return w64_fail_at(r, at, "malformed tag attribute 0x%02x", attr);
	return w64_read_u32(r, &t->type);
}

/* Finds the extent of a constant expression: instructions up to the `end`
 * that closes it.  The validator checks which instructions are allowed. */
static bool read_constexpr(struct decoder *d, struct w64_reader *r, struct w64_constexpr *e)
{
	struct w64_instr ins;
	e->offset = r->pos;
	for (;;) {
		if (!w64_read_instr(r, &ins))
			return false;
		if (ins.op == W64_OP_REF_FUNC && !mark_declared(d, ins.imm.index))
			return false;
		if (ins.op == W64_OP_END)
			break;
	}
	e->len = r->pos - e->offset;
	return true;
}

static bool read_valtypes(struct decoder *d, struct w64_reader *r, const char *what,
                          uint32_t *n, w64_valtype **out)
{
	if (!read_count(r, W64_MAX_PARAMS, what, n))
		return false;
	w64_valtype *t = alloc(d, *n, sizeof *t);
	if (!t)
		return false;
	for (uint32_t k = 0; k < *n; k++)
		if (!w64_read_valtype(r, &t[k]))
			return false;
	*out = t;
	return true;
}

/* The key of value type t, in a type of the recursion group [start,
 * start + size), for equivalence: a reference into the group is its
 * position there, a reference to an earlier type that type's canonical
 * index, anything else stays distinct (a later type is invalid, which the
 * validator reports). */
static uint64_t canon_key(const struct w64_module *m, uint32_t start, uint32_t size,
                          w64_valtype t)
{
	const uint32_t low = (1u << W64_HEAP_SHIFT) - 1;
	if (!w64_is_ref(t) || !w64_heap_is_index(w64_ref_heap(t)))
		return t;
	uint32_t h = w64_ref_heap(t);
	if (h >= start && h - start < size)
		return (uint64_t)1 << 40 | (uint64_t)(h - start) << W64_HEAP_SHIFT | (t & low);
	if (h < start)
		return (uint64_t)m->type_canon[h] << W64_HEAP_SHIFT | (t & low);
	return (uint64_t)2 << 40 | t;
}

/* The supertype's key, as a reference to it would have. */
static uint64_t super_key(const struct w64_module *m, uint32_t start, uint32_t size,
                          const struct w64_typeinfo *ti)
{
	if (ti->super == W64_NO_SUPER)
		return (uint64_t)3 << 40;
	return canon_key(m, start, size, W64_REF_TYPE(0, ti->super));
}

/* Whether type i of group a and type j of group b (same size) agree. */
static bool types_equivalent(const struct w64_module *m, uint32_t sa, uint32_t sb,
                             uint32_t size, uint32_t k)
{
	const struct w64_functype *a = &m->types[sa + k], *b = &m->types[sb + k];
	const struct w64_typeinfo *ia = &m->type_info[sa + k], *ib = &m->type_info[sb + k];
	if (a->nparams != b->nparams || a->nresults != b->nresults || ia->final != ib->final ||
	    ia->nsupers != ib->nsupers || super_key(m, sa, size, ia) != super_key(m, sb, size, ib))
		return false;
	for (uint32_t n = 0; n < a->nparams; n++)
		if (canon_key(m, sa, size, a->params[n]) != canon_key(m, sb, size, b->params[n]))
			return false;
	for (uint32_t n = 0; n < a->nresults; n++)
		if (canon_key(m, sa, size, a->results[n]) != canon_key(m, sb, size, b->results[n]))
			return false;
	return true;
}

static bool groups_equivalent(const struct w64_module *m, uint32_t sa, uint32_t sb)
{
	uint32_t size = m->type_info[sa].rec_size;
	if (m->type_info[sb].rec_size != size)
		return false;
	for (uint32_t k = 0; k < size; k++)
		if (!types_equivalent(m, sa, sb, size, k))
			return false;
	return true;
}

static uint64_t group_hash(const struct w64_module *m, uint32_t start)
{
	uint32_t size = m->type_info[start].rec_size;
	uint64_t h = 1469598103934665603u ^ size;
	for (uint32_t k = 0; k < size; k++) {
		const struct w64_functype *t = &m->types[start + k];
		const struct w64_typeinfo *ti = &m->type_info[start + k];
		h = (h ^ ((uint64_t)t->nparams << 32 | t->nresults)) * 1099511628211u;
		h = (h ^ super_key(m, start, size, ti) ^ ti->final) * 1099511628211u;
		for (uint32_t n = 0; n < t->nparams; n++)
			h = (h ^ canon_key(m, start, size, t->params[n])) * 1099511628211u;
		for (uint32_t n = 0; n < t->nresults; n++)
			h = (h ^ canon_key(m, start, size, t->results[n]) ^ 0x5bd1e995u) * 1099511628211u;
	}
	return h;
}

/* Fills type_canon: each type's counterpart in the lowest equivalent
 * group, via a hash table of the groups seen so far (linear time for any
 * number of types).  Groups in order: a group's outside references name
 * earlier types, whose canonical indices are known by then. */
static bool canonicalize_types(struct decoder *d)
{
	struct w64_module *m = d->m;
	size_t cap = 16;
	while (cap < (size_t)m->ntypes * 2)
		cap *= 2;
	uint32_t *slots = malloc(cap * sizeof *slots);
	m->type_canon = alloc(d, m->ntypes, sizeof *m->type_canon);
	if (!slots || !m->type_canon) {
		free(slots);
		return w64_fail(d->r, "out of memory");
	}
	memset(slots, 0xff, cap * sizeof *slots);
	for (uint32_t i = 0; i < m->ntypes; i += m->type_info[i].rec_size) {
		uint32_t size = m->type_info[i].rec_size;
		uint32_t canon = i;
		size_t at = group_hash(m, i) & (cap - 1);
		for (; slots[at] != UINT32_MAX; at = (at + 1) & (cap - 1)) {
			if (groups_equivalent(m, i, slots[at])) {
				canon = slots[at];
				break;
			}
		}
		if (canon == i)
			slots[at] = i;
		for (uint32_t k = 0; k < size; k++)
			m->type_canon[i + k] = canon + k;
	}
	free(slots);
	return true;
}

/* A growing list of types: the section counts recursion groups, not types. */
struct type_list {
	struct w64_functype *types;
	struct w64_typeinfo *info;
	uint32_t n, cap;
};

static bool type_list_add(struct w64_reader *r, struct type_list *l)
{
	if (l->n < l->cap)
		return true;
	if (l->n >= W64_MAX_TYPES)
		return w64_fail(r, "too many types (the limit is %u)", W64_MAX_TYPES);
	uint32_t cap = l->cap ? 2 * l->cap : 16;
	struct w64_functype *t = realloc(l->types, cap * sizeof *t);
	if (t)
		l->types = t;
	struct w64_typeinfo *ti = t ? realloc(l->info, cap * sizeof *ti) : NULL;
	if (!ti)
		return w64_fail(r, "out of memory");
	l->info = ti;
	l->cap = cap;
	return true;
}

/* subtype ::= 0x50 vec(typeidx) comptype | 0x4f vec(typeidx) comptype
 *           | comptype (final, no supertype).  Of the composite types
 * only `func` (0x60) is supported: struct and array belong to GC. */
static bool read_subtype(struct decoder *d, struct w64_reader *r, struct w64_functype *t,
                         struct w64_typeinfo *ti)
{
	uint8_t form;
	ti->offset = r->pos;
	ti->super = W64_NO_SUPER;
	ti->nsupers = 0;
	ti->final = true;
	if (!w64_read_u8(r, &form))
		return false;
	if (form == 0x50 || form == 0x4f) {
		ti->final = form == 0x4f;
		if (!read_count(r, W64_MAX_TYPES, "supertypes", &ti->nsupers))
			return false;
		for (uint32_t k = 0; k < ti->nsupers; k++) {
			uint32_t x;
			if (!w64_read_u32(r, &x))
				return false;
			if (k == 0)
				ti->super = x;
		}
		if (!w64_read_u8(r, &form))
			return false;
	}
	if (form != 0x60) {
		if (form == 0x5f || form == 0x5e)
			return w64_fail_unsupported(r, r->pos - 1, "GC %s types (0x%02x) are not supported",
			                            form == 0x5f ? "struct" : "array", form);
		return w64_fail_at(r, r->pos - 1, "malformed function type 0x%02x", form);
	}
	w64_valtype *p, *res;
	if (!read_valtypes(d, r, "params", &t->nparams, &p) ||
	    !read_valtypes(d, r, "results", &t->nresults, &res))
		return false;
	t->params = p;
	t->results = res;
	return true;
}

/* rectype ::= 0x4e vec(subtype) | subtype (a group of one). */
static bool read_types(struct decoder *d, struct w64_reader *r, struct type_list *l)
{
	uint32_t ngroups;
	if (!read_count(r, W64_MAX_TYPES, "types", &ngroups))
		return false;
	for (uint32_t g = 0; g < ngroups; g++) {
		uint32_t size = 1, start = l->n;
		if (w64_reader_left(r) && r->data[r->pos] == 0x4e) {
			r->pos++;
			if (!read_count(r, W64_MAX_TYPES, "types in a recursion group", &size))
				return false;
		}
		for (uint32_t k = 0; k < size; k++) {
			if (!type_list_add(r, l) || !read_subtype(d, r, &l->types[l->n], &l->info[l->n]))
				return false;
			l->info[l->n].rec_start = start;
			l->info[l->n].rec_size = size;
			l->n++;
		}
	}
	return true;
}

static bool decode_types(struct decoder *d, struct w64_reader *r)
{
	struct w64_module *m = d->m;
	struct type_list l = {0};
	bool ok = read_types(d, r, &l);
	if (ok) {
		m->ntypes = l.n;
		m->types = alloc(d, l.n, sizeof *m->types);
		m->type_info = alloc(d, l.n, sizeof *m->type_info);
		ok = m->types && m->type_info;
	}
	if (ok && l.n) {
		memcpy(m->types, l.types, l.n * sizeof *m->types);
		memcpy(m->type_info, l.info, l.n * sizeof *m->type_info);
	}
	free(l.types);
	free(l.info);
	return ok && canonicalize_types(d);
}

/* Imports come before definitions in every index space, and the import
 * section precedes the definition sections, so we can size each index
 * space in two steps: imports here, definitions when their section comes. */
static bool decode_imports(struct decoder *d, struct w64_reader *r)
{
	struct w64_module *m = d->m;
	if (!read_count(r, W64_MAX_IMPORTS, "imports", &m->nimports))
		return false;
	m->imports = alloc(d, m->nimports, sizeof *m->imports);
	/* Worst case: every import is of one kind. */
	m->funcs = alloc(d, m->nimports, sizeof *m->funcs);
	m->tables = alloc(d, m->nimports, sizeof *m->tables);
	m->memories = alloc(d, m->nimports, sizeof *m->memories);
	m->globals = alloc(d, m->nimports, sizeof *m->globals);
	m->tags = alloc(d, m->nimports, sizeof *m->tags);
	if (!m->imports || !m->funcs || !m->tables || !m->memories || !m->globals || !m->tags)
		return false;
	for (uint32_t i = 0; i < m->nimports; i++) {
		struct w64_import *im = &m->imports[i];
		uint8_t kind;
		im->offset = r->pos;
		if (!w64_read_name(r, &im->module) || !w64_read_name(r, &im->field))
			return false;
		size_t at = r->pos;
		if (!w64_read_u8(r, &kind))
			return false;
		switch (kind) {
		case W64_EXTERN_FUNC: {
			struct w64_func *f = &m->funcs[m->nfuncs];
			if (!w64_read_u32(r, &f->type))
				return false;
			f->import = (int32_t)i;
			im->index = m->nfuncs++;
			break;
		}
		case W64_EXTERN_TABLE: {
			struct w64_table *t = &m->tables[m->ntables];
			if (!read_tabletype(r, &t->type))
				return false;
			t->import = (int32_t)i;
			im->index = m->ntables++;
			break;
		}
		case W64_EXTERN_MEMORY: {
			struct w64_memory *mem = &m->memories[m->nmemories];
			if (!read_limits(r, &mem->type.limits, false))
				return false;
			mem->import = (int32_t)i;
			im->index = m->nmemories++;
			break;
		}
		case W64_EXTERN_GLOBAL: {
			struct w64_global *g = &m->globals[m->nglobals];
			if (!read_globaltype(r, &g->type))
				return false;
			g->import = (int32_t)i;
			im->index = m->nglobals++;
			break;
		}
		case W64_EXTERN_TAG: {
			struct w64_tag *t = &m->tags[m->ntags];
			if (!read_tag(r, t))
				return false;
			t->import = (int32_t)i;
			im->index = m->ntags++;
			break;
		}
		default:
			return w64_fail_at(r, at, "malformed import kind 0x%02x", kind);
		}
		im->kind = kind;
	}
	m->nimported_funcs = m->nfuncs;
	m->nimported_tables = m->ntables;
	m->nimported_memories = m->nmemories;
	m->nimported_globals = m->nglobals;
	m->nimported_tags = m->ntags;
	return true;
}

/* Grows an index space that so far holds its imports by `more` entries. */
static void *extend(struct decoder *d, void *old, uint32_t have, uint32_t more,
                    size_t size, uint32_t limit, const char *what)
{
	if ((uint64_t)have + more > limit) {
		w64_fail(d->r, "too many %s (%llu; the limit is %u)", what,
		         (unsigned long long)have + more, limit);
		return NULL;
	}
	void *p = alloc(d, (size_t)have + more, size);
	if (p && have)
		memcpy(p, old, (size_t)have * size);
	return p;
}

static bool decode_functions(struct decoder *d, struct w64_reader *r)
{
	struct w64_module *m = d->m;
	uint32_t n;
	if (!read_count(r, W64_MAX_FUNCS, "functions", &n))
		return false;
	struct w64_func *f = extend(d, m->funcs, m->nfuncs, n, sizeof *f, W64_MAX_FUNCS, "functions");
	if (!f)
		return false;
	m->funcs = f;
	for (uint32_t i = 0; i < n; i++) {
		struct w64_func *fn = &m->funcs[m->nfuncs + i];
		fn->import = -1;
		if (!w64_read_u32(r, &fn->type))
			return false;
	}
	m->nfuncs += n;
	d->nfunc_decls = n;
	return true;
}

static bool decode_tables(struct decoder *d, struct w64_reader *r)
{
	struct w64_module *m = d->m;
	uint32_t n;
	if (!read_count(r, W64_MAX_TABLES, "tables", &n))
		return false;
	struct w64_table *t = extend(d, m->tables, m->ntables, n, sizeof *t, W64_MAX_TABLES, "tables");
	if (!t)
		return false;
	m->tables = t;
	for (uint32_t i = 0; i < n; i++) {
		struct w64_table *tab = &m->tables[m->ntables + i];
		tab->import = -1;
		if (r->pos < r->end && r->data[r->pos] == 0x40) {
			/* Table with an explicit initialiser: 0x40 0x00 tabletype expr. */
			size_t at = r->pos;
			uint8_t b0, b1;
			if (!w64_read_u8(r, &b0) || !w64_read_u8(r, &b1))
				return false;
			if (b1 != 0x00)
				return w64_fail_at(r, at, "malformed table definition");
			if (!read_tabletype(r, &tab->type) || !read_constexpr(d, r, &tab->init))
				return false;
			tab->has_init = true;
		} else if (!read_tabletype(r, &tab->type)) {
			return false;
		}
	}
	m->ntables += n;
	return true;
}

static bool decode_memories(struct decoder *d, struct w64_reader *r)
{
	struct w64_module *m = d->m;
	uint32_t n;
	if (!read_count(r, W64_MAX_MEMORIES, "memories", &n))
		return false;
	struct w64_memory *mem = extend(d, m->memories, m->nmemories, n, sizeof *mem,
	                                W64_MAX_MEMORIES, "memories");
	if (!mem)
		return false;
	m->memories = mem;
	for (uint32_t i = 0; i < n; i++) {
		m->memories[m->nmemories + i].import = -1;
		if (!read_limits(r, &m->memories[m->nmemories + i].type.limits, false))
			return false;
	}
	m->nmemories += n;
	return true;
}

static bool decode_tags(struct decoder *d, struct w64_reader *r)
{
	struct w64_module *m = d->m;
	uint32_t n;
	if (!read_count(r, W64_MAX_GLOBALS, "tags", &n))
		return false;
	struct w64_tag *t = extend(d, m->tags, m->ntags, n, sizeof *t, W64_MAX_GLOBALS, "tags");
	if (!t)
		return false;
	m->tags = t;
	for (uint32_t i = 0; i < n; i++) {
		m->tags[m->ntags + i].import = -1;
		if (!read_tag(r, &m->tags[m->ntags + i]))
			return false;
	}
	m->ntags += n;
	return true;
}

static bool decode_globals(struct decoder *d, struct w64_reader *r)
{
	struct w64_module *m = d->m;
	uint32_t n;
	if (!read_count(r, W64_MAX_GLOBALS, "globals", &n))
		return false;
	struct w64_global *g = extend(d, m->globals, m->nglobals, n, sizeof *g,
	                              W64_MAX_GLOBALS, "globals");
	if (!g)
		return false;
	m->globals = g;
	for (uint32_t i = 0; i < n; i++) {
		struct w64_global *gl = &m->globals[m->nglobals + i];
		gl->import = -1;
		if (!read_globaltype(r, &gl->type) || !read_constexpr(d, r, &gl->init))
			return false;
	}
	m->nglobals += n;
	return true;
}

static bool decode_exports(struct decoder *d, struct w64_reader *r)
{
	struct w64_module *m = d->m;
	if (!read_count(r, W64_MAX_EXPORTS, "exports", &m->nexports))
		return false;
	m->exports = alloc(d, m->nexports, sizeof *m->exports);
	if (!m->exports)
		return false;
	for (uint32_t i = 0; i < m->nexports; i++) {
		struct w64_export *e = &m->exports[i];
		uint8_t kind;
		if (!w64_read_name(r, &e->name))
			return false;
		size_t at = r->pos;
		if (!w64_read_u8(r, &kind))
			return false;
		if (kind > W64_EXTERN_TAG)
			return w64_fail_at(r, at, "malformed export kind 0x%02x", kind);
		e->kind = kind;
		if (!w64_read_u32(r, &e->index))
			return false;
		if (e->kind == W64_EXTERN_FUNC && !mark_declared(d, e->index))
			return false;
	}
	return true;
}

static bool read_elemkind(struct w64_reader *r)
{
	size_t at = r->pos;
	uint8_t k;
	if (!w64_read_u8(r, &k))
		return false;
	if (k != 0x00)
		return w64_fail_at(r, at, "malformed element kind 0x%02x", k);
	return true;
}

static bool decode_elems(struct decoder *d, struct w64_reader *r)
{
	struct w64_module *m = d->m;
	if (!read_count(r, W64_MAX_SEGMENTS, "element segments", &m->nelems))
		return false;
	m->elems = alloc(d, m->nelems, sizeof *m->elems);
	if (!m->elems)
		return false;
	for (uint32_t i = 0; i < m->nelems; i++) {
		struct w64_elem *e = &m->elems[i];
		uint32_t flags;
		e->entry_offset = r->pos;
		if (!w64_read_u32(r, &flags))
			return false;
		if (flags > 7)
			return w64_fail_at(r, e->entry_offset, "malformed element segment flags %u", flags);
		/* bit 0: passive or declarative (else active); bit 1: explicit
		 * table index (active) or declarative (bit 0 set); bit 2: the
		 * elements are expressions rather than function indices. */
		bool active = !(flags & 1);
		e->mode = active ? W64_SEG_ACTIVE : (flags & 2) ? W64_SEG_DECLARATIVE : W64_SEG_PASSIVE;
		e->exprs = (flags & 4) != 0;
		/* Function indices make (ref func) elements; expressions say
		 * their type, except in flags 4, where it is funcref. */
		e->type = e->exprs ? W64_FUNCREF : W64_REF_TYPE(0, W64_HT_FUNC);
		e->table = 0;
		if (active && (flags & 2) && !w64_read_u32(r, &e->table))
			return false;
		if (active && !read_constexpr(d, r, &e->offset))
			return false;
		if (!active || (flags & 2)) {
			if (e->exprs) {
				size_t at = r->pos;
				if (!w64_read_valtype(r, &e->type))
					return false;
				if (!w64_is_ref(e->type))
					return w64_fail_at(r, at, "malformed reference type");
			} else if (!read_elemkind(r)) {
				return false;
			}
		}
		if (!read_count(r, UINT32_MAX, "elements", &e->count))
			return false;
		if (e->exprs) {
			struct w64_constexpr *x = alloc(d, e->count, sizeof *x);
			if (!x)
				return false;
			for (uint32_t k = 0; k < e->count; k++)
				if (!read_constexpr(d, r, &x[k]))
					return false;
			e->inits = x;
		} else {
			uint32_t *f = alloc(d, e->count, sizeof *f);
			if (!f)
				return false;
			for (uint32_t k = 0; k < e->count; k++) {
				if (!w64_read_u32(r, &f[k]) || !mark_declared(d, f[k]))
					return false;
			}
			e->funcs = f;
		}
	}
	return true;
}

static bool decode_code(struct decoder *d, struct w64_reader *r)
{
	struct w64_module *m = d->m;
	size_t at = r->pos;
	if (!read_count(r, W64_MAX_FUNCS, "function bodies", &d->ncode))
		return false;
	if (d->ncode != d->nfunc_decls)
		return w64_fail_at(r, at, "function and code section have inconsistent lengths "
		                          "(%u declared, %u bodies)", d->nfunc_decls, d->ncode);
	for (uint32_t i = 0; i < d->ncode; i++) {
		struct w64_func *f = &m->funcs[m->nimported_funcs + i];
		uint32_t size, ngroups;
		struct w64_reader body;
		if (!w64_read_u32(r, &size) || !w64_reader_sub(r, size, &body, "function body"))
			return false;
		f->body_offset = body.pos;
		f->body_len = size;
		if (!read_count(&body, W64_MAX_LOCALS, "local declarations", &ngroups))
			return false;
		struct w64_local_group *g = alloc(d, ngroups, sizeof *g);
		if (!g)
			return false;
		uint64_t total = 0;
		for (uint32_t k = 0; k < ngroups; k++) {
			size_t lat = body.pos;
			if (!w64_read_u32(&body, &g[k].count) || !w64_read_valtype(&body, &g[k].type))
				return false;
			total += g[k].count;
			if (total > W64_MAX_LOCALS)
				return w64_fail_at(r, lat, "too many locals (more than %u)", W64_MAX_LOCALS);
		}
		f->nlocals = (uint32_t)total;
		f->nlocal_groups = ngroups;
		f->local_groups = g;
		f->code_offset = body.pos;
		if (body.pos >= body.end)
			return w64_fail_at(r, body.pos, "unexpected end of function body");
		if (body.data[body.end - 1] != 0x0b)
			return w64_fail_at(r, body.end - 1, "END opcode expected at the end of the function body");
	}
	d->seen_code = true;
	return true;
}

static bool decode_datas(struct decoder *d, struct w64_reader *r)
{
	struct w64_module *m = d->m;
	size_t at = r->pos;
	if (!read_count(r, W64_MAX_SEGMENTS, "data segments", &m->ndatas))
		return false;
	if (m->has_datacount && m->datacount != m->ndatas)
		return w64_fail_at(r, at, "data count and data section have inconsistent lengths "
		                          "(%u and %u)", m->datacount, m->ndatas);
	m->datas = alloc(d, m->ndatas, sizeof *m->datas);
	if (!m->datas)
		return false;
	for (uint32_t i = 0; i < m->ndatas; i++) {
		struct w64_data *s = &m->datas[i];
		uint32_t flags, len;
		s->entry_offset = r->pos;
		if (!w64_read_u32(r, &flags))
			return false;
		if (flags > 2)
			return w64_fail_at(r, s->entry_offset, "malformed data segment flags %u", flags);
		s->mode = flags == 1 ? W64_SEG_PASSIVE : W64_SEG_ACTIVE;
		s->memory = 0;
		if (flags == 2 && !w64_read_u32(r, &s->memory))
			return false;
		if (flags != 1 && !read_constexpr(d, r, &s->offset))
			return false;
		if (!w64_read_u32(r, &len) || !w64_read_bytes(r, len, &s->bytes))
			return false;
		s->len = len;
	}
	return true;
}

/* A name map (index, name pairs) into names[0..n); false when malformed. */
static bool read_name_map(struct w64_reader *sub, struct w64_name *names, uint32_t n)
{
	uint32_t count;
	if (!w64_read_u32(sub, &count))
		return false;
	for (uint32_t i = 0; i < count; i++) {
		uint32_t idx;
		struct w64_name name;
		if (!w64_read_u32(sub, &idx) || !w64_read_name(sub, &name))
			return false;
		if (idx < n)
			names[idx] = name;
	}
	return true;
}

/* The name section is advisory: anything malformed in it is ignored. */
static void decode_names(struct w64_module *m, const struct w64_custom *c)
{
	struct w64_error scratch;
	struct w64_reader r;
	w64_error_clear(&scratch);
	w64_reader_init(&r, m->bytes, c->offset + c->len, &scratch);
	r.pos = c->offset;
	struct w64_name *names = w64_arena_calloc(m->arena, m->nfuncs, sizeof *names);
	if (!names)
		return;
	while (!w64_reader_at_end(&r)) {
		uint8_t id;
		uint32_t size;
		struct w64_reader sub;
		if (!w64_read_u8(&r, &id) || !w64_read_u32(&r, &size) ||
		    !w64_reader_sub(&r, size, &sub, "name subsection"))
			return;
		if (id == 0) {
			struct w64_name n;
			if (w64_read_name(&sub, &n))
				m->module_name = n;
		} else if (id == 1) {
			if (!read_name_map(&sub, names, m->nfuncs))
				return;
		} else if (id == 11 && m->ntags) {
			/* Tags: named in the message of an uncaught exception. */
			struct w64_name *tags = w64_arena_calloc(m->arena, m->ntags, sizeof *tags);
			if (!tags || !read_name_map(&sub, tags, m->ntags))
				return;
			m->tag_names = tags;
		}
	}
	m->func_names = names;
}

static bool decode_sections(struct decoder *d)
{
	struct w64_module *m = d->m;
	struct w64_reader *r = d->r;
	unsigned last_rank = 0;
	const uint8_t *magic;

	if (!w64_read_bytes(r, 4, &magic))
		return w64_fail_at(r, 0, "unexpected end: not a WebAssembly module (magic header not detected)");
	if (memcmp(magic, "\0asm", 4) != 0)
		return w64_fail_at(r, 0, "magic header not detected: not a WebAssembly module");
	const uint8_t *version;
	if (!w64_read_bytes(r, 4, &version))
		return w64_fail_at(r, 4, "unexpected end: missing version");
	if (memcmp(version, "\1\0\0\0", 4) != 0)
		return w64_fail_at(r, 4, "unknown binary version %02x %02x %02x %02x",
		                   version[0], version[1], version[2], version[3]);

	uint32_t custom_cap = 0;

	while (!w64_reader_at_end(r)) {
		size_t sec_at = r->pos;
		uint8_t id;
		uint32_t size;
		struct w64_reader sec;
		if (!w64_read_u8(r, &id))
			return false;
		if (id >= SEC_COUNT)
			return w64_fail_at(r, sec_at, "malformed section id %u", id);
		if (!w64_read_u32(r, &size) || !w64_reader_sub(r, size, &sec, "section"))
			return false;
		if (id == SEC_CUSTOM) {
			struct w64_custom c;
			c.section_offset = sec_at;
			if (!w64_read_name(&sec, &c.name))
				return false;
			c.offset = sec.pos;
			c.len = sec.end - sec.pos;
			if (m->ncustoms == custom_cap) {
				custom_cap = custom_cap ? 2 * custom_cap : 8;
				struct w64_custom *grown = alloc(d, custom_cap, sizeof c);
				if (!grown)
					return false;
				if (m->ncustoms)
					memcpy(grown, m->customs, m->ncustoms * sizeof c);
				m->customs = grown;
			}
			m->customs[m->ncustoms++] = c;
			continue;
		}
		if (section_rank[id] <= last_rank)
			return w64_fail_at(r, sec_at, "unexpected content: %s section out of order or repeated",
			                   section_name[id]);
		last_rank = section_rank[id];

		bool ok = false;
		switch (id) {
		case SEC_TYPE: ok = decode_types(d, &sec); break;
		case SEC_IMPORT: ok = decode_imports(d, &sec); break;
		case SEC_FUNCTION: ok = decode_functions(d, &sec); break;
		case SEC_TABLE: ok = decode_tables(d, &sec); break;
		case SEC_MEMORY: ok = decode_memories(d, &sec); break;
		case SEC_GLOBAL: ok = decode_globals(d, &sec); break;
		case SEC_EXPORT: ok = decode_exports(d, &sec); break;
		case SEC_START: ok = w64_read_u32(&sec, &m->start); m->has_start = ok; break;
		case SEC_ELEMENT: ok = decode_elems(d, &sec); break;
		case SEC_CODE: ok = decode_code(d, &sec); break;
		case SEC_DATA: ok = decode_datas(d, &sec); break;
		case SEC_TAG: ok = decode_tags(d, &sec); break;
		case SEC_DATACOUNT:
			ok = w64_read_u32(&sec, &m->datacount);
			m->has_datacount = ok;
			break;
		}
		if (!ok)
			return false;
		if (!w64_reader_at_end(&sec))
			return w64_fail_at(r, sec.pos, "section size mismatch: %zu unread bytes at the end "
			                               "of the %s section", sec.end - sec.pos, section_name[id]);
	}
	if (!d->seen_code && d->nfunc_decls != 0)
		return w64_fail_at(r, r->pos, "function and code section have inconsistent lengths "
		                              "(%u declared, no code section)", d->nfunc_decls);
	if (m->has_datacount && m->datacount != m->ndatas && m->ndatas == 0)
		return w64_fail_at(r, r->pos, "data count and data section have inconsistent lengths "
		                              "(%u and no data section)", m->datacount);
	if (!m->func_declared && !(m->func_declared = alloc(d, m->nfuncs, 1)))
		return false;
	for (uint32_t i = 0; i < m->ncustoms; i++)
		if (w64_name_eq(m->customs[i].name, "name"))
			decode_names(m, &m->customs[i]);
	return true;
}

struct w64_module *w64_module_decode(const uint8_t *bytes, size_t len, struct w64_error *err)
{
	struct w64_reader r;
	struct decoder d = {0};
	w64_error_clear(err);
	w64_reader_init(&r, bytes, len, err);

	struct w64_module *m = calloc(1, sizeof *m);
	if (!m) {
		w64_error_set(err, 0, "out of memory");
		return NULL;
	}
	m->arena = w64_arena_new();
	if (!m->arena) {
		free(m);
		w64_error_set(err, 0, "out of memory");
		return NULL;
	}
	m->bytes = bytes;
	m->len = len;
	d.m = m;
	d.r = &r;
	if (!decode_sections(&d)) {
		w64_module_free(m);
		return NULL;
	}
	return m;
}

void w64_module_free(struct w64_module *m)
{
	if (!m)
		return;
	w64_arena_free(m->arena);
	free(m);
}

w64_valtype w64_local_type(const struct w64_module *m, uint32_t func, uint32_t i)
{
	const struct w64_func *f = &m->funcs[func];
	const struct w64_functype *t = &m->types[f->type];
	if (i < t->nparams)
		return t->params[i];
	i -= t->nparams;
	for (uint32_t g = 0; g < f->nlocal_groups; g++) {
		if (i < f->local_groups[g].count)
			return f->local_groups[g].type;
		i -= f->local_groups[g].count;
	}
	return W64_ANY;
}

const struct w64_name *w64_func_name(const struct w64_module *m, uint32_t func)
{
	if (!m->func_names || func >= m->nfuncs || !m->func_names[func].bytes)
		return NULL;
	return &m->func_names[func];
}

const struct w64_name *w64_tag_name(const struct w64_module *m, uint32_t tag)
{
	if (!m->tag_names || tag >= m->ntags || !m->tag_names[tag].bytes)
		return NULL;
	return &m->tag_names[tag];
}

int64_t w64_find_export(const struct w64_module *m, const char *name, enum w64_extern_kind kind)
{
	for (uint32_t i = 0; i < m->nexports; i++)
		if (m->exports[i].kind == kind && w64_name_eq(m->exports[i].name, name))
			return m->exports[i].index;
	return -1;
}
