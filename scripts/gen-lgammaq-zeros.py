#!/usr/bin/env python3
"""Writes libc/src/math/__w64_lgammaq_zeros.c: the zeros of lgamma below -2
and a Taylor expansion about each, for lgammal (binary128) near them.

    python3 scripts/gen-lgammaq-zeros.py >libc/src/math/__w64_lgammaq_zeros.c

Needs Python 3 and mpmath; the output is committed, so the build never runs
this.  docs/libm.md ("lgamma") says why the table exists.

The method.  Near the pole -m (m >= 2) write x = -m + eps, |eps| < 1.  From
Gamma(1 + eps) = eps (eps - 1) ... (eps - m) Gamma(x),

    lgamma(x) = F(eps) - log(m! |eps|),
    F(eps)    = lgamma(1 + eps) - sum_{j=1..m} log(1 - eps/j),

and F is analytic for |eps| < 1: the singular part is all in the log.  A
zero z = -m + e of lgamma (there is one on each side of every pole below
-2, and one left of -2) has F(e) = log(m! |e|), so with d = x - z:

    lgamma(x) = d P(d) - log1p(d / e),  d P(d) = F(e + d) - F(e),

P(d) = a1 + a2 d + a3 d^2 + ..., a_k = F^(k)(e) / k!, which is
psi^(k-1)(1 + e) / k! + sum_j 1 / (k (j - e)^k).  Both terms are small
when x is near z and neither cancels the other much (e psi(z) is between
-1.12 and -0.48), so the result keeps its relative accuracy however close
x is to z; the reflection formula lgammal uses elsewhere does not.

Each entry: e (as hi + lo binary128: x + m is exact, and d = (x + m - e_hi)
- e_lo), the half-width w of the interval around z where the expansion is
used (|d| <= w: where |lgamma| is below about 0.3, and |d| <= 0.45 |e|
so that x + m - e_hi is exact, and |d / e| < 1/2), and a1, a2, ... as hi +
lo binary128 pairs, as many as make the truncation below 2^-122 of
|lgamma(x)| on the whole interval (lgammal sums the low-order terms in
double-binary128: near -2.6, between the zeros -2.457 and -2.747, the
two terms cancel to a third of the larger and a2 d, a3 d^2 ... are not
small against the result).  Zeros are listed from -2.457 down, -m + e
for m = 2..30 (below -30 a zero lies within one binary128 spacing of its
pole, and no representable x comes near enough to cancel).  The script
checks every entry against mpmath's log|Gamma| at the interval's ends
before writing it.
"""
import sys
from mpmath import mp, mpf, gamma, psi, log, log1p, fabs, factorial, ldexp, floor, frexp

mp.prec = 600

M_LAST = 30          # last pole with a zero close enough to representable x
LGAMMA_EDGE = mpf(3) / 10  # |lgamma| up to about this inside each interval
TRUNC = mpf(2) ** -122


def q(x):
    """x rounded to binary128 (113 bits, nearest even), as an mpf."""
    if x == 0:
        return mpf(0)
    m, e = frexp(x)  # x = m 2^e, 0.5 <= |m| < 1
    n = m * mpf(2) ** 113
    r = floor(n)
    frac = n - r
    if frac > 0.5 or (frac == 0.5 and int(r) % 2 == 1):
        r += 1
    return ldexp(r, e - 113)


def qhex(x):
    """binary128 value x (exact) as a C literal in W64_QC()."""
    x = q(x)
    if x == 0:
        return "0"
    sign = "-" if x < 0 else ""
    m, e = frexp(fabs(x))
    n = int(ldexp(m, 113))  # 2^112 <= n < 2^113
    frac = n - (1 << 112)
    return "W64_QC(%s0x1.%028xp%+d)" % (sign, frac, int(e) - 1)


def hilo(x):
    hi = q(x)
    return hi, q(x - hi)


def lg(x):
    return log(fabs(gamma(x)))


def find_zero(m, s):
    """The zero of lgamma at -m + s t, 0 < t < 1/2 (bisection: lgamma is
    positive next to the pole and negative at -m + s/2)."""
    a = mpf(1) / factorial(m) / 8 if m > 4 else mpf(10) ** -6
    b = mpf(1) / 2
    f = lambda t: lg(-m + s * t)
    assert f(a) > 0 and f(b) < 0, (m, s)
    for _ in range(mp.prec + 10):
        c = (a + b) / 2
        if f(c) > 0:
            a = c
        else:
            b = c
    return s * (a + b) / 2


def coef(m, e, k):
    return psi(k - 1, 1 + e) / factorial(k) + sum(1 / (k * (j - e) ** k) for j in range(1, m + 1))


def zeros():
    for m in range(2, M_LAST + 1):
        for s in ((-1,) if m == 2 else (1, -1)):
            yield m, find_zero(m, s)


def entry(m, e):
    z = -m + e
    dpsi = fabs(psi(0, z))
    w = min(LGAMMA_EDGE / dpsi, fabs(e) * mpf(0.45))
    w = q(w)
    a = [None]
    k = 1
    while True:
        a.append(coef(m, e, k))
        # stop when the next few terms are all negligible against |psi| d
        if k >= 2:
            tail = sum(fabs(coef(m, e, j)) * w ** (j - 1) for j in range(k + 1, k + 11))
            if tail < TRUNC * dpsi:
                break
        k += 1
    assert fabs(a[1] - 1 / e - psi(0, z)) < mpf(2) ** -250 * dpsi
    return z, w, a


def check(m, e, w, a, ehi, elo):
    """lgamma from the stored (rounded) values against mpmath's, at the
    interval's ends and inside, relative to |lgamma|."""
    z = -m + e
    worst = mpf(0)
    for f in (-1, -mpf(1) / 2, -mpf(1) / 1024, mpf(1) / 1024, mpf(1) / 2, 1):
        x = q(z + f * w)
        d = (x + m) - (ehi + elo)
        p = mpf(0)
        for c in reversed(a[1:]):
            hi, lo = hilo(c)
            p = (hi + lo) + d * p
        got = d * p - log1p(d / (ehi + elo))
        want = lg(x)
        worst = max(worst, fabs(got - want) / fabs(want))
    return worst


def main():
    out = []
    w_ = out.append
    rows, coefs = [], []
    for m, e in zeros():
        z, w, a = entry(m, e)
        ehi, elo = hilo(e)
        err = check(m, e, w, a, ehi, elo)
        assert err < mpf(2) ** -120, (m, e, err)
        rows.append((m, z, ehi, elo, w, len(coefs), len(a) - 1))
        coefs.extend(a[1:])
        sys.stderr.write("m=%d z=%s w=%s terms=%d rel err %s\n"
                         % (m, mp.nstr(z, 12), mp.nstr(w, 5), len(a) - 1, mp.nstr(err, 3)))
    w_("/*")
    w_(" * Generated by scripts/gen-lgammaq-zeros.py (mpmath, 600-bit arithmetic):")
    w_(" * do not edit.  The zeros of lgamma below -2, one on each side of the")
    w_(" * poles -3 .. -30 and one left of -2, and lgamma's expansion about each")
    w_(" * (the script's comment derives it): lgamma(x) = d P(d) - log1p(d / e)")
    w_(" * for x = -m + e + d, |d| <= width.  Values are binary128, a hi, lo pair")
    w_(" * where more is needed.")
    w_(" */")
    w_('#include "w64_math.h"')
    w_("")
    w_("const struct w64_lgammaq_zero __w64_lgammaq_zeros[W64_LGAMMAQ_ZEROS] = {")
    for (m, z, ehi, elo, w, first, count) in rows:
        w_("\t/* z = %s, m = %d */" % (mp.nstr(z, 36), m))
        w_("\t{%s, %s," % (qhex(ehi), qhex(elo)))
        w_("\t %s, %d, %d}," % (qhex(w), first, count))
    w_("};")
    w_("")
    w_("/* a1, a2, ... of each zero's P as hi, lo, from its first for its count. */")
    w_("const w64_f128 __w64_lgammaq_zero_coef[%d][2] = {" % len(coefs))
    for c in coefs:
        hi, lo = hilo(c)
        w_("\t{%s, %s}," % (qhex(hi), qhex(lo)))
    w_("};")
    assert len(rows) == 2 * M_LAST - 3
    print("\n".join(out))


main()
