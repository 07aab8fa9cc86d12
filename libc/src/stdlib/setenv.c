#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "w64_environ.h"
#include "w64_errno.h"

int setenv(const char *name, const char *value, int overwrite)
{
	if (name == NULL || *name == '\0' || strchr(name, '=') != NULL)
		return __w64_set_errno(EINVAL);
	if (!overwrite && getenv(name) != NULL)
		return 0;
	size_t name_len = strlen(name), value_len = strlen(value);
	char *entry = malloc(name_len + value_len + 2);
	if (entry == NULL)
		return __w64_set_errno(ENOMEM);
	memcpy(entry, name, name_len);
	entry[name_len] = '=';
	memcpy(entry + name_len + 1, value, value_len + 1);
	return __w64_env_put(entry, name_len, 1);
}
