/* strings.h: the BSD byte-string functions (more arrive with the full libc). */
#ifndef _STRINGS_H
#define _STRINGS_H

#define __need_size_t
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

int bcmp(const void *__a, const void *__b, size_t __n);

#ifdef __cplusplus
}
#endif

#endif
