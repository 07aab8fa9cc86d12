#include <fmtmsg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { LABEL = 1, SEVERITY = 2, TEXT = 4, ACTION = 8, TAG = 16, ALL = 31 };

/* Which parts $MSGVERB asks for: a colon-separated list of the part
 * names; unset, empty or holding any other word, all of them (as glibc
 * and X/Open say). */
static int wanted_parts(void)
{
	static const char *const names[] = {"label", "severity", "text", "action", "tag"};
	const char *s = getenv("MSGVERB");
	int parts = 0;

	if (s == NULL || *s == '\0')
		return ALL;
	while (*s != '\0') {
		size_t len = strcspn(s, ":"), i;
		for (i = 0; i < 5; i++)
			if (strlen(names[i]) == len && memcmp(s, names[i], len) == 0)
				break;
		if (i == 5)
			return ALL;
		parts |= 1 << i;
		s += len + (s[len] == ':');
	}
	return parts;
}

/* X/Open's label: up to 10 characters, a colon, up to 14 more. */
static int label_ok(const char *label)
{
	const char *colon = strchr(label, ':');
	return colon != NULL && colon - label <= 10 && strlen(colon + 1) <= 14;
}

/*
 * The message is glibc's layout:
 *   LABEL: SEVERITY: TEXT
 *   TO FIX: ACTION  TAG
 * each part only when given (and wanted), the separators only between
 * parts that are there.
 */
int fmtmsg(long classification, const char *label, int severity, const char *text,
	   const char *action, const char *tag)
{
	static const char *const severities[] = {"", "HALT", "ERROR", "WARNING", "INFO"};

	if (severity < MM_NOSEV || severity > MM_INFO || (label != MM_NULLLBL && !label_ok(label)))
		return MM_NOTOK;
	int result = MM_OK;
	if (classification & MM_PRINT) {
		int parts = wanted_parts();
		int has_label = (parts & LABEL) && label != MM_NULLLBL;
		int has_sev = (parts & SEVERITY) && severity != MM_NOSEV;
		int has_text = (parts & TEXT) && text != MM_NULLTXT;
		int has_action = (parts & ACTION) && action != MM_NULLACT;
		int has_tag = (parts & TAG) && tag != MM_NULLTAG;
		if (fprintf(stderr, "%s%s%s%s%s%s%s%s%s%s\n", has_label ? label : "",
			    has_label && (has_sev || has_text || has_action || has_tag) ? ": " : "",
			    has_sev ? severities[severity] : "",
			    has_sev && (has_text || has_action || has_tag) ? ": " : "",
			    has_text ? text : "", has_text && (has_action || has_tag) ? "\n" : "",
			    has_action ? "TO FIX: " : "", has_action ? action : "",
			    has_action && has_tag ? "  " : "", has_tag ? tag : "") < 0)
			result = MM_NOMSG;
	}
	/* WASI has no system console to write to. */
	if (classification & MM_CONSOLE)
		result = result == MM_NOMSG ? MM_NOTOK : MM_NOCON;
	return result;
}
