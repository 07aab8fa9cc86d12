#include "w64_jmp.h"

/* Code compiled with the setjmp flag calls __wasm_longjmp directly; this
 * is longjmp for everything else (code built without it, or a pointer). */
_Noreturn void longjmp(jmp_buf env, int val)
{
	__wasm_longjmp(env, val);
}
