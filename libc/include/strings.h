/* strings.h: the BSD byte-string functions and case-insensitive compares. */
#ifndef _STRINGS_H
#define _STRINGS_H

#define __need_size_t
#include <stddef.h>

#define __NEED_locale_t
#include <bits/alltypes.h>

#ifdef __cplusplus
extern "C" {
#endif

/* bcmp, bcopy and bzero left POSIX in 2008, but programs (and clang, for
 * bcmp) still use them. */
int bcmp(const void *__a, const void *__b, size_t __n);
void bcopy(const void *__src, void *__dst, size_t __n);
void bzero(void *__s, size_t __n);
int ffs(int __i);
int ffsl(long __i);
int ffsll(long long __i);
int strcasecmp(const char *__a, const char *__b);
int strncasecmp(const char *__a, const char *__b, size_t __n);
int strcasecmp_l(const char *__a, const char *__b, locale_t __l);
int strncasecmp_l(const char *__a, const char *__b, size_t __n, locale_t __l);
char *index(const char *__s, int __c);
char *rindex(const char *__s, int __c);

#ifdef __cplusplus
}
#endif

#endif
