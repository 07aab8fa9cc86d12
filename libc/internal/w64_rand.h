#ifndef W64_RAND_H
#define W64_RAND_H

#include <stdint.h>

/* rand()'s state, shared with srand(). */
__attribute__((visibility("hidden"))) extern uint64_t __w64_rand_state;

#endif
