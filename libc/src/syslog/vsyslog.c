#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_syslog.h"

extern char *program_invocation_short_name;

/* With LOG_PERROR: "ident[pid]: message\n" on stderr (the pid with
 * LOG_PID), as glibc writes it there: the newline only when the message
 * has none; "%m" is errno's text. */
void vsyslog(int priority, const char *format, va_list ap)
{
	int saved = errno;
	if (!(__w64_syslog.options & LOG_PERROR) || !(__w64_syslog.mask & LOG_MASK(LOG_PRI(priority))))
		return;
	char *msg;
	if (vasprintf(&msg, format, ap) < 0) {
		__w64_set_errno(saved);
		return;
	}
	const char *ident = __w64_syslog.ident ? __w64_syslog.ident : program_invocation_short_name;
	size_t len = strlen(msg);
	const char *end = len > 0 && msg[len - 1] == '\n' ? "" : "\n";
	if (__w64_syslog.options & LOG_PID)
		fprintf(stderr, "%s[%d]: %s%s", ident, (int)getpid(), msg, end);
	else
		fprintf(stderr, "%s: %s%s", ident, msg, end);
	free(msg);
	__w64_set_errno(saved);
}
