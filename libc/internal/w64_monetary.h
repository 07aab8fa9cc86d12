#ifndef W64_MONETARY_H
#define W64_MONETARY_H

#include <stdarg.h>
#include <sys/types.h>

/* strfmon's engine, for strfmon and strfmon_l. */
__attribute__((visibility("hidden"))) ssize_t __w64_vstrfmon(char *s, size_t max, const char *fmt, va_list ap);

#endif
