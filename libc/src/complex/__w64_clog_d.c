/* complex.h's clog, csqrt and cpow kernels for double (and float). */
#include "w64_complex_d.h"
#include "w64_complex_log.h"
