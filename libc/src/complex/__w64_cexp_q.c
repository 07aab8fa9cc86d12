/* complex.h's cexp, csinh, ccosh and ctanh kernels for binary128 (long double). */
#include "w64_complex_q.h"
#include "w64_complex_exp.h"
