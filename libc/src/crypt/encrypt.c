#include <unistd.h>

#include "w64_crypt.h"

/* Plain DES (no salt) of 64 one-bit bytes in place, under setkey's key;
 * a nonzero edflag decrypts. */
void encrypt(char block[64], int edflag)
{
	uint64_t b = 0;
	for (int i = 0; i < 64; i++)
		b = b << 1 | (uint64_t)(block[i] & 1);
	b = __w64_des_run(&__w64_des_setkey_schedule, b, 0, 1, edflag != 0);
	for (int i = 0; i < 64; i++)
		block[i] = (char)((b >> (63 - i)) & 1);
}
