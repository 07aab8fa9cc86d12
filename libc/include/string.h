#ifndef _STRING_H
#define _STRING_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>

#define __NEED_locale_t
#include <bits/alltypes.h>

#ifdef __cplusplus
extern "C" {
#endif

void *memcpy(void *__restrict __dst, const void *__restrict __src, size_t __n);
void *memmove(void *__dst, const void *__src, size_t __n);
void *memset(void *__dst, int __c, size_t __n);
int memcmp(const void *__a, const void *__b, size_t __n);
void *memchr(const void *__s, int __c, size_t __n);
void *memrchr(const void *__s, int __c, size_t __n);
void *memccpy(void *__restrict __dst, const void *__restrict __src, int __c, size_t __n);
void *mempcpy(void *__restrict __dst, const void *__restrict __src, size_t __n);
void *memmem(const void *__hay, size_t __hay_len, const void *__needle, size_t __needle_len);

size_t strlen(const char *__s);
size_t strnlen(const char *__s, size_t __max);
int strcmp(const char *__a, const char *__b);
int strncmp(const char *__a, const char *__b, size_t __n);
int strcoll(const char *__a, const char *__b);
size_t strxfrm(char *__restrict __dst, const char *__restrict __src, size_t __n);
char *strcpy(char *__restrict __dst, const char *__restrict __src);
char *strncpy(char *__restrict __dst, const char *__restrict __src, size_t __n);
char *stpcpy(char *__restrict __dst, const char *__restrict __src);
char *stpncpy(char *__restrict __dst, const char *__restrict __src, size_t __n);
char *strcat(char *__restrict __dst, const char *__restrict __src);
char *strncat(char *__restrict __dst, const char *__restrict __src, size_t __n);
char *strchr(const char *__s, int __c);
char *strrchr(const char *__s, int __c);
char *strchrnul(const char *__s, int __c);
size_t strspn(const char *__s, const char *__accept);
size_t strcspn(const char *__s, const char *__reject);
char *strpbrk(const char *__s, const char *__accept);
char *strstr(const char *__hay, const char *__needle);
char *strtok(char *__restrict __s, const char *__restrict __sep);
char *strtok_r(char *__restrict __s, const char *__restrict __sep, char **__restrict __save);
char *strsep(char **__restrict __sp, const char *__restrict __sep);
char *strcasestr(const char *__hay, const char *__needle);
size_t strlcpy(char *__restrict __dst, const char *__restrict __src, size_t __size);
size_t strlcat(char *__restrict __dst, const char *__restrict __src, size_t __size);
int strverscmp(const char *__a, const char *__b);
void explicit_bzero(void *__s, size_t __n);
char *strdup(const char *__s);
char *strndup(const char *__s, size_t __n);
char *strerror(int __errnum);
int strerror_r(int __errnum, char *__buf, size_t __len);
char *strsignal(int __sig);

/* GNU: compares names with numbers in them as a person would ("a9" < "a10"). */
int strverscmp(const char *__a, const char *__b);
int strcoll_l(const char *__a, const char *__b, locale_t __l);
size_t strxfrm_l(char *__restrict __dst, const char *__restrict __src, size_t __n, locale_t __l);
char *strerror_l(int __errnum, locale_t __l);

#ifdef __cplusplus
}
#endif

#endif
