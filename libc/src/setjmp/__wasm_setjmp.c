#include "w64_jmp.h"

/* Called by the compiler at each setjmp: remembers which call of which
 * function, and which setjmp in it, the buffer now names. */
void __wasm_setjmp(void *env, uint32_t label, void *invocation)
{
	struct __w64_jmp_state *st = env;
	st->invocation = invocation;
	st->label = label;
}
