/* An application: an LZ77 compressor with a hash chain match finder, and
 * its decompressor, round-tripping generated text. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { WINDOW = 1 << 16, MIN_MATCH = 4, MAX_MATCH = 255, HASH_BITS = 15 };

static uint32_t hash4(const uint8_t *p)
{
	uint32_t v = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
	return (v * 2654435761u) >> (32 - HASH_BITS);
}

/* Output: literal runs [0x00 len bytes...] and matches [0x01 len dist16]. */
static size_t compress(const uint8_t *in, size_t n, uint8_t *out)
{
	int32_t *head = malloc(sizeof(int32_t) << HASH_BITS);
	int32_t *prev = malloc(n * sizeof *prev);
	for (size_t i = 0; i < (size_t)1 << HASH_BITS; i++)
		head[i] = -1;
	size_t o = 0, lit_start = 0, i = 0;
	while (i + MIN_MATCH <= n) {
		uint32_t h = hash4(in + i);
		size_t best = 0, dist = 0;
		int chain = 32;
		for (int32_t c = head[h]; c >= 0 && i - (size_t)c < WINDOW && chain--; c = prev[c]) {
			size_t l = 0;
			while (l < MAX_MATCH && i + l < n && in[c + l] == in[i + l])
				l++;
			if (l > best) {
				best = l;
				dist = i - (size_t)c;
			}
		}
		prev[i] = head[h];
		head[h] = (int32_t)i;
		if (best >= MIN_MATCH) {
			while (lit_start < i) {
				size_t run = i - lit_start < 255 ? i - lit_start : 255;
				out[o++] = 0;
				out[o++] = (uint8_t)run;
				memcpy(out + o, in + lit_start, run);
				o += run;
				lit_start += run;
			}
			out[o++] = 1;
			out[o++] = (uint8_t)best;
			out[o++] = (uint8_t)dist;
			out[o++] = (uint8_t)(dist >> 8);
			for (size_t k = 1; k < best && i + k + MIN_MATCH <= n; k++) {
				uint32_t hk = hash4(in + i + k);
				prev[i + k] = head[hk];
				head[hk] = (int32_t)(i + k);
			}
			i += best;
			lit_start = i;
		} else {
			i++;
		}
	}
	while (lit_start < n) {
		size_t run = n - lit_start < 255 ? n - lit_start : 255;
		out[o++] = 0;
		out[o++] = (uint8_t)run;
		memcpy(out + o, in + lit_start, run);
		o += run;
		lit_start += run;
	}
	free(head);
	free(prev);
	return o;
}

static size_t decompress(const uint8_t *in, size_t n, uint8_t *out)
{
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		if (in[i] == 0) {
			memcpy(out + o, in + i + 2, in[i + 1]);
			o += in[i + 1];
			i += 2 + in[i + 1];
		} else {
			size_t len = in[i + 1], dist = in[i + 2] | (size_t)in[i + 3] << 8;
			for (size_t k = 0; k < len; k++, o++)
				out[o] = out[o - dist];
			i += 4;
		}
	}
	return o;
}

int main(int argc, char **argv)
{
	size_t n = (argc > 1 ? (size_t)atoi(argv[1]) : 16) << 20;
	static const char *words[] = {"memory", "sixty", "four", "bit", "the", "of", "wasm",
	                              "interpreter", "page", "grow", "load", "store", "and", "a"};
	uint8_t *text = malloc(n), *packed = malloc(n + n / 64 + 16), *back = malloc(n);
	uint32_t x = 3;
	for (size_t i = 0; i < n;) {
		x ^= x << 13, x ^= x >> 17, x ^= x << 5;
		const char *w = words[x % 14];
		size_t l = strlen(w);
		for (size_t k = 0; k < l && i < n; k++)
			text[i++] = (uint8_t)w[k];
		if (i < n)
			text[i++] = (x & 0x300) ? ' ' : '\n';
	}
	size_t c = compress(text, n, packed);
	size_t d = decompress(packed, c, back);
	int ok = d == n && memcmp(text, back, n) == 0;
	uint32_t h = 0;
	for (size_t i = 0; i < c; i++)
		h = h * 31 + packed[i];
	printf("lz %zu -> %zu bytes (%s), hash %u\n", n, c, ok ? "round trip ok" : "MISMATCH", h);
	return ok ? 0 : 1;
}
