#include <crypt.h>

#include "w64_crypt.h"

char *crypt_r(const char *phrase, const char *setting, struct crypt_data *data)
{
	_Static_assert(sizeof data->__result >= W64_CRYPT_MAX, "crypt_data holds every result");
	return __w64_crypt(phrase, setting, data->__result);
}
