/* dlfcn.h: a WASI module cannot load another; dlopen always fails and
 * dlerror says why (docs/libc.md). */
#ifndef _DLFCN_H
#define _DLFCN_H

#define RTLD_LAZY 1
#define RTLD_NOW 2
#define RTLD_NOLOAD 4
#define RTLD_NODELETE 4096
#define RTLD_GLOBAL 256
#define RTLD_LOCAL 0

#define RTLD_NEXT ((void *)-1)
#define RTLD_DEFAULT ((void *)0)

#ifdef __cplusplus
extern "C" {
#endif

void *dlopen(const char *__file, int __mode);
void *dlsym(void *__restrict __handle, const char *__restrict __name);
int dlclose(void *__handle);
char *dlerror(void);

#ifdef __cplusplus
}
#endif

#endif
