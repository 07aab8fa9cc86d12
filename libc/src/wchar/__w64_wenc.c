#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

#include "w64_errno.h"
#include "w64_wide.h"

size_t __w64_wenc(char *out, uint32_t c)
{
	if (c < 0x80) {
		out[0] = (char)c;
		return 1;
	}
	/* n continuation bytes of 6 bits each; the lead keeps 6 - n bits
	 * (0xfe, for n = 6, keeps none: 36 bits in all). */
	size_t n = c < 0x800 ? 1 : c < 0x10000 ? 2 : c < 0x200000 ? 3 : c < 0x4000000 ? 4 : c < 0x80000000u ? 5 : 6;
	unsigned lead = (0xff00u >> (n + 1)) & 0xff;
	uint64_t v = c;
	for (size_t i = n; i > 0; i--) {
		out[i] = (char)(0x80 | (v & 0x3f));
		v >>= 6;
	}
	out[0] = (char)(lead | (unsigned)v);
	return n + 1;
}

size_t __w64_wdec(const char *p, uint32_t *c)
{
	unsigned lead = (unsigned char)p[0];
	if (lead < 0x80) {
		*c = lead;
		return 1;
	}
	size_t n = 0;
	while (n < 6 && (lead << (n + 1) & 0x80))
		n++;
	uint64_t v = lead & (0x3fu >> n);
	for (size_t i = 1; i <= n; i++)
		v = v << 6 | ((unsigned char)p[i] & 0x3f);
	*c = (uint32_t)v;
	return n + 1;
}

size_t __w64_wenc_count(const char *p, size_t n)
{
	size_t chars = 0;
	for (size_t i = 0; i < n; i++)
		chars += ((unsigned char)p[i] & 0xc0) != 0x80;
	return chars;
}

char *__w64_wenc_string(const wchar_t *w, char *small, size_t cap)
{
	size_t len = 0;
	char tmp[W64_WENC_MAX];
	for (const wchar_t *q = w; *q != 0; q++)
		len += __w64_wenc(tmp, (uint32_t)*q);
	char *out = small;
	if (len >= cap) {
		out = malloc(len + 1);
		if (out == NULL) {
			__w64_set_errno(ENOMEM);
			return NULL;
		}
	}
	size_t pos = 0;
	for (; *w != 0; w++)
		pos += __w64_wenc(out + pos, (uint32_t)*w);
	out[pos] = '\0';
	return out;
}
