/* regex.h: POSIX regular expressions, basic and extended, with the GNU
 * escapes glibc accepts (libc/src/regex). */
#ifndef _REGEX_H
#define _REGEX_H

#define __need_size_t
#include <stddef.h>
#include <bits/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Offsets into the subject: as wide as a size, so that a match may end
 * past 2 GiB in a 64-bit memory. */
typedef __w64_ssize_t regoff_t;

typedef struct re_pattern_buffer {
	size_t re_nsub; /* the number of parenthesized subexpressions */
	struct __w64_regex *__prog;
	void *__reserved[4];
} regex_t;

typedef struct {
	regoff_t rm_so;
	regoff_t rm_eo;
} regmatch_t;

/* regcomp's flags. */
#define REG_EXTENDED 1
#define REG_ICASE 2
#define REG_NEWLINE 4
#define REG_NOSUB 8

/* regexec's flags. */
#define REG_NOTBOL 1
#define REG_NOTEOL 2

/* Results and errors. */
#define REG_OK 0
#define REG_NOMATCH 1
#define REG_BADPAT 2
#define REG_ECOLLATE 3
#define REG_ECTYPE 4
#define REG_EESCAPE 5
#define REG_ESUBREG 6
#define REG_EBRACK 7
#define REG_EPAREN 8
#define REG_EBRACE 9
#define REG_BADBR 10
#define REG_ERANGE 11
#define REG_ESPACE 12
#define REG_BADRPT 13
#define REG_ENOSYS -1

int regcomp(regex_t *__restrict __preg, const char *__restrict __pattern, int __cflags);
int regexec(const regex_t *__restrict __preg, const char *__restrict __string, size_t __nmatch,
	    regmatch_t *__restrict __pmatch, int __eflags);
size_t regerror(int __errcode, const regex_t *__restrict __preg, char *__restrict __errbuf,
		size_t __errbuf_size);
void regfree(regex_t *__preg);

#ifdef __cplusplus
}
#endif

#endif
