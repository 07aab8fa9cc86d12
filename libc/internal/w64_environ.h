#ifndef W64_ENVIRON_H
#define W64_ENVIRON_H

#include <stddef.h>

#define W64_HIDDEN __attribute__((visibility("hidden")))

/* The storage behind environ (libc/src/stdlib/environ.c). */
extern char **__environ;

/*
 * The current environment (__environ, "NAME=VALUE" strings, NULL at the
 * end).  The first call fetches the host's (environ_sizes_get,
 * environ_get) into __environ; later calls return __environ as the
 * program and setenv & co. left it.  NULL when the host fails or memory
 * runs out before the first fetch succeeds (the next call tries again),
 * or after clearenv.  Programs that never look at their environment never
 * import the two host functions.
 */
W64_HIDDEN char **__w64_environ(void);

/*
 * Puts `entry` ("NAME=VALUE", the name `name_len` bytes) into the
 * environment in place of the variable of that name, or at the end.
 * `owned`: the libc allocated entry and frees it when it leaves the
 * environment (setenv); otherwise it is the caller's (putenv).  0, or -1
 * with errno ENOMEM (then an owned entry is freed).
 */
W64_HIDDEN int __w64_env_put(char *entry, size_t name_len, int owned);

/* Takes the variable `name` (`name_len` bytes, no '=') out of the
 * environment, every copy of it. */
W64_HIDDEN void __w64_env_remove(const char *name, size_t name_len);

/* Frees the entries setenv allocated and the array the libc owns (the
 * environment is then empty: clearenv). */
W64_HIDDEN void __w64_env_clear(void);

#undef W64_HIDDEN

#endif
