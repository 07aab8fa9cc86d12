#include <crypt.h>

#include "w64_crypt.h"

char *crypt(const char *phrase, const char *setting)
{
	static char result[W64_CRYPT_MAX];
	return __w64_crypt(phrase, setting, result);
}
