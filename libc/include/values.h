/* values.h: System V's names for the limits of the arithmetic types
 * (new code uses limits.h and float.h). */
#ifndef _VALUES_H
#define _VALUES_H

#include <float.h>
#include <limits.h>

#define BITSPERBYTE CHAR_BIT
#define __w64_bits(type) (BITSPERBYTE * (int)sizeof(type))

#define CHARBITS __w64_bits(char)
#define SHORTBITS __w64_bits(short)
#define INTBITS __w64_bits(int)
#define LONGBITS __w64_bits(long)
#define PTRBITS __w64_bits(char *)
#define DOUBLEBITS __w64_bits(double)
#define FLOATBITS __w64_bits(float)

#define MINSHORT SHRT_MIN
#define MININT INT_MIN
#define MINLONG LONG_MIN
#define MAXSHORT SHRT_MAX
#define MAXINT INT_MAX
#define MAXLONG LONG_MAX

/* The sign bit of a short and of a long. */
#define HIBITS MINSHORT
#define HIBITL MINLONG

#define MAXDOUBLE DBL_MAX
#define MINDOUBLE DBL_MIN
#ifndef MAXFLOAT /* math.h's, where it has it */
#define MAXFLOAT FLT_MAX
#endif
#define MINFLOAT FLT_MIN
#define DMINEXP DBL_MIN_EXP
#define FMINEXP FLT_MIN_EXP
#define DMAXEXP DBL_MAX_EXP
#define FMAXEXP FLT_MAX_EXP
#define DSIGNIF (DBL_MANT_DIG - 1)
#define FSIGNIF (FLT_MANT_DIG - 1)

#endif
