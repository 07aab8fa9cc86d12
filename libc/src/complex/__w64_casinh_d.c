/* complex.h's casinh, cacos, cacosh and catanh kernels for double (and float). */
#include "w64_complex_d.h"
#include "w64_complex_inv.h"
