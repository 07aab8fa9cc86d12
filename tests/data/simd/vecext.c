/* GCC vector extensions: the same source means v128 instructions in wasm
 * (-msimd128) and the host's vectors natively; printed to be compared. */
#include <stdint.h>
#include <stdio.h>

typedef int32_t v4i __attribute__((vector_size(16)));
typedef uint8_t v16u __attribute__((vector_size(16)));
typedef int16_t v8i __attribute__((vector_size(16)));
typedef float v4f __attribute__((vector_size(16)));
typedef double v2d __attribute__((vector_size(16)));
typedef int64_t v2l __attribute__((vector_size(16)));

/* A v128 through memory and calls, so none of it folds away. */
__attribute__((noinline)) static v4i mix(v4i a, v4i b, int k)
{
	v4i c = a * b + (a >> k) - (b << (k & 7));
	v4i m = a > b; /* all ones where true */
	return (c & m) | ((c ^ b) & ~m);
}

__attribute__((noinline)) static v4f poly(v4f x)
{
	return ((x * 0.5f + 1.25f) * x - 3.0f) / (x + 10.0f);
}

static void show4(const char *what, v4i v)
{
	printf("%s: %d %d %d %d\n", what, v[0], v[1], v[2], v[3]);
}

int main(void)
{
	v4i a = {1, -7, 100000, -2147483647 - 1}, b = {3, 5, -9, 77};
	for (int k = 0; k < 5; k++) {
		a = mix(a, b, k);
		b = b + (v4i){k, -k, k * k, 1};
	}
	show4("mix", a);
	v16u bytes;
	for (int i = 0; i < 16; i++)
		bytes[i] = (uint8_t)(i * 37 + 11);
	v16u sum = bytes + (v16u){200, 1, 2, 3, 255, 4, 5, 6, 7, 8, 9, 10, 128, 12, 13, 14};
	v16u lt = (v16u)(sum < bytes);
	unsigned mask = 0;
	for (int i = 0; i < 16; i++)
		mask |= (unsigned)(lt[i] & 1) << i;
	printf("bytes: %u %u %u carries %04x\n", sum[0], sum[4], sum[15], mask);
	v8i h = {1000, -1000, 32000, -32000, 7, 8, 9, 10};
	h = h * (v8i){3, 3, 2, 2, -1, -1, 5, 5};
	printf("i16: %d %d %d %d %d\n", h[0], h[1], h[2], h[3], h[7]);
	v4f f = {0.1f, -2.5f, 1e10f, 3.0f};
	for (int k = 0; k < 3; k++)
		f = poly(f);
	printf("f32: %a %a %a %a\n", (double)f[0], (double)f[1], (double)f[2], (double)f[3]);
	v2d d = {1.0 / 3.0, -1e300};
	d = d * d + (v2d){0.5, 1e300};
	printf("f64: %a %a\n", d[0], d[1]);
	v2l l = {INT64_MAX, -5};
	l = (l >> 3) ^ (v2l){0x0123456789abcdefLL, 42};
	printf("i64: %lld %lld\n", (long long)l[0], (long long)l[1]);
	return 0;
}
