/*-------------------------------------------------------------------------
 *
 * src/clv/gamma_gamma.c
 *	  The Gamma-Gamma model of spend per purchase (Fader and Hardie 2013,
 *	  "The Gamma-Gamma Model of Monetary Value"): the expected spend of a
 *	  customer and the log density of a customer's mean spend with its
 *	  gradient (the objective of gamma_gamma_fit).  doc/clv.md,
 *	  "Gamma-Gamma (FH 2013)", states the semantics and formulas.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"

#include <math.h>

#include "miscadmin.h"

#include "core/specfun.h"
#include "clv/clv.h"

/*
 * Log density of the mean spend m of x purchases (Fader and Hardie 2013,
 * eq. 3 of "The Gamma-Gamma Model of Monetary Value"):
 *	 ln Gamma(px+q) - ln Gamma(px) - ln Gamma(q) + q ln v + (px-1) ln m
 *	 + px ln x - (px+q) ln(v + x m),
 * with the gradient with respect to (p, q, v) when g is not NULL.  The
 * terms that depend on x only are cached from one call to the next.
 */
typedef struct GgCache
{
	double		x;				/* the x the cached values belong to (-1: none) */
	double		base,			/* the terms of ln f that depend on x only */
				ps_pxq,
				ps_px,
				ps_q,
				ln_x;
} GgCache;

static double
GgLogLik(const GgParams *pp, GgCache *cache, double x, double m, double *g)
{
	double		px = pp->p * x;
	double		lxm = log(pp->v + x * m);
	double		lm = log(m);
	double		ll;

	if (cache->x != x)
	{
		/* entries come sorted by x: compute the Gamma terms once per x */
		cache->x = x;
		cache->ln_x = log(x);
		cache->base = pgg_lgamma(px + pp->q) - pgg_lgamma(px) - pgg_lgamma(pp->q) +
			pp->q * log(pp->v) + px * cache->ln_x;
		if (g)
		{
			cache->ps_pxq = pgg_digamma(px + pp->q);
			cache->ps_px = pgg_digamma(px);
			cache->ps_q = pgg_digamma(pp->q);
		}
	}
	ll = cache->base + (px - 1.0) * lm - (px + pp->q) * lxm;
	if (g)
	{
		g[0] = x * (cache->ps_pxq - cache->ps_px + lm + cache->ln_x - lxm);
		g[1] = cache->ps_pxq - cache->ps_q + log(pp->v) - lxm;
		g[2] = pp->q / pp->v - (px + pp->q) / (pp->v + x * m);
	}
	return ll;
}

/* log density of one repeat customer, for gamma_gamma_log_likelihood */
double
pgg_gg_loglik(const GgParams *pp, double x, double m)
{
	GgCache		cache = {.x = -1.0};

	return GgLogLik(pp, &cache, x, m, NULL);
}

/* E[spend per purchase | x, m] = p (v + x m) / (p x + q - 1) (FH 2013 eq. 5) */
double
pgg_gg_expected(const GgParams *pp, double x, double m)
{
	double		den = pp->p * x + pp->q - 1.0;

	if (!(den > 0.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the Gamma-Gamma expected value is undefined when p * frequency + q <= 1"),
				 errdetail("p = %g, q = %g, frequency = %g.", pp->p, pp->q, x),
				 errhint("A population mean exists only when q > 1.")));
	return pp->p * (pp->v + x * m) / den;
}

/*
 * Mean negative log-likelihood of Gamma-Gamma at theta = ln(p, q, v/scale)
 * and its gradient with respect to theta, summed over the sorted histogram
 * (the hot loop of gamma_gamma_fit: GgLogLik stays static here).
 */
double
pgg_gg_objective(const double *theta, double *grad, void *arg)
{
	const ClvFitData *d = arg;
	GgParams	p;
	GgCache		cache = {.x = -1.0};
	double		ll = 0.0,
				g[3] = {0, 0, 0};
	int64		i;

	p.p = exp(theta[0]);
	p.q = exp(theta[1]);
	p.v = exp(theta[2]) * d->scale;
	for (i = 0; i < d->n; i++)
	{
		double		gi[3];
		double		w = (double) d->e[i].n;

		ll += w * GgLogLik(&p, &cache, d->e[i].k[0], d->e[i].k[1], grad ? gi : NULL);
		if (grad)
		{
			g[0] += w * gi[0];
			g[1] += w * gi[1];
			g[2] += w * gi[2];
		}
		if ((i & 16383) == 16383)
			CHECK_FOR_INTERRUPTS();
	}
	if (grad)
	{
		grad[0] = -g[0] * p.p / d->total;
		grad[1] = -g[1] * p.q / d->total;
		grad[2] = -g[2] * p.v / d->total;
	}
	return -ll / d->total;
}
