/*
 * crt1.o: the entry point of a wasm64 command (and of a wasm32 one, in the
 * sysroot32 build).  clang links it first in every program; wasm-ld exports
 * `_start` as the entry.
 */
#if !defined(__wasm64__) && !defined(__wasm32__)
#error "crt1.c is the WebAssembly program entry point"
#endif

#include <stdlib.h>

#include "w64_startup.h"

void _start(void)
{
	/* Calling the constructors here, explicitly, also tells wasm-ld not to
	 * wrap every other export in a constructor call of its own. */
	__wasm_call_ctors();
	exit(__main_void());
}
