#include <errno.h>
#include <stdio.h>
#include <syslog.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_syslog.h"

extern char *program_invocation_short_name;

/* With LOG_PERROR: "ident[pid]: message\n" on stderr (the pid with
 * LOG_PID), as glibc writes it there; "%m" is errno's text. */
void vsyslog(int priority, const char *format, va_list ap)
{
	int saved = errno;
	if (!(__w64_syslog.options & LOG_PERROR) || !(__w64_syslog.mask & LOG_MASK(LOG_PRI(priority))))
		return;
	const char *ident = __w64_syslog.ident ? __w64_syslog.ident : program_invocation_short_name;
	flockfile(stderr);
	if (__w64_syslog.options & LOG_PID)
		fprintf(stderr, "%s[%d]: ", ident, (int)getpid());
	else
		fprintf(stderr, "%s: ", ident);
	__w64_set_errno(saved); /* for %m, whatever the header did */
	vfprintf(stderr, format, ap);
	fputc('\n', stderr);
	funlockfile(stderr);
	__w64_set_errno(saved);
}
