/* Numeric semantics the interpreter needs beyond plain C operators:
 * exact bit-level float handling, NaN rules, checked conversions. */
#ifndef W64_NUMERIC_H
#define W64_NUMERIC_H

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

static inline float f32_of(uint64_t cell)
{
	uint32_t b = (uint32_t)cell;
	float f;
	memcpy(&f, &b, 4);
	return f;
}

static inline uint64_t cell_f32(float f)
{
	uint32_t b;
	memcpy(&b, &f, 4);
	return b;
}

static inline double f64_of(uint64_t cell)
{
	double d;
	memcpy(&d, &cell, 8);
	return d;
}

static inline uint64_t cell_f64(double d)
{
	uint64_t b;
	memcpy(&b, &d, 8);
	return b;
}

/* min/max: NaN if either operand is NaN; -0 < +0. */
static inline float w64_fminf(float a, float b)
{
	if (isnan(a) || isnan(b))
		return a + b;
	if (a == b)
		return signbit(a) ? a : b;
	return a < b ? a : b;
}

static inline float w64_fmaxf(float a, float b)
{
	if (isnan(a) || isnan(b))
		return a + b;
	if (a == b)
		return signbit(a) ? b : a;
	return a > b ? a : b;
}

static inline double w64_fmin(double a, double b)
{
	if (isnan(a) || isnan(b))
		return a + b;
	if (a == b)
		return signbit(a) ? a : b;
	return a < b ? a : b;
}

static inline double w64_fmax(double a, double b)
{
	if (isnan(a) || isnan(b))
		return a + b;
	if (a == b)
		return signbit(a) ? b : a;
	return a > b ? a : b;
}

static inline uint32_t rotl32(uint32_t x, uint32_t n)
{
	n &= 31;
	return n ? (x << n) | (x >> (32 - n)) : x;
}

static inline uint32_t rotr32(uint32_t x, uint32_t n)
{
	n &= 31;
	return n ? (x >> n) | (x << (32 - n)) : x;
}

static inline uint64_t rotl64(uint64_t x, uint64_t n)
{
	n &= 63;
	return n ? (x << n) | (x >> (64 - n)) : x;
}

static inline uint64_t rotr64(uint64_t x, uint64_t n)
{
	n &= 63;
	return n ? (x >> n) | (x << (64 - n)) : x;
}

static inline uint32_t clz32(uint32_t x) { return x ? (uint32_t)__builtin_clz(x) : 32; }
static inline uint32_t ctz32(uint32_t x) { return x ? (uint32_t)__builtin_ctz(x) : 32; }
static inline uint64_t clz64(uint64_t x) { return x ? (uint64_t)__builtin_clzll(x) : 64; }
static inline uint64_t ctz64(uint64_t x) { return x ? (uint64_t)__builtin_ctzll(x) : 64; }

/* Float -> integer conversions.  The ranges are the open intervals of
 * values whose truncation fits; they are exact in the source type. */
enum w64_conv { CONV_OK, CONV_NAN, CONV_RANGE };

#define W64_TRUNC(name, FT, IT, lo, hi)                                   \
	static inline enum w64_conv name(FT x, IT *out)                      \
	{                                                                     \
		if (isnan(x))                                                     \
			return CONV_NAN;                                              \
		if (!(x > (lo) && x < (hi)))                                      \
			return CONV_RANGE;                                            \
		*out = (IT)x;                                                     \
		return CONV_OK;                                                   \
	}
W64_TRUNC(trunc_f32_i32, float, int32_t, -2147483904.0f, 2147483648.0f)
W64_TRUNC(trunc_f32_u32, float, uint32_t, -1.0f, 4294967296.0f)
W64_TRUNC(trunc_f64_i32, double, int32_t, -2147483649.0, 2147483648.0)
W64_TRUNC(trunc_f64_u32, double, uint32_t, -1.0, 4294967296.0)
W64_TRUNC(trunc_f32_i64, float, int64_t, -9223373136366403584.0f, 9223372036854775808.0f)
W64_TRUNC(trunc_f32_u64, float, uint64_t, -1.0f, 18446744073709551616.0f)
W64_TRUNC(trunc_f64_i64, double, int64_t, -9223372036854777856.0, 9223372036854775808.0)
W64_TRUNC(trunc_f64_u64, double, uint64_t, -1.0, 18446744073709551616.0)
#undef W64_TRUNC

/* Saturating versions: NaN -> 0, out of range -> the nearest bound. */
#define W64_TRUNC_SAT(name, checked, FT, IT, MIN, MAX)                    \
	static inline IT name(FT x)                                           \
	{                                                                     \
		IT v;                                                             \
		switch (checked(x, &v)) {                                         \
		case CONV_OK: return v;                                           \
		case CONV_NAN: return 0;                                          \
		default: return x < 0 ? (MIN) : (MAX);                            \
		}                                                                 \
	}
W64_TRUNC_SAT(sat_f32_i32, trunc_f32_i32, float, int32_t, INT32_MIN, INT32_MAX)
W64_TRUNC_SAT(sat_f32_u32, trunc_f32_u32, float, uint32_t, 0, UINT32_MAX)
W64_TRUNC_SAT(sat_f64_i32, trunc_f64_i32, double, int32_t, INT32_MIN, INT32_MAX)
W64_TRUNC_SAT(sat_f64_u32, trunc_f64_u32, double, uint32_t, 0, UINT32_MAX)
W64_TRUNC_SAT(sat_f32_i64, trunc_f32_i64, float, int64_t, INT64_MIN, INT64_MAX)
W64_TRUNC_SAT(sat_f32_u64, trunc_f32_u64, float, uint64_t, 0, UINT64_MAX)
W64_TRUNC_SAT(sat_f64_i64, trunc_f64_i64, double, int64_t, INT64_MIN, INT64_MAX)
W64_TRUNC_SAT(sat_f64_u64, trunc_f64_u64, double, uint64_t, 0, UINT64_MAX)
#undef W64_TRUNC_SAT

/* A v128 value, seen as lanes of any shape.  Lane 0 is the lowest
 * address in memory and the low bits of the value's first cell: the host
 * is little-endian, as wasm is (the loads and stores rely on it too). */
typedef union w64_v128 {
	uint8_t u8[16];
	int8_t i8[16];
	uint16_t u16[8];
	int16_t i16[8];
	uint32_t u32[4];
	int32_t i32[4];
	uint64_t u64[2];
	int64_t i64[2];
	float f32[4];
	double f64[2];
} w64_v128;
_Static_assert(sizeof(w64_v128) == 16, "a v128 is two 64-bit cells");

/* Integer lanes: saturation to a narrower range. */
static inline int32_t clamp_i32(int64_t v, int32_t lo, int32_t hi)
{
	return v < lo ? lo : v > hi ? hi : (int32_t)v;
}

#endif
