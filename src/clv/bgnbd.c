/*-------------------------------------------------------------------------
 *
 * src/clv/bgnbd.c
 *	  The BG/NBD model of repeat purchases (Fader, Hardie and Lee 2005):
 *	  P(alive), the expected number of purchases in a future period, and
 *	  the log-likelihood with its gradient (the objective of bgnbd_fit).
 *	  doc/clv.md, "BG/NBD (FHL 2005)" and "The Gauss hypergeometric
 *	  function", states the semantics and formulas; "Validation" lists the
 *	  checks (CDNOW against the published fit, closed forms, quadrature).
 *
 * The expectation involves 2F1 (core/gammafun.c); pgg_bg_expected_alive
 * picks among series forms that converge fast for the arguments at hand
 * and falls back on a quadrature over the dropout probability.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"

#include <float.h>
#include <math.h>

#include "miscadmin.h"

#include "core/specfun.h"
#include "clv/clv.h"

/*
 * P(alive | x, t_x, T) = 1 / (1 + [x > 0] a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x))
 * (Fader, Hardie and Lee 2005, note "Computing P(alive)"), in log space.
 */
double
pgg_bg_prob_alive(const BgParams *p, double x, double tx, double T)
{
	double		d;

	if (x == 0.0)
		return 1.0;
	d = log(p->a) - log(p->b + x - 1.0) +
		(p->r + x) * log1p((T - tx) / (p->alpha + tx));
	if (d > 0.0)
		return exp(-d) / (1.0 + exp(-d));
	return 1.0 / (1.0 + exp(d));
}

/* exprel(u) = (e^u - 1) / u, 1 at u = 0 */
static double
Exprel(double u)
{
	if (fabs(u) < 1e-8)
		return 1.0 + 0.5 * u;
	return expm1(u) / u;
}

/*
 * S(P, a, c, y) = sum_{n>=1} (P)_n (a)_(n-1) / ((c+1)_(n-1) n!) y^n, the
 * series both forms of the BG/NBD expectation below reduce to.  Returns
 * false when it does not converge in the term budget or cancels too much.
 */
static bool
BgSeries(double P, double a, double c, double y, long maxterms, double *out)
{
	double		term = P * y;
	double		sum = term;
	double		maxabs = fabs(term);
	double		settle = 2.0 * (fabs(P) + fabs(c) + a) + 10.0;
	long		n;

	for (n = 1; n < maxterms; n++)
	{
		double		ratio = (P + n) * (a + n - 1.0) / ((c + n) * (n + 1.0)) * y;

		term *= ratio;
		sum += term;
		if (fabs(term) > maxabs)
			maxabs = fabs(term);
		if (term == 0.0)
			break;
		if (!isfinite(sum))
			return false;
		if (n > settle)
		{
			double		rr = Max(fabs(ratio), fabs(y));

			if (rr < 1.0 && fabs(term) / (1.0 - rr) <= 0.5 * DBL_EPSILON * fabs(sum))
				break;
		}
		if ((n & 65535) == 65535)
			CHECK_FOR_INTERRUPTS();
	}
	if (n >= maxterms || maxabs * DBL_EPSILON * (n + 1.0) > 1e-9 * fabs(sum))
		return false;
	*out = sum;
	return true;
}

/*
 * S(P, a, c, y) for y < 0 beyond the circle of convergence (y < -1 allowed)
 * when c is large: the series is then the expansion of the function in
 * powers of 1/c (DLMF 15.12.2).  In BG/NBD terms: with k = -y, the
 * expectation is the mean of (1 - (1 + p k)^-P) / p over the dropout
 * probability p ~ Beta(a, c + 1 - a), whose expansion in powers of p k
 * converges for p < 1/k; the n-th term is the one of E[p^(n-1)].  The mass
 * of p beyond 1/k is about e^(-c/k) (c/k)^a, negligible when the caller's
 * c >= 100 (P + 1) k holds; the terms then fall like (n k / c)^n, far below
 * the last bit of the sum.  Here every ratio must stay below 1/2 (which
 * also refuses a large a), and the sum stops at the first term below half
 * an ulp of it.
 */
static bool
BgSeriesLargeC(double P, double a, double c, double y, double *out)
{
	double		term = P * y;
	double		sum = term;
	double		maxabs = fabs(term);
	int			n;

	for (n = 1; n < 1000; n++)
	{
		double		ratio = (P + n) * (a + n - 1.0) / ((c + n) * (n + 1.0)) * y;

		if (!(fabs(ratio) <= 0.5))
			return false;
		term *= ratio;
		sum += term;
		if (fabs(term) > maxabs)
			maxabs = fabs(term);
		if (fabs(term) <= 0.5 * DBL_EPSILON * fabs(sum))
			break;
	}
	if (n >= 1000 || !isfinite(sum) || maxabs * DBL_EPSILON * (n + 1.0) > 1e-9 * fabs(sum))
		return false;
	*out = sum;
	return true;
}

/* log p and the integrand point of BgQuadrature at logit u */
static void
LogitPoint(double u, double *lp, double *lq, double *p)
{
	/* ln p and ln(1-p), each without cancellation */
	if (u >= 0.0)
	{
		*lp = -log1p(exp(-u));
		*lq = *lp - u;
	}
	else
	{
		*lq = -log1p(exp(u));
		*lp = u + *lq;
	}
	*p = exp(*lp);
}

/* (1 - (1 + p k)^-R) / p */
static double
AliveIntegrand(double p, double k, double R)
{
	double		pk = p * k;

	if (pk < 1e-8)
		return R * k * (1.0 - 0.5 * (R + 1.0) * pk);
	return -expm1(-R * log1p(pk)) / p;
}

/*
 * The expectation of an alive customer by quadrature over the dropout
 * probability p ~ Beta(a, b+x) (its posterior given alive), of
 * E[purchases in t | lambda, p] = (1 - exp(-lambda p t)) / p (FHL 2005
 * eq. 7) averaged over lambda ~ Gamma(r+x, alpha+T): the integrand is
 * (1 - (1 + p t/(alpha+T))^-(r+x)) / p.  In u = logit(p) the Beta density is
 * log-concave and smooth; the trapezoid rule over the range where it is
 * within e^-50 of its mode converges exponentially; points are doubled
 * until two levels agree to 1e-13.  The last resort when no series form of
 * 2F1 converges accurately (e.g. a and b above 1e6).
 */
static bool
BgQuadrature(const BgParams *p, double t, double x, double T, double *out)
{
	double		a = p->a,
				beta = p->b + x,
				R = p->r + x,
				k = t / (p->alpha + T);
	double		um = log(a / beta),
				sd = sqrt(1.0 / a + 1.0 / beta),
				lp,
				lq,
				pp,
				hmax,
				lo,
				hi,
				step,
				num = 0.0,
				den = 0.0,
				prev = 0.0;
	int			level;
	long		nint = 64,
				j;

	LogitPoint(um, &lp, &lq, &pp);
	hmax = a * lp + beta * lq;
	for (step = sd, lo = um - sd;; step *= 2.0, lo = um - step)
	{
		LogitPoint(lo, &lp, &lq, &pp);
		if (hmax - (a * lp + beta * lq) > 50.0 || step > 1e5)
			break;
	}
	for (step = sd, hi = um + sd;; step *= 2.0, hi = um + step)
	{
		LogitPoint(hi, &lp, &lq, &pp);
		if (hmax - (a * lp + beta * lq) > 50.0 || step > 1e5)
			break;
	}
	/* level 0: nint + 1 points including both ends (weights 1/2 at the ends) */
	for (j = 0; j <= nint; j++)
	{
		double		u = lo + (hi - lo) * j / nint;
		double		wgt = (j == 0 || j == nint) ? 0.5 : 1.0;
		double		d;

		LogitPoint(u, &lp, &lq, &pp);
		d = wgt * exp(a * lp + beta * lq - hmax);
		den += d;
		num += d * AliveIntegrand(pp, k, R);
	}
	prev = num / den;
	for (level = 1; level <= 12; level++)
	{
		double		cur;

		/* add the midpoints of the previous level */
		for (j = 0; j < nint; j++)
		{
			double		u = lo + (hi - lo) * (j + 0.5) / nint;
			double		d;

			LogitPoint(u, &lp, &lq, &pp);
			d = exp(a * lp + beta * lq - hmax);
			den += d;
			num += d * AliveIntegrand(pp, k, R);
		}
		nint *= 2;
		cur = num / den;
		if (fabs(cur - prev) <= 1e-13 * fabs(cur) && level >= 3)
		{
			*out = cur;
			return isfinite(cur);
		}
		prev = cur;
		CHECK_FOR_INTERRUPTS();
	}
	return false;
}

/* an expectation of pgg_bg_expected_alive, refused when it overflowed */
static double
BgChecked(double v, double t)
{
	if (!isfinite(v))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("the BG/NBD expectation overflows for t = %g", t)));
	return v;
}

/*
 * Expected purchases in (T, T+t] of a customer who is alive, i.e. eq. 10 of
 * FHL 2005 without the P(alive) denominator:
 *	 E = c/(a-1) (1 - G),  c = a+b+x-1,  R = r+x,
 *	 G = ((alpha+T)/(alpha+T+t))^R 2F1(R, b+x; c; z),  z = t/(alpha+T+t).
 * Writing (a-1)_n = (a-1)(a)_(n-1) and (c)_n = c (c+1)_(n-1) removes the
 * removable singularities at a = 1 and c = 0 and the cancellation in 1 - G:
 *  1. Pfaff (A&S 15.3.4): G = 2F1(R, a-1; c; w), w = z/(z-1) = -t/(alpha+T),
 *	   so E = -S(R, a, c, w); used while |w| <= 1/2 (t <= (alpha+T)/2): an
 *	   alternating series converging like 2^-n for every parameter size.
 *  2. Euler (A&S 15.3.3): G = (1-z)^(a-1) 2F1(A, a-1; c; z), A = a+b-1-r,
 *	   so E = -c L exprel((a-1) L) - (1-z)^(a-1) S(A, a, c, z), L = ln(1-z);
 *	   used for z <= 0.9 when a < 100 (its terms first grow like (a)_n z^n/n!),
 *	   and for any z when a is within 1e-3 of 1 or c within 1e-3 of 0.
 *  3. Otherwise E = c/(a-1) (1 - G) with G from 2F1 (core/gammafun.c: series,
 *	   or the transformation to 1 - z above z = 0.9);
 *  4. and when that cannot be evaluated accurately, BgQuadrature.
 * When b is large, c is too and E stays of order R |w|: the two terms of 2
 * and the 1 - G of 3 then cancel down to a relative size R |w| / c, which
 * left b = 1e12 with a few correct digits and b = 1e20 with none (issue
 * #17).  So 1 also runs past |w| = 1/2 as the expansion in 1/c when
 * c >= 100 (R+1) |w| (BgSeriesLargeC), and 2 and 3 are used only when
 * their cancellation leaves about 9 correct digits; else BgQuadrature.
 */
double
pgg_bg_expected_alive(const BgParams *p, double t, double x, double T)
{
	double		c = p->a + p->b + x - 1.0;
	double		R = p->r + x;
	double		w = -t / (p->alpha + T);
	double		L = -log1p(t / (p->alpha + T));		/* ln(1 - z) */
	double		z = t / (p->alpha + T + t);
	bool		near_singular = fabs(p->a - 1.0) < 1e-3 || fabs(c) < 1e-3;
	double		S,
				v;

	if (t == 0.0)
		return 0.0;
	if (w >= -0.5 && BgSeries(R, p->a, c, w, 1000000, &S))
		return BgChecked(-S, t);
	if (c >= 100.0 * (R + 1.0) * -w && BgSeriesLargeC(R, p->a, c, w, &S))
		return BgChecked(-S, t);
	if (((z <= 0.9 && p->a < 100.0) || near_singular) &&
		BgSeries(p->a + p->b - 1.0 - p->r, p->a, c, z, 20000000, &S))
	{
		double		t1 = -c * L * Exprel((p->a - 1.0) * L);
		double		t2 = exp((p->a - 1.0) * L) * S;

		v = t1 - t2;
		if ((fabs(t1) + fabs(t2)) * 16.0 * DBL_EPSILON <= 1e-9 * fabs(v))
			return BgChecked(v, t);
	}
	if (!near_singular)
	{
		double		G;
		const char *why;

		/* 1 - G: G is good to a few hundred ulps at best */
		if (pgg_hyp2f1_try(R, p->b + x, c, z, R * L, &G, &why) &&
			fabs(G) * 1e3 * DBL_EPSILON <= 1e-9 * fabs(1.0 - G))
			return BgChecked(c / (p->a - 1.0) * (1.0 - G), t);
	}
	if (!BgQuadrature(p, t, x, T, &v))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("cannot evaluate the BG/NBD expectation for t = %g", t),
				 errdetail("Neither the hypergeometric series nor the quadrature over the dropout probability converged for r = %g, alpha = %g, a = %g, b = %g, frequency = %g, age = %g.",
						   p->r, p->alpha, p->a, p->b, x, T)));
	return BgChecked(v, t);
}

/*
 * Log-likelihood of one customer (FHL 2005 eq. 6), with the gradient with
 * respect to (r, alpha, a, b).  The histogram is sorted by x, so the Gamma
 * and digamma values that depend on x are cached from one key to the next
 * (BgCache); those that depend on the parameters only are in BgConst.
 */
typedef struct BgCache
{
	double		x;				/* the x the cached values belong to */
	double		lg_rx,
				lg_bx,
				lg_abx,
				ps_rx,
				ps_bx,
				ps_abx;
} BgCache;

typedef struct BgConst
{
	double		lg_r,
				lg_ab,
				lg_b,
				ps_r,
				ps_ab,
				ps_b,
				ln_alpha;
} BgConst;

/* the per-evaluation constants of BgLogLik */
static void
BgConstInit(const BgParams *p, BgConst *k, bool grad)
{
	k->lg_r = pgg_lgamma(p->r);
	k->lg_ab = pgg_lgamma(p->a + p->b);
	k->lg_b = pgg_lgamma(p->b);
	k->ln_alpha = log(p->alpha);
	if (grad)
	{
		k->ps_r = pgg_digamma(p->r);
		k->ps_ab = pgg_digamma(p->a + p->b);
		k->ps_b = pgg_digamma(p->b);
	}
}

/* ln L of one customer (FHL 2005 eq. 6); gradient in g when not NULL */
static double
BgLogLik(const BgParams *p, const BgConst *k, BgCache *cache,
		 double x, double tx, double T, double *g)
{
	double		A1,
				A2,
				A3,
				lse,
				w3 = 1.0,
				w4 = 0.0,
				A4 = 0.0;

	if (cache->x != x)
	{
		cache->x = x;
		cache->lg_rx = pgg_lgamma(p->r + x);
		cache->lg_bx = pgg_lgamma(p->b + x);
		cache->lg_abx = pgg_lgamma(p->a + p->b + x);
		if (g)
		{
			cache->ps_rx = pgg_digamma(p->r + x);
			cache->ps_bx = pgg_digamma(p->b + x);
			cache->ps_abx = pgg_digamma(p->a + p->b + x);
		}
	}
	A1 = cache->lg_rx - k->lg_r + p->r * k->ln_alpha;
	A2 = k->lg_ab + cache->lg_bx - k->lg_b - cache->lg_abx;
	A3 = -(p->r + x) * log(p->alpha + T);
	lse = A3;
	if (x > 0.0)
	{
		double		mx;

		A4 = log(p->a) - log(p->b + x - 1.0) - (p->r + x) * log(p->alpha + tx);
		mx = Max(A3, A4);
		lse = mx + log(exp(A3 - mx) + exp(A4 - mx));
		w3 = exp(A3 - lse);
		w4 = exp(A4 - lse);
	}
	if (g)
	{
		/* d/dr, d/dalpha, d/da, d/db */
		g[0] = cache->ps_rx - k->ps_r + k->ln_alpha - w3 * log(p->alpha + T);
		g[1] = p->r / p->alpha - w3 * (p->r + x) / (p->alpha + T);
		g[2] = k->ps_ab - cache->ps_abx;
		g[3] = k->ps_ab + cache->ps_bx - k->ps_b - cache->ps_abx;
		if (x > 0.0)
		{
			g[0] -= w4 * log(p->alpha + tx);
			g[1] -= w4 * (p->r + x) / (p->alpha + tx);
			g[2] += w4 / p->a;
			g[3] -= w4 / (p->b + x - 1.0);
		}
	}
	return A1 + A2 + lse;
}

/* ln L of one customer, for bgnbd_log_likelihood (no gradient, no cache) */
double
pgg_bg_loglik(const BgParams *p, double x, double tx, double T)
{
	BgConst		k;
	BgCache		cache;

	BgConstInit(p, &k, false);
	cache.x = -1.0;
	return BgLogLik(p, &k, &cache, x, tx, T, NULL);
}

/*
 * Mean negative log-likelihood of BG/NBD at theta = ln(r, alpha/scale, a, b)
 * and its gradient with respect to theta, summed over the sorted histogram
 * (the hot loop of bgnbd_fit: BgLogLik stays static here so it inlines).
 */
double
pgg_bg_objective(const double *theta, double *grad, void *arg)
{
	const ClvFitData *d = arg;
	BgParams	p;
	BgConst		k;
	BgCache		cache;
	double		ll = 0.0,
				g[4] = {0, 0, 0, 0};
	int64		i;

	p.r = exp(theta[0]);
	p.alpha = exp(theta[1]) * d->scale;
	p.a = exp(theta[2]);
	p.b = exp(theta[3]);
	BgConstInit(&p, &k, grad != NULL);
	cache.x = -1.0;
	for (i = 0; i < d->n; i++)
	{
		double		gi[4];
		double		w = (double) d->e[i].n;

		ll += w * BgLogLik(&p, &k, &cache, d->e[i].k[0], d->e[i].k[1], d->e[i].k[2],
						   grad ? gi : NULL);
		if (grad)
		{
			g[0] += w * gi[0];
			g[1] += w * gi[1];
			g[2] += w * gi[2];
			g[3] += w * gi[3];
		}
		if ((i & 16383) == 16383)
			CHECK_FOR_INTERRUPTS();
	}
	if (grad)
	{
		grad[0] = -g[0] * p.r / d->total;
		grad[1] = -g[1] * p.alpha / d->total;
		grad[2] = -g[2] * p.a / d->total;
		grad[3] = -g[3] * p.b / d->total;
	}
	return -ll / d->total;
}
