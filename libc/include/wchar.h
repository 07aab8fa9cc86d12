/*
 * wchar.h: wide characters and the conversions between them and multibyte
 * strings.  wchar_t is a 32-bit Unicode code point.  The multibyte encoding
 * follows LC_CTYPE: in "C" (and "POSIX") it is ASCII, and any byte above
 * 0x7f is an invalid sequence (EILSEQ), as in glibc's "C" locale; in
 * "C.UTF-8" it is UTF-8 (shortest form only, no surrogates, nothing above
 * U+10FFFF).
 */
#ifndef _WCHAR_H
#define _WCHAR_H

#define __need_size_t
#define __need_wchar_t
#define __need_wint_t
#define __need_NULL
#include <stddef.h>

#ifndef WEOF
#define WEOF ((wint_t)0xffffffffu)
#endif
#ifndef WCHAR_MIN
#define WCHAR_MIN __WCHAR_MIN__
#define WCHAR_MAX __WCHAR_MAX__
#endif

#define __NEED_mbstate_t
#define __NEED_locale_t
#define __NEED_FILE
#include <bits/alltypes.h>

#ifdef __cplusplus
extern "C" {
#endif

size_t wcslen(const wchar_t *__s);
size_t wcsnlen(const wchar_t *__s, size_t __n);
int wcscmp(const wchar_t *__a, const wchar_t *__b);
int wcsncmp(const wchar_t *__a, const wchar_t *__b, size_t __n);
int wcscoll(const wchar_t *__a, const wchar_t *__b);
wchar_t *wcscpy(wchar_t *__restrict __d, const wchar_t *__restrict __s);
wchar_t *wcsncpy(wchar_t *__restrict __d, const wchar_t *__restrict __s, size_t __n);
wchar_t *wcscat(wchar_t *__restrict __d, const wchar_t *__restrict __s);
wchar_t *wcsncat(wchar_t *__restrict __d, const wchar_t *__restrict __s, size_t __n);
wchar_t *wcschr(const wchar_t *__s, wchar_t __c);
wchar_t *wcsrchr(const wchar_t *__s, wchar_t __c);
wchar_t *wcsstr(const wchar_t *__h, const wchar_t *__n);
size_t wcsspn(const wchar_t *__s, const wchar_t *__set);
size_t wcscspn(const wchar_t *__s, const wchar_t *__set);
wchar_t *wcspbrk(const wchar_t *__s, const wchar_t *__set);
wchar_t *wcsdup(const wchar_t *__s);
wchar_t *wmemcpy(wchar_t *__restrict __d, const wchar_t *__restrict __s, size_t __n);
wchar_t *wmemmove(wchar_t *__d, const wchar_t *__s, size_t __n);
wchar_t *wmemset(wchar_t *__d, wchar_t __c, size_t __n);
int wmemcmp(const wchar_t *__a, const wchar_t *__b, size_t __n);
wchar_t *wmemchr(const wchar_t *__s, wchar_t __c, size_t __n);

wint_t btowc(int __c);
int wctob(wint_t __c);
int mbsinit(const mbstate_t *__ps);
size_t mbrlen(const char *__restrict __s, size_t __n, mbstate_t *__restrict __ps);
size_t mbrtowc(wchar_t *__restrict __pwc, const char *__restrict __s, size_t __n,
	       mbstate_t *__restrict __ps);
size_t wcrtomb(char *__restrict __s, wchar_t __wc, mbstate_t *__restrict __ps);
size_t mbsrtowcs(wchar_t *__restrict __dst, const char **__restrict __src, size_t __n,
		 mbstate_t *__restrict __ps);
size_t wcsrtombs(char *__restrict __dst, const wchar_t **__restrict __src, size_t __n,
		 mbstate_t *__restrict __ps);

/* A wide stream into memory that grows (POSIX 2008). */
FILE *open_wmemstream(wchar_t **__ptr, size_t *__sizeloc);
size_t mbsnrtowcs(wchar_t *__restrict __dst, const char **__restrict __src, size_t __nms, size_t __n,
		  mbstate_t *__restrict __ps);
size_t wcsnrtombs(char *__restrict __dst, const wchar_t **__restrict __src, size_t __nwc, size_t __n,
		  mbstate_t *__restrict __ps);

long wcstol(const wchar_t *__restrict __s, wchar_t **__restrict __end, int __base);
unsigned long wcstoul(const wchar_t *__restrict __s, wchar_t **__restrict __end, int __base);
long long wcstoll(const wchar_t *__restrict __s, wchar_t **__restrict __end, int __base);
unsigned long long wcstoull(const wchar_t *__restrict __s, wchar_t **__restrict __end, int __base);
double wcstod(const wchar_t *__restrict __s, wchar_t **__restrict __end);
float wcstof(const wchar_t *__restrict __s, wchar_t **__restrict __end);
long double wcstold(const wchar_t *__restrict __s, wchar_t **__restrict __end);

wchar_t *wcstok(wchar_t *__restrict __s, const wchar_t *__restrict __delim, wchar_t **__restrict __save);
wchar_t *wcswcs(const wchar_t *__h, const wchar_t *__n);
wchar_t *wcpcpy(wchar_t *__restrict __d, const wchar_t *__restrict __s);
wchar_t *wcpncpy(wchar_t *__restrict __d, const wchar_t *__restrict __s, size_t __n);
int wcscasecmp(const wchar_t *__a, const wchar_t *__b);
int wcsncasecmp(const wchar_t *__a, const wchar_t *__b, size_t __n);
int wcscasecmp_l(const wchar_t *__a, const wchar_t *__b, locale_t __l);
int wcsncasecmp_l(const wchar_t *__a, const wchar_t *__b, size_t __n, locale_t __l);
size_t wcsxfrm(wchar_t *__restrict __dst, const wchar_t *__restrict __src, size_t __n);
size_t wcsxfrm_l(wchar_t *__restrict __dst, const wchar_t *__restrict __src, size_t __n, locale_t __l);
int wcscoll_l(const wchar_t *__a, const wchar_t *__b, locale_t __l);

struct tm;
size_t wcsftime(wchar_t *__restrict __s, size_t __max, const wchar_t *__restrict __fmt,
		const struct tm *__restrict __tm);
size_t wcsftime_l(wchar_t *__restrict __s, size_t __max, const wchar_t *__restrict __fmt,
		  const struct tm *__restrict __tm, locale_t __l);

int wcwidth(wchar_t __c);
int wcswidth(const wchar_t *__s, size_t __n);

/* Wide-character input and output on streams. */
wint_t fgetwc(FILE *__f);
wint_t getwc(FILE *__f);
wint_t getwchar(void);
wint_t ungetwc(wint_t __c, FILE *__f);
wchar_t *fgetws(wchar_t *__restrict __s, int __n, FILE *__restrict __f);
wint_t fputwc(wchar_t __c, FILE *__f);
wint_t putwc(wchar_t __c, FILE *__f);
wint_t putwchar(wchar_t __c);
int fputws(const wchar_t *__restrict __s, FILE *__restrict __f);
int fwide(FILE *__f, int __mode);
wint_t fgetwc_unlocked(FILE *__f);
wint_t getwc_unlocked(FILE *__f);
wint_t getwchar_unlocked(void);
wchar_t *fgetws_unlocked(wchar_t *__restrict __s, int __n, FILE *__restrict __f);
wint_t fputwc_unlocked(wchar_t __c, FILE *__f);
wint_t putwc_unlocked(wchar_t __c, FILE *__f);
wint_t putwchar_unlocked(wchar_t __c);
int fputws_unlocked(const wchar_t *__restrict __s, FILE *__restrict __f);

int wprintf(const wchar_t *__restrict __fmt, ...);
int fwprintf(FILE *__restrict __f, const wchar_t *__restrict __fmt, ...);
int swprintf(wchar_t *__restrict __s, size_t __n, const wchar_t *__restrict __fmt, ...);
int vwprintf(const wchar_t *__restrict __fmt, __builtin_va_list __ap);
int vfwprintf(FILE *__restrict __f, const wchar_t *__restrict __fmt, __builtin_va_list __ap);
int vswprintf(wchar_t *__restrict __s, size_t __n, const wchar_t *__restrict __fmt,
	      __builtin_va_list __ap);
int wscanf(const wchar_t *__restrict __fmt, ...);
int fwscanf(FILE *__restrict __f, const wchar_t *__restrict __fmt, ...);
int swscanf(const wchar_t *__restrict __s, const wchar_t *__restrict __fmt, ...);
int vwscanf(const wchar_t *__restrict __fmt, __builtin_va_list __ap);
int vfwscanf(FILE *__restrict __f, const wchar_t *__restrict __fmt, __builtin_va_list __ap);
int vswscanf(const wchar_t *__restrict __s, const wchar_t *__restrict __fmt, __builtin_va_list __ap);

#ifdef __cplusplus
}
#endif

#endif
