/*
 * uchar.h: UTF-16 and UTF-32 code units to and from multibyte
 * characters (C11 7.28), in LC_CTYPE's encoding.
 */
#ifndef _UCHAR_H
#define _UCHAR_H

#define __need_size_t
#include <stddef.h>

#define __NEED_mbstate_t
#include <bits/alltypes.h>

#ifndef __cplusplus
typedef __UINT_LEAST16_TYPE__ char16_t;
typedef __UINT_LEAST32_TYPE__ char32_t;
#endif

#ifdef __cplusplus
extern "C" {
#endif

size_t mbrtoc16(char16_t *__restrict __pc16, const char *__restrict __s, size_t __n,
		mbstate_t *__restrict __ps);
size_t c16rtomb(char *__restrict __s, char16_t __c16, mbstate_t *__restrict __ps);
size_t mbrtoc32(char32_t *__restrict __pc32, const char *__restrict __s, size_t __n,
		mbstate_t *__restrict __ps);
size_t c32rtomb(char *__restrict __s, char32_t __c32, mbstate_t *__restrict __ps);

#ifdef __cplusplus
}
#endif

#endif
