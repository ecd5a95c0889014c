#!/usr/bin/env python3
"""Reference values for test/pgtap/lift_stats_sweep.sql.

Computed once with mpmath (arbitrary precision, 40 digits; independent of
pg_growth's C code) and pasted into the test.  Not run by the test suite.
Normal: mpmath.ncdf / erfinv / findroot on log ncdf.  Student t: regularized
incomplete beta (mpmath.betainc), falling back to tanh-sinh quadrature of the
density where betainc does not converge.  Chi-squared: mpmath.gammainc,
falling back to quadrature.  Quantiles: bisection to 30 digits on the tail.
"""
import mpmath as mp

mp.mp.dps = 40
H = mp.mpf(1) / 2


def tpdf(t, df):
    return mp.exp(mp.loggamma((df + 1) / 2) - mp.loggamma(df / 2) - mp.log(df * mp.pi) / 2
                  - (df + 1) / 2 * mp.log1p(t * t / df))


def tsf(x, df):
    """P(T > x)"""
    x = mp.mpf(x); df = mp.mpf(df)
    if x == 0:
        return H
    if x < 0:
        return 1 - tsf(-x, df)
    try:
        return mp.betainc(df / 2, H, 0, df / (df + x * x), regularized=True) / 2
    except Exception:
        s = min(mp.mpf(1), 1 / x) * (1 + x * x / df)
        pts = [x] + [x + s * mp.mpf(2) ** k for k in range(-3, 40)] + [mp.inf]
        return mp.quad(lambda t: tpdf(t, df), pts)


def tcen(x, df):
    """P(0 < T <= x) for small x, without cancellation"""
    x = mp.mpf(x); df = mp.mpf(df)
    try:
        return mp.betainc(H, df / 2, 0, x * x / (df + x * x), regularized=True) / 2
    except Exception:
        return mp.quad(lambda t: tpdf(t, df), [0, x / 2, x])


def gint(a, x, upper):
    f = lambda t: mp.exp((a - 1) * mp.log(t) - t - mp.loggamma(a))
    sd = mp.sqrt(a) + 1
    if upper:
        s = min(sd, 1 / max(mp.mpf(10) ** -6, 1 - (a - 1) / x))
        return mp.quad(f, [x] + [x + s * mp.mpf(2) ** k for k in range(-4, 60)] + [mp.inf])
    s = min(sd, 1 / max(mp.mpf(10) ** -6, (a - 1) / x - 1))
    pts = [x - s * mp.mpf(2) ** k for k in range(60, -5, -1) if x - s * mp.mpf(2) ** k > 0]
    return mp.quad(f, [mp.mpf(0)] + pts + [x])


def csf(x, df):
    a = mp.mpf(df) / 2; x = mp.mpf(x) / 2
    try:
        return mp.gammainc(a, x, mp.inf, regularized=True)
    except Exception:
        return gint(a, x, True)


def ccdf(x, df):
    a = mp.mpf(df) / 2; x = mp.mpf(x) / 2
    try:
        return mp.gammainc(a, 0, x, regularized=True)
    except Exception:
        return gint(a, x, False)


def nppf(p):
    p = mp.mpf(p)
    if 1e-10 < p < 1 - 1e-10:
        return -mp.sqrt(2) * mp.erfinv(1 - 2 * p)
    q = p if p < H else 1 - p
    x = mp.findroot(lambda x: mp.log(mp.ncdf(x)) - mp.log(q), -mp.sqrt(-2 * mp.log(q)), tol=mp.mpf(10) ** -38)
    return x if p < H else -x


def tppf(p, df):
    p = mp.mpf(p); df = mp.mpf(df)
    q = p if p < H else 1 - p
    f = lambda u: mp.log(tsf(u, df)) - mp.log(q)
    lo, hi = mp.mpf(0), mp.mpf(1)
    while f(hi) > 0:
        lo, hi = hi, hi * 4
    for _ in range(300):
        mid = (lo + hi) / 2
        if f(mid) > 0:
            lo = mid
        else:
            hi = mid
        if hi - lo < hi * mp.mpf(10) ** -32:
            break
    u = (lo + hi) / 2
    return -u if p < H else u


rows = []
for x in [-37, -30, -20, -10, -5, -2, -1, -0.5, -1e-5, -1e-300, 0, 1e-8, 0.3, 1, 1.96, 3, 6, 9,
          15, 25, 33, 36.5, 37]:
    rows.append(("norm_cdf", x, None, mp.ncdf(x)))
    rows.append(("norm_sf", x, None, mp.ncdf(-mp.mpf(x))))
for p in [1e-300, 1e-250, 1e-200, 1e-100, 1e-50, 1e-20, 1e-10, 1e-5, 0.001, 0.025, 0.05, 0.1, 0.3,
          0.45, 0.4999999, 0.5000001, 0.6, 0.9, 0.975, 0.999, 0.9999999999]:
    rows.append(("norm_ppf", p, None, nppf(p)))
for df in [0.5, 1.5, 3, 7.5, 30, 250, 1e4, 1e6]:
    for x in [1e-9, 0.25, 1, 2.5, 6, 15, 40, 200, 1e4, 1e8, 1e40]:
        v = tsf(x, df)
        if v < mp.mpf(10) ** -200:
            continue
        rows.append(("t_sf", x, df, v))
        rows.append(("t_cdf", -x, df, v))
    for x in [1e-9, 0.25, 1]:
        rows.append(("t_cdf", x, df, H + tcen(x, df)))
    for p in [1e-200, 1e-60, 1e-12, 1e-4, 0.01, 0.025, 0.2, 0.4, 0.49999, 0.6, 0.975, 0.999999]:
        v = tppf(p, df)
        if abs(v) < 1e300:  # beyond float8 the function returns +-Infinity
            rows.append(("t_ppf", p, df, v))
for df in [0.5, 1, 2.5, 5, 17, 100, 1e3, 1e4, 1e5, 1e6]:
    for m in [1e-6, 0.01, 0.3, 0.8, 1, 1.2, 2, 5, 20]:
        x = df * m + (0 if m < 1 else 10 * (m - 1) * mp.sqrt(df))
        x = float(x)
        sf = csf(x, df)
        cdf = ccdf(x, df)
        if sf > mp.mpf(10) ** -200:
            rows.append(("chi2_sf", x, df, sf))
        if cdf > mp.mpf(10) ** -200:
            rows.append(("chi2_cdf", x, df, cdf))

out = []
for fn, a, b, v in rows:
    out.append("    ('%s', %s, %s, '%s')" % (fn, repr(float(a)), 'NULL' if b is None else repr(float(b)),
                                            mp.nstr(v, 25)))
print(",\n".join(out))
