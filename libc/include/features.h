/*
 * features.h.  This libc declares everything it has whatever feature
 * test macros (_GNU_SOURCE, _POSIX_C_SOURCE, ...) a program defines, so
 * there is nothing to select here (and no __GLIBC__: this is not
 * glibc).
 */
#ifndef _FEATURES_H
#define _FEATURES_H
#endif
