#include "w64_jmp.h"

/* Throws __c_longjmp (tag 1 of __builtin_wasm_throw) with the buffer and
 * the value setjmp is to return, which C says is never 0. */
_Noreturn void __wasm_longjmp(void *env, int val)
{
	struct __w64_jmp_state *st = env;
	st->args.env = env;
	st->args.val = val ? val : 1;
	__builtin_wasm_throw(1, &st->args);
}
