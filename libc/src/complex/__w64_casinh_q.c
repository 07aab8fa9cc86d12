/* complex.h's casinh, cacos, cacosh and catanh kernels for binary128 (long double). */
#include "w64_complex_q.h"
#include "w64_complex_inv.h"
