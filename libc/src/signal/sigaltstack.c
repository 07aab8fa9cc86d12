#include <errno.h>
#include <signal.h>
#include <stddef.h>

#include "w64_errno.h"

/* Recorded and reported back, never switched to: see <signal.h>. */
static stack_t alternate = {.ss_sp = 0, .ss_flags = SS_DISABLE, .ss_size = 0};

int sigaltstack(const stack_t *restrict ss, stack_t *restrict old)
{
	if (ss != NULL) {
		if (ss->ss_flags & ~(SS_DISABLE | SS_ONSTACK)) /* SS_ONSTACK: old programs pass it */
			return __w64_set_errno(EINVAL);
		if (!(ss->ss_flags & SS_DISABLE) && ss->ss_size < MINSIGSTKSZ)
			return __w64_set_errno(ENOMEM);
	}
	if (old != NULL)
		*old = alternate;
	if (ss != NULL)
		alternate = (ss->ss_flags & SS_DISABLE) ? (stack_t){.ss_flags = SS_DISABLE} : *ss;
	return 0;
}
