/* grp.h: the one group a WASI program runs in (docs/libc.md). */
#ifndef _GRP_H
#define _GRP_H

#define __need_size_t
#include <stddef.h>

#include <bits/types.h>

#define __NEED_gid_t
#include <bits/alltypes.h>

struct group {
	char *gr_name;
	char *gr_passwd;
	gid_t gr_gid;
	char **gr_mem;
};

#ifdef __cplusplus
extern "C" {
#endif

struct group *getgrgid(gid_t __gid);
struct group *getgrnam(const char *__name);
int getgrgid_r(gid_t __gid, struct group *__gr, char *__buf, size_t __size,
	       struct group **__result);
int getgrnam_r(const char *__name, struct group *__gr, char *__buf, size_t __size,
	       struct group **__result);

#ifdef __cplusplus
}
#endif

#endif
