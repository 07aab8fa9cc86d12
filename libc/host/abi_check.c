/*
 * The libc's C view of the host ABI checked against abi/wasi.def: every
 * struct's size, alignment and field offsets in this build's width, and
 * every errno value of <errno.h>.  Nothing here produces code.
 */
#include <errno.h>
#include <stdalign.h>
#include <stddef.h>

#include "w64_host.h"

#define W64_PICK(v32, v64) (W64_WORD == 8 ? (v64) : (v32))

#define WASI_STRUCT(name, size32, align32, size64, align64)                              \
	_Static_assert(sizeof(struct __w64_##name) == W64_PICK(size32, size64) &&          \
	               alignof(struct __w64_##name) == W64_PICK(align32, align64),          \
	               "struct __w64_" #name ": size or alignment differs from abi/wasi.def");
#define WASI_FIELD(st, name, type, off32, off64)                                         \
	_Static_assert(offsetof(struct __w64_##st, name) == W64_PICK(off32, off64),        \
	               "struct __w64_" #st ": field " #name " is not where abi/wasi.def puts it");
#define WASI_ERRNO(name, value) \
	_Static_assert(E##name == value, "<errno.h>: E" #name " is not WASI's value");
#include "wasi.def"
