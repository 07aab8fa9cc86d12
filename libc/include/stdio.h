/*
 * stdio.h: buffered streams over files, the printf and scanf families.
 *
 * Buffering: stdout is line-buffered when the host says fd 1 is a
 * character device (a terminal) and fully buffered otherwise; stderr is
 * unbuffered.  exit() and returning from main flush every stream.
 */
#ifndef _STDIO_H
#define _STDIO_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>

#include <bits/types.h>

#define __NEED_ssize_t
#define __NEED_off_t
/* FILE: its layout is private to the C library. */
#define __NEED_FILE
#include <bits/alltypes.h>

/* A position in a stream (fgetpos, fsetpos): its byte offset. */
typedef struct {
	__w64_off_t __pos;
} fpos_t;

#define EOF (-1)
#define BUFSIZ 4096

#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2

#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

#define FILENAME_MAX 4096
#define FOPEN_MAX 1000
#define L_tmpnam 20
#define TMP_MAX 10000
#define P_tmpdir "/tmp"

#ifdef __cplusplus
extern "C" {
#endif

extern FILE *const stdin;
extern FILE *const stdout;
extern FILE *const stderr;
#define stdin (stdin)
#define stdout (stdout)
#define stderr (stderr)

#define __w64_printf_like(fmt, args) __attribute__((__format__(__printf__, fmt, args)))

FILE *fopen(const char *__restrict __path, const char *__restrict __mode);
FILE *freopen(const char *__restrict __path, const char *__restrict __mode,
	      FILE *__restrict __f);
FILE *fdopen(int __fd, const char *__mode);
int fclose(FILE *__f);
FILE *tmpfile(void);
char *tmpnam(char *__s);
int remove(const char *__path);
int rename(const char *__old, const char *__new);
int renameat(int __old_dirfd, const char *__old, int __new_dirfd, const char *__new);

int fgetc(FILE *__f);
int getc(FILE *__f);
int getchar(void);
int ungetc(int __c, FILE *__f);
char *fgets(char *__restrict __s, int __n, FILE *__restrict __f);
size_t fread(void *__restrict __p, size_t __size, size_t __n, FILE *__restrict __f);
ssize_t getdelim(char **__restrict __line, size_t *__restrict __cap, int __delim,
		 FILE *__restrict __f);
ssize_t getline(char **__restrict __line, size_t *__restrict __cap, FILE *__restrict __f);

int fseek(FILE *__f, long __offset, int __whence);
int fseeko(FILE *__f, off_t __offset, int __whence);
long ftell(FILE *__f);
off_t ftello(FILE *__f);
void rewind(FILE *__f);
int fgetpos(FILE *__restrict __f, fpos_t *__restrict __pos);
int fsetpos(FILE *__f, const fpos_t *__pos);

int fputc(int __c, FILE *__f);
int putc(int __c, FILE *__f);
int putchar(int __c);
int fputs(const char *__restrict __s, FILE *__restrict __f);
int puts(const char *__s);
size_t fwrite(const void *__restrict __p, size_t __size, size_t __n, FILE *__restrict __f);
int fflush(FILE *__f);
int setvbuf(FILE *__restrict __f, char *__restrict __buf, int __mode, size_t __size);
void setbuf(FILE *__restrict __f, char *__restrict __buf);
int ferror(FILE *__f);
int feof(FILE *__f);
void clearerr(FILE *__f);
int fileno(FILE *__f);
void perror(const char *__s);

/* No command processor: popen fails with ENOSYS (docs/libc.md). */
FILE *popen(const char *__command, const char *__mode);
int pclose(FILE *__stream);

int printf(const char *__restrict __fmt, ...) __w64_printf_like(1, 2);
int fprintf(FILE *__restrict __f, const char *__restrict __fmt, ...) __w64_printf_like(2, 3);
int sprintf(char *__restrict __s, const char *__restrict __fmt, ...) __w64_printf_like(2, 3);
int snprintf(char *__restrict __s, size_t __n, const char *__restrict __fmt, ...)
	__w64_printf_like(3, 4);
int dprintf(int __fd, const char *__restrict __fmt, ...) __w64_printf_like(2, 3);
int asprintf(char **__restrict __s, const char *__restrict __fmt, ...) __w64_printf_like(2, 3);
int vprintf(const char *__restrict __fmt, __builtin_va_list __ap) __w64_printf_like(1, 0);
int vfprintf(FILE *__restrict __f, const char *__restrict __fmt, __builtin_va_list __ap)
	__w64_printf_like(2, 0);
int vsprintf(char *__restrict __s, const char *__restrict __fmt, __builtin_va_list __ap)
	__w64_printf_like(2, 0);
int vsnprintf(char *__restrict __s, size_t __n, const char *__restrict __fmt,
	      __builtin_va_list __ap) __w64_printf_like(3, 0);
int vdprintf(int __fd, const char *__restrict __fmt, __builtin_va_list __ap) __w64_printf_like(2, 0);
int vasprintf(char **__restrict __s, const char *__restrict __fmt, __builtin_va_list __ap)
	__w64_printf_like(2, 0);

#define __w64_scanf_like(fmt, args) __attribute__((__format__(__scanf__, fmt, args)))

int scanf(const char *__restrict __fmt, ...) __w64_scanf_like(1, 2);
int fscanf(FILE *__restrict __f, const char *__restrict __fmt, ...) __w64_scanf_like(2, 3);
int sscanf(const char *__restrict __s, const char *__restrict __fmt, ...) __w64_scanf_like(2, 3);
int vscanf(const char *__restrict __fmt, __builtin_va_list __ap) __w64_scanf_like(1, 0);
int vfscanf(FILE *__restrict __f, const char *__restrict __fmt, __builtin_va_list __ap)
	__w64_scanf_like(2, 0);
int vsscanf(const char *__restrict __s, const char *__restrict __fmt, __builtin_va_list __ap)
	__w64_scanf_like(2, 0);

#undef __w64_printf_like
#undef __w64_scanf_like

#ifdef __cplusplus
}
#endif

#endif
