#ifndef _STRING_H
#define _STRING_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

void *memcpy(void *__restrict __dst, const void *__restrict __src, size_t __n);
void *memmove(void *__dst, const void *__src, size_t __n);
void *memset(void *__dst, int __c, size_t __n);
int memcmp(const void *__a, const void *__b, size_t __n);
size_t strlen(const char *__s);
int strcmp(const char *__a, const char *__b);

#ifdef __cplusplus
}
#endif

#endif
