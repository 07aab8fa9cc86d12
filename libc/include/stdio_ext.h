/* stdio_ext.h: looking into a stream (Solaris's and glibc's extensions). */
#ifndef _STDIO_EXT_H
#define _STDIO_EXT_H

#include <stdio.h>

/* __fsetlocking's types: there is one thread, so the answer is always
 * FSETLOCKING_INTERNAL. */
#define FSETLOCKING_QUERY 0
#define FSETLOCKING_INTERNAL 1
#define FSETLOCKING_BYCALLER 2

#ifdef __cplusplus
extern "C" {
#endif

size_t __fbufsize(FILE *__f);
int __freading(FILE *__f);
int __fwriting(FILE *__f);
int __freadable(FILE *__f);
int __fwritable(FILE *__f);
int __flbf(FILE *__f);
void __fpurge(FILE *__f);
size_t __fpending(FILE *__f);
void _flushlbf(void);
int __fsetlocking(FILE *__f, int __type);
void __fseterr(FILE *__f);
size_t __freadahead(FILE *__f);
const char *__freadptr(FILE *__f, size_t *__size);
void __freadptrinc(FILE *__f, size_t __n);

#ifdef __cplusplus
}
#endif

#endif
