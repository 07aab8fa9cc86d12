/* sys/timeb.h: ftime, the old millisecond clock (the zone is UTC). */
#ifndef _SYS_TIMEB_H
#define _SYS_TIMEB_H

#define __NEED_time_t
#include <bits/alltypes.h>

struct timeb {
	time_t time;
	unsigned short millitm;
	short timezone; /* minutes west of Greenwich: 0 */
	short dstflag;  /* 0 */
};

#ifdef __cplusplus
extern "C" {
#endif

int ftime(struct timeb *__tp);

#ifdef __cplusplus
}
#endif

#endif
