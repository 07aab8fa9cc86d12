/*
 * crypt.h: one-way hashing of pass phrases for password files.  The
 * setting (the stored hash, or a fresh "$id$salt") picks the method:
 * "$6$" SHA-512, "$5$" SHA-256 (both with an optional "rounds=N$"),
 * "$1$" MD5, "$2a$"/"$2b$"/"$2x$"/"$2y$" bcrypt, "_" BSDi extended DES,
 * two salt characters traditional DES.  A setting that is not valid
 * gives "*0" (or "*1" when the setting itself starts with "*0"), a
 * string no hash equals, with errno EINVAL.
 */
#ifndef _CRYPT_H
#define _CRYPT_H

#ifdef __cplusplus
extern "C" {
#endif

/* crypt_r's state: the result is written into it.  Programs set
 * `initialized` to 0 before the first call, as elsewhere; this library
 * needs nothing more. */
struct crypt_data {
	int initialized;
	char __result[256];
};

char *crypt(const char *__phrase, const char *__setting);
char *crypt_r(const char *__phrase, const char *__setting, struct crypt_data *__restrict __data);

#ifdef __cplusplus
}
#endif

#endif
