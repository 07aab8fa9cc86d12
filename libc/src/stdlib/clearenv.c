#include <stdlib.h>

#include "w64_environ.h"

/* environ becomes NULL, as in glibc: an empty environment. */
int clearenv(void)
{
	__w64_env_clear();
	return 0;
}
