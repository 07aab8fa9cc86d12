/*
 * The host ABI of abi/wasi.def as C data, for the native programs that
 * implement or transform it (the runtime's WASI library, the rewriter's
 * --wasi64, abi/gen.c).  The libc expands wasi.def itself, into C types
 * (libc/internal/w64_host.h).
 */
#ifndef W64_WASI_ABI_H
#define W64_WASI_ABI_H

#include <stdbool.h>
#include <stdint.h>

/* The parameter kinds of wasi.def (its header says what each one is). */
enum w64_wasi_kind {
	W64_WASI_K_FD, W64_WASI_K_U32, W64_WASI_K_U64, W64_WASI_K_S64, W64_WASI_K_OFFSET,
	W64_WASI_K_PATH, W64_WASI_K_BUF, W64_WASI_K_SIZE, W64_WASI_K_OUT_SIZE, W64_WASI_K_OUT_FD,
	W64_WASI_K_OUT_U16, W64_WASI_K_OUT_U64, W64_WASI_K_OUT_FDSTAT, W64_WASI_K_OUT_FILESTAT,
	W64_WASI_K_OUT_PRESTAT, W64_WASI_K_IOVS, W64_WASI_K_CIOVS, W64_WASI_K_SUBSCRIPTIONS,
	W64_WASI_K_EVENTS, W64_WASI_K_STRPTRS, W64_WASI_K_STRBUF,
	W64_WASI_NKINDS
};

/* How a kind is passed in core wasm. */
enum w64_wasi_repr {
	W64_WASI_I32,      /* an i32 in both widths */
	W64_WASI_I64,      /* an i64 in both widths */
	W64_WASI_WORD,     /* a pointer or a size: i32 in wasm32, i64 in wasm64 */
};
enum w64_wasi_repr w64_wasi_kind_repr(enum w64_wasi_kind k);
const char *w64_wasi_kind_name(enum w64_wasi_kind k);

/* One enumerator per function, in wasi.def's order. */
enum w64_wasi_fn {
#define WASI_FUNC(name, result, params) W64_WASI_FN_##name,
#include "wasi.def"
	W64_WASI_NFUNCS
};

/* The most parameters a function has (path_open). */
#define W64_WASI_MAX_PARAMS 9

struct w64_wasi_fn_info {
	const char *name;                       /* the import's name */
	bool noreturn;                          /* proc_exit: no result */
	uint8_t nparams;
	uint8_t kinds[W64_WASI_MAX_PARAMS + 1]; /* enum w64_wasi_kind; a 0 follows */
	const char *const *param_names;         /* nparams names */
};

/* Indexed by enum w64_wasi_fn. */
extern const struct w64_wasi_fn_info w64_wasi_fns[W64_WASI_NFUNCS];

/* The function named `name` (len bytes, not NUL-terminated), or NULL. */
const struct w64_wasi_fn_info *w64_wasi_fn_lookup(const char *name, uint32_t len);

/* The module every function is imported from. */
#define W64_WASI_MODULE "wasi_snapshot_preview1"

/* Struct layouts: W64_WASI_<struct>_SIZE32 / _SIZE64 / _ALIGN32 / _ALIGN64,
 * and W64_WASI_<struct>_<field>_OFF32 / _OFF64. */
#define WASI_STRUCT(name, size32, align32, size64, align64)                     \
	enum { W64_WASI_##name##_SIZE32 = size32, W64_WASI_##name##_ALIGN32 = align32,  \
	       W64_WASI_##name##_SIZE64 = size64, W64_WASI_##name##_ALIGN64 = align64 };
#define WASI_FIELD(st, name, type, off32, off64)                                  \
	enum { W64_WASI_##st##_##name##_OFF32 = off32, W64_WASI_##st##_##name##_OFF64 = off64 };
#include "wasi.def"

/* The layouts that are the same in both widths, by one name. */
#define W64_WASI_OFF(st, field) W64_WASI_##st##_##field##_OFF64
#define W64_WASI_SIZE(st) W64_WASI_##st##_SIZE64

/* Enums and flags: W64_WASI_<group>_<name>, e.g. W64_WASI_ERRNO_BADF,
 * W64_WASI_FILETYPE_DIRECTORY; rights are W64_WASI_RIGHT_<name> (a bit
 * number: the right is 1 << it). */
#define WASI_CONST(group, name, value) W64_WASI_##group##_##name = value,
enum {
#include "wasi.def"
};

/* A struct of wasi.def as data (abi/gen.c writes them out for JS). */
struct w64_wasi_field_info {
	const char *strct, *name, *type;
	uint32_t off32, off64;
};
struct w64_wasi_struct_info {
	const char *name;
	uint32_t size32, align32, size64, align64;
};
struct w64_wasi_const_info {
	const char *group, *name;
	uint64_t value;
};
extern const struct w64_wasi_struct_info w64_wasi_structs[];
extern const uint32_t w64_wasi_nstructs;
extern const struct w64_wasi_field_info w64_wasi_fields[];
extern const uint32_t w64_wasi_nfields;
extern const struct w64_wasi_const_info w64_wasi_consts[];
extern const uint32_t w64_wasi_nconsts;

#endif
