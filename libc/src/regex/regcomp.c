#include <regex.h>
#include <stdlib.h>

#include "w64_locale.h"
#include "w64_regex.h"

int regcomp(regex_t *restrict preg, const char *restrict pattern, int cflags)
{
	struct w64_re_tree tree = {0};
	struct __w64_regex *re = calloc(1, sizeof *re);
	preg->re_nsub = 0;
	preg->__prog = NULL;
	if (!re)
		return REG_ESPACE;
	re->cflags = cflags;
	/* Like glibc, the locale in effect now decides what a character is
	 * for this pattern and every regexec of it. */
	re->utf8 = __w64_ctype_utf8;
	int rc = __w64_regex_parse(re, &tree, pattern);
	if (!rc)
		rc = __w64_regex_emit(re, &tree);
	free(tree.nodes);
	if (rc) {
		__w64_regex_free(re);
		free(re);
		return rc;
	}
	preg->re_nsub = re->nsub;
	preg->__prog = re;
	return 0;
}
