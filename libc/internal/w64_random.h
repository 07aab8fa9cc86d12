#ifndef W64_RANDOM_H
#define W64_RANDOM_H

#include <stddef.h>

/* Fills buf from the host's random_get, or ends the program with a
 * message when the host has no randomness to give: arc4random and its
 * kin cannot fail, and a key made of anything else would be a silent
 * weakness. */
__attribute__((visibility("hidden"))) void __w64_random_fill(void *buf, size_t len);

#endif
