/* pwd.h: the one user a WASI program runs as (docs/libc.md). */
#ifndef _PWD_H
#define _PWD_H

#define __need_size_t
#include <stddef.h>

#include <bits/types.h>

#define __NEED_uid_t
#define __NEED_gid_t
#include <bits/alltypes.h>

struct passwd {
	char *pw_name;
	char *pw_passwd;
	uid_t pw_uid;
	gid_t pw_gid;
	char *pw_gecos;
	char *pw_dir;
	char *pw_shell;
};

#ifdef __cplusplus
extern "C" {
#endif

struct passwd *getpwuid(uid_t __uid);
struct passwd *getpwnam(const char *__name);
int getpwuid_r(uid_t __uid, struct passwd *__pw, char *__buf, size_t __size,
	       struct passwd **__result);
int getpwnam_r(const char *__name, struct passwd *__pw, char *__buf, size_t __size,
	       struct passwd **__result);

#ifdef __cplusplus
}
#endif

#endif
