/* complex.h's clog, csqrt and cpow kernels for binary128 (long double). */
#include "w64_complex_q.h"
#include "w64_complex_log.h"
