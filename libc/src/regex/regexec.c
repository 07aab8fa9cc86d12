#include <regex.h>
#include <stdlib.h>
#include <string.h>

#include "w64_regex.h"

int regexec(const regex_t *restrict preg, const char *restrict string, size_t nmatch, regmatch_t *restrict pmatch,
	    int eflags)
{
	const struct __w64_regex *re = preg->__prog;
	if (!re)
		return REG_BADPAT;
	regoff_t *regs = malloc(re->nregs * sizeof *regs);
	if (!regs)
		return REG_ESPACE;
	size_t len = strlen(string);
	int rc = re->backrefs ? __w64_regex_backtrack(re, string, len, eflags, regs)
			      : __w64_regex_pike(re, string, len, eflags, regs);
	if (rc == 0 && !(re->cflags & REG_NOSUB)) {
		for (size_t i = 0; i < nmatch; i++) {
			pmatch[i].rm_so = pmatch[i].rm_eo = -1;
			if (i <= re->nsub && regs[2 * i] >= 0 && regs[2 * i + 1] >= 0) {
				pmatch[i].rm_so = regs[2 * i];
				pmatch[i].rm_eo = regs[2 * i + 1];
			}
		}
	}
	free(regs);
	return rc;
}
