#include <regex.h>
#include <stdlib.h>

#include "w64_regex.h"

void regfree(regex_t *preg)
{
	if (!preg->__prog)
		return;
	__w64_regex_free(preg->__prog);
	free(preg->__prog);
	preg->__prog = NULL;
}
