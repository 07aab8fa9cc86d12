/* complex.h's cexp, csinh, ccosh and ctanh kernels for double (and float). */
#include "w64_complex_d.h"
#include "w64_complex_exp.h"
