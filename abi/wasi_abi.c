/* The tables of abi/wasi_abi.h, expanded from abi/wasi.def. */
#include <string.h>

#include "wasi_abi.h"

enum w64_wasi_repr w64_wasi_kind_repr(enum w64_wasi_kind k)
{
	switch (k) {
	case W64_WASI_K_FD:
	case W64_WASI_K_U32:
		return W64_WASI_I32;
	case W64_WASI_K_U64:
	case W64_WASI_K_S64:
	case W64_WASI_K_OFFSET:
		return W64_WASI_I64;
	default:
		return W64_WASI_WORD;
	}
}

const char *w64_wasi_kind_name(enum w64_wasi_kind k)
{
	static const char *const names[W64_WASI_NKINDS] = {
		"FD", "U32", "U64", "S64", "OFFSET", "PATH", "BUF", "SIZE", "OUT_SIZE", "OUT_FD",
		"OUT_U16", "OUT_U64", "OUT_FDSTAT", "OUT_FILESTAT", "OUT_PRESTAT", "IOVS", "CIOVS",
		"SUBSCRIPTIONS", "EVENTS", "STRPTRS", "STRBUF",
	};
	return (unsigned)k < W64_WASI_NKINDS ? names[k] : "?";
}

/* Each function's parameter names, then its row, from two expansions of
 * the same parameters.  The kinds list ends with an extra 0 (so a function
 * without parameters still has an initializer): it is counted out. */
#define WASI_PARAM(kind, name) #name,
#define WASI_FUNC(fname, result, params) [W64_WASI_FN_##fname] = {params},
static const char *const param_names[W64_WASI_NFUNCS][W64_WASI_MAX_PARAMS] = {
#include "wasi.def"
};

#define WASI_PARAM(kind, name) W64_WASI_K_##kind,
#define WASI_FUNC(fname, result, params) [W64_WASI_FN_##fname] = {                \
	.name = #fname, .noreturn = W64_WASI_NORETURN_##result,                    \
	.nparams = sizeof((uint8_t[]){params 0}) - 1, .kinds = {params 0},         \
	.param_names = param_names[W64_WASI_FN_##fname] },
#define W64_WASI_NORETURN_ERRNO false
#define W64_WASI_NORETURN_NORETURN true
const struct w64_wasi_fn_info w64_wasi_fns[W64_WASI_NFUNCS] = {
#include "wasi.def"
};

const struct w64_wasi_fn_info *w64_wasi_fn_lookup(const char *name, uint32_t len)
{
	for (unsigned i = 0; i < W64_WASI_NFUNCS; i++)
		if (strlen(w64_wasi_fns[i].name) == len && memcmp(w64_wasi_fns[i].name, name, len) == 0)
			return &w64_wasi_fns[i];
	return NULL;
}

#define WASI_STRUCT(name, size32, align32, size64, align64) {#name, size32, align32, size64, align64},
const struct w64_wasi_struct_info w64_wasi_structs[] = {
#include "wasi.def"
};
const uint32_t w64_wasi_nstructs = sizeof w64_wasi_structs / sizeof w64_wasi_structs[0];

#define WASI_FIELD(st, name, type, off32, off64) {#st, #name, #type, off32, off64},
const struct w64_wasi_field_info w64_wasi_fields[] = {
#include "wasi.def"
};
const uint32_t w64_wasi_nfields = sizeof w64_wasi_fields / sizeof w64_wasi_fields[0];

#define WASI_CONST(group, name, value) {#group, #name, value},
const struct w64_wasi_const_info w64_wasi_consts[] = {
#include "wasi.def"
};
const uint32_t w64_wasi_nconsts = sizeof w64_wasi_consts / sizeof w64_wasi_consts[0];
