/* memory.h: the old home of the mem* functions, now string.h's. */
#include <string.h>
