/*
 * iconv.h: conversion between character encodings (POSIX), among the
 * Unicode encodings, ISO-8859-1 and ASCII (docs/libc.md lists the names).
 */
#ifndef _ICONV_H
#define _ICONV_H

#define __need_size_t
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef void *iconv_t;

iconv_t iconv_open(const char *__to, const char *__from);
size_t iconv(iconv_t __cd, char **__restrict __in, size_t *__restrict __inleft, char **__restrict __out,
	     size_t *__restrict __outleft);
int iconv_close(iconv_t __cd);

#ifdef __cplusplus
}
#endif

#endif
