/*
 * Only the unbuffered output functions exist so far; FILE, printf and the
 * buffered streams arrive with the stdio implementation.
 */
#ifndef _STDIO_H
#define _STDIO_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>

#define EOF (-1)

#ifdef __cplusplus
extern "C" {
#endif

int puts(const char *__s);
int putchar(int __c);

#ifdef __cplusplus
}
#endif

#endif
