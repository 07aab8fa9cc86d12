#include "w64_environ.h"

/*
 * The environment as POSIX publishes it.  The storage is __environ;
 * environ and _environ are other names for it (as in glibc and
 * wasi-libc).  This object is linked only when a program names one of
 * them or uses getenv and its kin, so a program that never looks at its
 * environment imports nothing for it; when it is linked, the constructor
 * fetches the environment before main, since a program may read environ
 * without any call first.
 */
char **__environ;
extern char **environ __attribute__((weak, alias("__environ")));
extern char **_environ __attribute__((weak, alias("__environ")));

__attribute__((constructor)) static void load_environment(void)
{
	__w64_environ();
}
