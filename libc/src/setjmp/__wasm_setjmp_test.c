#include "w64_jmp.h"

/* Called by a function's __c_longjmp handler: the label of the setjmp to
 * resume after when the buffer names this call of the function, 0 when
 * it names another (the handler then throws the exception on). */
uint32_t __wasm_setjmp_test(void *env, void *invocation)
{
	const struct __w64_jmp_state *st = env;
	return st->invocation == invocation ? st->label : 0;
}
