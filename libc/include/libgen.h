/*
 * libgen.h: POSIX's basename and dirname.  Both may write into the path
 * they are given (they cut trailing slashes off); the GNU basename of
 * <string.h>, which does not, is not this one.
 */
#ifndef _LIBGEN_H
#define _LIBGEN_H

#ifdef __cplusplus
extern "C" {
#endif

char *basename(char *__path);
char *dirname(char *__path);
/* glibc's name for the POSIX basename. */
char *__xpg_basename(char *__path);

#ifdef __cplusplus
}
#endif

#endif
