/*
 * Private to libc/host/: the only place WebAssembly imports are declared.
 *
 * Every import comes from module "wasi_snapshot_preview1" with the wasm64
 * host ABI (docs/host-abi.md): WASI preview 1 semantics, every pointer and
 * every `size` an i64.  On wasm64 both `void *` and `size_t` are already
 * 64-bit, so the declarations use real pointer types and size_t for WASI
 * `size` (asserted below); fd, flags and the errno result stay 32-bit.
 */
#ifndef W64_WASI_IMPORT_H
#define W64_WASI_IMPORT_H

#if !defined(__wasm64__)
#error "libc/host implements the wasm64 host ABI; its imports are wrong for any other target"
#endif

#include <stddef.h>
#include <stdint.h>

_Static_assert(sizeof(void *) == 8 && sizeof(size_t) == 8,
               "the wasm64 host ABI passes pointers and sizes as i64");

#define W64_WASI_IMPORT(name) \
	__attribute__((import_module("wasi_snapshot_preview1"), import_name(#name), \
	               visibility("hidden")))

/*
 * WASI's errno is a u16 carried in an i32.  Keeping only the low 16 bits
 * means a careless host can never hand the libc a negative error number.
 */
#define W64_WASI_ERRNO(ret) ((int)(uint16_t)(ret))

#endif
