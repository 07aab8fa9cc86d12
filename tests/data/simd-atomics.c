/* SIMD and atomic memory accesses over one buffer, then a checksum: the
 * same output before and after wasm64-rewrite (tests/61-rewriter-simd.bats).
 * Built with -msimd128 -matomics (the SIMD part needs -DWITH_SIMD).
 *
 * The buffer's address comes through a volatile, so clang cannot fold
 * the accesses into constant addresses: every load and store below is a
 * memory instruction with a run-time address and the offset it names. */
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#ifdef WITH_SIMD
#include <wasm_simd128.h>
#endif

static uint8_t buffer[512] __attribute__((aligned(16)));
static uint8_t *volatile where = buffer;

static uint64_t sum = 14695981039346656037u;

static void mix(const void *p, size_t n)
{
	const uint8_t *b = p;
	for (size_t i = 0; i < n; i++)
		sum = (sum ^ b[i]) * 1099511628211u;
}

#ifdef WITH_SIMD
static void mix_v128(v128_t v)
{
	uint8_t b[16];
	wasm_v128_store(b, v);
	mix(b, 16);
}

static void simd(uint8_t *p)
{
	v128_t a = wasm_v128_load(p);
	v128_t b = wasm_v128_load(p + 17); /* unaligned */
	wasm_v128_store(p + 256, wasm_i8x16_add(a, b));
	v128_t loaded[] = {
		wasm_i16x8_load8x8(p + 3), wasm_u16x8_load8x8(p + 5),
		wasm_i32x4_load16x4(p + 8), wasm_u32x4_load16x4(p + 10),
		wasm_i64x2_load32x2(p + 12), wasm_u64x2_load32x2(p + 20),
		wasm_v128_load8_splat(p + 33), wasm_v128_load16_splat(p + 34),
		wasm_v128_load32_splat(p + 36), wasm_v128_load64_splat(p + 40),
		wasm_v128_load32_zero(p + 44), wasm_v128_load64_zero(p + 48),
	};
	for (size_t i = 0; i < sizeof loaded / sizeof loaded[0]; i++)
		mix_v128(loaded[i]);
	v128_t v = wasm_v128_load(p + 64);
	v = wasm_v128_load8_lane(p + 1, v, 3);
	v = wasm_v128_load16_lane(p + 2, v, 5);
	v = wasm_v128_load32_lane(p + 4, v, 2);
	v = wasm_v128_load64_lane(p + 8, v, 1);
	mix_v128(v);
	wasm_v128_store8_lane(p + 300, v, 7);
	wasm_v128_store16_lane(p + 302, v, 6);
	wasm_v128_store32_lane(p + 304, v, 3);
	wasm_v128_store64_lane(p + 312, v, 0);
	mix(p + 256, 64);
}
#endif

static void atomics(uint8_t *p)
{
	_Atomic uint8_t *a8 = (_Atomic uint8_t *)(p + 400);
	_Atomic uint16_t *a16 = (_Atomic uint16_t *)(p + 402);
	_Atomic uint32_t *a32 = (_Atomic uint32_t *)(p + 404);
	_Atomic uint64_t *a64 = (_Atomic uint64_t *)(p + 408);
	atomic_store(a8, 200);
	atomic_store(a16, 60000);
	atomic_store(a32, 4000000000u);
	atomic_store(a64, 0x123456789abcdef0u);
	uint64_t got = atomic_fetch_add(a8, 100);
	got += atomic_fetch_sub(a16, 7);
	got += atomic_fetch_or(a32, 0x0f0f);
	got += atomic_fetch_xor(a64, 0xffff);
	got += atomic_fetch_and(a32, 0xffff00ff);
	got += atomic_exchange(a16, 1234);
	uint32_t expected = 1;
	got += atomic_compare_exchange_strong(a32, &expected, 5); /* fails */
	got += expected;
	got += atomic_compare_exchange_strong(a32, &expected, 5); /* succeeds */
	uint64_t e64 = atomic_load(a64);
	got += atomic_compare_exchange_strong(a64, &e64, e64 * 3);
	got += atomic_load(a8) + atomic_load(a16) + atomic_load(a32) + atomic_load(a64);
	mix(&got, sizeof got);
	mix(p + 400, 16);
}

int main(void)
{
	uint8_t *p = where;
	for (int i = 0; i < 512; i++)
		p[i] = (uint8_t)(i * 37 + 11);
#ifdef WITH_SIMD
	simd(p);
	printf("simd %016llx\n", (unsigned long long)sum);
#endif
	atomics(p);
	printf("atomics %016llx\n", (unsigned long long)sum);
	return 0;
}
