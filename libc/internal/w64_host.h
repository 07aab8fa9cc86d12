/*
 * The bottom half's interface: the WASI preview 1 host ABI (docs/host-abi.md),
 * expanded from abi/wasi.def, the one list of its functions, structs and
 * numbers.
 *
 * __w64_host_<name> is WASI's <name>.  In wasm it is the import itself
 * (module "wasi_snapshot_preview1"), so nothing stands between the top
 * half and the host; pointers and sizes are native width, which on wasm64
 * is the 64-bit host ABI and on wasm32 WASI's own.  A native build of the
 * top half links a POSIX-backed definition of each (libc/native/host.c).
 * Each returns the host's WASI errno (a u16, 0 on success); the caller
 * decides whether it becomes errno.
 */
#ifndef W64_HOST_H
#define W64_HOST_H

#include <stddef.h>
#include <stdint.h>

#define W64_HIDDEN __attribute__((visibility("hidden")))

/* The width of a WASI pointer or size in this build, in bytes. */
#define W64_WORD ((size_t)__SIZEOF_POINTER__)

/* The structs WASI passes, in C.  Their layouts are checked against
 * abi/wasi.def where they are used (libc/host/abi_check.c). */
struct __w64_ciovec {
	const void *buf;
	size_t buf_len;
};

/* The same layout as ciovec, for buffers the host fills. */
struct __w64_iovec {
	void *buf;
	size_t buf_len;
};

struct __w64_prestat {
	uint8_t tag; /* 0: a directory */
	size_t pr_name_len;
};

struct __w64_fdstat {
	uint8_t fs_filetype;
	uint16_t fs_flags;
	uint64_t fs_rights_base;
	uint64_t fs_rights_inheriting;
};

struct __w64_filestat {
	uint64_t dev;
	uint64_t ino;
	uint8_t filetype;
	uint64_t nlink;
	uint64_t size;
	uint64_t atim; /* nanoseconds since the epoch */
	uint64_t mtim;
	uint64_t ctim;
};

/* The header of each record fd_readdir writes.  The records are packed
 * and unaligned (the name follows, d_namlen bytes, no NUL): read them by
 * offsetof, never through a pointer to this struct. */
struct __w64_dirent {
	uint64_t d_next; /* the cookie of the next entry */
	uint64_t d_ino;
	uint32_t d_namlen;
	uint8_t d_type;
};

/* `tag` selects the variant: clock (0), or fd_read / fd_write (1, 2). */
struct __w64_subscription {
	uint64_t userdata;
	uint8_t tag;
	union {
		struct {
			uint32_t clock_id;
			uint64_t clock_timeout;
			uint64_t clock_precision;
			uint16_t clock_flags;
		};
		uint32_t fd_readwrite_file_descriptor;
	};
};

struct __w64_event {
	uint64_t userdata;
	uint16_t error;
	uint8_t type;
	uint64_t fd_readwrite_nbytes;
	uint16_t fd_readwrite_flags;
};

/* WASI's enums and flags: W64_<GROUP>_<NAME> (W64_FILETYPE_DIRECTORY,
 * W64_OFLAGS_CREAT, ...).  RIGHT values are bit numbers: W64_RIGHT(FD_READ)
 * is the right itself. */
enum {
#define WASI_CONST(group, name, value) W64_##group##_##name = value,
#include "wasi.def"
};
#define W64_RIGHT(name) (UINT64_C(1) << W64_RIGHT_##name)
#define W64_RIGHTS_ALL ((UINT64_C(1) << 30) - 1)

/* The C type of each parameter kind of abi/wasi.def. */
#define W64_CTYPE_FD int32_t
#define W64_CTYPE_U32 uint32_t
#define W64_CTYPE_U64 uint64_t
#define W64_CTYPE_S64 int64_t
#define W64_CTYPE_OFFSET uint64_t
#define W64_CTYPE_PATH const char *
#define W64_CTYPE_BUF void *
#define W64_CTYPE_SIZE size_t
#define W64_CTYPE_OUT_SIZE size_t *
#define W64_CTYPE_OUT_FD int32_t *
#define W64_CTYPE_OUT_U16 uint16_t *
#define W64_CTYPE_OUT_U64 uint64_t *
#define W64_CTYPE_OUT_FDSTAT struct __w64_fdstat *
#define W64_CTYPE_OUT_FILESTAT struct __w64_filestat *
#define W64_CTYPE_OUT_PRESTAT struct __w64_prestat *
#define W64_CTYPE_IOVS const struct __w64_iovec *
#define W64_CTYPE_CIOVS const struct __w64_ciovec *
#define W64_CTYPE_SUBSCRIPTIONS const struct __w64_subscription *
#define W64_CTYPE_EVENTS struct __w64_event *
#define W64_CTYPE_STRPTRS char **
#define W64_CTYPE_STRBUF char *
#define W64_RESULT_ERRNO int
#define W64_RESULT_NORETURN __attribute__((noreturn)) void

#ifdef __wasm__
#define W64_HOST_IMPORT(name) \
	__attribute__((import_module("wasi_snapshot_preview1"), import_name(#name)))
#else
#define W64_HOST_IMPORT(name)
#endif

/* Each parameter comes with a leading comma; the 0 in front of the list
 * absorbs the first. */
#define W64_HOST_PARAMS_(zero, ...) __VA_ARGS__
#define W64_HOST_PARAMS(...) W64_HOST_PARAMS_(__VA_ARGS__)
#define WASI_PARAM(kind, name) , W64_CTYPE_##kind name
#define WASI_FUNC(name, result, params) \
	W64_HOST_IMPORT(name) W64_HIDDEN W64_RESULT_##result __w64_host_##name(W64_HOST_PARAMS(0 params));
#include "wasi.def"
#undef W64_HOST_PARAMS_
#undef W64_HOST_PARAMS
#undef W64_HOST_IMPORT

#undef W64_HIDDEN

#endif
