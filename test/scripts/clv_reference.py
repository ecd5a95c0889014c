#!/usr/bin/env python3
"""Reference values of the BG/NBD expectation and clv_customer_value for a
large dropout parameter b (issue #17), in 50-digit decimal arithmetic,
independent of the series and 2F1 code of src/clv/ and src/core/gammafun.c.

E[Y(t)] of a customer (FHL 2005 eq. 10) is P(alive) times the expectation of
an alive customer, which is the average over the dropout probability
p ~ Beta(a, b + x) of (1 - (1 + p t / (alpha + T))^-(r + x)) / p.  The
average is computed by the trapezoid rule in u = ln p (the integrand is
smooth and the density falls like e^(a u) to the left and e^(-(b+x) e^u) to
the right, so the rule converges exponentially); the step is halved until
two results agree to 30 digits.  clv_customer_value is, by definition
(doc/clv.md), E[M] sum_k (E[Y(k h)] - E[Y((k-1) h)]) / (1 + d)^k.

Usage: python3 test/scripts/clv_reference.py   (prints one line per b)
"""
from decimal import Decimal as D, getcontext

getcontext().prec = 50


def log1p(x):
    """ln(1 + x) for |x| < 1 without losing digits when x is tiny"""
    if abs(x) > D("1e-5"):
        return (1 + x).ln()
    s, term, n = D(0), x, 1
    while True:
        s += term / n
        term *= -x
        n += 1
        if abs(term) < D("1e-55") * abs(s):
            return s


def expm1(x):
    if abs(x) > D("1e-5"):
        return x.exp() - 1
    s, term, n = x, x, 1
    while abs(term) > D("1e-55") * abs(s):
        n += 1
        term = term * x / n
        s += term
    return s


def alive_expectation(r, alpha, a, b, t, x, T):
    beta = b + x
    R = r + x
    k = t / (alpha + T)

    def logdens(u):          # ln(p^(a-1) (1-p)^(beta-1) p) at p = e^u (dp = p du)
        p = u.exp()
        return a * u + (beta - 1) * log1p(-p) if p < 1 else None

    def integrand(u):
        p = u.exp()
        return -expm1(-R * log1p(p * k)) / p if p * k < 1 else (1 - (1 + p * k) ** (-R)) / p

    # mode of a u + (beta - 1) ln(1 - e^u): e^u = a / (a + beta - 1)
    um = (a / (a + beta - 1)).ln()
    hmax = logdens(um)
    lo = um
    while hmax - logdens(lo) < 120:
        lo -= 1
    hi = um
    while True:
        nxt = hi + D("0.25")
        if nxt.exp() >= 1 or hmax - logdens(nxt) > 120:
            break
        hi = nxt
    prev = None
    n = 256
    while True:
        h = (hi - lo) / n
        num = den = D(0)
        for j in range(n + 1):
            u = lo + h * j
            wgt = D("0.5") if j in (0, n) else D(1)
            d = wgt * (logdens(u) - hmax).exp()
            den += d
            num += d * integrand(u)
        cur = num / den
        if prev is not None and abs(cur - prev) <= D("1e-30") * abs(cur):
            return cur
        prev = cur
        n *= 2


def prob_alive(r, alpha, a, b, x, tx, T):
    if x == 0:
        return D(1)
    return 1 / (1 + a / (b + x - 1) * ((alpha + T) / (alpha + tx)) ** (r + x))


def gg_expected(p, q, v, x, m):
    return p * (v + x * m) / (p * x + q - 1)


def main():
    r, alpha, a = D("0.2426"), D("4.4136"), D("0.7929")
    p, q, v = D("6.25"), D("3.74"), D("15.44")
    x, tx, T, m = D(2), D(30), D(38), D(20)
    periods, d, h = 12, D("0.01"), D("4.345")
    for b in ("1e6", "1e12", "1e20", "1e30", "1e100"):
        b = D(b)
        pa = prob_alive(r, alpha, a, b, x, tx, T)
        prev, total, disc = D(0), D(0), D(1)
        for k in range(1, periods + 1):
            cur = alive_expectation(r, alpha, a, b, h * k, x, T)
            disc /= 1 + d
            total += (cur - prev) * disc
            prev = cur
        value = gg_expected(p, q, v, x, m) * pa * total
        e52 = pa * prev
        print(f"b = {b:.0e}: expected_purchases(t = 52.14) = {e52:.17e}, "
              f"clv_customer_value = {value:.17e}")


if __name__ == "__main__":
    main()
