/*
 * The scanf engine, shared by the whole scanf family.  Input comes from a
 * stream or a string through struct __w64_input, one byte at a time with
 * one byte of pushback, which is all C's scanf needs (C11 7.21.6.2 footnote
 * 289: at most one input character is pushed back).
 */
#ifndef W64_SCAN_H
#define W64_SCAN_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <wchar.h>

struct __w64_input {
	FILE *f;                 /* a stream, or NULL */
	const unsigned char *s;  /* else a string; its NUL is the end of input */
	const wchar_t *ws;       /* or, when wide, a wide string */
	/* The wide scanf family: the input is wide characters (from the
	 * stream through fgetwc, or ws), the format is wide in the encoding
	 * of w64_wide.h, white space is iswspace's, and %c %s %[ read wide
	 * characters, storing multibyte ones (or with l, wide ones). */
	int wide;
	size_t count;            /* bytes (wide: characters) consumed, for %n */
};

/* The number of items assigned, or EOF if the input failed before the
 * first conversion; errno is set on a read error or a bad format. */
__attribute__((visibility("hidden"))) int __w64_vscan(struct __w64_input *in, const char *fmt,
						      va_list ap);

#endif
