#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "w64_environ.h"
#include "w64_errno.h"

int unsetenv(const char *name)
{
	if (name == NULL || *name == '\0' || strchr(name, '=') != NULL)
		return __w64_set_errno(EINVAL);
	__w64_env_remove(name, strlen(name));
	return 0;
}
