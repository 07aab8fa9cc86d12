/* sys/random.h: getentropy (as in wasi-libc; also in unistd.h). */
#ifndef _SYS_RANDOM_H
#define _SYS_RANDOM_H

#define __need_size_t
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

int getentropy(void *__buf, size_t __len);

#ifdef __cplusplus
}
#endif

#endif
