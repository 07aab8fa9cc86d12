#ifndef _UNISTD_H
#define _UNISTD_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>

#include <bits/types.h>

#ifndef __w64_defined_ssize_t
#define __w64_defined_ssize_t
typedef __w64_ssize_t ssize_t;
#endif

#ifndef __w64_defined_off_t
#define __w64_defined_off_t
typedef __w64_off_t off_t;
#endif

#ifndef __w64_defined_pid_t
#define __w64_defined_pid_t
typedef __w64_pid_t pid_t;
#endif

#ifndef __w64_defined_uid_t
#define __w64_defined_uid_t
typedef __w64_uid_t uid_t;
#endif

#ifndef __w64_defined_gid_t
#define __w64_defined_gid_t
typedef __w64_gid_t gid_t;
#endif

#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

#ifdef __cplusplus
extern "C" {
#endif

ssize_t write(int __fd, const void *__buf, size_t __count);
int isatty(int __fd);
__attribute__((__noreturn__)) void _exit(int __status);

#ifdef __cplusplus
}
#endif

#endif
