#include <regex.h>
#include <string.h>

size_t regerror(int errcode, const regex_t *restrict preg, char *restrict errbuf, size_t errbuf_size)
{
	static const char *const messages[] = {
		[REG_OK] = "Success",
		[REG_NOMATCH] = "No match",
		[REG_BADPAT] = "Malformed regular expression",
		[REG_ECOLLATE] = "Unknown collating element",
		[REG_ECTYPE] = "Unknown character class name",
		[REG_EESCAPE] = "Backslash at the end of the pattern",
		[REG_ESUBREG] = "Back-reference to a subexpression that does not exist",
		[REG_EBRACK] = "Bracket expression not closed by ]",
		[REG_EPAREN] = "Parentheses do not balance",
		[REG_EBRACE] = "Interval not closed by }",
		[REG_BADBR] = "Malformed interval count",
		[REG_ERANGE] = "Range end point out of order or not a character",
		[REG_ESPACE] = "Out of memory or pattern too complex",
		[REG_BADRPT] = "Repetition operator with nothing to repeat",
	};
	(void)preg;
	const char *msg = errcode >= 0 && errcode < (int)(sizeof messages / sizeof *messages) ? messages[errcode]
											     : "Unknown regular expression error";
	size_t n = strlen(msg) + 1;
	if (errbuf_size) {
		size_t k = n < errbuf_size ? n : errbuf_size;
		memcpy(errbuf, msg, k - 1);
		errbuf[k - 1] = '\0';
	}
	return n;
}
