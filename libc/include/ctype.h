/*
 * ctype.h.  Bytes are classified as ASCII in both locales ("C" and
 * "C.UTF-8", where no byte above 0x7f is a character on its own), so
 * every function is a fixed function of its argument, which must be EOF
 * or representable as unsigned char.  The *_l forms take a locale object
 * as POSIX says, with the same answers.
 */
#ifndef _CTYPE_H
#define _CTYPE_H

#define __NEED_locale_t
#include <bits/alltypes.h>

#ifdef __cplusplus
extern "C" {
#endif

int isalnum(int __c);
int isalpha(int __c);
int isblank(int __c);
int iscntrl(int __c);
int isdigit(int __c);
int isgraph(int __c);
int islower(int __c);
int isprint(int __c);
int ispunct(int __c);
int isspace(int __c);
int isupper(int __c);
int isxdigit(int __c);
int tolower(int __c);
int toupper(int __c);
/* XSI */
int isascii(int __c);
int toascii(int __c);

int isalnum_l(int __c, locale_t __l);
int isalpha_l(int __c, locale_t __l);
int isblank_l(int __c, locale_t __l);
int iscntrl_l(int __c, locale_t __l);
int isdigit_l(int __c, locale_t __l);
int isgraph_l(int __c, locale_t __l);
int islower_l(int __c, locale_t __l);
int isprint_l(int __c, locale_t __l);
int ispunct_l(int __c, locale_t __l);
int isspace_l(int __c, locale_t __l);
int isupper_l(int __c, locale_t __l);
int isxdigit_l(int __c, locale_t __l);
int tolower_l(int __c, locale_t __l);
int toupper_l(int __c, locale_t __l);

#ifdef __cplusplus
}
#endif

#endif
