/* Stores, runtime objects and instantiation. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

enum alloc_kind { ALLOC_PLAIN, ALLOC_MEMORY, ALLOC_TABLE, ALLOC_FUNC };

struct w64_alloc {
	struct w64_alloc *next;
	enum alloc_kind kind;
	max_align_t data[];
};

#define PAGE_SIZE_WASM 65536u
/* Tables hold 8-byte references; this keeps one table under 1 GiB. */
#define TABLE_LIMIT (UINT64_C(1) << 27)

static void *store_alloc_kind(struct w64_store *s, size_t n, size_t size, enum alloc_kind kind)
{
	if (size && n > (SIZE_MAX - sizeof(struct w64_alloc)) / size)
		return NULL;
	struct w64_alloc *a = calloc(1, sizeof *a + n * size);
	if (!a)
		return NULL;
	a->kind = kind;
	a->next = s->allocs;
	s->allocs = a;
	return a->data;
}

void *w64_store_alloc(struct w64_store *s, size_t n, size_t size)
{
	return store_alloc_kind(s, n, size, ALLOC_PLAIN);
}

static uint64_t host_memory_bytes(void)
{
	long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
	if (pages <= 0 || size <= 0)
		return UINT64_C(4) << 30;
	return (uint64_t)pages * (uint64_t)size;
}

struct w64_store *w64_store_new(const struct w64_store_config *cfg)
{
	struct w64_store *s = calloc(1, sizeof *s);
	if (!s)
		return NULL;
	if (cfg)
		s->cfg = *cfg;
	if (!s->cfg.max_memory_bytes)
		s->cfg.max_memory_bytes = host_memory_bytes();
	if (!s->cfg.stack_slots)
		s->cfg.stack_slots = 1u << 20;
	if (!s->cfg.max_call_depth)
		s->cfg.max_call_depth = 100000;
	s->stack = calloc(s->cfg.stack_slots, sizeof *s->stack);
	s->frames = calloc(s->cfg.max_call_depth + 1, sizeof *s->frames);
	if (!s->stack || !s->frames) {
		free(s->stack);
		free(s->frames);
		free(s);
		return NULL;
	}
	s->stack_end = s->stack + s->cfg.stack_slots;
	s->limited = s->cfg.fuel || s->cfg.timeout_ms;
	s->fuel_left = s->cfg.fuel ? s->cfg.fuel : UINT64_MAX;
	if (s->cfg.timeout_ms) {
		struct timespec now;
		clock_gettime(CLOCK_MONOTONIC, &now);
		s->deadline_ns = (uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec +
		                 s->cfg.timeout_ms * 1000000u;
	}
	s->stack_top = s->stack;
	/* Instances without a memory point their memory 0 here: size 0, so
	 * nothing can be accessed (validation forbids it anyway). */
	s->empty_memory.base = (uint8_t *)s->stack;
	return s;
}

void w64_store_free(struct w64_store *s)
{
	if (!s)
		return;
	struct w64_alloc *a = s->allocs;
	while (a) {
		struct w64_alloc *next = a->next;
		switch (a->kind) {
		case ALLOC_MEMORY: {
			struct w64_memory_inst *m = (void *)a->data;
			if (m->base)
				munmap(m->base, m->reserved);
			w64_shared_free(m->shared);
			break;
		}
		case ALLOC_TABLE:
			free(((struct w64_table_inst *)(void *)a->data)->elems);
			break;
		case ALLOC_FUNC: {
			struct w64_func_inst *f = (void *)a->data;
			if (f->code) {
				free(f->code->cells);
				free(f->code->eh);
			}
			free(f->code);
			break;
		}
		case ALLOC_PLAIN:
			break;
		}
		free(a);
		a = next;
	}
	while (s->exns) {
		struct w64_exn *next = s->exns->next;
		free(s->exns);
		s->exns = next;
	}
	for (uint32_t i = 0; i < s->ntypes; i++)
		free((void *)s->types[i].params);
	free(s->types);
	free(s->type_info);
	free(s->stack);
	free(s->frames);
	free(s);
}

/* A recursion group to intern: module types (their references are module
 * indices: inside [start, start + size) the group's own types, below it
 * types whose store ids are ids[]), or, with ids == NULL, one type whose
 * references already are store ids. */
struct group_view {
	const struct w64_functype *types;
	const struct w64_typeinfo *info;   /* NULL: final, no supertype */
	uint32_t start, size;
	const uint32_t *ids;
};

#define INSIDE_KEY (UINT64_C(1) << 32)

/* A referenced type as interning compares it: a position inside the
 * group, or a store id outside it. */
static uint64_t view_key(const struct group_view *g, uint32_t h)
{
	if (!g->ids)
		return h;
	if (h - g->start < g->size)
		return INSIDE_KEY | (h - g->start);
	return g->ids[h];
}

static uint64_t stored_key(const struct w64_store *s, uint32_t group, uint32_t h)
{
	if (h - group < s->type_info[group].group_size)
		return INSIDE_KEY | (h - group);
	return h;
}

static bool value_matches(const struct w64_store *s, uint32_t group, w64_valtype stored,
                          const struct group_view *g, w64_valtype t)
{
	bool sref = w64_is_ref(stored) && w64_heap_is_index(w64_ref_heap(stored));
	bool tref = w64_is_ref(t) && w64_heap_is_index(w64_ref_heap(t));
	if (!sref || !tref)
		return stored == t;
	return w64_ref_nullable(stored) == w64_ref_nullable(t) &&
	       stored_key(s, group, w64_ref_heap(stored)) == view_key(g, w64_ref_heap(t));
}

static bool group_matches(const struct w64_store *s, uint32_t group, const struct group_view *g)
{
	for (uint32_t k = 0; k < g->size; k++) {
		const struct w64_functype *u = &s->types[group + k], *t = &g->types[k];
		const struct w64_store_typeinfo *ui = &s->type_info[group + k];
		bool final = g->info ? g->info[k].final : true;
		uint32_t super = g->info ? g->info[k].super : W64_NO_SUPER;
		if (u->nparams != t->nparams || u->nresults != t->nresults || ui->final != final ||
		    (ui->super == W64_NO_SUPER) != (super == W64_NO_SUPER) ||
		    (super != W64_NO_SUPER && stored_key(s, group, ui->super) != view_key(g, super)))
			return false;
		for (uint32_t i = 0; i < t->nparams; i++)
			if (!value_matches(s, group, u->params[i], g, t->params[i]))
				return false;
		for (uint32_t i = 0; i < t->nresults; i++)
			if (!value_matches(s, group, u->results[i], g, t->results[i]))
				return false;
	}
	return true;
}

/* A candidate's reference as a store id, the group being stored at `base`. */
static uint32_t view_id(const struct group_view *g, uint32_t base, uint32_t h)
{
	uint64_t key = view_key(g, h);
	return key & INSIDE_KEY ? base + (uint32_t)key : (uint32_t)key;
}

static w64_valtype view_valtype(const struct group_view *g, uint32_t base, w64_valtype t)
{
	if (!w64_is_ref(t) || !w64_heap_is_index(w64_ref_heap(t)))
		return t;
	return W64_REF_TYPE(w64_ref_nullable(t), view_id(g, base, w64_ref_heap(t)));
}

/* The store id of the group's first type: an equivalent group's if the
 * store holds one, else the group is added.  UINT32_MAX when out of memory. */
static uint32_t intern_group(struct w64_store *s, const struct group_view *g)
{
	for (uint32_t i = 0; i < s->ntypes; i += s->type_info[i].group_size)
		if (s->type_info[i].group_size == g->size && group_matches(s, i, g))
			return i;
	if (g->size > UINT32_MAX / 2 - s->ntypes)
		return UINT32_MAX;
	if (s->ntypes + g->size > s->types_cap) {
		uint32_t cap = s->types_cap ? s->types_cap : 16;
		while (cap < s->ntypes + g->size)
			cap *= 2;
		struct w64_functype *n = realloc(s->types, cap * sizeof *n);
		if (n)
			s->types = n;
		struct w64_store_typeinfo *ni = n ? realloc(s->type_info, cap * sizeof *ni) : NULL;
		if (!ni)
			return UINT32_MAX;
		s->type_info = ni;
		s->types_cap = cap;
	}
	uint32_t base = s->ntypes;
	for (uint32_t k = 0; k < g->size; k++) {
		const struct w64_functype *t = &g->types[k];
		w64_valtype *copy = malloc(((size_t)t->nparams + t->nresults + 1) * sizeof *copy);
		if (!copy) {
			while (k-- > 0)
				free((void *)s->types[base + k].params);
			return UINT32_MAX;
		}
		for (uint32_t i = 0; i < t->nparams; i++)
			copy[i] = view_valtype(g, base, t->params[i]);
		for (uint32_t i = 0; i < t->nresults; i++)
			copy[t->nparams + i] = view_valtype(g, base, t->results[i]);
		s->types[base + k] = (struct w64_functype){t->nparams, t->nresults, copy, copy + t->nparams};
		uint32_t super = g->info ? g->info[k].super : W64_NO_SUPER;
		s->type_info[base + k] = (struct w64_store_typeinfo){
			base, g->size, super == W64_NO_SUPER ? W64_NO_SUPER : view_id(g, base, super),
			g->info ? g->info[k].final : true};
	}
	s->ntypes += g->size;
	return base;
}

uint32_t w64_intern_type(struct w64_store *s, const struct w64_functype *t)
{
	struct group_view g = {t, NULL, 0, 1, NULL};
	return intern_group(s, &g);
}

bool w64_store_type_sub(const struct w64_store *s, uint32_t a, uint32_t b)
{
	/* Supertypes are interned before their subtypes: the walk ends. */
	for (uint32_t x = a; x != W64_NO_SUPER; x = s->type_info[x].super)
		if (x == b)
			return true;
	return false;
}

bool w64_store_valtype_matches(const struct w64_store *s, w64_valtype a, w64_valtype e)
{
	if (w64_is_ref(a) && w64_is_ref(e) && w64_heap_is_index(w64_ref_heap(a)) &&
	    w64_heap_is_index(w64_ref_heap(e)))
		return (!w64_ref_nullable(a) || w64_ref_nullable(e)) &&
		       w64_store_type_sub(s, w64_ref_heap(a), w64_ref_heap(e));
	return w64_type_matches(NULL, a, e);
}

w64_valtype w64_store_valtype(const struct w64_instance *inst, w64_valtype t)
{
	if (!w64_is_ref(t) || !w64_heap_is_index(w64_ref_heap(t)))
		return t;
	return W64_REF_TYPE(w64_ref_nullable(t), inst->type_ids[w64_ref_heap(t)]);
}

/* Store ids for every type of the module, a recursion group at a time, in
 * order: a group refers only to itself and to earlier types (validated),
 * whose ids are known by then. */
static int intern_module_types(struct w64_store *s, struct w64_instance *inst)
{
	const struct w64_module *m = inst->m;
	inst->type_ids = w64_store_alloc(s, m->ntypes, sizeof *inst->type_ids);
	if (!inst->type_ids)
		return -1;
	for (uint32_t i = 0; i < m->ntypes; i += m->type_info[i].rec_size) {
		uint32_t size = m->type_info[i].rec_size;
		struct group_view g = {&m->types[i], &m->type_info[i], i, size, inst->type_ids};
		uint32_t base = intern_group(s, &g);
		if (base == UINT32_MAX)
			return -1;
		for (uint32_t k = 0; k < size; k++)
			inst->type_ids[i + k] = base + k;
	}
	return 0;
}

/* --- memories ------------------------------------------------------------ */

struct w64_memory_inst *w64_memory_new(struct w64_store *s, const struct w64_memtype *t,
                                       struct w64_trap *trap)
{
	const struct w64_limits *l = &t->limits;
	uint64_t bound = l->is64 ? UINT64_C(1) << 48 : 65536;
	uint64_t cap = s->cfg.max_memory_bytes / PAGE_SIZE_WASM;
	uint64_t max = l->has_max ? l->max : bound;
	if (max > cap)
		max = cap;
	if (l->min > max) {
		w64_trap_set(trap, "memory of %llu pages exceeds the limit of %llu pages (--max-memory)",
		             (unsigned long long)l->min, (unsigned long long)max);
		return NULL;
	}
	struct w64_memory_inst *m = store_alloc_kind(s, 1, sizeof *m, ALLOC_MEMORY);
	if (!m) {
		w64_trap_set(trap, "out of memory");
		return NULL;
	}
	/* Reserve the whole range once so the memory never moves; commit pages
	 * as it grows.  At least one page, so `base` is a real mapping. */
	size_t reserve = (size_t)(max ? max : 1) * PAGE_SIZE_WASM;
	void *p = mmap(NULL, reserve, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED) {
		w64_trap_set(trap, "cannot reserve %zu bytes of address space for a memory", reserve);
		return NULL;
	}
	m->base = p;
	m->reserved = reserve;
	if (l->shared && !(m->shared = w64_shared_new())) {
		w64_trap_set(trap, "out of memory");
		return NULL;
	}
	m->max_pages = max;
	m->is64 = l->is64;
	m->type = *t;
	if (l->min && mprotect(p, (size_t)l->min * PAGE_SIZE_WASM, PROT_READ | PROT_WRITE) != 0) {
		w64_trap_set(trap, "cannot allocate %llu pages of memory", (unsigned long long)l->min);
		return NULL;
	}
	m->size = l->min * PAGE_SIZE_WASM;
	return m;
}

static uint64_t grow_locked(struct w64_memory_inst *m, uint64_t delta)
{
	uint64_t old = m->size / PAGE_SIZE_WASM;
	if (delta > m->max_pages - old)
		return UINT64_MAX;
	if (delta == 0)
		return old;
	if (mprotect(m->base + m->size, (size_t)delta * PAGE_SIZE_WASM, PROT_READ | PROT_WRITE) != 0)
		return UINT64_MAX;
	/* Pages first, then the size that lets other threads reach them. */
	__atomic_store_n(&m->size, m->size + delta * PAGE_SIZE_WASM, __ATOMIC_RELEASE);
	m->type.limits.min = old + delta;
	return old;
}

uint64_t w64_memory_grow(struct w64_memory_inst *m, uint64_t delta)
{
	/* Threads that grow a shared memory at once take turns; the
	 * reservation never moves, so no one else has to stop. */
	if (!m->shared)
		return grow_locked(m, delta);
	w64_shared_grow_lock(m->shared);
	uint64_t old = grow_locked(m, delta);
	w64_shared_grow_unlock(m->shared);
	return old;
}

uint8_t *w64_memory_range(const struct w64_memory_inst *m, uint64_t addr, uint64_t len)
{
	uint64_t size = w64_mem_size(m);
	if (addr > size || len > size - addr)
		return NULL;
	return m->base + addr;
}

uint64_t w64_memory_size(const struct w64_memory_inst *m)
{
	return w64_mem_size(m);
}

bool w64_memory_is_shared(const struct w64_memory_inst *m)
{
	return m->shared != NULL;
}

/* --- tables and globals -------------------------------------------------- */

struct w64_table_inst *w64_table_new(struct w64_store *s, const struct w64_tabletype *t,
                                     uint64_t init, struct w64_trap *trap)
{
	const struct w64_limits *l = &t->limits;
	if (l->min > TABLE_LIMIT) {
		w64_trap_set(trap, "table of %llu elements exceeds the limit of %llu",
		             (unsigned long long)l->min, (unsigned long long)TABLE_LIMIT);
		return NULL;
	}
	struct w64_table_inst *tab = store_alloc_kind(s, 1, sizeof *tab, ALLOC_TABLE);
	if (!tab) {
		w64_trap_set(trap, "out of memory");
		return NULL;
	}
	tab->elem = t->elem;
	tab->is64 = l->is64;
	tab->max = l->has_max ? l->max : (l->is64 ? UINT64_MAX : UINT32_MAX);
	tab->has_max = l->has_max;
	tab->size = l->min;
	tab->cap = l->min;
	tab->elems = calloc(l->min ? l->min : 1, sizeof *tab->elems);
	if (!tab->elems) {
		w64_trap_set(trap, "out of memory");
		return NULL;
	}
	for (uint64_t i = 0; i < l->min; i++)
		tab->elems[i] = init;
	return tab;
}

uint64_t w64_table_grow(struct w64_table_inst *t, uint64_t delta, uint64_t init)
{
	uint64_t old = t->size;
	uint64_t max = t->max < TABLE_LIMIT ? t->max : TABLE_LIMIT;
	if (delta > max - old)
		return UINT64_MAX;
	if (old + delta > t->cap) {
		uint64_t cap = t->cap * 2 > old + delta ? t->cap * 2 : old + delta;
		if (cap > max)
			cap = max;
		uint64_t *n = realloc(t->elems, cap * sizeof *n);
		if (!n)
			return UINT64_MAX;
		t->elems = n;
		t->cap = cap;
	}
	for (uint64_t i = old; i < old + delta; i++)
		t->elems[i] = init;
	t->size = old + delta;
	return old;
}

struct w64_global_inst *w64_global_new(struct w64_store *s, w64_valtype type, bool mut,
                                       uint64_t value)
{
	struct w64_global_inst *g = w64_store_alloc(s, 1, sizeof *g);
	if (g) {
		g->type = type;
		g->mut = mut;
		g->value[0] = value;
	}
	return g;
}

uint64_t w64_global_get(const struct w64_global_inst *g)
{
	return g->value[0];
}

uint32_t w64_global_get_cells(const struct w64_global_inst *g, uint64_t cells[2])
{
	cells[0] = g->value[0];
	cells[1] = g->value[1];
	return w64_cells(g->type);
}

void w64_global_set_cells(struct w64_global_inst *g, const uint64_t *cells)
{
	g->value[0] = cells[0];
	if (g->type == W64_V128)
		g->value[1] = cells[1];
}

/* --- functions ----------------------------------------------------------- */

struct w64_func_inst *w64_host_func_new(struct w64_store *s, uint32_t nparams,
                                        const w64_valtype *params, uint32_t nresults,
                                        const w64_valtype *results, w64_host_fn fn, void *user)
{
	struct w64_functype t = {nparams, nresults, params, results};
	uint32_t id = w64_intern_type(s, &t);
	struct w64_func_inst *f = store_alloc_kind(s, 1, sizeof *f, ALLOC_FUNC);
	if (id == UINT32_MAX || !f)
		return NULL;
	f->type_id = id;
	/* The interned array moves as it grows; its params/results do not. */
	f->host_type = s->types[id];
	f->type = &f->host_type;
	f->host = fn;
	f->host_user = user;
	uint32_t pc = w64_cells_of(nparams, params), rc = w64_cells_of(nresults, results);
	f->host_cells = pc > rc ? pc : rc;
	f->index = UINT32_MAX;
	return f;
}

const struct w64_functype *w64_func_type_of(const struct w64_func_inst *f)
{
	return f->type;
}

/* --- tags and exceptions ---------------------------------------------------- */

struct w64_tag_inst *w64_tag_new(struct w64_store *s, uint32_t nparams, const w64_valtype *params)
{
	struct w64_functype t = {nparams, 0, params, NULL};
	uint32_t id = w64_intern_type(s, &t);
	struct w64_tag_inst *tag = w64_store_alloc(s, 1, sizeof *tag);
	if (id == UINT32_MAX || !tag)
		return NULL;
	tag->type_id = id;
	/* Interned params do not move when the array of types grows. */
	struct w64_functype *type = w64_store_alloc(s, 1, sizeof *type);
	if (!type)
		return NULL;
	*type = s->types[id];
	tag->type = type;
	tag->index = UINT32_MAX;
	return tag;
}

const struct w64_name *w64_tag_inst_name(const struct w64_tag_inst *tag)
{
	return tag->inst ? w64_tag_name(tag->inst->m, tag->index) : NULL;
}

/* Exceptions live as long as the store: an exnref is a plain cell that
 * code copies freely (locals, globals, tables, payloads of other
 * exceptions), so nothing short of a collector could tell when the last
 * copy is gone. */
struct w64_exn *w64_exn_alloc(struct w64_store *s, const struct w64_tag_inst *tag,
                              const uint64_t *values)
{
	uint32_t n = w64_cells_of(tag->type->nparams, tag->type->params);
	struct w64_exn *e = malloc(sizeof *e + (size_t)n * sizeof e->values[0]);
	if (!e)
		return NULL;
	e->tag = tag;
	e->nvalues = n;
	if (n)
		memcpy(e->values, values, (size_t)n * sizeof e->values[0]);
	e->next = s->exns;
	s->exns = e;
	return e;
}

uint64_t w64_exn_new(struct w64_store *s, const struct w64_tag_inst *tag, const uint64_t *values)
{
	return (uintptr_t)w64_exn_alloc(s, tag, values);
}

const struct w64_tag_inst *w64_exn_tag(uint64_t exn)
{
	return ((const struct w64_exn *)(uintptr_t)exn)->tag;
}

uint32_t w64_exn_values(uint64_t exn, const uint64_t **values)
{
	const struct w64_exn *e = (const struct w64_exn *)(uintptr_t)exn;
	*values = e->values;
	return e->nvalues;
}

void w64_exn_describe(struct w64_trap *trap, const struct w64_exn *e)
{
	const struct w64_name *name = w64_tag_inst_name(e->tag);
	if (name)
		snprintf(trap->msg, sizeof trap->msg, "uncaught exception (tag %.*s)", (int)name->len,
		         (const char *)name->bytes);
	else
		snprintf(trap->msg, sizeof trap->msg, "uncaught exception");
	trap->exn = (uintptr_t)e;
}

enum w64_status w64_throw(struct w64_trap *trap, uint64_t exn)
{
	w64_trap_set(trap, "uncaught exception");
	w64_exn_describe(trap, (const struct w64_exn *)(uintptr_t)exn);
	return W64_EXCEPTION;
}

/* --- instantiation ------------------------------------------------------- */

/* Evaluates a validated constant expression into out[0] (and out[1], a
 * v128's high half). */
static void eval_const_cells(const struct w64_instance *inst, const struct w64_constexpr *e,
                             uint64_t out[2])
{
	struct w64_error err;
	struct w64_reader r;
	struct w64_instr ins;
	uint64_t stack[64], high[64] = {0};
	uint32_t n = 0;
	w64_error_clear(&err);
	w64_reader_init(&r, inst->m->bytes, e->offset + e->len, &err);
	r.pos = e->offset;
	while (w64_read_instr(&r, &ins) && ins.op != W64_OP_END) {
		switch (ins.op) {
		case W64_OP_I32_CONST: stack[n++] = ins.imm.i32; break;
		case W64_OP_I64_CONST: stack[n++] = ins.imm.i64; break;
		case W64_OP_F32_CONST: stack[n++] = ins.imm.f32; break;
		case W64_OP_F64_CONST: stack[n++] = ins.imm.f64; break;
		case W64_OP_REF_NULL: stack[n++] = 0; break;
		case W64_OP_REF_FUNC: stack[n++] = (uintptr_t)inst->funcs[ins.imm.index]; break;
		case W64_OP_GLOBAL_GET:
			high[n] = inst->globals[ins.imm.index]->value[1];
			stack[n++] = inst->globals[ins.imm.index]->value[0];
			break;
		case W64_OP_V128_CONST:
			memcpy(&stack[n], ins.imm.v128, 8);
			memcpy(&high[n++], ins.imm.v128 + 8, 8);
			break;
		case W64_OP_I32_ADD: n--; stack[n - 1] = (uint32_t)(stack[n - 1] + stack[n]); break;
		case W64_OP_I32_SUB: n--; stack[n - 1] = (uint32_t)(stack[n - 1] - stack[n]); break;
		case W64_OP_I32_MUL: n--; stack[n - 1] = (uint32_t)(stack[n - 1] * stack[n]); break;
		case W64_OP_I64_ADD: n--; stack[n - 1] = stack[n - 1] + stack[n]; break;
		case W64_OP_I64_SUB: n--; stack[n - 1] = stack[n - 1] - stack[n]; break;
		case W64_OP_I64_MUL: n--; stack[n - 1] = stack[n - 1] * stack[n]; break;
		}
	}
	out[0] = n ? stack[n - 1] : 0;
	out[1] = n ? high[n - 1] : 0;
}

/* The same for a value of one cell. */
static uint64_t eval_const(const struct w64_instance *inst, const struct w64_constexpr *e)
{
	uint64_t v[2];
	eval_const_cells(inst, e, v);
	return v[0];
}

static bool limits_match(const struct w64_limits *have, uint64_t have_min,
                         const struct w64_limits *want)
{
	if (have->is64 != want->is64 || have->shared != want->shared || have_min < want->min)
		return false;
	if (want->has_max && (!have->has_max || have->max > want->max))
		return false;
	return true;
}

static int link_import(struct w64_instance *inst, const struct w64_import *imp,
                       const struct w64_extern *x, struct w64_trap *trap)
{
	const struct w64_module *m = inst->m;
	if (x->kind != imp->kind)
		goto incompatible;
	switch (imp->kind) {
	case W64_EXTERN_FUNC: {
		if (!w64_store_type_sub(inst->store, x->u.func->type_id,
		                        inst->type_ids[m->funcs[imp->index].type]))
			goto incompatible;
		inst->funcs[imp->index] = x->u.func;
		return 0;
	}
	case W64_EXTERN_TABLE: {
		const struct w64_table_inst *t = x->u.table;
		const struct w64_tabletype *want = &m->tables[imp->index].type;
		struct w64_limits have = {t->size, t->max, t->has_max, t->is64, false};
		if (t->elem != w64_store_valtype(inst, want->elem) ||
		    !limits_match(&have, t->size, &want->limits))
			goto incompatible;
		inst->tables[imp->index] = x->u.table;
		return 0;
	}
	case W64_EXTERN_MEMORY: {
		const struct w64_memory_inst *mem = x->u.memory;
		if (!limits_match(&mem->type.limits, w64_mem_size(mem) / PAGE_SIZE_WASM,
		                  &m->memories[imp->index].type.limits))
			goto incompatible;
		inst->memories[imp->index] = x->u.memory;
		return 0;
	}
	case W64_EXTERN_TAG:
		if (x->u.tag->type_id != inst->type_ids[m->tags[imp->index].type])
			goto incompatible;
		inst->tags[imp->index] = x->u.tag;
		return 0;
	case W64_EXTERN_GLOBAL: {
		const struct w64_global_inst *g = x->u.global;
		const struct w64_globaltype *want = &m->globals[imp->index].type;
		/* Mutable globals must match exactly; immutable ones may be
		 * of a subtype. */
		w64_valtype wt = w64_store_valtype(inst, want->type);
		if (g->mut != want->mut || (g->mut ? g->type != wt : !w64_store_valtype_matches(inst->store, g->type, wt)))
			goto incompatible;
		inst->globals[imp->index] = x->u.global;
		return 0;
	}
	}
incompatible:
	w64_trap_set(trap, "incompatible import type for %.*s.%.*s (%s)", (int)imp->module.len,
	             (const char *)imp->module.bytes, (int)imp->field.len,
	             (const char *)imp->field.bytes, w64_extern_kind_name(imp->kind));
	return -1;
}

static enum w64_status fail_oom(struct w64_trap *trap)
{
	return w64_trap_set(trap, "out of memory while instantiating");
}

enum w64_status w64_instantiate(struct w64_store *s, const struct w64_module *m,
                                w64_resolver resolve, void *user,
                                struct w64_instance **out, struct w64_trap *trap)
{
	*out = NULL;
	struct w64_instance *inst = w64_store_alloc(s, 1, sizeof *inst);
	if (!inst)
		return fail_oom(trap);
	inst->store = s;
	inst->m = m;
	inst->funcs = w64_store_alloc(s, m->nfuncs, sizeof *inst->funcs);
	inst->tables = w64_store_alloc(s, m->ntables, sizeof *inst->tables);
	inst->memories = w64_store_alloc(s, m->nmemories, sizeof *inst->memories);
	inst->globals = w64_store_alloc(s, m->nglobals, sizeof *inst->globals);
	inst->tags = w64_store_alloc(s, m->ntags, sizeof *inst->tags);
	inst->data_len = w64_store_alloc(s, m->ndatas, sizeof *inst->data_len);
	inst->elem_refs = w64_store_alloc(s, m->nelems, sizeof *inst->elem_refs);
	inst->elem_len = w64_store_alloc(s, m->nelems, sizeof *inst->elem_len);
	if (!inst->funcs || !inst->tables || !inst->memories || !inst->globals || !inst->tags ||
	    !inst->data_len || !inst->elem_refs || !inst->elem_len || intern_module_types(s, inst) < 0)
		return fail_oom(trap);

	for (uint32_t i = 0; i < m->nimports; i++) {
		struct w64_extern x;
		if (!resolve)
			return w64_trap_set(trap, "unknown import %.*s.%.*s: nothing to import from",
			                    (int)m->imports[i].module.len,
			                    (const char *)m->imports[i].module.bytes,
			                    (int)m->imports[i].field.len,
			                    (const char *)m->imports[i].field.bytes);
		if (resolve(user, m, &m->imports[i], &x, trap) < 0)
			return W64_TRAPPED;
		if (link_import(inst, &m->imports[i], &x, trap) < 0)
			return W64_TRAPPED;
	}

	for (uint32_t i = m->nimported_funcs; i < m->nfuncs; i++) {
		struct w64_func_inst *f = store_alloc_kind(s, 1, sizeof *f, ALLOC_FUNC);
		if (!f)
			return fail_oom(trap);
		f->type_id = inst->type_ids[m->funcs[i].type];
		f->type = &m->types[m->funcs[i].type];
		f->inst = inst;
		f->index = i;
		inst->funcs[i] = f;
	}
	for (uint32_t i = m->nimported_tags; i < m->ntags; i++) {
		inst->tags[i] = w64_store_alloc(s, 1, sizeof *inst->tags[i]);
		if (!inst->tags[i])
			return fail_oom(trap);
		inst->tags[i]->type_id = inst->type_ids[m->tags[i].type];
		inst->tags[i]->type = &m->types[m->tags[i].type];
		inst->tags[i]->inst = inst;
		inst->tags[i]->index = i;
	}
	for (uint32_t i = m->nimported_globals; i < m->nglobals; i++) {
		const struct w64_global *g = &m->globals[i];
		inst->globals[i] = w64_global_new(s, w64_store_valtype(inst, g->type.type), g->type.mut, 0);
		if (!inst->globals[i])
			return fail_oom(trap);
		eval_const_cells(inst, &g->init, inst->globals[i]->value);
	}
	for (uint32_t i = m->nimported_tables; i < m->ntables; i++) {
		const struct w64_table *t = &m->tables[i];
		uint64_t init = t->has_init ? eval_const(inst, &t->init) : 0;
		struct w64_tabletype tt = t->type;
		tt.elem = w64_store_valtype(inst, tt.elem);
		inst->tables[i] = w64_table_new(s, &tt, init, trap);
		if (!inst->tables[i])
			return W64_TRAPPED;
	}
	for (uint32_t i = m->nimported_memories; i < m->nmemories; i++) {
		inst->memories[i] = w64_memory_new(s, &m->memories[i].type, trap);
		if (!inst->memories[i])
			return W64_TRAPPED;
	}
	inst->mem0 = m->nmemories ? inst->memories[0] : &s->empty_memory;
	for (uint32_t i = m->nimported_funcs; i < m->nfuncs; i++)
		inst->funcs[i]->mem0 = inst->mem0;

	for (uint32_t i = 0; i < m->nelems; i++) {
		const struct w64_elem *e = &m->elems[i];
		uint64_t *refs = w64_store_alloc(s, e->count, sizeof *refs);
		if (!refs)
			return fail_oom(trap);
		for (uint32_t k = 0; k < e->count; k++)
			refs[k] = e->exprs ? eval_const(inst, &e->inits[k])
			                   : (uintptr_t)inst->funcs[e->funcs[k]];
		inst->elem_refs[i] = refs;
		inst->elem_len[i] = e->mode == W64_SEG_PASSIVE ? e->count : 0;
	}
	for (uint32_t i = 0; i < m->ndatas; i++)
		inst->data_len[i] = m->datas[i].mode == W64_SEG_PASSIVE ? m->datas[i].len : 0;

	inst->next = s->instances;
	s->instances = inst;
	*out = inst;

	/* Active segments, in order; a failing one traps, and the effects of
	 * the ones before it remain (shared tables and memories). */
	for (uint32_t i = 0; i < m->nelems; i++) {
		const struct w64_elem *e = &m->elems[i];
		if (e->mode != W64_SEG_ACTIVE)
			continue;
		struct w64_table_inst *t = inst->tables[e->table];
		uint64_t off = eval_const(inst, &e->offset);
		if (off > t->size || e->count > t->size - off)
			return w64_trap_set(trap, "out of bounds table access (element segment %u)", i);
		memcpy(t->elems + off, inst->elem_refs[i], (size_t)e->count * sizeof(uint64_t));
	}
	for (uint32_t i = 0; i < m->ndatas; i++) {
		const struct w64_data *d = &m->datas[i];
		if (d->mode != W64_SEG_ACTIVE)
			continue;
		struct w64_memory_inst *mem = inst->memories[d->memory];
		uint64_t off = eval_const(inst, &d->offset);
		uint8_t *dst = w64_memory_range(mem, off, d->len);
		if (!dst)
			return w64_trap_set(trap, "out of bounds memory access (data segment %u)", i);
		memcpy(dst, d->bytes, d->len);
	}
	if (m->has_start) {
		enum w64_status st = w64_call(s, inst->funcs[m->start], NULL, NULL, trap);
		if (st != W64_OK)
			return st;
	}
	return W64_OK;
}

bool w64_instance_export(const struct w64_instance *inst, const char *name, struct w64_extern *out)
{
	struct w64_name n = {(const uint8_t *)name, (uint32_t)strlen(name)};
	return w64_instance_export_name(inst, n, out);
}

bool w64_instance_export_name(const struct w64_instance *inst, struct w64_name name,
                              struct w64_extern *out)
{
	const struct w64_module *m = inst->m;
	for (uint32_t i = 0; i < m->nexports; i++) {
		const struct w64_export *e = &m->exports[i];
		if (e->name.len != name.len || memcmp(e->name.bytes, name.bytes, name.len) != 0)
			continue;
		out->kind = e->kind;
		switch (e->kind) {
		case W64_EXTERN_FUNC: out->u.func = inst->funcs[e->index]; break;
		case W64_EXTERN_TABLE: out->u.table = inst->tables[e->index]; break;
		case W64_EXTERN_MEMORY: out->u.memory = inst->memories[e->index]; break;
		case W64_EXTERN_GLOBAL: out->u.global = inst->globals[e->index]; break;
		case W64_EXTERN_TAG: out->u.tag = inst->tags[e->index]; break;
		}
		return true;
	}
	return false;
}

struct w64_func_inst *w64_instance_func(const struct w64_instance *inst, uint32_t index)
{
	return index < inst->m->nfuncs ? inst->funcs[index] : NULL;
}

w64_valtype w64_table_elem_type(const struct w64_table_inst *t)
{
	return t->elem;
}

uint64_t w64_table_size(const struct w64_table_inst *t)
{
	return t->size;
}

bool w64_table_get(const struct w64_table_inst *t, uint64_t index, uint64_t *ref)
{
	if (index >= t->size)
		return false;
	*ref = t->elems[index];
	return true;
}

bool w64_table_set(struct w64_table_inst *t, uint64_t index, uint64_t ref)
{
	if (index >= t->size || (!ref && !w64_ref_nullable(t->elem)))
		return false;
	/* A function of a concrete type must be of that type: the table's
	 * element type names a store type id, as the function's type_id does. */
	uint32_t heap = w64_ref_heap(t->elem);
	bool funcs = heap != W64_HT_EXTERN && heap != W64_HT_NOEXTERN;
	if (ref && funcs && w64_heap_is_index(heap) &&
	    ((const struct w64_func_inst *)(uintptr_t)ref)->type_id != heap)
		return false;
	t->elems[index] = ref;
	return true;
}

const struct w64_module *w64_instance_module(const struct w64_instance *inst)
{
	return inst->m;
}

struct w64_memory_inst *w64_instance_memory(const struct w64_instance *inst)
{
	struct w64_extern x;
	if (w64_instance_export(inst, "memory", &x) && x.kind == W64_EXTERN_MEMORY)
		return x.u.memory;
	return inst->m->nmemories ? inst->memories[0] : NULL;
}

struct w64_global_inst *w64_instance_global(const struct w64_instance *inst, uint32_t index)
{
	return index < inst->m->nglobals ? inst->globals[index] : NULL;
}

/* --- calls from the host --------------------------------------------------- */

enum w64_status w64_call(struct w64_store *s, struct w64_func_inst *f, const uint64_t *args,
                         uint64_t *results, struct w64_trap *trap)
{
	const struct w64_functype *t = f->type;
	uint32_t in = w64_cells_of(t->nparams, t->params), out = w64_cells_of(t->nresults, t->results);
	uint32_t cells = in > out ? in : out;
	uint64_t *fp = s->stack_top;
	if ((uint64_t)(s->stack_end - fp) < cells)
		return w64_trap_set(trap, "call stack exhausted");
	if (s->depth >= s->cfg.max_call_depth)
		return w64_trap_set(trap, "call stack exhausted");
	/* i32 values travel zero-extended in their cells. */
	for (uint32_t i = 0, k = 0; i < t->nparams; i++, k++) {
		fp[k] = t->params[i] == W64_I32 || t->params[i] == W64_F32 ? (uint32_t)args[k] : args[k];
		if (t->params[i] == W64_V128) {
			k++;
			fp[k] = args[k];
		}
	}
	enum w64_status st;
	if (f->host) {
		struct w64_host_call call = {s, NULL, f->host_user};
		s->stack_top = fp + cells;
		st = f->host(&call, fp, trap);
	} else {
		st = w64_interp(s, f, fp, trap);
	}
	s->stack_top = fp;
	if (st == W64_OK)
		for (uint32_t k = 0; k < out; k++)
			results[k] = fp[k];
	return st;
}

void w64_trap_print_backtrace(const struct w64_trap *trap, void *stdio_file)
{
	FILE *out = stdio_file;
	for (uint32_t i = 0; i < trap->nframes; i++) {
		const struct w64_instance *inst = trap->frames[i].inst;
		uint32_t func = trap->frames[i].func;
		const struct w64_name *name = inst ? w64_func_name(inst->m, func) : NULL;
		if (!inst)
			fprintf(out, "  at <host function>\n");
		else if (name)
			fprintf(out, "  at %.*s (func %u)\n", (int)name->len, (const char *)name->bytes, func);
		else
			fprintf(out, "  at func %u\n", func);
	}
	if (trap->truncated)
		fprintf(out, "  ...\n");
}
