/*
 * monetary.h: strfmon (POSIX).  Both locales have "C"'s LC_MONETARY: no
 * currency symbol, no grouping, '.' and two decimals.
 */
#ifndef _MONETARY_H
#define _MONETARY_H

#define __need_size_t
#include <stddef.h>

#define __NEED_ssize_t
#define __NEED_locale_t
#include <bits/alltypes.h>

#ifdef __cplusplus
extern "C" {
#endif

ssize_t strfmon(char *__restrict __s, size_t __max, const char *__restrict __fmt, ...);
ssize_t strfmon_l(char *__restrict __s, size_t __max, locale_t __l, const char *__restrict __fmt, ...);

#ifdef __cplusplus
}
#endif

#endif
