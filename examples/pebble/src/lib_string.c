/*
 * The string library: printf-style formatting (through snprintf), searching,
 * splitting and joining, case, trimming, replacing, bytes, scanning with
 * sscanf, and strftime over UTC times.
 */
#define _DEFAULT_SOURCE /* gmtime_r, timegm */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "builtins.h"
#include "interp.h"

/* --- format ---------------------------------------------------------------- */

/* Appends snprintf(spec, ...) of one argument. */
static void add_formatted(Buf *b, const char *spec, int kind, long long i, unsigned long long u,
			  double d, const char *s)
{
	char small[128];
	int n;
	switch (kind) {
	case 'i': n = snprintf(small, sizeof small, spec, i); break;
	case 'u': n = snprintf(small, sizeof small, spec, u); break;
	case 'd': n = snprintf(small, sizeof small, spec, d); break;
	default: n = snprintf(small, sizeof small, spec, s); break;
	}
	if (n < 0)
		return;
	if ((size_t)n < sizeof small) {
		buf_add(b, small, (size_t)n);
		return;
	}
	char *big = xmalloc((size_t)n + 1);
	switch (kind) {
	case 'i': snprintf(big, (size_t)n + 1, spec, i); break;
	case 'u': snprintf(big, (size_t)n + 1, spec, u); break;
	case 'd': snprintf(big, (size_t)n + 1, spec, d); break;
	default: snprintf(big, (size_t)n + 1, spec, s); break;
	}
	buf_add(b, big, (size_t)n);
	free(big);
}

/* format(fmt, args...): C conversions d i o u x X c e E f F g G s and %%,
 * with flags, width and precision (at most 3 digits each); the
 * combinations whose behaviour C leaves undefined (# with d i u c s, 0 + and
 * space with c s, a precision with c) are errors. */
static int format_into(Interp *I, Buf *b, const Str *fmt, Value *args, int nargs)
{
	int next = 0;
	const char *p = fmt->data, *end = fmt->data + fmt->len;
	buf_add(b, "", 0);
	while (p < end) {
		if (*p != '%') {
			buf_addc(b, *p++);
			continue;
		}
		const char *start = p++;
		char spec[32];
		size_t n = 0;
		spec[n++] = '%';
		while (p < end && strchr("-+ #0", *p) && n < 8)
			spec[n++] = *p++;
		for (int k = 0; p < end && isdigit((unsigned char)*p); k++) {
			if (k == 3)
				return builtin_error(I, "width too large in '%.*s'", (int)(p - start + 1), start);
			spec[n++] = *p++;
		}
		if (p < end && *p == '.') {
			spec[n++] = *p++;
			for (int k = 0; p < end && isdigit((unsigned char)*p); k++) {
				if (k == 3)
					return builtin_error(I, "precision too large");
				spec[n++] = *p++;
			}
		}
		if (p >= end)
			return builtin_error(I, "incomplete conversion at the end of the format");
		char conv = *p++;
		if (conv == '%') {
			buf_addc(b, '%');
			continue;
		}
		if (!strchr("diouxXceEfFgGs", conv))
			return builtin_error(I, "unknown conversion '%%%c'", conv);
		/* the combinations C leaves undefined */
		for (size_t k = 1; k < n && strchr("-+ #0", spec[k]); k++) {
			char flag = spec[k];
			if ((flag == '#' && !strchr("oxXeEfFgG", conv)) ||
			    (flag != '-' && strchr("cs", conv)))
				return builtin_error(I, "flag '%c' is not allowed with %%%c", flag, conv);
		}
		if (conv == 'c' && memchr(spec, '.', n))
			return builtin_error(I, "%%c takes no precision");
		if (next >= nargs)
			return builtin_error(I, "not enough arguments for the format");
		Value v = args[next++];
		if (conv == 's') {
			spec[n++] = 's';
			spec[n] = '\0';
			Str *s = value_to_str(I, v);
			heap_push(&I->heap, v_obj(s));
			add_formatted(b, spec, 's', 0, 0, 0, s->data);
			heap_pop(&I->heap, 1);
			continue;
		}
		if (conv == 'c') {
			char ch[2] = {0, 0};
			if (is_str(v) && as_str(v)->len)
				ch[0] = as_str(v)->data[0];
			else if (v.kind == V_NUM && v.as.n >= 1 && v.as.n <= 255 && v.as.n == floor(v.as.n))
				ch[0] = (char)(unsigned char)v.as.n;
			else
				return builtin_error(I, "%%c needs a byte value 1..255 or a string");
			spec[n++] = 's';
			spec[n] = '\0';
			add_formatted(b, spec, 's', 0, 0, 0, ch);
			continue;
		}
		if (v.kind != V_NUM)
			return builtin_error(I, "%%%c needs a number, got %s", conv, type_name(v));
		double d = v.as.n;
		if (strchr("eEfFgG", conv)) {
			/* A NaN's sign is not something C pins down (x86 makes
			 * negative ones); print every NaN alike. */
			if (isnan(d))
				d = fabs(d);
			spec[n++] = conv;
			spec[n] = '\0';
			add_formatted(b, spec, 'd', 0, 0, d, NULL);
			continue;
		}
		if (d != floor(d) || fabs(d) > 9007199254740992.0)
			return builtin_error(I, "%%%c needs an integer", conv);
		spec[n++] = 'l';
		spec[n++] = 'l';
		spec[n++] = conv;
		spec[n] = '\0';
		if (conv == 'd' || conv == 'i') {
			add_formatted(b, spec, 'i', (long long)d, 0, 0, NULL);
		} else {
			if (d < 0)
				return builtin_error(I, "%%%c needs a non-negative integer", conv);
			add_formatted(b, spec, 'u', 0, (unsigned long long)d, 0, NULL);
		}
	}
	if (next < nargs)
		return builtin_error(I, "too many arguments for the format");
	return 0;
}

static int bi_format(Interp *I, Value *args, int nargs, Value *out)
{
	Str *fmt;
	if (arg_str(I, args, 0, &fmt) < 0)
		return -1;
	Buf b = {0};
	int rc = format_into(I, &b, fmt, args + 1, nargs - 1);
	if (rc == 0)
		*out = v_obj(str_new(&I->heap, b.data, b.len));
	buf_free(&b);
	return rc;
}

static int bi_printf(Interp *I, Value *args, int nargs, Value *out)
{
	(void)out;
	Str *fmt;
	if (arg_str(I, args, 0, &fmt) < 0)
		return -1;
	Buf b = {0};
	int rc = format_into(I, &b, fmt, args + 1, nargs - 1);
	if (rc == 0)
		fwrite(b.data, 1, b.len, stdout);
	buf_free(&b);
	return rc;
}

/* --- searching and slicing ------------------------------------------------- */

/* substr(s, start[, count]) */
static int bi_substr(Interp *I, Value *args, int nargs, Value *out)
{
	Str *s;
	long long start, count;
	if (arg_str(I, args, 0, &s) < 0 || arg_int(I, args, 1, &start) < 0)
		return -1;
	if (start < 0)
		start += (long long)s->len;
	if (start < 0 || (size_t)start > s->len)
		return builtin_error(I, "start %lld out of range for a string of length %zu", start,
				     s->len);
	count = (long long)s->len - start;
	if (nargs > 2 && arg_int(I, args, 2, &count) < 0)
		return -1;
	if (count < 0)
		return builtin_error(I, "negative count");
	if ((size_t)count > s->len - (size_t)start)
		count = (long long)(s->len - (size_t)start);
	*out = v_obj(str_new(&I->heap, s->data + start, (size_t)count));
	return 0;
}

static long long find_bytes(const Str *s, const Str *sub, size_t from)
{
	if (sub->len == 0)
		return from <= s->len ? (long long)from : -1;
	for (size_t i = from; i + sub->len <= s->len; i++)
		if (memcmp(s->data + i, sub->data, sub->len) == 0)
			return (long long)i;
	return -1;
}

/* find(s, sub[, from]): the first position of sub at or after from, or -1 */
static int bi_find(Interp *I, Value *args, int nargs, Value *out)
{
	Str *s, *sub;
	long long from = 0;
	if (arg_str(I, args, 0, &s) < 0 || arg_str(I, args, 1, &sub) < 0)
		return -1;
	if (nargs > 2 && arg_int(I, args, 2, &from) < 0)
		return -1;
	if (from < 0)
		from = 0;
	*out = v_num((double)((size_t)from > s->len ? -1 : find_bytes(s, sub, (size_t)from)));
	return 0;
}

/* split(s[, sep]): by sep; without one, by runs of white space. */
static int bi_split(Interp *I, Value *args, int nargs, Value *out)
{
	Str *s, *sep = NULL;
	if (arg_str(I, args, 0, &s) < 0 || (nargs > 1 && arg_str(I, args, 1, &sep) < 0))
		return -1;
	if (sep && sep->len == 0)
		return builtin_error(I, "empty separator");
	Heap *h = &I->heap;
	List *l = list_new(h, 0);
	heap_push(h, v_obj(l));
	if (!sep) {
		size_t i = 0;
		for (;;) {
			while (i < s->len && isspace((unsigned char)s->data[i]))
				i++;
			if (i == s->len)
				break;
			size_t j = i;
			while (j < s->len && !isspace((unsigned char)s->data[j]))
				j++;
			list_push(l, v_obj(str_new(h, s->data + i, j - i)));
			i = j;
		}
	} else {
		size_t i = 0;
		for (;;) {
			long long at = find_bytes(s, sep, i);
			size_t j = at < 0 ? s->len : (size_t)at;
			list_push(l, v_obj(str_new(h, s->data + i, j - i)));
			if (at < 0)
				break;
			i = j + sep->len;
		}
	}
	heap_pop(h, 1);
	*out = v_obj(l);
	return 0;
}

/* join(list[, sep]): the items' texts with sep between them */
static int bi_join(Interp *I, Value *args, int nargs, Value *out)
{
	List *l;
	Str *sep = NULL;
	if (arg_list(I, args, 0, &l) < 0 || (nargs > 1 && arg_str(I, args, 1, &sep) < 0))
		return -1;
	Buf b = {0};
	buf_add(&b, "", 0);
	for (size_t i = 0; i < l->len; i++) {
		if (i && sep)
			buf_add(&b, sep->data, sep->len);
		value_print(&b, l->items[i], false);
	}
	*out = v_obj(str_new(&I->heap, b.data, b.len));
	buf_free(&b);
	return 0;
}

static int map_bytes(Interp *I, Value *args, Value *out, int (*f)(int))
{
	Str *s;
	if (arg_str(I, args, 0, &s) < 0)
		return -1;
	char *t = xmalloc(s->len + 1);
	for (size_t i = 0; i < s->len; i++)
		t[i] = (char)f((unsigned char)s->data[i]);
	*out = v_obj(str_new(&I->heap, t, s->len));
	free(t);
	return 0;
}

static int bi_upper(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	return map_bytes(I, args, out, toupper);
}

static int bi_lower(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	return map_bytes(I, args, out, tolower);
}

static int bi_trim(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	Str *s;
	if (arg_str(I, args, 0, &s) < 0)
		return -1;
	size_t a = 0, b = s->len;
	while (a < b && isspace((unsigned char)s->data[a]))
		a++;
	while (b > a && isspace((unsigned char)s->data[b - 1]))
		b--;
	*out = v_obj(str_new(&I->heap, s->data + a, b - a));
	return 0;
}

/* replace(s, old, new): every occurrence, left to right */
static int bi_replace(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	Str *s, *old, *rep;
	if (arg_str(I, args, 0, &s) < 0 || arg_str(I, args, 1, &old) < 0 ||
	    arg_str(I, args, 2, &rep) < 0)
		return -1;
	if (old->len == 0)
		return builtin_error(I, "empty search string");
	Buf b = {0};
	buf_add(&b, "", 0);
	size_t i = 0;
	for (;;) {
		long long at = find_bytes(s, old, i);
		if (at < 0)
			break;
		buf_add(&b, s->data + i, (size_t)at - i);
		buf_add(&b, rep->data, rep->len);
		i = (size_t)at + old->len;
	}
	buf_add(&b, s->data + i, s->len - i);
	*out = v_obj(str_new(&I->heap, b.data, b.len));
	buf_free(&b);
	return 0;
}

static int affix(Interp *I, Value *args, Value *out, bool at_end)
{
	Str *s, *a;
	if (arg_str(I, args, 0, &s) < 0 || arg_str(I, args, 1, &a) < 0)
		return -1;
	size_t at = at_end && a->len <= s->len ? s->len - a->len : 0;
	*out = v_bool(a->len <= s->len && memcmp(s->data + at, a->data, a->len) == 0);
	return 0;
}

static int bi_startswith(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	return affix(I, args, out, false);
}

static int bi_endswith(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	return affix(I, args, out, true);
}

/* ord(s[, i]): the byte at i (0..255) */
static int bi_ord(Interp *I, Value *args, int nargs, Value *out)
{
	Str *s;
	long long i = 0;
	if (arg_str(I, args, 0, &s) < 0 || (nargs > 1 && arg_int(I, args, 1, &i) < 0))
		return -1;
	if (i < 0 || (size_t)i >= s->len)
		return builtin_error(I, "position %lld out of range for a string of length %zu", i,
				     s->len);
	*out = v_num((unsigned char)s->data[i]);
	return 0;
}

/* chr(n...): a string of the bytes n */
static int bi_chr(Interp *I, Value *args, int nargs, Value *out)
{
	char *t = xmalloc((size_t)nargs + 1);
	for (int i = 0; i < nargs; i++) {
		long long c;
		if (arg_int(I, args, i, &c) < 0 || c < 0 || c > 255) {
			free(t);
			return c < 0 || c > 255 ? builtin_error(I, "a byte is 0..255") : -1;
		}
		t[i] = (char)(unsigned char)c;
	}
	*out = v_obj(str_new(&I->heap, t, (size_t)nargs));
	free(t);
	return 0;
}

/* --- sscan ----------------------------------------------------------------- */

/* sscan(s, fmt): reads s as sscanf does, one conversion at a time (each
 * sscanf call gets the literal text before a conversion, the conversion,
 * and %n to learn how far it got).  Conversions: d i u o x (integers),
 * e f g a (doubles), s c [set] (strings), n (position), with an optional
 * * and width (length modifiers such as l are accepted and ignored).  Returns the list of converted values; it stops at the
 * first that fails. */
static int bi_sscan(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	Str *s, *fmt;
	if (arg_str(I, args, 0, &s) < 0 || arg_str(I, args, 1, &fmt) < 0)
		return -1;
	Heap *h = &I->heap;
	List *l = list_new(h, 0);
	heap_push(h, v_obj(l));
	char *chunk = xmalloc(fmt->len + 8);
	char *text = xmalloc(s->len + 1);
	size_t pos = 0;
	const char *p = fmt->data, *end = fmt->data + fmt->len;
	int rc = 0;
	while (p < end) {
		/* the literal part */
		size_t n = 0;
		while (p < end) {
			if (*p == '%' && p + 1 < end && p[1] == '%')
				chunk[n++] = *p++; /* %% */
			else if (*p == '%')
				break;
			chunk[n++] = *p++;
		}
		if (p + 1 == end) {
			rc = builtin_error(I, "incomplete conversion at the end of the format");
			break;
		}
		if (p >= end) {
			if (n == 0)
				break;
			/* trailing literal text: match it and stop */
			memcpy(chunk + n, "%n", 3);
			int used = -1;
			sscanf(s->data + pos, chunk, &used);
			break;
		}
		chunk[n++] = *p++; /* % */
		bool suppress = p < end && *p == '*';
		if (suppress)
			chunk[n++] = *p++;
		while (p < end && isdigit((unsigned char)*p))
			chunk[n++] = *p++;
		/* length modifiers are ours to choose: skip the script's */
		while (p < end && strchr("hlLjzt", *p))
			p++;
		if (p >= end) {
			rc = builtin_error(I, "incomplete conversion at the end of the format");
			break;
		}
		char conv = *p++;
		const char *set = NULL;
		size_t setlen = 0;
		if (conv == '[') {
			set = p;
			if (p < end && *p == '^')
				p++;
			if (p < end && *p == ']')
				p++;
			while (p < end && *p != ']')
				p++;
			if (p >= end) {
				rc = builtin_error(I, "unterminated %%[ in the format");
				break;
			}
			setlen = (size_t)(p - set);
			p++;
		}
		int used = -1, got = 0;
		Value v = v_nil();
		if (strchr("diuox", conv)) {
			chunk[n++] = 'l';
			chunk[n++] = 'l';
			chunk[n++] = conv;
			memcpy(chunk + n, "%n", 3);
			long long x = 0;
			unsigned long long ux = 0;
			if (suppress)
				got = sscanf(s->data + pos, chunk, &used);
			else if (conv == 'd' || conv == 'i')
				got = sscanf(s->data + pos, chunk, &x, &used);
			else
				got = sscanf(s->data + pos, chunk, &ux, &used);
			v = v_num(conv == 'd' || conv == 'i' ? (double)x : (double)ux);
		} else if (strchr("efga", conv)) {
			chunk[n++] = 'l';
			chunk[n++] = conv;
			memcpy(chunk + n, "%n", 3);
			double d = 0;
			got = suppress ? sscanf(s->data + pos, chunk, &used)
				       : sscanf(s->data + pos, chunk, &d, &used);
			v = v_num(d);
		} else if (conv == 's' || conv == 'c' || conv == '[') {
			chunk[n++] = conv;
			if (set) {
				memcpy(chunk + n, set, setlen);
				n += setlen;
				chunk[n++] = ']';
			}
			memcpy(chunk + n, "%n", 3);
			memset(text, 0, s->len + 1);
			got = suppress ? sscanf(s->data + pos, chunk, &used)
				       : sscanf(s->data + pos, chunk, text, &used);
			/* %c does not terminate: its width (default 1) is the length */
			size_t len = strlen(text);
			if (conv == 'c' && used >= 0) {
				len = 1;
				const char *w = chunk + 1 + suppress;
				if (isdigit((unsigned char)*w))
					len = (size_t)strtoul(w, NULL, 10);
			}
			v = v_obj(str_new(h, text, len));
		} else if (conv == 'n') {
			n -= (size_t)suppress; /* %*n is %n */
			chunk[n++] = 'n';
			chunk[n] = '\0';
			got = sscanf(s->data + pos, chunk, &used);
			v = v_num((double)(pos + (size_t)(used < 0 ? 0 : used)));
		} else {
			rc = builtin_error(I, "unknown conversion '%%%c'", conv);
			break;
		}
		(void)got;
		if (used < 0)
			break;
		pos += (size_t)used;
		if (!suppress)
			list_push(l, v);
	}
	free(chunk);
	free(text);
	heap_pop(h, 1);
	if (rc == 0)
		*out = v_obj(l);
	return rc;
}

/* --- time -------------------------------------------------------------------- */

/* strftime(fmt, t): t seconds since 1970 formatted in UTC (gmtime). */
static int bi_strftime(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	Str *fmt;
	double t;
	if (arg_str(I, args, 0, &fmt) < 0 || arg_num(I, args, 1, &t) < 0)
		return -1;
	if (t != floor(t) || fabs(t) > 1e15)
		return builtin_error(I, "the time must be a whole number of seconds");
	time_t tt = (time_t)t;
	struct tm tm;
	if (!gmtime_r(&tt, &tm))
		return builtin_error(I, "time out of range");
	char buf[512];
	size_t n = fmt->len ? strftime(buf, sizeof buf, fmt->data, &tm) : 0;
	if (n == 0 && fmt->len)
		return builtin_error(I, "the result is empty or too long");
	*out = v_obj(str_new(&I->heap, buf, n));
	return 0;
}

/* timegm(year, month, day[, hour, min, sec]): seconds since 1970, UTC */
static int bi_timegm(Interp *I, Value *args, int nargs, Value *out)
{
	long long f[6] = {1970, 1, 1, 0, 0, 0};
	for (int i = 0; i < nargs; i++)
		if (arg_int(I, args, i, &f[i]) < 0)
			return -1;
	for (int i = 0; i < 6; i++)
		if (f[i] < -100000 || f[i] > 100000)
			return builtin_error(I, "argument %d out of range", i + 1);
	struct tm tm = {0};
	tm.tm_year = (int)(f[0] - 1900);
	tm.tm_mon = (int)(f[1] - 1);
	tm.tm_mday = (int)f[2];
	tm.tm_hour = (int)f[3];
	tm.tm_min = (int)f[4];
	tm.tm_sec = (int)f[5];
	*out = v_num((double)timegm(&tm));
	return 0;
}

const Builtin string_builtins[] = {
	{"format", bi_format, 1, -1},
	{"printf", bi_printf, 1, -1},
	{"substr", bi_substr, 2, 3},
	{"find", bi_find, 2, 3},
	{"split", bi_split, 1, 2},
	{"join", bi_join, 1, 2},
	{"upper", bi_upper, 1, 1},
	{"lower", bi_lower, 1, 1},
	{"trim", bi_trim, 1, 1},
	{"replace", bi_replace, 3, 3},
	{"startswith", bi_startswith, 2, 2},
	{"endswith", bi_endswith, 2, 2},
	{"ord", bi_ord, 1, 2},
	{"chr", bi_chr, 1, -1},
	{"sscan", bi_sscan, 2, 2},
	{"strftime", bi_strftime, 2, 2},
	{"timegm", bi_timegm, 3, 6},
	{NULL, NULL, 0, 0},
};
