/*
 * glob.h: the path names a shell wildcard pattern matches, found with
 * opendir/readdir/stat through the preopens (docs/libc.md), sorted as
 * strcoll sorts them.  Flag and error values are glibc's and
 * wasi-libc's; WASI has no user database, so there is no GLOB_TILDE.
 */
#ifndef _GLOB_H
#define _GLOB_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
	size_t gl_pathc; /* matches found */
	char **gl_pathv; /* gl_offs NULLs, the matches, then NULL */
	size_t gl_offs;  /* NULLs to leave at the start, with GLOB_DOOFFS */
	int gl_flags;    /* the flags of the last call that filled it */
	void *__reserved[5];
} glob_t;

/* off_t and ino_t are 64-bit already: the *64 names are the same thing. */
typedef glob_t glob64_t;

#define GLOB_ERR 0x01      /* stop at a directory that cannot be read */
#define GLOB_MARK 0x02     /* append '/' to each directory */
#define GLOB_NOSORT 0x04   /* leave the names in directory order */
#define GLOB_DOOFFS 0x08   /* reserve gl_offs slots at the start */
#define GLOB_NOCHECK 0x10  /* no match: return the pattern itself */
#define GLOB_APPEND 0x20   /* add to the results of an earlier call */
#define GLOB_NOESCAPE 0x40 /* '\\' is an ordinary character */
#define GLOB_PERIOD 0x80   /* wildcards match a leading '.' too */

#define GLOB_NOSPACE 1
#define GLOB_ABORTED 2
#define GLOB_NOMATCH 3
#define GLOB_NOSYS 4

int glob(const char *__restrict __pattern, int __flags,
	 int (*__errfunc)(const char *__path, int __errno),
	 glob_t *__restrict __pglob);
void globfree(glob_t *__pglob);
int glob64(const char *__restrict __pattern, int __flags,
	   int (*__errfunc)(const char *__path, int __errno),
	   glob64_t *__restrict __pglob);
void globfree64(glob64_t *__pglob);

#ifdef __cplusplus
}
#endif

#endif
