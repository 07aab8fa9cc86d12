#include <ctype.h>
#include <string.h>

/*
 * Compares two strings as glibc's strverscmp does: byte by byte, except
 * where the first difference falls in a run of digits.  A run that starts
 * with a nonzero digit is an integer (a longer one is greater); one that
 * starts with '0' is a fraction, compared digit by digit, and among runs
 * made of zeros alone the one with more zeros is smaller:
 * "000" < "00" < "01" < "010" < "09" < "0" < "1" < "9" < "10".
 */

/* What the common part before the difference ends in. */
enum run { NONE, INTEGER, ZEROS, FRACTION };

/* 0 for a non-digit, 1 for 1-9, 2 for 0. */
static int kind(unsigned char c)
{
	return c == '0' ? 2 : isdigit(c) ? 1 : 0;
}

/* Digits from p on, to tell the longer integer. */
static int longer_run(const unsigned char *p, const unsigned char *q, int diff)
{
	for (;; p++, q++) {
		int dp = isdigit(*p) != 0, dq = isdigit(*q) != 0;
		if (!dp || !dq)
			return dp ? 1 : dq ? -1 : diff;
	}
}

int strverscmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
	enum run run = NONE;
	size_t i = 0;

	for (; p[i] == q[i]; i++) {
		if (p[i] == '\0')
			return 0;
		int k = kind(p[i]);
		if (k == 0)
			run = NONE;
		else if (run == NONE)
			run = k == 2 ? ZEROS : INTEGER;
		else if (run == ZEROS && k == 1)
			run = FRACTION;
	}

	int diff = p[i] - q[i];
	int kp = kind(p[i]), kq = kind(q[i]);
	switch (run) {
	case NONE:
		/* Two integers begin here: the longer is greater. */
		return kp == 1 && kq == 1 ? longer_run(p + i + 1, q + i + 1, diff) : diff;
	case INTEGER:
		/* The integer that goes on is the longer one. */
		if (kp == 0 || kq == 0)
			return kp == 0 && kq == 0 ? diff : kp == 0 ? -1 : 1;
		return longer_run(p + i + 1, q + i + 1, diff);
	case ZEROS:
		/* Leading zeros only so far: the run that stops is greater
		 * (fewer zeros); otherwise digit order. */
		if ((kp == 0) != (kq == 0))
			return kp == 0 ? 1 : -1;
		return diff;
	case FRACTION:
		break;
	}
	return diff;
}
