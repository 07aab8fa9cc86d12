/*
 * Values and the heap: every value a pebble program handles, the objects
 * behind strings, lists, maps, functions, environments and files, and the
 * mark-and-sweep collector that frees them.
 *
 * Anything that may allocate may collect.  A Value held only in a C local
 * across an allocation must be on the root stack (heap_push/heap_pop);
 * everything reachable from the globals, the constants and the root stack
 * survives.
 */
#ifndef PEBBLE_VALUE_H
#define PEBBLE_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef enum {
	V_NIL,
	V_BOOL,
	V_NUM,
	V_BUILTIN, /* index into the builtin table: no allocation */
	V_OBJ,
} ValueKind;

typedef enum {
	O_STR,
	O_LIST,
	O_MAP,
	O_FUNC,
	O_ENV,
	O_FILE,
} ObjKind;

typedef struct Obj Obj;

typedef struct {
	uint8_t kind; /* ValueKind */
	union {
		bool b;
		double n;
		int builtin;
		Obj *o;
	} as;
} Value;

struct Obj {
	Obj *next; /* every object, for the sweep */
	uint8_t kind;
	uint8_t marked;
};

typedef struct {
	Obj h;
	size_t len;
	uint32_t hash;
	char data[]; /* len bytes and a NUL */
} Str;

typedef struct {
	Obj h;
	size_t len, cap;
	Value *items;
} List;

/* Maps keep insertion order, so iterating over one gives the same order
 * on every platform (hashes never depend on addresses). */
typedef struct {
	Value key, val;
	bool live;
} MapEntry;

typedef struct {
	Obj h;
	size_t count;          /* live entries */
	size_t used, cap;      /* entries[0..used), including removed ones */
	MapEntry *entries;
	int64_t *index;        /* open addressing over entry numbers; -1 empty */
	size_t index_cap;      /* a power of two, or 0 */
} Map;

typedef struct Env {
	Obj h;
	struct Env *parent;
	uint32_t n;
	Value slots[];
} Env;

struct FuncDecl; /* ast.h */

typedef struct {
	Obj h;
	const struct FuncDecl *decl;
	Env *env;
} Func;

typedef struct {
	Obj h;
	FILE *fp;
	Str *name;
	bool readable, writable;
} File;

typedef struct {
	Obj *objects;
	size_t bytes, next_gc;
	Value *roots;
	size_t nroots, cap_roots;
	Map *globals;
	List *consts;
	bool stress; /* collect at every allocation (tests) */
} Heap;

static inline Value v_nil(void) { Value v = {.kind = V_NIL}; return v; }
static inline Value v_bool(bool b) { Value v = {.kind = V_BOOL, .as.b = b}; return v; }
static inline Value v_num(double n) { Value v = {.kind = V_NUM, .as.n = n}; return v; }
static inline Value v_obj(void *o) { Value v = {.kind = V_OBJ, .as.o = o}; return v; }
static inline Value v_builtin(int i) { Value v = {.kind = V_BUILTIN, .as.builtin = i}; return v; }

static inline bool is_obj(Value v, ObjKind k) { return v.kind == V_OBJ && v.as.o->kind == k; }
static inline bool is_str(Value v) { return is_obj(v, O_STR); }
static inline bool is_list(Value v) { return is_obj(v, O_LIST); }
static inline bool is_map(Value v) { return is_obj(v, O_MAP); }
static inline Str *as_str(Value v) { return (Str *)v.as.o; }
static inline List *as_list(Value v) { return (List *)v.as.o; }
static inline Map *as_map(Value v) { return (Map *)v.as.o; }

void heap_init(Heap *h);
void heap_free(Heap *h); /* frees every object, closing open files */
void heap_push(Heap *h, Value v);
void heap_pop(Heap *h, size_t n);
void heap_collect(Heap *h);

/* Allocators: they abort the program on exhausted memory (out of memory
 * is the one condition pebble does not recover from). */
void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrndup(const char *s, size_t n);

Str *str_new(Heap *h, const char *s, size_t len);
Str *str_cstr(Heap *h, const char *s);
List *list_new(Heap *h, size_t cap);
void list_push(List *l, Value v);
Map *map_new(Heap *h);
Env *env_new(Heap *h, Env *parent, uint32_t n);
Func *func_new(Heap *h, const struct FuncDecl *decl, Env *env);
File *file_new(Heap *h, FILE *fp, Str *name, bool readable, bool writable);

/* Keys are nil, booleans, numbers (-0 is 0) and strings; NaN is not. */
bool map_key_ok(Value key);
bool map_get(const Map *m, Value key, Value *out);
void map_set(Map *m, Value key, Value val);
bool map_remove(Map *m, Value key);

bool values_equal(Value a, Value b);
bool truthy(Value v);
const char *type_name(Value v);

/* The shortest of %.15g, %.16g and %.17g that reads back as the same
 * double; "nan", "inf", "-inf" for the rest.  buf holds 32 bytes. */
void format_number(char *buf, size_t size, double n);

/* Appends the printed form of v (strings raw at the top level, quoted
 * inside lists and maps). */
typedef struct {
	char *data;
	size_t len, cap;
} Buf;
void buf_add(Buf *b, const char *s, size_t n);
void buf_adds(Buf *b, const char *s);
void buf_addc(Buf *b, char c);
void buf_free(Buf *b);
void value_print(Buf *b, Value v, bool quoted);

#endif
