#ifndef W64_STRTO_H
#define W64_STRTO_H

#include <stdint.h>

/*
 * The parser behind strtol and all its siblings (C11 7.22.1.4): optional
 * white space, an optional sign, an optional 0x/0X (base 0 or 16) or 0
 * (base 0: octal), then digits of the base.  Returns the magnitude, with
 * *neg set for a '-' and *overflow set when the magnitude passes
 * UINTMAX_MAX (the digits are still consumed).  *end, when end is not
 * NULL, points after the last digit, or at s when there was none.  An
 * invalid base sets EINVAL and parses nothing.  Each caller then clamps
 * to its own type and sets ERANGE.
 */
__attribute__((visibility("hidden"))) uintmax_t __w64_strtox(const char *s, char **end, int base,
							     int *neg, int *overflow);

#endif
