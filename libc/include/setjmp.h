/*
 * setjmp.h.  WebAssembly has no way to save and restore a call stack, so
 * setjmp and longjmp are LLVM's lowering onto exception handling: in a
 * function that calls setjmp, the compiler wraps the calls that may
 * longjmp in a handler for the __c_longjmp tag and records each setjmp
 * with __wasm_setjmp; longjmp throws that tag (libc/src/setjmp), and the
 * handler of the function whose setjmp the jmp_buf names resumes there.
 * The compiler does this only when asked:
 *
 *   clang-22 --target=wasm64-wasip1 -mllvm -wasm-enable-sjlj ...
 *
 * The SDK's config files, toolchain.cmake and build-system files pass
 * the flag by default (docs/toolchain.md).  Without it, setjmp would be
 * an ordinary call that cannot return twice, so this header refuses to
 * compile rather than leave a link error or a wrong program.
 */
#ifndef _SETJMP_H
#define _SETJMP_H

/* clang defines __WASM_EXCEPTIONS__ for -mllvm -wasm-enable-sjlj (and for
 * -fwasm-exceptions, which alone does not lower setjmp: add the flag). */
#if defined(__wasm__) && !defined(__WASM_EXCEPTIONS__)
#error "setjmp/longjmp on WebAssembly need the compiler flag -mllvm -wasm-enable-sjlj (clang-22 --target=wasm64-wasip1 -mllvm -wasm-enable-sjlj ...); the SDK's toolchain.cmake and config files add it"
#endif

#define __NEED_sigset_t
#include <bits/alltypes.h>

/* __state is the lowering's: the invocation id of the function that
 * called setjmp, the label to resume at, and the {jmp_buf, value} pair
 * longjmp throws (libc/src/setjmp/__w64_jmp.h).  sigsetjmp saves the
 * signal mask after it. */
typedef struct __jmp_buf_tag {
	unsigned long long __state[4];
	int __mask_saved;
	sigset_t __mask;
} jmp_buf[1];

typedef jmp_buf sigjmp_buf;

#ifdef __cplusplus
extern "C" {
#endif

int setjmp(jmp_buf __env) __attribute__((__returns_twice__));
_Noreturn void longjmp(jmp_buf __env, int __val);

/* The mask is never saved by setjmp, so these are the same calls. */
#define _setjmp(env) setjmp(env)
_Noreturn void _longjmp(jmp_buf __env, int __val);

/* The lowering knows setjmp by name only: sigsetjmp records whether (and
 * which) mask to restore, then is a setjmp on the same buffer. */
struct __jmp_buf_tag *__sigsetjmp_save(sigjmp_buf __env, int __savemask);
#define sigsetjmp(env, savemask) setjmp(__sigsetjmp_save((env), (savemask)))
_Noreturn void siglongjmp(sigjmp_buf __env, int __val);

#ifdef __cplusplus
}
#endif

#endif
