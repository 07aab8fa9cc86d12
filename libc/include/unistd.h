#ifndef _UNISTD_H
#define _UNISTD_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>

#include <bits/types.h>

#define __NEED_ssize_t
#define __NEED_off_t
#define __NEED_pid_t
#define __NEED_uid_t
#define __NEED_gid_t
#define __NEED_useconds_t
#include <bits/alltypes.h>

#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif

/* access() modes */
#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4

#ifdef __cplusplus
extern "C" {
#endif

ssize_t read(int __fd, void *__buf, size_t __count);
ssize_t write(int __fd, const void *__buf, size_t __count);
ssize_t pread(int __fd, void *__buf, size_t __count, off_t __offset);
ssize_t pwrite(int __fd, const void *__buf, size_t __count, off_t __offset);
off_t lseek(int __fd, off_t __offset, int __whence);
int close(int __fd);
int fsync(int __fd);
int ftruncate(int __fd, off_t __length);
int isatty(int __fd);

int access(const char *__path, int __mode);
int faccessat(int __dirfd, const char *__path, int __mode, int __flags);
int unlink(const char *__path);
int unlinkat(int __dirfd, const char *__path, int __flags);
int rmdir(const char *__path);
char *getcwd(char *__buf, size_t __size);
int chdir(const char *__path);
ssize_t readlink(const char *__restrict __path, char *__restrict __buf, size_t __size);
ssize_t readlinkat(int __dirfd, const char *__restrict __path, char *__restrict __buf,
		   size_t __size);
int symlink(const char *__target, const char *__path);
int symlinkat(const char *__target, int __dirfd, const char *__path);

pid_t getpid(void);
unsigned sleep(unsigned __seconds);
int usleep(useconds_t __usec);

void swab(const void *__restrict __src, void *__restrict __dst, ssize_t __n);

/* getopt: POSIX's short options (GNU's getopt_long is in getopt.h). */
extern char *optarg;
extern int optind, opterr, optopt;
int getopt(int __argc, char *const __argv[], const char *__optstring);

__attribute__((__noreturn__)) void _exit(int __status);

#ifdef __cplusplus
}
#endif

#endif
