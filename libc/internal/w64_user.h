#ifndef W64_USER_H
#define W64_USER_H

/*
 * The one user and group a WASI program runs as (WASI has neither):
 * getuid, getpwuid, getlogin... all answer with these.  Not 0: a program
 * must not believe it has a superuser's powers.
 */
#define W64_UID 1000
#define W64_GID 1000
#define W64_USER_NAME "user"
#define W64_GROUP_NAME "user"

#include <grp.h>
#include <pwd.h>

/*
 * The one passwd entry (home: $HOME, else "/"; no password, no shell) or
 * group entry, with its strings copied into buf.  0, or ERANGE when buf
 * is too small.
 */
__attribute__((visibility("hidden"))) int __w64_fill_passwd(struct passwd *pw, char *buf,
							    size_t size);
__attribute__((visibility("hidden"))) int __w64_fill_group(struct group *gr, char *buf,
							   size_t size);

#endif
