/*
 * The libc under test, as the host-side drivers see it: each function the
 * drivers call, under the name libc/native.mk gives it (w64_<name>).
 * Declared with the system's types, which on x86_64 are the same as the
 * libc's own (LP64).  Adding a function to a driver is one line here.
 */
#ifndef W64_NATIVE_H
#define W64_NATIVE_H

#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

struct __w64_file;
extern struct __w64_file *const w64_stdout;
extern struct __w64_file *const w64_stderr;
extern int w64_errno;

int w64_snprintf(char *s, size_t n, const char *fmt, ...);
int w64_vsnprintf(char *s, size_t n, const char *fmt, va_list ap);
int w64_sprintf(char *s, const char *fmt, ...);
int w64_asprintf(char **s, const char *fmt, ...);
int w64_dprintf(int fd, const char *fmt, ...);
int w64_fprintf(struct __w64_file *f, const char *fmt, ...);
int w64_fflush(struct __w64_file *f);
int w64_sscanf(const char *s, const char *fmt, ...);

long w64_strtol(const char *s, char **end, int base);
long long w64_strtoll(const char *s, char **end, int base);
unsigned long w64_strtoul(const char *s, char **end, int base);
unsigned long long w64_strtoull(const char *s, char **end, int base);
intmax_t w64_strtoimax(const char *s, char **end, int base);
uintmax_t w64_strtoumax(const char *s, char **end, int base);
int w64_atoi(const char *s);
long w64_atol(const char *s);
long long w64_atoll(const char *s);
double w64_strtod(const char *s, char **end);
float w64_strtof(const char *s, char **end);
long double w64_strtold(const char *s, char **end);
double w64_atof(const char *s);

struct option;
extern char *w64_optarg;
extern int w64_optind, w64_opterr, w64_optopt;
int w64_getopt(int argc, char *const argv[], const char *optstring);
int w64_getopt_long(int argc, char *const argv[], const char *optstring, const struct option *longopts,
		    int *longindex);
int w64_getopt_long_only(int argc, char *const argv[], const char *optstring,
			 const struct option *longopts, int *longindex);

/* Multibyte conversions; the state is an mbstate_t, 8 bytes in both. */
char *w64_setlocale(int category, const char *name);
size_t w64___ctype_get_mb_cur_max(void);
size_t w64_mbrtowc(wchar_t *pwc, const char *s, size_t n, void *state);
size_t w64_wcrtomb(char *s, wchar_t wc, void *state);
size_t w64_mbsrtowcs(wchar_t *dst, const char **src, size_t n, void *state);
size_t w64_wcsrtombs(char *dst, const wchar_t **src, size_t n, void *state);
size_t w64_mbstowcs(wchar_t *dst, const char *src, size_t n);
size_t w64_wcstombs(char *dst, const wchar_t *src, size_t n);
int w64_mblen(const char *s, size_t n);
int w64_mbtowc(wchar_t *pwc, const char *s, size_t n);
int w64_wctomb(char *s, wchar_t wc);
unsigned w64_btowc(int c);
int w64_wctob(unsigned c);

/* Locale objects (a locale_t is a pointer in both libraries; the libc's
 * are its own) and the wide-character classes, case and widths. */
void *w64_newlocale(int mask, const char *name, void *base);
void *w64_uselocale(void *l);
void w64_freelocale(void *l);
void *w64_duplocale(void *l);
char *w64_nl_langinfo(int item);
char *w64_nl_langinfo_l(int item, void *l);
int w64_iswalnum(unsigned c);
int w64_iswalpha(unsigned c);
int w64_iswblank(unsigned c);
int w64_iswcntrl(unsigned c);
int w64_iswdigit(unsigned c);
int w64_iswgraph(unsigned c);
int w64_iswlower(unsigned c);
int w64_iswprint(unsigned c);
int w64_iswpunct(unsigned c);
int w64_iswspace(unsigned c);
int w64_iswupper(unsigned c);
int w64_iswxdigit(unsigned c);
int w64_iswalnum_l(unsigned c, void *l);
int w64_iswalpha_l(unsigned c, void *l);
int w64_iswblank_l(unsigned c, void *l);
int w64_iswcntrl_l(unsigned c, void *l);
int w64_iswdigit_l(unsigned c, void *l);
int w64_iswgraph_l(unsigned c, void *l);
int w64_iswlower_l(unsigned c, void *l);
int w64_iswprint_l(unsigned c, void *l);
int w64_iswpunct_l(unsigned c, void *l);
int w64_iswspace_l(unsigned c, void *l);
int w64_iswupper_l(unsigned c, void *l);
int w64_iswxdigit_l(unsigned c, void *l);
unsigned long w64_wctype(const char *name);
unsigned long w64_wctype_l(const char *name, void *l);
int w64_iswctype(unsigned c, unsigned long type);
int w64_iswctype_l(unsigned c, unsigned long type, void *l);
unsigned w64_towupper(unsigned c);
unsigned w64_towlower(unsigned c);
unsigned w64_towupper_l(unsigned c, void *l);
unsigned w64_towlower_l(unsigned c, void *l);
const int *w64_wctrans(const char *name);
const int *w64_wctrans_l(const char *name, void *l);
unsigned w64_towctrans(unsigned c, const int *t);
unsigned w64_towctrans_l(unsigned c, const int *t, void *l);
int w64_wcwidth(wchar_t c);
int w64_wcswidth(const wchar_t *s, size_t n);

/* Wide strings and numbers, UTF-16 and UTF-32 (uchar.h). */
long w64_wcstol(const wchar_t *s, wchar_t **end, int base);
unsigned long w64_wcstoul(const wchar_t *s, wchar_t **end, int base);
long long w64_wcstoll(const wchar_t *s, wchar_t **end, int base);
unsigned long long w64_wcstoull(const wchar_t *s, wchar_t **end, int base);
intmax_t w64_wcstoimax(const wchar_t *s, wchar_t **end, int base);
uintmax_t w64_wcstoumax(const wchar_t *s, wchar_t **end, int base);
double w64_wcstod(const wchar_t *s, wchar_t **end);
float w64_wcstof(const wchar_t *s, wchar_t **end);
long double w64_wcstold(const wchar_t *s, wchar_t **end);
int w64_wcscasecmp(const wchar_t *a, const wchar_t *b);
int w64_wcsncasecmp(const wchar_t *a, const wchar_t *b, size_t n);
int w64_wcscasecmp_l(const wchar_t *a, const wchar_t *b, void *l);
int w64_wcsncasecmp_l(const wchar_t *a, const wchar_t *b, size_t n, void *l);
wchar_t *w64_wcstok(wchar_t *s, const wchar_t *delim, wchar_t **save);
wchar_t *w64_wcpcpy(wchar_t *d, const wchar_t *s);
wchar_t *w64_wcpncpy(wchar_t *d, const wchar_t *s, size_t n);
size_t w64_mbsnrtowcs(wchar_t *dst, const char **src, size_t nms, size_t n, void *state);
size_t w64_wcsnrtombs(char *dst, const wchar_t **src, size_t nwc, size_t n, void *state);
size_t w64_mbrtoc16(uint16_t *pc16, const char *s, size_t n, void *state);
size_t w64_c16rtomb(char *s, uint16_t c16, void *state);
size_t w64_mbrtoc32(uint32_t *pc32, const char *s, size_t n, void *state);
size_t w64_c32rtomb(char *s, uint32_t c32, void *state);

/* Wide-character stdio (a FILE is the libc's own). */
typedef struct __w64_file W64FILE;
W64FILE *w64_fopen(const char *path, const char *mode);
int w64_fclose(W64FILE *f);
int w64_fgetc(W64FILE *f);
long w64_ftell(W64FILE *f);
int w64_ferror(W64FILE *f);
int w64_feof(W64FILE *f);
void w64_clearerr(W64FILE *f);
unsigned w64_fgetwc(W64FILE *f);
unsigned w64_ungetwc(unsigned c, W64FILE *f);
wchar_t *w64_fgetws(wchar_t *s, int n, W64FILE *f);
unsigned w64_fputwc(wchar_t c, W64FILE *f);
int w64_fputws(const wchar_t *s, W64FILE *f);
int w64_fwide(W64FILE *f, int mode);
int w64_fwprintf(W64FILE *f, const wchar_t *fmt, ...);
int w64_swprintf(wchar_t *s, size_t n, const wchar_t *fmt, ...);
int w64_swscanf(const wchar_t *s, const wchar_t *fmt, ...);

struct tm;
size_t w64_strftime(char *s, size_t max, const char *fmt, const struct tm *tm);
struct tm *w64_gmtime_r(const long *t, struct tm *tm);
struct tm *w64_localtime_r(const long *t, struct tm *tm);
long w64_timegm(struct tm *tm);
long w64_mktime(struct tm *tm);
char *w64_strptime(const char *s, const char *fmt, struct tm *tm);
struct tm *w64_getdate(const char *s);
extern int w64_getdate_err;
int w64_setenv(const char *name, const char *value, int overwrite);
size_t w64_wcsftime(wchar_t *s, size_t max, const wchar_t *fmt, const struct tm *tm);

void w64_qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));

int w64___lttf2(__float128 a, __float128 b);
int w64___letf2(__float128 a, __float128 b);
int w64___gttf2(__float128 a, __float128 b);
int w64___getf2(__float128 a, __float128 b);
int w64___eqtf2(__float128 a, __float128 b);
int w64___netf2(__float128 a, __float128 b);
int w64___unordtf2(__float128 a, __float128 b);
int w64___cmptf2(__float128 a, __float128 b);

/* arpa/inet.h; the address families are the libc's (WASI's, as in
 * wasi-libc), not Linux's. */
#define W64_AF_INET 1
#define W64_AF_INET6 2
struct in_addr;
int w64_inet_pton(int af, const char *src, void *dst);
const char *w64_inet_ntop(int af, const void *src, char *dst, unsigned size);
int w64_inet_aton(const char *cp, struct in_addr *inp);

/* iconv.h (iconv_t is void *), monetary.h. */
void *w64_iconv_open(const char *to, const char *from);
size_t w64_iconv(void *cd, char **in, size_t *inleft, char **out, size_t *outleft);
int w64_iconv_close(void *cd);
long w64_strfmon(char *s, size_t max, const char *fmt, ...);

/* The libc's errno values (WASI's): libc/include/errno.h. */
#define W64_EINVAL 28
#define W64_ERANGE 68
#define W64_ENOSPC 51
#define W64_E2BIG 1
#define W64_EILSEQ 25

/* An errno value by meaning, so glibc's and the libc's compare: 0 none,
 * 1 ERANGE, 2 EINVAL, 3 E2BIG, 4 EILSEQ, anything else only equal to
 * itself. */
static inline int w64_errno_meaning(int e, int is_w64)
{
	if (e == 0)
		return 0;
	if (e == (is_w64 ? W64_ERANGE : ERANGE))
		return 1;
	if (e == (is_w64 ? W64_EINVAL : EINVAL))
		return 2;
	if (e == (is_w64 ? W64_E2BIG : E2BIG))
		return 3;
	if (e == (is_w64 ? W64_EILSEQ : EILSEQ))
		return 4;
	return 5 + e;
}

#endif
