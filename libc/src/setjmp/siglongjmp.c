#include <signal.h>
#include <stddef.h>

#include "w64_jmp.h"

/* Restores the mask sigsetjmp saved, if it saved one, then jumps: a
 * handler that leaves by siglongjmp unblocks its own signal again. */
_Noreturn void siglongjmp(sigjmp_buf env, int val)
{
	if (env->__mask_saved)
		sigprocmask(SIG_SETMASK, &env->__mask, NULL);
	__wasm_longjmp(env, val);
}
