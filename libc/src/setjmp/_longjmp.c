#include "w64_jmp.h"

/* setjmp never saves the signal mask, so this is longjmp. */
_Noreturn void _longjmp(jmp_buf env, int val)
{
	__wasm_longjmp(env, val);
}
