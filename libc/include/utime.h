/* utime.h: the oldest way to set a file's times (utimensat is the newest). */
#ifndef _UTIME_H
#define _UTIME_H

#include <bits/types.h>

#define __NEED_time_t
#include <bits/alltypes.h>

struct utimbuf {
	time_t actime;
	time_t modtime;
};

#ifdef __cplusplus
extern "C" {
#endif

int utime(const char *__path, const struct utimbuf *__times);

#ifdef __cplusplus
}
#endif

#endif
