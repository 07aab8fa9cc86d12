/* sys/time.h: struct timeval and gettimeofday (the time zone is UTC). */
#ifndef _SYS_TIME_H
#define _SYS_TIME_H

#include <bits/types.h>

#ifndef __w64_defined_time_t
#define __w64_defined_time_t
typedef __w64_time_t time_t;
#endif

#ifndef __w64_defined_suseconds_t
#define __w64_defined_suseconds_t
typedef __w64_suseconds_t suseconds_t;
#endif

struct timeval {
	time_t tv_sec;
	suseconds_t tv_usec;
};

#ifdef __cplusplus
extern "C" {
#endif

/* The second argument, an obsolete struct timezone, must be NULL. */
int gettimeofday(struct timeval *__restrict __tv, void *__restrict __tz);

#ifdef __cplusplus
}
#endif

#endif
