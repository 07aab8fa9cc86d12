/* struct timespec, shared by time.h and sys/stat.h (st_atim, st_mtim…). */
#ifndef _BITS_TIMESPEC_H
#define _BITS_TIMESPEC_H

#include <bits/types.h>

struct timespec {
	__w64_time_t tv_sec;
	long tv_nsec;
};

#endif
