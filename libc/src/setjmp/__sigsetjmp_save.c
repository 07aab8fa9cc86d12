#include <signal.h>
#include <stddef.h>

#include "w64_jmp.h"

/* The first half of sigsetjmp (the macro in setjmp.h): with a non-zero
 * savemask, the current mask goes into the buffer for siglongjmp. */
struct __jmp_buf_tag *__sigsetjmp_save(sigjmp_buf env, int savemask)
{
	env->__mask_saved = savemask != 0;
	if (savemask)
		sigprocmask(SIG_BLOCK, NULL, &env->__mask);
	return env;
}
