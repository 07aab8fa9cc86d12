/*
 * Private to libc/host/: the only place WebAssembly imports are declared.
 *
 * Every import comes from module "wasi_snapshot_preview1" with the wasm64
 * host ABI (docs/host-abi.md): WASI preview 1 semantics, every pointer and
 * every `size` an i64.  On wasm64 both `void *` and `size_t` are already
 * 64-bit, so the declarations use real pointer types and size_t for WASI
 * `size`; fd, flags and the errno result stay 32-bit.  The same
 * declarations compiled for wasm32 (`make sysroot32`) are exactly WASI
 * preview 1's own wasm32 signatures, pointers and sizes as i32.
 */
#ifndef W64_WASI_IMPORT_H
#define W64_WASI_IMPORT_H

#if !defined(__wasm64__) && !defined(__wasm32__)
#error "libc/host implements the WASI host ABI of wasm64 (and wasm32); its imports are wrong for any other target"
#endif

#include <stddef.h>
#include <stdint.h>

_Static_assert(sizeof(void *) == sizeof(size_t) && sizeof(size_t) == __SIZEOF_POINTER__,
               "the host ABI passes pointers and sizes at the memory's width");

/* The width of a WASI pointer or size in this build, in bytes. */
#define W64_WORD ((size_t)__SIZEOF_POINTER__)

#define W64_WASI_IMPORT(name) \
	__attribute__((import_module("wasi_snapshot_preview1"), import_name(#name), \
	               visibility("hidden")))

/*
 * WASI's errno is a u16 carried in an i32.  Keeping only the low 16 bits
 * means a careless host can never hand the libc a negative error number.
 */
#define W64_WASI_ERRNO(ret) ((int)(uint16_t)(ret))

#endif
