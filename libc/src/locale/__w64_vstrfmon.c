/*
 * strfmon in the "C" locale's LC_MONETARY (all there is): no currency
 * symbol (so %i and %n are one, and '!' changes nothing), no grouping
 * ('^' neither), '.' before the fraction, two fraction digits unless the
 * conversion says otherwise, and the sign as glibc places it there:
 *
 *   -1234.57   (1234.57) with '('
 *   with a left precision (#n) the integer digits are padded to n with
 *   the fill character ('=f', default space) and a positive value gets a
 *   space where the sign or '(' would be (not for the ')');
 *   a field width pads the whole on the left, or on the right with '-'.
 *
 * The digits are printf's %Lf of the magnitude (a double widens to long
 * double exactly), so they round as printf does.  The result, with its
 * NUL, must fit in max bytes: E2BIG otherwise; a malformed conversion is
 * EINVAL.
 */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "w64_errno.h"
#include "w64_monetary.h"

/* A decimal number; -1 if fmt does not start with a digit, INT_MAX past
 * it. */
static int number(const char **fmt)
{
	const char *p = *fmt;
	if (*p < '0' || *p > '9')
		return -1;
	long v = 0;
	for (; *p >= '0' && *p <= '9'; p++)
		v = v * 10 + (*p - '0') > INT_MAX ? INT_MAX : v * 10 + (*p - '0');
	*fmt = p;
	return (int)v;
}

struct spec {
	char fill;
	int paren, left, width, left_prec, right_prec, is_long;
};

/* The conversion after '%'; 0, or EINVAL when it is malformed, or
 * E2BIG when its width alone does not fit in room bytes, which glibc
 * finds before it reads the rest. */
static int parse(const char **fmtp, struct spec *sp, size_t room)
{
	const char *fmt = *fmtp;
	int sign_flag = 0;
	*sp = (struct spec){.fill = ' ', .left_prec = -1, .right_prec = 2};
	for (;; fmt++) {
		if (*fmt == '=') {
			if (*++fmt == '\0')
				return EINVAL;
			sp->fill = *fmt;
		} else if (*fmt == '+' || *fmt == '(') {
			/* One way to show the sign. */
			if (sign_flag)
				return EINVAL;
			sign_flag = 1;
			sp->paren = *fmt == '(';
		} else if (*fmt == '-') {
			sp->left = 1;
		} else if (*fmt != '^' && *fmt != '!') {
			break;
		}
	}
	sp->width = number(&fmt);
	if (sp->width > 0 && (size_t)sp->width >= room)
		return E2BIG;
	if (*fmt == '#') {
		fmt++;
		if ((sp->left_prec = number(&fmt)) < 0)
			return EINVAL;
	}
	if (*fmt == '.') {
		fmt++;
		if ((sp->right_prec = number(&fmt)) < 0)
			return EINVAL;
	}
	if (*fmt == 'L') {
		sp->is_long = 1;
		fmt++;
	}
	if (*fmt != 'i' && *fmt != 'n')
		return EINVAL;
	*fmtp = fmt + 1;
	return 0;
}

ssize_t __w64_vstrfmon(char *s, size_t max, const char *fmt, va_list ap)
{
	size_t n = 0;
	while (*fmt != '\0') {
		if (*fmt != '%' || fmt[1] == '%') {
			if (max - n <= 1)
				return __w64_set_errno(E2BIG);
			s[n++] = *fmt;
			fmt += *fmt == '%' ? 2 : 1;
			continue;
		}
		fmt++;
		struct spec sp;
		int err = parse(&fmt, &sp, max - n);
		if (err != 0)
			return __w64_set_errno(err);
		long double v = sp.is_long ? va_arg(ap, long double) : va_arg(ap, double);
		/* -0.0 is laid out as positive, but its digits are printf's,
		 * "-0.00", with a fill of '0' after the '-' as printf pads
		 * (glibc's answer). */
		int neg = v < 0, minus_zero = !neg && __builtin_signbit(v);
		long double mag = neg ? -v : minus_zero ? 0 : v;

		int digits = snprintf(NULL, 0, "%.*Lf", sp.right_prec, mag);
		if (digits < 0)
			return -1;
		int int_digits = minus_zero + digits - (sp.right_prec > 0 ? sp.right_prec + 1 : 0);
		size_t pad = sp.left_prec > int_digits ? (size_t)(sp.left_prec - int_digits) : 0;
		const char *before = neg ? (sp.paren ? "(" : "-") : sp.left_prec >= 0 ? " " : "";
		const char *after = neg && sp.paren ? ")" : "";
		size_t body = strlen(before) + pad + (size_t)minus_zero + (size_t)digits + strlen(after);
		size_t field = sp.width > 0 && (size_t)sp.width > body ? (size_t)sp.width : body;
		if (max - n <= field)
			return __w64_set_errno(E2BIG);

		size_t spaces = field - body;
		if (!sp.left) {
			memset(s + n, ' ', spaces);
			n += spaces;
		}
		n += (size_t)snprintf(s + n, max - n, "%s", before);
		if (minus_zero && sp.fill == '0')
			s[n++] = '-';
		memset(s + n, sp.fill, pad);
		n += pad;
		if (minus_zero && sp.fill != '0')
			s[n++] = '-';
		n += (size_t)snprintf(s + n, max - n, "%.*Lf%s", sp.right_prec, mag, after);
		if (sp.left) {
			memset(s + n, ' ', spaces);
			n += spaces;
		}
	}
	if (max == 0)
		return __w64_set_errno(E2BIG);
	s[n] = '\0';
	return (ssize_t)n;
}
