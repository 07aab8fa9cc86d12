/*
 * stdc-predef.h: what the implementation promises before any header is
 * included (GCC reads this file by itself; clang does not, so programs
 * that test these macros include it).  wchar_t holds Unicode code points,
 * char16_t and char32_t are UTF-16 and UTF-32, and float and double are
 * IEC 60559 formats with its arithmetic (wasm's own).
 */
#ifndef _STDC_PREDEF_H
#define _STDC_PREDEF_H

#define __STDC_ISO_10646__ 201706L
#define __STDC_UTF_16__ 1
#define __STDC_UTF_32__ 1
#define __STDC_IEC_559__ 1
#define __STDC_IEC_559_COMPLEX__ 1

#endif
