#ifndef W64_JMP_H
#define W64_JMP_H

#include <setjmp.h>
#include <stdint.h>

/*
 * What LLVM's setjmp/longjmp lowering (-mllvm -wasm-enable-sjlj) keeps in
 * a jmp_buf.  The compiler calls the three __wasm_* functions and catches
 * the __c_longjmp tag, whose one value is a pointer to a longjmp_args:
 * its handler reads env and then val from it, so that pair's layout is
 * the compiler's, not ours.  The rest is private to libc/src/setjmp.
 */
struct __w64_longjmp_args {
	void *env;
	int val;
};

struct __w64_jmp_state {
	/* Unique to one call of the function that called setjmp (the
	 * compiler passes the address of a local): a longjmp reaches only
	 * that call, never a later one that reuses the buffer. */
	void *invocation;
	/* Which of that function's setjmp calls to resume after; 0 is none. */
	uint32_t label;
	/* Lives in the buffer so that throwing needs no allocation. */
	struct __w64_longjmp_args args;
};

_Static_assert(sizeof(struct __w64_jmp_state) <= sizeof(((struct __jmp_buf_tag *)0)->__state),
	       "jmp_buf's __state holds the lowering's state");

/* The functions the compiler calls (declared here for the libc's own use). */
void __wasm_setjmp(void *env, uint32_t label, void *invocation);
uint32_t __wasm_setjmp_test(void *env, void *invocation);
_Noreturn void __wasm_longjmp(void *env, int val);

#endif
