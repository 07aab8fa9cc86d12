/* libFuzzer target: the libc's printf engine (w64_snprintf, built
 * natively and renamed by tests/fuzz/fuzz.mk) against glibc's snprintf.
 * The input picks one conversion with its flags, width, precision
 * (literal or '*') and length modifier, the value's bits, the buffer size
 * and some literal text around it; both must write the same bytes and
 * return the same count, or the target aborts with both outputs.
 *
 * Input: conv, flags, width, precision, length, size, then 16 value
 * bytes, then text (also the %s argument). */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "w64.h"

#define OUT_SIZE 4096

static char gbuf[OUT_SIZE], wbuf[OUT_SIZE];

/* x87 bits with a consistent integer bit (other encodings are not
 * numbers either library must agree on). */
static long double make_long_double(const uint8_t *v)
{
	uint64_t mant;
	uint16_t se;
	memcpy(&mant, v, 8);
	memcpy(&se, v + 8, 2);
	if ((se & 0x7fff) == 0)
		mant &= ~(UINT64_C(1) << 63);
	else
		mant |= UINT64_C(1) << 63;
	long double x = 0;
	memcpy(&x, &mant, 8);
	memcpy((char *)&x + 8, &se, 2);
	return x;
}

/* Both functions get the same arguments, so one macro per argument shape
 * (the star arguments come first, then the value). */
#define BOTH(...)                                                                 \
	do {                                                                      \
		gret = snprintf(gbuf, n, fmt, __VA_ARGS__);                       \
		wret = w64_snprintf(wbuf, n, fmt, __VA_ARGS__);                   \
	} while (0)

#define WITH_STARS(value)                                                         \
	do {                                                                      \
		if (star_w && star_p)                                             \
			BOTH(width, prec, value);                                 \
		else if (star_w)                                                  \
			BOTH(width, value);                                       \
		else if (star_p)                                                  \
			BOTH(prec, value);                                        \
		else                                                              \
			BOTH(value);                                              \
	} while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 22)
		return 0;
	static const char convs[] = "diouxXcsfFeEgGaAp%";
	static const char *const int_lengths[] = {"", "hh", "h", "l", "ll", "j", "z", "t"};
	char conv = convs[data[0] % (sizeof convs - 1)];
	unsigned flags = data[1];
	int width = data[2], prec = data[3];
	unsigned length = data[4];
	size_t n = data[5] == 0xff ? OUT_SIZE : data[5] % 200;
	const uint8_t *v = data + 6;
	const uint8_t *text = data + 22;
	size_t ntext = size - 22 > 200 ? 200 : size - 22;

	/* The text, without NULs and with every '%' doubled: its first half
	 * printed literally before the conversion, the rest after; the %s
	 * argument is the whole text. */
	char lit[402], str[201];
	size_t nl = 0, split = 0;
	for (size_t i = 0; i < ntext; i++) {
		if (i == ntext / 2)
			split = nl;
		char c = text[i] ? (char)text[i] : '.';
		str[i] = c;
		lit[nl++] = c;
		if (c == '%')
			lit[nl++] = '%';
	}
	str[ntext] = '\0';
	lit[nl] = '\0';

	bool star_w = width == 0xff, star_p = prec == 0xfe;
	char fmt[900], spec[64];
	size_t k = 0;
	spec[k++] = '%';
	for (unsigned i = 0; i < 5; i++)
		if (flags & (1u << i))
			spec[k++] = "-+ #0"[i];
	if (star_w)
		spec[k++] = '*';
	else if (width && width < 0xf0)
		k += (size_t)sprintf(spec + k, "%d", width);
	if (star_p)
		k += (size_t)sprintf(spec + k, ".*");
	else if (prec != 0xff)
		k += (size_t)sprintf(spec + k, ".%d", prec);
	/* '*' values: negative widths mean '-', negative precisions none. */
	width = (int8_t)data[6 + 14] * 3;
	prec = (int8_t)data[6 + 15] * 3;

	bool is_int = strchr("diouxX", conv) != NULL, is_float = strchr("fFeEgGaA", conv) != NULL;
	const char *len = "";
	if (is_int)
		len = int_lengths[length % 8];
	else if (is_float && (length & 1))
		len = "L";
	snprintf(spec + k, sizeof spec - k, "%s%c", len, conv);
	snprintf(fmt, sizeof fmt, "%.*s%s%s", (int)split, lit, spec, lit + split);

	int gret = 0, wret = 0;
	uint64_t bits;
	memcpy(&bits, v, 8);
	if (is_int) {
		bool is_signed = conv == 'd' || conv == 'i';
		switch (length % 8) {
		case 3: case 5: case 6: case 7: /* l, j, z, t: 64 bits here */
			if (is_signed)
				WITH_STARS((long)bits);
			else
				WITH_STARS((unsigned long)bits);
			break;
		case 4:
			if (is_signed)
				WITH_STARS((long long)bits);
			else
				WITH_STARS((unsigned long long)bits);
			break;
		default: /* hh, h and none take an int */
			if (is_signed)
				WITH_STARS((int)bits);
			else
				WITH_STARS((unsigned)bits);
			break;
		}
	} else if (is_float) {
		if (*len == 'L') {
			long double x = make_long_double(v);
			WITH_STARS(x);
		} else {
			double x;
			memcpy(&x, v, 8);
			WITH_STARS(x);
		}
	} else if (conv == 'c') {
		WITH_STARS((int)(bits & 0xff ? bits & 0xff : 'c'));
	} else if (conv == 's') {
		WITH_STARS(str);
	} else if (conv == 'p') {
		WITH_STARS((void *)(uintptr_t)bits);
	} else {
		WITH_STARS(0);
	}
	if (gret != wret || (n && memcmp(gbuf, wbuf, (size_t)gret + 1 < n ? (size_t)gret + 1 : n))) {
		fprintf(stderr, "printf mismatch: format \"%s\" size %zu\n  glibc (%d): \"%.*s\"\n"
		        "  libc  (%d): \"%.*s\"\n", fmt, n, gret, (int)n, gbuf, wret, (int)n, wbuf);
		abort();
	}
	return 0;
}
