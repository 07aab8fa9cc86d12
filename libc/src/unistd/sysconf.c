#include <errno.h>
#include <limits.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_sysinfo.h"

/*
 * Each answer with its reason (docs/libc.md has the table).  -1 with
 * errno untouched means "no limit" or "option not supported", as POSIX
 * says; an unknown name is EINVAL.
 */
long sysconf(int name)
{
	switch (name) {
	/* What this libc imposes. */
	case _SC_ARG_MAX: return 131072;   /* wasi-libc's answer; the host sets the real one */
	case _SC_CHILD_MAX: return 1;      /* no process can make another */
	case _SC_CLK_TCK: return 100;      /* times()'s unit */
	case _SC_NGROUPS_MAX: return 32;
	case _SC_OPEN_MAX: return 65536;   /* wasm64-run's descriptor table */
	case _SC_STREAM_MAX: return -1;    /* FILEs are malloc'd */
	case _SC_TZNAME_MAX: return TZNAME_MAX;
	case _SC_PAGESIZE: return W64_PAGE_SIZE;
	case _SC_LINE_MAX: return LINE_MAX;
	case _SC_IOV_MAX: return IOV_MAX;
	case _SC_HOST_NAME_MAX: return HOST_NAME_MAX;
	case _SC_LOGIN_NAME_MAX: return 256;
	case _SC_TTY_NAME_MAX: return 32;
	case _SC_SYMLOOP_MAX: return SYMLOOP_MAX;
	case _SC_GETPW_R_SIZE_MAX: return 1024;
	case _SC_GETGR_R_SIZE_MAX: return 1024;
	case _SC_RE_DUP_MAX: return RE_DUP_MAX;
	case _SC_EXPR_NEST_MAX: return EXPR_NEST_MAX;
	case _SC_BC_BASE_MAX: return BC_BASE_MAX;
	case _SC_BC_DIM_MAX: return BC_DIM_MAX;
	case _SC_BC_SCALE_MAX: return BC_SCALE_MAX;
	case _SC_BC_STRING_MAX: return BC_STRING_MAX;
	case _SC_COLL_WEIGHTS_MAX: return COLL_WEIGHTS_MAX;
	case _SC_NZERO: return NZERO;
	case _SC_THREAD_KEYS_MAX: return 128;
	case _SC_THREAD_DESTRUCTOR_ITERATIONS: return 4;
	case _SC_THREAD_STACK_MIN: return 2048;
	case _SC_THREAD_THREADS_MAX: return 1;
	case _SC_ATEXIT_MAX: return ATEXIT_MAX;
	case _SC_SIGQUEUE_MAX: return -1;
	case _SC_RTSIG_MAX: return 0;
	case _SC_SEM_NSEMS_MAX: return -1;
	case _SC_SEM_VALUE_MAX: return INT_MAX;
	case _SC_MQ_PRIO_MAX: return -1;
	case _SC_MQ_OPEN_MAX: return -1;
	case _SC_DELAYTIMER_MAX: return -1;
	case _SC_TIMER_MAX: return -1;
	case _SC_AIO_LISTIO_MAX: return -1;
	case _SC_AIO_MAX: return -1;
	case _SC_AIO_PRIO_DELTA_MAX: return 0;
	case _SC_2_CHAR_TERM: return -1;

	/* The machine: one processor (no threads), wasm pages. */
	case _SC_NPROCESSORS_CONF:
	case _SC_NPROCESSORS_ONLN: return 1;
	case _SC_PHYS_PAGES: return __w64_phys_pages();
	case _SC_AVPHYS_PAGES: return __w64_avphys_pages();

	/* Versions and the options this libc has. */
	case _SC_VERSION:
	case _SC_2_VERSION: return 200809L;
	case _SC_XOPEN_VERSION: return 700;
	case _SC_MONOTONIC_CLOCK:
	case _SC_TIMERS:
	case _SC_CPUTIME: return 200809L;
	case _SC_REGEXP:
	case _SC_THREADS:
	case _SC_THREAD_SAFE_FUNCTIONS:
	case _SC_JOB_CONTROL:
	case _SC_SAVED_IDS:
	case _SC_SPAWN:
	case _SC_IPV6:
	case _SC_RAW_SOCKETS:
	case _SC_SHELL:
	case _SC_MAPPED_FILES:
	case _SC_MEMLOCK:
	case _SC_MEMLOCK_RANGE:
	case _SC_MEMORY_PROTECTION:
	case _SC_MESSAGE_PASSING:
	case _SC_SEMAPHORES:
	case _SC_SHARED_MEMORY_OBJECTS:
	case _SC_ASYNCHRONOUS_IO:
	case _SC_PRIORITIZED_IO:
	case _SC_PRIORITY_SCHEDULING:
	case _SC_REALTIME_SIGNALS:
	case _SC_SYNCHRONIZED_IO:
	case _SC_FSYNC:
	case _SC_2_C_BIND:
	case _SC_2_C_DEV:
	case _SC_2_FORT_DEV:
	case _SC_2_FORT_RUN:
	case _SC_2_SW_DEV:
	case _SC_2_LOCALEDEF:
	case _SC_2_UPE:
	case _SC_XOPEN_CRYPT:
	case _SC_XOPEN_ENH_I18N:
	case _SC_XOPEN_SHM:
	case _SC_XOPEN_UNIX:
	case _SC_XOPEN_REALTIME:
	case _SC_XOPEN_REALTIME_THREADS:
	case _SC_XOPEN_LEGACY:
	case _SC_XOPEN_STREAMS:
		return -1;
	}
	if (name >= 0 && name <= _SC_THREAD_ROBUST_PRIO_PROTECT)
		return -1; /* a POSIX name for an option this libc does not have */
	return __w64_set_errno(EINVAL);
}
