#include <stdlib.h>

#include "w64_crypt.h"

void setkey(const char *key)
{
	uint64_t k = 0;
	for (int i = 0; i < 64; i++)
		k = k << 1 | (uint64_t)(key[i] & 1);
	__w64_des_set_key(&__w64_des_setkey_schedule, k);
}
