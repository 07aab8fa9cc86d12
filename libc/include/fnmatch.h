/*
 * fnmatch.h: shell wildcard matching of one name (`*`, `?`, `[...]`
 * with ranges, `!` or `^` negation and `[:class:]`), with glibc's
 * answers in the "C" locale.  Flag values are glibc's and wasi-libc's.
 */
#ifndef _FNMATCH_H
#define _FNMATCH_H

#ifdef __cplusplus
extern "C" {
#endif

#define FNM_PATHNAME 0x01    /* wildcards and brackets never match '/' */
#define FNM_NOESCAPE 0x02    /* '\\' is an ordinary character */
#define FNM_PERIOD 0x04      /* a leading '.' (after '/' with FNM_PATHNAME) needs a literal '.' */
#define FNM_LEADING_DIR 0x08 /* the pattern may match a leading part that ends before a '/' */
#define FNM_CASEFOLD 0x10    /* ASCII letters match either case */
#define FNM_FILE_NAME FNM_PATHNAME
#define FNM_IGNORECASE FNM_CASEFOLD

#define FNM_NOMATCH 1
#define FNM_NOSYS (-1)

int fnmatch(const char *__pattern, const char *__string, int __flags);

#ifdef __cplusplus
}
#endif

#endif
