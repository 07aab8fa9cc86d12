#ifndef W64_SYSLOG_H
#define W64_SYSLOG_H

#define W64_HIDDEN __attribute__((visibility("hidden")))

/* What openlog() and setlogmask() set (libc/src/syslog/openlog.c). */
struct __w64_syslog {
	const char *ident; /* NULL: the program's short name */
	int options;
	int facility;
	int mask;
};
W64_HIDDEN extern struct __w64_syslog __w64_syslog;

#undef W64_HIDDEN

#endif
