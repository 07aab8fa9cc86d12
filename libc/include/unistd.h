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

/* lockf() commands */
#define F_ULOCK 0
#define F_LOCK 1
#define F_TLOCK 2
#define F_TEST 3

#include <bits/confname.h>

/* POSIX version and the options this libc has (unistd.h must say which):
 * no threads, no process spawning, no job control. */
#define _POSIX_VERSION 200809L
#define _POSIX2_VERSION 200809L
#define _XOPEN_VERSION 700
#define _POSIX_MONOTONIC_CLOCK 200809L
#define _POSIX_TIMERS 200809L
#define _POSIX_CPUTIME 200809L

#ifdef __cplusplus
extern "C" {
#endif

ssize_t read(int __fd, void *__buf, size_t __count);
ssize_t write(int __fd, const void *__buf, size_t __count);
ssize_t pread(int __fd, void *__buf, size_t __count, off_t __offset);
ssize_t pwrite(int __fd, const void *__buf, size_t __count, off_t __offset);
off_t lseek(int __fd, off_t __offset, int __whence);
int close(int __fd);
/* close that never leaves the descriptor open (POSIX 2024); the flag
 * that asks for a restart after a signal is 0, as in wasi-libc. */
#define POSIX_CLOSE_RESTART 0
int posix_close(int __fd, int __flag);
/* The end of memory (sbrk(0)), or grow it by whole 64 KiB pages. */
void *sbrk(__INTPTR_TYPE__ __increment);
int fsync(int __fd);
int fdatasync(int __fd);
int ftruncate(int __fd, off_t __length);
int truncate(const char *__path, off_t __length);
int lockf(int __fd, int __cmd, off_t __len);
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
int link(const char *__old, const char *__new);
int linkat(int __old_dirfd, const char *__old, int __new_dirfd, const char *__new, int __flags);
long pathconf(const char *__path, int __name);
long fpathconf(int __fd, int __name);

/* WASI files have no owner: they all belong to uid 0, gid 0, and
 * "changing" to that owner is all that succeeds (docs/libc.md). */
int chown(const char *__path, uid_t __owner, gid_t __group);
int fchown(int __fd, uid_t __owner, gid_t __group);
int lchown(const char *__path, uid_t __owner, gid_t __group);
int fchownat(int __dirfd, const char *__path, uid_t __owner, gid_t __group, int __flags);

#if defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)
#define lseek64 lseek
#define pread64 pread
#define pwrite64 pwrite
#define truncate64 truncate
#define ftruncate64 ftruncate
#define lockf64 lockf
#define off64_t off_t
#endif

pid_t getpid(void);
unsigned sleep(unsigned __seconds);
int usleep(useconds_t __usec);

void swab(const void *__restrict __src, void *__restrict __dst, ssize_t __n);

/* XSI's crypt (also in <crypt.h>) and DES on 64 one-bit bytes (setkey is
 * in <stdlib.h>). */
char *crypt(const char *__phrase, const char *__setting);
void encrypt(char __block[64], int __decrypt);

/* getopt: POSIX's short options (GNU's getopt_long is in getopt.h). */
extern char *optarg;
extern int optind, opterr, optopt, optreset;
int getopt(int __argc, char *const __argv[], const char *__optstring);

__attribute__((__noreturn__)) void _exit(int __status);

/* Processes, users and the system: docs/libc.md says how each answers
 * on WASI, where there is one process and no other program. */
extern char **environ;
int getentropy(void *__buf, size_t __len);
long sysconf(int __name);
size_t confstr(int __name, char *__buf, size_t __len);
int getpagesize(void);
int gethostname(char *__name, size_t __len);
int getdomainname(char *__name, size_t __len);
long gethostid(void);

pid_t getppid(void);
pid_t getpgrp(void);
pid_t getpgid(pid_t __pid);
int setpgid(pid_t __pid, pid_t __pgid);
pid_t getsid(pid_t __pid);
pid_t setsid(void);
pid_t tcgetpgrp(int __fd);
int tcsetpgrp(int __fd, pid_t __pgrp);
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
int setuid(uid_t __uid);
int seteuid(uid_t __uid);
int setgid(gid_t __gid);
int setegid(gid_t __gid);
int setreuid(uid_t __ruid, uid_t __euid);
int setregid(gid_t __rgid, gid_t __egid);
int getgroups(int __size, gid_t __list[]);
char *getlogin(void);
int getlogin_r(char *__buf, size_t __size);
char *ttyname(int __fd);
int ttyname_r(int __fd, char *__buf, size_t __size);

pid_t fork(void);
pid_t vfork(void);
int execv(const char *__path, char *const __argv[]);
int execve(const char *__path, char *const __argv[], char *const __envp[]);
int execvp(const char *__file, char *const __argv[]);
int execl(const char *__path, const char *__arg, ...);
int execlp(const char *__file, const char *__arg, ...);
int execle(const char *__path, const char *__arg, ...);
int fexecve(int __fd, char *const __argv[], char *const __envp[]);
int pipe(int __fds[2]);
int pipe2(int __fds[2], int __flags);
int dup(int __fd);
int dup2(int __fd, int __fd2);
int dup3(int __fd, int __fd2, int __flags);
unsigned alarm(unsigned __seconds);
int pause(void);

#ifdef __cplusplus
}
#endif

#endif
