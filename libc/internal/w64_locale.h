#ifndef W64_LOCALE_H
#define W64_LOCALE_H

/* Whether LC_CTYPE is "C.UTF-8" (1) or "C" (0): what the multibyte
 * functions, MB_CUR_MAX and printf's %lc and %ls go by. */
__attribute__((visibility("hidden"))) extern int __w64_ctype_utf8;

#endif
