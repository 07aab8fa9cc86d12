/*
 * nl_types.h: message catalogs (POSIX).  There are none: catopen fails
 * with ENOTSUP and catgets returns the default text, as in wasi-libc.
 */
#ifndef _NL_TYPES_H
#define _NL_TYPES_H

#define __NEED_nl_item
#include <bits/alltypes.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NL_SETD 1
#define NL_CAT_LOCALE 1

typedef void *nl_catd;

nl_catd catopen(const char *__name, int __flag);
char *catgets(nl_catd __catd, int __set, int __msg, const char *__s);
int catclose(nl_catd __catd);

#ifdef __cplusplus
}
#endif

#endif
