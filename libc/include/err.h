/* err.h: BSD's messages on stderr, in glibc's format
 * ("prog: message: strerror\n"; prog is program_invocation_short_name). */
#ifndef _ERR_H
#define _ERR_H

#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

void warn(const char *__fmt, ...) __attribute__((__format__(__printf__, 1, 2)));
void vwarn(const char *__fmt, va_list __ap) __attribute__((__format__(__printf__, 1, 0)));
void warnx(const char *__fmt, ...) __attribute__((__format__(__printf__, 1, 2)));
void vwarnx(const char *__fmt, va_list __ap) __attribute__((__format__(__printf__, 1, 0)));
__attribute__((__noreturn__)) void err(int __status, const char *__fmt, ...)
	__attribute__((__format__(__printf__, 2, 3)));
__attribute__((__noreturn__)) void verr(int __status, const char *__fmt, va_list __ap)
	__attribute__((__format__(__printf__, 2, 0)));
__attribute__((__noreturn__)) void errx(int __status, const char *__fmt, ...)
	__attribute__((__format__(__printf__, 2, 3)));
__attribute__((__noreturn__)) void verrx(int __status, const char *__fmt, va_list __ap)
	__attribute__((__format__(__printf__, 2, 0)));

#ifdef __cplusplus
}
#endif

#endif
