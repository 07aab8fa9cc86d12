/*
 * inet_pton, inet_ntop and inet_aton against glibc on generated inputs:
 * the same answer, the same bytes, the same text (and ENOSPC for the same
 * buffer sizes).
 *
 *   inet_diff    W64_DIFF_CASES rounds (default 200000), each one IPv4
 *                and one IPv6 text through both inet_ptons, one inet_aton
 *                text, and one address of each family through both
 *                inet_ntops with a random buffer size
 *
 * Texts: well-formed addresses (parts of random values and lengths,
 * leading zeros, either case, "::" anywhere, an IPv4 tail) and the same
 * with one character inserted, deleted or replaced; addresses to print
 * have many zero groups, so every compression case comes up.  Prints
 * mismatches (at most 20) and "inet: N cases compared, M mismatches".
 */
#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "diff.h"
#include "w64.h"

static unsigned long cases, mismatches;

static void report(const char *what, const char *input, const char *g, const char *w)
{
	mismatches++;
	if (mismatches <= 20)
		printf("MISMATCH %s(\"%s\"):\n  glibc %s\n  libc  %s\n", what, input, g, w);
}

static const char hex[] = "0123456789abcdefABCDEF";

static void put_v4(char *s, size_t *n)
{
	for (int i = 0; i < 4; i++) {
		unsigned v = rnd_below(8) == 0 ? rnd_below(1000) : rnd_below(256);
		int zeros = rnd_below(10) == 0 ? (int)rnd_below(3) : 0;
		*n += (size_t)sprintf(s + *n, "%s%.*s%u", i ? "." : "", zeros, "000", v);
	}
}

static void make_v6(char *s)
{
	size_t n = 0;
	int groups = rnd_below(4) == 0 ? (int)rnd_below(10) : 8;
	int tail = rnd_below(5) == 0;
	int gap = rnd_below(3) == 0 ? -1 : (int)rnd_below((unsigned)groups + 1);
	if (tail && groups >= 2)
		groups -= 2;
	for (int i = 0; i < groups; i++) {
		if (i == gap)
			n += (size_t)sprintf(s + n, i == 0 ? "::" : ":");
		else if (i > 0)
			s[n++] = ':';
		if (i == gap && rnd_below(2))
			continue; /* "::" followed by the next group */
		int len = rnd_below(6) == 0 ? (int)rnd_below(6) : 1 + (int)rnd_below(4);
		for (int k = 0; k < len; k++)
			s[n++] = rnd_below(3) == 0 ? '0' : hex[rnd_below(sizeof hex - 1)];
	}
	if (gap == groups)
		n += (size_t)sprintf(s + n, "::");
	if (tail) {
		if (n > 0 && s[n - 1] != ':')
			s[n++] = ':';
		put_v4(s, &n);
	}
	s[n] = '\0';
}

/* One random edit, sometimes. */
static void mutate(char *s)
{
	static const char extra[] = "0123456789abcdefxX:.: \t-+g";
	size_t n = strlen(s);
	if (rnd_below(3) != 0)
		return;
	size_t at = n ? rnd_below((unsigned)n + 1) : 0;
	switch (rnd_below(3)) {
	case 0: /* insert */
		memmove(s + at + 1, s + at, n - at + 1);
		s[at] = extra[rnd_below(sizeof extra - 1)];
		break;
	case 1: /* delete */
		if (at < n)
			memmove(s + at, s + at + 1, n - at);
		break;
	default: /* replace */
		if (at < n)
			s[at] = extra[rnd_below(sizeof extra - 1)];
	}
}

static void pton(int gaf, int waf, int size, const char *s)
{
	unsigned char g[16], w[16];
	memset(g, 0xa5, sizeof g);
	memset(w, 0xa5, sizeof w);
	int gr = inet_pton(gaf, s, g);
	int wr = w64_inet_pton(waf, s, w);
	cases++;
	if (gr != wr || (gr == 1 && memcmp(g, w, (size_t)size) != 0)) {
		char gs[64], ws[64];
		snprintf(gs, sizeof gs, "%d %02x%02x%02x%02x...", gr, g[0], g[1], g[2], g[3]);
		snprintf(ws, sizeof ws, "%d %02x%02x%02x%02x...", wr, w[0], w[1], w[2], w[3]);
		report(gaf == AF_INET ? "inet_pton4" : "inet_pton6", s, gs, ws);
	}
}

static void ntop(int gaf, int waf, const unsigned char *a, unsigned size)
{
	char g[64], w[64];
	errno = 0;
	w64_errno = 0;
	const char *gr = inet_ntop(gaf, a, g, size);
	int gerr = errno;
	const char *wr = w64_inet_ntop(waf, a, w, size);
	int werr = w64_errno;
	cases++;
	int same = (gr == NULL) == (wr == NULL);
	if (same && gr != NULL)
		same = strcmp(g, w) == 0;
	if (same && gr == NULL)
		same = gerr == ENOSPC && werr == W64_ENOSPC;
	if (!same) {
		char in[64];
		size_t n = 0;
		for (int i = 0; i < (gaf == AF_INET ? 4 : 16); i++)
			n += (size_t)sprintf(in + n, "%02x", a[i]);
		sprintf(in + n, " size %u", size);
		report("inet_ntop", in, gr ? g : "NULL", wr ? w : "NULL");
	}
}

static void aton(const char *s)
{
	struct in_addr g = {0x5a5a5a5a}, w = {0x5a5a5a5a};
	int gr = inet_aton(s, &g);
	int wr = w64_inet_aton(s, &w);
	cases++;
	if (gr != wr || (gr && g.s_addr != w.s_addr)) {
		char gs[32], ws[32];
		snprintf(gs, sizeof gs, "%d %08x", gr, g.s_addr);
		snprintf(ws, sizeof ws, "%d %08x", wr, w.s_addr);
		report("inet_aton", s, gs, ws);
	}
}

static void make_aton(char *s)
{
	static const char chars[] = "0123456789xXabcdefABCDEF.. \t";
	size_t n = 0;
	if (rnd_below(2)) {
		int parts = 1 + (int)rnd_below(5);
		for (int i = 0; i < parts; i++) {
			if (i)
				s[n++] = '.';
			switch (rnd_below(3)) {
			case 0: n += (size_t)sprintf(s + n, "%u", (unsigned)rnd() >> rnd_below(32)); break;
			case 1: n += (size_t)sprintf(s + n, "0%o", (unsigned)rnd() >> rnd_below(32)); break;
			default: n += (size_t)sprintf(s + n, "0x%x", (unsigned)rnd() >> rnd_below(32));
			}
		}
		if (rnd_below(8) == 0)
			n += (size_t)sprintf(s + n, " tail");
	} else {
		int len = (int)rnd_below(20);
		for (int i = 0; i < len; i++)
			s[n++] = chars[rnd_below(sizeof chars - 1)];
	}
	s[n] = '\0';
	mutate(s);
}

int main(void)
{
	unsigned long rounds = diff_setup(200000);
	char s[256];
	for (unsigned long i = 0; i < rounds; i++) {
		size_t n = 0;
		put_v4(s, &n);
		s[n] = '\0';
		mutate(s);
		pton(AF_INET, W64_AF_INET, 4, s);

		make_v6(s);
		mutate(s);
		pton(AF_INET6, W64_AF_INET6, 16, s);

		make_aton(s);
		aton(s);

		unsigned char a[16];
		for (int k = 0; k < 8; k++) {
			unsigned v = rnd_below(2) ? 0 : (unsigned)rnd() & 0xffff;
			if (rnd_below(4) == 0)
				v &= 0xff;
			a[2 * k] = (unsigned char)(v >> 8);
			a[2 * k + 1] = (unsigned char)v;
		}
		if (rnd_below(8) == 0) { /* ::ffff:a.b.c.d and ::a.b.c.d */
			memset(a, 0, 10);
			a[10] = a[11] = rnd_below(2) ? 0xff : 0;
		}
		unsigned size = rnd_below(4) == 0 ? rnd_below(48) : 46;
		ntop(AF_INET6, W64_AF_INET6, a, size);
		ntop(AF_INET, W64_AF_INET, a, rnd_below(4) == 0 ? rnd_below(17) : 16);
	}
	printf("inet: %lu cases compared, %lu mismatches\n", cases, mismatches);
	return mismatches != 0;
}
