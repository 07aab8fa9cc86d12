/* Loops clang vectorizes at -O3 with -msimd128 (byte search, saxpy,
 * checksums, saturating pixels, conversions, min/max), printed so that a
 * wasm build and a native build can be compared line by line. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 4099 /* not a multiple of any vector width: the scalar tails run too */

static uint8_t bytes[N];
static float xs[N], ys[N];
static int16_t pix[N], pix2[N];
static int32_t ints[N];
static double ds[N];

static uint32_t next(uint32_t *s)
{
	*s = *s * 1664525u + 1013904223u;
	return *s >> 8;
}

__attribute__((noinline)) static size_t count_byte(const uint8_t *p, size_t n, uint8_t c)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += p[i] == c;
	return k;
}

__attribute__((noinline)) static void saxpy(float a, const float *x, float *y, size_t n)
{
	for (size_t i = 0; i < n; i++)
		y[i] = a * x[i] + y[i];
}

__attribute__((noinline)) static float dot(const float *x, const float *y, size_t n)
{
	float s = 0;
	for (size_t i = 0; i < n; i++)
		s += x[i] * y[i];
	return s;
}

__attribute__((noinline)) static uint32_t checksum(const uint8_t *p, size_t n)
{
	uint32_t a = 1, b = 0;
	for (size_t i = 0; i < n; i++) {
		a += p[i];
		b += a;
	}
	uint32_t x = 0;
	for (size_t i = 0; i < n; i++)
		x ^= (uint32_t)p[i] * 0x9e3779b1u + (uint32_t)i;
	return (b << 16) ^ a ^ x;
}

__attribute__((noinline)) static void blend(int16_t *d, const int16_t *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		int v = d[i] + s[i];
		d[i] = (int16_t)(v > 32767 ? 32767 : v < -32768 ? -32768 : v);
	}
}

__attribute__((noinline)) static void to_float(float *d, const int32_t *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		d[i] = (float)s[i] * 0.5f;
}

__attribute__((noinline)) static void minmax(const int32_t *s, size_t n, int32_t *lo, int32_t *hi)
{
	int32_t a = s[0], b = s[0];
	for (size_t i = 0; i < n; i++) {
		a = s[i] < a ? s[i] : a;
		b = s[i] > b ? s[i] : b;
	}
	*lo = a;
	*hi = b;
}

__attribute__((noinline)) static void scale(double *d, size_t n, double f)
{
	for (size_t i = 0; i < n; i++)
		d[i] = d[i] * f - 1.0;
}

__attribute__((noinline)) static void upper(uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		p[i] = p[i] >= 'a' && p[i] <= 'z' ? (uint8_t)(p[i] - 32) : p[i];
}

int main(int argc, char **argv)
{
	uint32_t seed = argc > 1 ? (uint32_t)strtoul(argv[1], NULL, 10) : 42;
	for (size_t i = 0; i < N; i++) {
		bytes[i] = (uint8_t)next(&seed);
		xs[i] = (float)(next(&seed) % 2000) / 7.0f - 100.0f;
		ys[i] = (float)(next(&seed) % 3000) / 13.0f;
		pix[i] = (int16_t)next(&seed);
		pix2[i] = (int16_t)next(&seed);
		ints[i] = (int32_t)next(&seed) - (1 << 23);
		ds[i] = (double)next(&seed) / 3.0;
	}
	printf("count 0x41: %zu, 0x00: %zu\n", count_byte(bytes, N, 0x41), count_byte(bytes, N, 0));
	printf("checksum: %08x\n", checksum(bytes, N));
	saxpy(1.5f, xs, ys, N);
	printf("saxpy: %a %a %a\n", (double)ys[0], (double)ys[N / 2], (double)ys[N - 1]);
	printf("dot: %a\n", (double)dot(xs, ys, N));
	blend(pix, pix2, N);
	uint32_t h = 0;
	for (size_t i = 0; i < N; i++)
		h = h * 31 + (uint16_t)pix[i];
	printf("blend: %08x\n", h);
	to_float(xs, ints, N);
	printf("to_float: %a %a\n", (double)xs[1], (double)xs[N - 2]);
	int32_t lo, hi;
	minmax(ints, N, &lo, &hi);
	printf("minmax: %d %d\n", lo, hi);
	scale(ds, N, 1.25);
	printf("scale: %a %a\n", ds[3], ds[N - 1]);
	memcpy(bytes, "Hello, vectorized World! abcxyz", 31);
	upper(bytes, N);
	printf("upper: %.31s %08x\n", (const char *)bytes, checksum(bytes, N));
	return 0;
}
