#ifndef W64_ENVIRON_H
#define W64_ENVIRON_H

/*
 * The environment the host gave the program ("NAME=VALUE" strings, NULL
 * at the end), fetched from the host (environ_sizes_get, environ_get) on
 * the first call and kept for the rest of the run; NULL when the host
 * fails or memory runs out, in which case the next call tries again.
 * Programs that never look at their environment never import the two
 * host functions.
 */
__attribute__((visibility("hidden"))) char **__w64_environ(void);

#endif
