/* <wasm_simd128.h> intrinsics in the wasm build, the same computations in
 * plain C in the native build: both must print the same lines. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

static uint8_t text[256];
static float fa[64], fb[64];

/* Where byte c first occurs in p[0..n) (n a multiple of 16), or -1. */
static int find_byte(const uint8_t *p, int n, uint8_t c)
{
#ifdef __wasm_simd128__
	v128_t needle = wasm_i8x16_splat((int8_t)c);
	for (int i = 0; i < n; i += 16) {
		uint32_t m = wasm_i8x16_bitmask(wasm_i8x16_eq(wasm_v128_load(p + i), needle));
		if (m)
			return i + __builtin_ctz(m);
	}
	return -1;
#else
	for (int i = 0; i < n; i++)
		if (p[i] == c)
			return i;
	return -1;
#endif
}

/* Sum of |a - b| over bytes, then the dot product of floats. */
static uint32_t sad(const uint8_t *a, const uint8_t *b, int n)
{
#ifdef __wasm_simd128__
	v128_t acc = wasm_i32x4_splat(0);
	for (int i = 0; i < n; i += 16) {
		v128_t x = wasm_v128_load(a + i), y = wasm_v128_load(b + i);
		v128_t d = wasm_v128_or(wasm_u8x16_sub_sat(x, y), wasm_u8x16_sub_sat(y, x));
		v128_t w = wasm_u16x8_extadd_pairwise_u8x16(d);
		acc = wasm_i32x4_add(acc, wasm_u32x4_extadd_pairwise_u16x8(w));
	}
	return (uint32_t)(wasm_i32x4_extract_lane(acc, 0) + wasm_i32x4_extract_lane(acc, 1) +
	                  wasm_i32x4_extract_lane(acc, 2) + wasm_i32x4_extract_lane(acc, 3));
#else
	uint32_t s = 0;
	for (int i = 0; i < n; i++)
		s += (uint32_t)(a[i] > b[i] ? a[i] - b[i] : b[i] - a[i]);
	return s;
#endif
}

/* Four partial sums, lane k taking elements k, k+4, ...; added at the end
 * in lane order (the scalar code keeps the same order). */
static float dot4(const float *a, const float *b, int n)
{
#ifdef __wasm_simd128__
	v128_t acc = wasm_f32x4_splat(0);
	for (int i = 0; i < n; i += 4)
		acc = wasm_f32x4_add(acc, wasm_f32x4_mul(wasm_v128_load(a + i), wasm_v128_load(b + i)));
	return ((wasm_f32x4_extract_lane(acc, 0) + wasm_f32x4_extract_lane(acc, 1)) +
	        wasm_f32x4_extract_lane(acc, 2)) + wasm_f32x4_extract_lane(acc, 3);
#else
	float acc[4] = {0, 0, 0, 0};
	for (int i = 0; i < n; i += 4)
		for (int k = 0; k < 4; k++)
			acc[k] = acc[k] + a[i + k] * b[i + k];
	return ((acc[0] + acc[1]) + acc[2]) + acc[3];
#endif
}

/* Reverses each 4-byte group, then narrows i16 lanes to bytes with
 * unsigned saturation: the lanes shifted right by 7 (in range), then as
 * they are (most saturate). */
static void shuffle_narrow(const uint8_t *in, uint8_t *out)
{
#ifdef __wasm_simd128__
	v128_t v = wasm_v128_load(in);
	v128_t r = wasm_i8x16_shuffle(v, v, 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12);
	v128_t n = wasm_u8x16_narrow_i16x8(wasm_i16x8_shr(r, 7), r);
	wasm_v128_store(out, n);
#else
	uint8_t r[16];
	int16_t h[8];
	for (int i = 0; i < 16; i++)
		r[i] = in[(i & ~3) + 3 - (i & 3)];
	memcpy(h, r, 16);
	for (int i = 0; i < 16; i++) {
		int v = i < 8 ? h[i] >> 7 : h[i - 8];
		out[i] = (uint8_t)(v < 0 ? 0 : v > 255 ? 255 : v);
	}
#endif
}

/* float -> int with saturation, then a float min that sees NaN. */
static void convert(const float *in, int32_t *out)
{
#ifdef __wasm_simd128__
	wasm_v128_store(out, wasm_i32x4_trunc_sat_f32x4(wasm_v128_load(in)));
#else
	for (int i = 0; i < 4; i++) {
		float x = in[i];
		out[i] = x != x ? 0 : x >= 2147483648.0f ? INT32_MAX : x < -2147483648.0f ? INT32_MIN : (int32_t)x;
	}
#endif
}

int main(void)
{
	for (int i = 0; i < 256; i++)
		text[i] = (uint8_t)("the quick brown fox jumps over the lazy dog"[i % 43]);
	text[200] = '!';
	printf("find: %d %d %d\n", find_byte(text, 256, 'q'), find_byte(text, 256, '!'),
	       find_byte(text, 256, '#'));
	printf("sad: %u\n", sad(text, text + 64, 192));
	for (int i = 0; i < 64; i++) {
		fa[i] = (float)i / 3.0f - 5.0f;
		fb[i] = 1.0f / (float)(i + 1);
	}
	printf("dot: %a\n", (double)dot4(fa, fb, 64));
	uint8_t out[16];
	shuffle_narrow(text + 16, out);
	for (int i = 0; i < 16; i++)
		printf("%02x", out[i]);
	printf("\n");
	float f[4] = {1e10f, -3.7f, -1e10f, 0.0f};
	f[3] = f[3] / f[3]; /* NaN */
	int32_t n[4];
	convert(f, n);
	printf("convert: %d %d %d %d\n", n[0], n[1], n[2], n[3]);
	return 0;
}
