#include "w64_rlimit.h"

/* The wasm stack is the program's own (a link-time size); the host can
 * tell none of the others, which are unlimited as far as the program can
 * know.  NPROC is 1 (no process can make another), NOFILE wasm64-run's
 * descriptor table. */
struct rlimit __w64_rlimits[RLIMIT_NLIMITS] = {
	[RLIMIT_CPU] = {RLIM_INFINITY, RLIM_INFINITY},
	[RLIMIT_FSIZE] = {RLIM_INFINITY, RLIM_INFINITY},
	[RLIMIT_DATA] = {RLIM_INFINITY, RLIM_INFINITY},
	[RLIMIT_STACK] = {RLIM_INFINITY, RLIM_INFINITY},
	[RLIMIT_CORE] = {0, 0},
	[RLIMIT_RSS] = {RLIM_INFINITY, RLIM_INFINITY},
	[RLIMIT_NPROC] = {1, 1},
	[RLIMIT_NOFILE] = {65536, 65536},
	[RLIMIT_MEMLOCK] = {RLIM_INFINITY, RLIM_INFINITY},
	[RLIMIT_AS] = {RLIM_INFINITY, RLIM_INFINITY},
	[RLIMIT_LOCKS] = {RLIM_INFINITY, RLIM_INFINITY},
	[RLIMIT_SIGPENDING] = {30, 30},
	[RLIMIT_MSGQUEUE] = {0, 0},
	[RLIMIT_NICE] = {0, 0},
	[RLIMIT_RTPRIO] = {0, 0},
	[RLIMIT_RTTIME] = {RLIM_INFINITY, RLIM_INFINITY},
};
