#ifndef _STDLIB_H
#define _STDLIB_H

#define __need_size_t
#define __need_wchar_t
#define __need_NULL
#include <stddef.h>

#define __NEED_locale_t
#include <bits/alltypes.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

/* rand() returns 31 random bits. */
#define RAND_MAX 0x7fffffff

/* 1 in the "C" locale, 4 in "C.UTF-8" (the LC_CTYPE in force). */
#define MB_CUR_MAX (__ctype_get_mb_cur_max())

typedef struct {
	int quot;
	int rem;
} div_t;

typedef struct {
	long quot;
	long rem;
} ldiv_t;

typedef struct {
	long long quot;
	long long rem;
} lldiv_t;

#ifdef __cplusplus
extern "C" {
#endif

void *malloc(size_t __size);
void *calloc(size_t __nmemb, size_t __size);
void *realloc(void *__ptr, size_t __size);
void free(void *__ptr);
void *aligned_alloc(size_t __alignment, size_t __size);
int posix_memalign(void **__memptr, size_t __alignment, size_t __size);

__attribute__((__noreturn__)) void abort(void);
int atexit(void (*__func)(void));
__attribute__((__noreturn__)) void exit(int __status);
__attribute__((__noreturn__)) void _Exit(int __status);

char *getenv(const char *__name);
int setenv(const char *__name, const char *__value, int __overwrite);
int unsetenv(const char *__name);
int putenv(char *__string);
int clearenv(void);
int system(const char *__command);

/* Random numbers from the host's random_get, for keys and nonces. */
__UINT32_TYPE__ arc4random(void);
void arc4random_buf(void *__buf, size_t __n);
__UINT32_TYPE__ arc4random_uniform(__UINT32_TYPE__ __upper_bound);
size_t __ctype_get_mb_cur_max(void);
int mblen(const char *__s, size_t __n);
int mbtowc(wchar_t *__restrict __pwc, const char *__restrict __s, size_t __n);
int wctomb(char *__s, wchar_t __wc);
size_t mbstowcs(wchar_t *__restrict __dst, const char *__restrict __src, size_t __n);
size_t wcstombs(char *__restrict __dst, const wchar_t *__restrict __src, size_t __n);
int mkstemp(char *__template);
int mkostemp(char *__template, int __flags);
int mkstemps(char *__template, int __suffix_len);
int mkostemps(char *__template, int __suffix_len, int __flags);
char *mkdtemp(char *__template);
char *realpath(const char *__restrict __path, char *__restrict __resolved);

int atoi(const char *__s);
long atol(const char *__s);
long long atoll(const char *__s);
long strtol(const char *__restrict __s, char **__restrict __end, int __base);
long long strtoll(const char *__restrict __s, char **__restrict __end, int __base);
unsigned long strtoul(const char *__restrict __s, char **__restrict __end, int __base);
unsigned long long strtoull(const char *__restrict __s, char **__restrict __end, int __base);
double atof(const char *__s);
double strtod(const char *__restrict __s, char **__restrict __end);
float strtof(const char *__restrict __s, char **__restrict __end);
long double strtold(const char *__restrict __s, char **__restrict __end);
double strtod_l(const char *__restrict __s, char **__restrict __end, locale_t __l);
float strtof_l(const char *__restrict __s, char **__restrict __end, locale_t __l);
long double strtold_l(const char *__restrict __s, char **__restrict __end, locale_t __l);

int abs(int __j);
long labs(long __j);
long long llabs(long long __j);
div_t div(int __numer, int __denom);
ldiv_t ldiv(long __numer, long __denom);
lldiv_t lldiv(long long __numer, long long __denom);

void qsort(void *__base, size_t __n, size_t __size, int (*__cmp)(const void *, const void *));
void *bsearch(const void *__key, const void *__base, size_t __n, size_t __size,
	      int (*__cmp)(const void *, const void *));

int rand(void);
void srand(unsigned __seed);

/* POSIX and BSD/GNU extras. */
int rand_r(unsigned *__seed);
long random(void);
void srandom(unsigned __seed);
char *initstate(unsigned __seed, char *__state, size_t __size);
char *setstate(char *__state);
double drand48(void);
double erand48(unsigned short __xsubi[3]);
long lrand48(void);
long nrand48(unsigned short __xsubi[3]);
long mrand48(void);
long jrand48(unsigned short __xsubi[3]);
void srand48(long __seed);
unsigned short *seed48(unsigned short __seed[3]);
void lcong48(unsigned short __param[7]);

void qsort_r(void *__base, size_t __n, size_t __size, int (*__cmp)(const void *, const void *, void *),
	     void *__arg);
void *reallocarray(void *__ptr, size_t __n, size_t __size);
int getsubopt(char **__restrict __optionp, char *const *__restrict __tokens, char **__restrict __valuep);
long a64l(const char *__s);
char *l64a(long __v);
/* The DES key for encrypt() (<unistd.h>): 64 bytes, each 0 or 1. */
void setkey(const char *__key);
char *ecvt(double __x, int __ndigit, int *__restrict __decpt, int *__restrict __sign);
char *fcvt(double __x, int __ndigit, int *__restrict __decpt, int *__restrict __sign);
char *gcvt(double __x, int __ndigit, char *__buf);

int at_quick_exit(void (*__func)(void));
__attribute__((__noreturn__)) void quick_exit(int __status);

#ifdef __cplusplus
}
#endif

#endif
