/* sys/time.h: struct timeval and gettimeofday (the time zone is UTC). */
#ifndef _SYS_TIME_H
#define _SYS_TIME_H

#include <bits/types.h>

#define __NEED_time_t
#define __NEED_suseconds_t
#define __NEED_struct_timeval
#include <bits/alltypes.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The second argument, an obsolete struct timezone, must be NULL. */
int gettimeofday(struct timeval *__restrict __tv, void *__restrict __tz);

#ifdef __cplusplus
}
#endif

#endif
