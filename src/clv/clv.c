/*-------------------------------------------------------------------------
 *
 * clv.c
 *	  Customer lifetime value: the BG/NBD model of repeat purchases (Fader,
 *	  Hardie and Lee 2005), the Gamma-Gamma model of spend per purchase
 *	  (Fader and Hardie 2013), the per-customer (frequency, recency, age,
 *	  monetary) summary of raw purchases (as lifetimes'
 *	  summary_data_from_transaction_data) and a discounted customer value.
 *	  See doc/clv.md for the semantics and formulas.
 *
 * Fitting.  Both likelihoods are sums over customers of a term that depends
 * only on the customer's (x, t_x, T), respectively (x, mean spend), so the
 * fit aggregates keep a histogram: a hash table of distinct keys with
 * counts.  Histograms merge by adding counts (combine function), serialize
 * as a versioned byte string, and are sorted by key in the final function,
 * so the likelihood is summed in the same order however the rows were split
 * among parallel workers: serial and parallel plans give identical fits.
 * The final function maximizes the log-likelihood with BFGS on the log
 * parameters (clv_math.c) from three starting points and keeps the best
 * converged run.  Too little data, no repeat purchases and runs that do not
 * converge are errors; a likelihood whose supremum lies at infinity (e.g.
 * a, b -> infinity when every customer has the same dropout probability)
 * gives a warning and the parameters where the optimizer stopped, which
 * predict like the limiting model.
 *
 * The state is internal (a hash table updated in place); a float8[] state
 * would be copied on every row.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "core/args.h"
#include "core/codec.h"

#include <float.h>
#include <math.h>

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/typcache.h"

#include "clv/clv.h"

/* the least data a fit accepts (doc/clv.md) */
#define CLV_MIN_CUSTOMERS	10
/* a fitted parameter beyond 1e6 times its scale (or below 1e-6) diverged */
#define CLV_DIVERGED_LOG	13.815510557964274	/* ln(1e6) */
/* largest frequency accepted (keeps lgamma and the series well inside range) */
#define CLV_MAX_FREQUENCY	1e7

#define CLV_KIND_BGNBD	1
#define CLV_KIND_GG		2
#define CLV_HIST_MAGIC	0x434C5648	/* "CLVH" */
#define CLV_SUM_MAGIC	0x434C5653	/* "CLVS" */

/* ---- argument checks ------------------------------------------------------ */

/* frequency: a finite non-negative integer */
static void
CheckFrequency(double x)
{
	pgg_check_finite(x, "frequency");
	if (x < 0.0 || x != floor(x) || x > CLV_MAX_FREQUENCY)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("frequency must be a non-negative whole number, got %g", x),
				 errdetail("Frequency is the number of repeat purchase periods (purchase days minus one), at most %g.",
						   CLV_MAX_FREQUENCY)));
}

/* a BG/NBD customer row (x, t_x, T) */
static void
CheckCustomer(double x, double tx, double T)
{
	CheckFrequency(x);
	pgg_check_finite(tx, "recency");
	pgg_check_finite(T, "age");
	if (tx < 0.0 || T < 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("recency and age must not be negative, got recency %g and age %g", tx, T)));
	if (tx > T)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("recency %g is greater than age %g", tx, T),
				 errdetail("Recency is the time from the first to the last purchase and age the time from the first purchase to the end of observation, so recency cannot exceed age."),
				 errhint("Measure both in the same unit from the same first purchase.")));
	if (x == 0.0 && tx != 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("recency must be 0 when frequency is 0, got %g", tx),
				 errdetail("A customer without repeat purchases has the last purchase at the first one.")));
}

/* ---- composite parameter types -------------------------------------------- */

typedef struct BgParams
{
	double		r,
				alpha,
				a,
				b;
} BgParams;

typedef struct GgParams
{
	double		p,
				q,
				v;
} GgParams;

static const char *const bg_names[] = {"r", "alpha", "a", "b"};
static const char *const gg_names[] = {"p", "q", "v"};

/* Read a composite of n float8 fields, all non-NULL, finite and positive. */
static void
ReadParams(HeapTupleHeader th, int n, double *out, const char *tname,
		   const char *const *names)
{
	Oid			typid = HeapTupleHeaderGetTypeId(th);
	int32		typmod = HeapTupleHeaderGetTypMod(th);
	TupleDesc	td = lookup_rowtype_tupdesc(typid, typmod);
	HeapTupleData tuple;
	int			i;

	tuple.t_len = HeapTupleHeaderGetDatumLength(th);
	ItemPointerSetInvalid(&tuple.t_self);
	tuple.t_tableOid = InvalidOid;
	tuple.t_data = th;
	if (td->natts != n)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("%s must have %d fields", tname, n)));
	for (i = 0; i < n; i++)
	{
		bool		isnull;
		Datum		d;

		if (TupleDescAttr(td, i)->atttypid != FLOAT8OID)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("%s fields must be double precision", tname)));
		d = heap_getattr(&tuple, i + 1, td, &isnull);
		if (isnull)
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("%s parameter %s is NULL", tname, names[i])));
		out[i] = DatumGetFloat8(d);
		if (!(isfinite(out[i]) && out[i] > 0.0))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s parameter %s must be positive and finite, got %g",
							tname, names[i], out[i])));
	}
	ReleaseTupleDesc(td);
}

/* the bgnbd_params argument argno, validated */
static BgParams
GetBgParams(FunctionCallInfo fcinfo, int argno)
{
	double		v[4];
	BgParams	p;

	ReadParams(PG_GETARG_HEAPTUPLEHEADER(argno), 4, v, "bgnbd_params", bg_names);
	p.r = v[0];
	p.alpha = v[1];
	p.a = v[2];
	p.b = v[3];
	return p;
}

/* the gamma_gamma_params argument argno, validated */
static GgParams
GetGgParams(FunctionCallInfo fcinfo, int argno)
{
	double		v[3];
	GgParams	p;

	ReadParams(PG_GETARG_HEAPTUPLEHEADER(argno), 3, v, "gamma_gamma_params", gg_names);
	p.p = v[0];
	p.q = v[1];
	p.v = v[2];
	return p;
}

/* Build the composite result of the calling function from n float8 values. */
static Datum
MakeComposite(FunctionCallInfo fcinfo, const double *v, int n)
{
	TupleDesc	td;
	Datum		vals[4];
	bool		nulls[4] = {false, false, false, false};
	int			i;

	if (get_call_result_type(fcinfo, NULL, &td) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning a record called in a context that cannot accept it")));
	td = BlessTupleDesc(td);
	if (td->natts != n)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("result type has %d fields, expected %d", td->natts, n)));
	for (i = 0; i < n; i++)
		vals[i] = Float8GetDatum(v[i]);
	return HeapTupleGetDatum(heap_form_tuple(td, vals, nulls));
}

/* ---- BG/NBD formulas ------------------------------------------------------ */

/*
 * P(alive | x, t_x, T) = 1 / (1 + [x > 0] a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x))
 * (Fader, Hardie and Lee 2005, note "Computing P(alive)"), in log space.
 */
static double
BgProbAlive(const BgParams *p, double x, double tx, double T)
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
 *  3. Otherwise E = c/(a-1) (1 - G) with G from 2F1 (clv_math.c: series,
 *	   or the transformation to 1 - z above z = 0.9);
 *  4. and when that cannot be evaluated accurately, BgQuadrature.
 */
static double
BgExpectedAlive(const BgParams *p, double t, double x, double T)
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
		v = -S;
	else if (((z <= 0.9 && p->a < 100.0) || near_singular) &&
			 BgSeries(p->a + p->b - 1.0 - p->r, p->a, c, z, 20000000, &S))
		v = -c * L * Exprel((p->a - 1.0) * L) - exp((p->a - 1.0) * L) * S;
	else
	{
		double		G;
		const char *why;

		if (near_singular ||
			!pgg_clv_hyp2f1_try(R, p->b + x, c, z, R * L, &G, &why))
		{
			if (!BgQuadrature(p, t, x, T, &v))
				ereport(ERROR,
						(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
						 errmsg("cannot evaluate the BG/NBD expectation for t = %g", t),
						 errdetail("Neither the hypergeometric series nor the quadrature over the dropout probability converged for r = %g, alpha = %g, a = %g, b = %g, frequency = %g, age = %g.",
								   p->r, p->alpha, p->a, p->b, x, T)));
		}
		else
			v = c / (p->a - 1.0) * (1.0 - G);
	}
	if (!isfinite(v))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("the BG/NBD expectation overflows for t = %g", t)));
	return v;
}

/* E[purchases in the next t | x, t_x, T] (FHL 2005 eq. 10) */
static double
BgExpected(const BgParams *p, double t, double x, double tx, double T)
{
	return BgExpectedAlive(p, t, x, T) * BgProbAlive(p, x, tx, T);
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
	k->lg_r = pgg_clv_lgamma(p->r);
	k->lg_ab = pgg_clv_lgamma(p->a + p->b);
	k->lg_b = pgg_clv_lgamma(p->b);
	k->ln_alpha = log(p->alpha);
	if (grad)
	{
		k->ps_r = pgg_clv_digamma(p->r);
		k->ps_ab = pgg_clv_digamma(p->a + p->b);
		k->ps_b = pgg_clv_digamma(p->b);
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
		cache->lg_rx = pgg_clv_lgamma(p->r + x);
		cache->lg_bx = pgg_clv_lgamma(p->b + x);
		cache->lg_abx = pgg_clv_lgamma(p->a + p->b + x);
		if (g)
		{
			cache->ps_rx = pgg_clv_digamma(p->r + x);
			cache->ps_bx = pgg_clv_digamma(p->b + x);
			cache->ps_abx = pgg_clv_digamma(p->a + p->b + x);
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

/* ---- Gamma-Gamma formulas ------------------------------------------------- */

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
		cache->base = pgg_clv_lgamma(px + pp->q) - pgg_clv_lgamma(px) - pgg_clv_lgamma(pp->q) +
			pp->q * log(pp->v) + px * cache->ln_x;
		if (g)
		{
			cache->ps_pxq = pgg_clv_digamma(px + pp->q);
			cache->ps_px = pgg_clv_digamma(px);
			cache->ps_q = pgg_clv_digamma(pp->q);
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

/* E[spend per purchase | x, m] = p (v + x m) / (p x + q - 1) (FH 2013 eq. 5) */
static double
GgExpected(const GgParams *pp, double x, double m)
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

/* ---- histogram state of the fit aggregates --------------------------------- */

typedef struct ClvEntry
{
	double		k[3];
	int64		n;				/* 0 = empty slot */
} ClvEntry;

typedef struct ClvHist
{
	int			kind;			/* CLV_KIND_BGNBD or CLV_KIND_GG */
	int64		cap;			/* slots, a power of two */
	int64		used;			/* distinct keys */
	int64		total;			/* rows (customers) counted */
	int64		ignored;		/* Gamma-Gamma: rows with frequency 0 */
	ClvEntry   *e;
} ClvHist;

/* hash of a histogram key (bit patterns of its three doubles) */
static uint64
HashKey(const double *k)
{
	uint64		h = UINT64CONST(0x9e3779b97f4a7c15);
	int			i;

	for (i = 0; i < 3; i++)
	{
		uint64		bits;

		memcpy(&bits, &k[i], sizeof(bits));
		h = pgg_hash_mix64(h ^ bits);
	}
	return h;
}

/* an empty histogram of cap slots in the current memory context */
static ClvHist *
HistNew(int kind, int64 cap)
{
	ClvHist    *h = palloc(sizeof(ClvHist));

	h->kind = kind;
	h->cap = cap;
	h->used = 0;
	h->total = 0;
	h->ignored = 0;
	h->e = palloc_extended(cap * sizeof(ClvEntry), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	return h;
}

static void HistAdd(ClvHist *h, const double *k, int64 n);

/* double the table */
static void
HistGrow(ClvHist *h)
{
	ClvEntry   *old = h->e;
	int64		oldcap = h->cap;
	int64		i;

	if ((Size) oldcap * 2 * sizeof(ClvEntry) > MaxAllocHugeSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many distinct customer summaries: %lld", (long long) h->used)));
	h->cap = oldcap * 2;
	h->e = palloc_extended(h->cap * sizeof(ClvEntry), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	h->used = 0;
	h->total = 0;
	for (i = 0; i < oldcap; i++)
		if (old[i].n > 0)
			HistAdd(h, old[i].k, old[i].n);
	pfree(old);
}

/* add n customers with key k (keys are normalized: -0 becomes +0) */
static void
HistAdd(ClvHist *h, const double *key, int64 n)
{
	double		k[3];
	uint64		mask;
	uint64		i;

	k[0] = key[0] + 0.0;
	k[1] = key[1] + 0.0;
	k[2] = key[2] + 0.0;
	if (h->used * 2 >= h->cap)
		HistGrow(h);
	mask = (uint64) h->cap - 1;
	i = HashKey(k) & mask;
	for (;;)
	{
		ClvEntry   *e = &h->e[i];

		if (e->n == 0)
		{
			memcpy(e->k, k, sizeof(k));
			e->n = n;
			h->used++;
			break;
		}
		if (memcmp(e->k, k, sizeof(k)) == 0)
		{
			if (pg_add_s64_overflow(e->n, n, &e->n))
				ereport(ERROR,
						(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						 errmsg("customer count overflows")));
			break;
		}
		i = (i + 1) & mask;
	}
	h->total += n;
}

/* the fit state of a transition call, created in the aggregate context */
static ClvHist *
GetHistState(FunctionCallInfo fcinfo, int kind, const char *fname)
{
	MemoryContext aggctx,
				old;
	ClvHist    *h;

	if (!AggCheckCallContext(fcinfo, &aggctx))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s called in non-aggregate context", fname)));
	if (!PG_ARGISNULL(0))
		return (ClvHist *) PG_GETARG_POINTER(0);
	old = MemoryContextSwitchTo(aggctx);
	h = HistNew(kind, 64);
	MemoryContextSwitchTo(old);
	return h;
}

/* bgnbd_fit_trans(internal, frequency, recency, age) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_bgnbd_fit_trans);
Datum
pgg_bgnbd_fit_trans(PG_FUNCTION_ARGS)
{
	ClvHist    *h = GetHistState(fcinfo, CLV_KIND_BGNBD, "bgnbd_fit_trans");
	double		k[3];
	MemoryContext aggctx,
				old;

	/* rows with a NULL are ignored, as by every SQL aggregate */
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
		PG_RETURN_POINTER(h);
	k[0] = PG_GETARG_FLOAT8(1);
	k[1] = PG_GETARG_FLOAT8(2);
	k[2] = PG_GETARG_FLOAT8(3);
	CheckCustomer(k[0], k[1], k[2]);
	(void) AggCheckCallContext(fcinfo, &aggctx);
	old = MemoryContextSwitchTo(aggctx);
	HistAdd(h, k, 1);
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(h);
}

/* gamma_gamma_fit_trans(internal, frequency, monetary) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_gamma_gamma_fit_trans);
Datum
pgg_gamma_gamma_fit_trans(PG_FUNCTION_ARGS)
{
	ClvHist    *h = GetHistState(fcinfo, CLV_KIND_GG, "gamma_gamma_fit_trans");
	double		k[3];
	MemoryContext aggctx,
				old;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_POINTER(h);
	k[0] = PG_GETARG_FLOAT8(1);
	k[1] = PG_GETARG_FLOAT8(2);
	k[2] = 0.0;
	CheckFrequency(k[0]);
	pgg_check_finite(k[1], "monetary");
	if (k[0] == 0.0)
	{
		/* customers without repeat purchases carry no spend information */
		h->ignored++;
		PG_RETURN_POINTER(h);
	}
	if (!(k[1] > 0.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("monetary must be positive for a repeat customer, got %g", k[1]),
				 errdetail("The Gamma-Gamma model describes positive spend per purchase."),
				 errhint("Leave out customers whose mean repeat spend is zero or negative, e.g. with FILTER (WHERE monetary > 0).")));
	(void) AggCheckCallContext(fcinfo, &aggctx);
	old = MemoryContextSwitchTo(aggctx);
	HistAdd(h, k, 1);
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(h);
}

/* Validate one histogram entry read from a serialized state. */
static void
CheckEntry(int kind, const double *k, int64 n)
{
	if (n <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid customer value fit state"),
				 errdetail("A histogram count is not positive.")));
	if (kind == CLV_KIND_BGNBD)
		CheckCustomer(k[0], k[1], k[2]);
	else
	{
		CheckFrequency(k[0]);
		pgg_check_finite(k[1], "monetary");
		if (!(k[0] > 0.0 && k[1] > 0.0 && k[2] == 0.0))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid customer value fit state"),
					 errdetail("A Gamma-Gamma entry has no repeat purchases or no positive spend.")));
	}
}

/* clv_fit_combine(internal, internal): add the histograms */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_clv_fit_combine);
Datum
pgg_clv_fit_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggctx,
				old;
	ClvHist    *a,
			   *b;
	int64		i;

	if (!AggCheckCallContext(fcinfo, &aggctx))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("clv_fit_combine called in non-aggregate context")));
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	b = (ClvHist *) PG_GETARG_POINTER(1);
	old = MemoryContextSwitchTo(aggctx);
	if (PG_ARGISNULL(0))
	{
		/* copy arg1 into the aggregate context */
		int64		cap = 64;

		while (cap < b->used * 2 + 2)
			cap *= 2;
		a = HistNew(b->kind, cap);
	}
	else
		a = (ClvHist *) PG_GETARG_POINTER(0);
	if (a->kind != b->kind)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("cannot combine BG/NBD and Gamma-Gamma fit states")));
	for (i = 0; i < b->cap; i++)
		if (b->e[i].n > 0)
			HistAdd(a, b->e[i].k, b->e[i].n);
	a->ignored += b->ignored;
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(a);
}

/* clv_fit_serialize(internal) returns bytea */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_clv_fit_serialize);
Datum
pgg_clv_fit_serialize(PG_FUNCTION_ARGS)
{
	ClvHist    *h = (ClvHist *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	int64		i;

	pgg_ser_begin(&buf, CLV_HIST_MAGIC, 1);
	pq_sendbyte(&buf, h->kind);
	pq_sendint64(&buf, h->ignored);
	pq_sendint64(&buf, h->used);
	for (i = 0; i < h->cap; i++)
		if (h->e[i].n > 0)
		{
			pq_sendfloat8(&buf, h->e[i].k[0]);
			pq_sendfloat8(&buf, h->e[i].k[1]);
			pq_sendfloat8(&buf, h->e[i].k[2]);
			pq_sendint64(&buf, h->e[i].n);
		}
	PG_RETURN_BYTEA_P(pgg_ser_end(&buf));
}

/* clv_fit_deserialize(bytea, internal) returns internal */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_clv_fit_deserialize);
Datum
pgg_clv_fit_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	MemoryContext aggctx,
				old;
	ClvHist    *h;
	int			kind;
	int64		ignored,
				used,
				i,
				cap = 64;

	if (!AggCheckCallContext(fcinfo, &aggctx))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("clv_fit_deserialize called in non-aggregate context")));
	pgg_deser_begin(&buf, b, CLV_HIST_MAGIC, 1, "customer value fit");
	pgg_deser_need(&buf, 17, "customer value fit");
	kind = pq_getmsgbyte(&buf);
	ignored = pq_getmsgint64(&buf);
	used = pq_getmsgint64(&buf);
	if ((kind != CLV_KIND_BGNBD && kind != CLV_KIND_GG) || ignored < 0 || used < 0 ||
		used > (int64) (buf.len - buf.cursor) / 32)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid customer value fit state"),
				 errdetail("The header is inconsistent.")));
	while (cap < used * 2 + 2)
		cap *= 2;
	old = MemoryContextSwitchTo(aggctx);
	h = HistNew(kind, cap);
	h->ignored = ignored;
	for (i = 0; i < used; i++)
	{
		double		k[3];
		int64		n;

		pgg_deser_need(&buf, 32, "customer value fit");
		k[0] = pq_getmsgfloat8(&buf);
		k[1] = pq_getmsgfloat8(&buf);
		k[2] = pq_getmsgfloat8(&buf);
		n = pq_getmsgint64(&buf);
		CheckEntry(kind, k, n);
		HistAdd(h, k, n);
	}
	MemoryContextSwitchTo(old);
	pgg_deser_end(&buf, "customer value fit");
	PG_RETURN_POINTER(h);
}

/* qsort order of histogram entries: by key */
static int
EntryCmp(const void *pa, const void *pb)
{
	const ClvEntry *a = pa;
	const ClvEntry *b = pb;
	int			i;

	for (i = 0; i < 3; i++)
		if (a->k[i] != b->k[i])
			return a->k[i] < b->k[i] ? -1 : 1;
	return 0;
}

/* the distinct keys in key order (deterministic summation order) */
static ClvEntry *
HistSorted(const ClvHist *h)
{
	ClvEntry   *out = palloc_extended(Max(h->used, 1) * sizeof(ClvEntry), MCXT_ALLOC_HUGE);
	int64		i,
				j = 0;

	for (i = 0; i < h->cap; i++)
		if (h->e[i].n > 0)
			out[j++] = h->e[i];
	Assert(j == h->used);
	qsort(out, j, sizeof(ClvEntry), EntryCmp);
	return out;
}

/* ---- the fits ---------------------------------------------------------------- */

typedef struct FitData
{
	const ClvEntry *e;
	int64		n;				/* distinct keys */
	double		total;			/* customers */
	double		scale;			/* alpha (BG/NBD) or v (Gamma-Gamma) unit */
} FitData;

/* mean negative log-likelihood of BG/NBD at theta = ln(r, alpha/scale, a, b) */
static double
BgObjective(const double *theta, double *grad, void *arg)
{
	const FitData *d = arg;
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

/* mean negative log-likelihood of Gamma-Gamma at theta = ln(p, q, v/scale) */
static double
GgObjective(const double *theta, double *grad, void *arg)
{
	const FitData *d = arg;
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

/*
 * Run BFGS from each start, keep the best converged run and check it for
 * divergence; names[] and the scale of parameter scaled_idx make the
 * messages.
 */
static void
FitRun(const char *model, ClvObjective fn, FitData *d, int n,
	   const double (*starts)[CLV_MAX_DIM], int nstarts,
	   const char *const *names, int scaled_idx, double *theta_out)
{
	ClvOptimResult best;
	ClvOptimResult last;
	bool		have = false;
	int			s,
				i;

	memset(&last, 0, sizeof(last));
	memset(&best, 0, sizeof(best));
	last.f = INFINITY;
	for (s = 0; s < nstarts; s++)
	{
		ClvOptimResult res;

		pgg_clv_bfgs(fn, d, n, starts[s], &res);
		if (res.f < last.f || s == 0)
			last = res;			/* the best run, converged or not */
		if (res.converged && (!have || res.f < best.f))
		{
			best = res;
			have = true;
		}
	}
	if (!have)
	{
		/* a run that drifts off to infinity is a missing maximum, not slowness */
		for (i = 0; i < n; i++)
			if (fabs(last.theta[i]) > CLV_DIVERGED_LOG)
			{
				best = last;
				have = true;
			}
	}
	if (!have)
	{
		StringInfoData where;

		initStringInfo(&where);
		for (i = 0; i < n; i++)
			appendStringInfo(&where, "%s%s = %g", i ? ", " : "", names[i],
							 exp(last.theta[i]) * (i == scaled_idx ? d->scale : 1.0));
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("the %s fit did not converge", model),
				 errdetail("After %d iterations (stopped at %s) the largest gradient component of the mean log-likelihood with respect to the log parameters is %g; the tolerance is %g.",
						   last.iterations, where.data, last.gmax, CLV_GTOL_ACCEPT),
				 errhint("%s", strcmp(model, "BG/NBD") == 0 ?
						 "Check that recency and age are in one unit, such as weeks, and that there are enough customers." :
						 "Check that there are enough repeat customers and that their spend varies.")));
	}
	{
		/*
		 * The supremum of the likelihood lies at the edge of the parameter
		 * space: some parameters run off to infinity (or zero) together,
		 * e.g. a and b with a/(a+b) fixed when every customer has the same
		 * dropout probability.  The point where the optimizer stopped
		 * predicts like that limiting model, so it is returned, with a
		 * warning that its individual values mean little.
		 */
		StringInfoData which;
		int			ndiv = 0;

		initStringInfo(&which);
		for (i = 0; i < n; i++)
			if (fabs(best.theta[i]) > CLV_DIVERGED_LOG)
				appendStringInfo(&which, "%s%s", ndiv++ ? ", " : "", names[i]);
		if (ndiv > 0)
			ereport(WARNING,
					(errcode(ERRCODE_WARNING),
					 errmsg("the %s likelihood has no interior maximum: %s %s without bound",
							model, which.data, ndiv > 1 ? "run off" : "runs off"),
					 errdetail("The returned parameters are where the optimizer stopped (beyond a factor 1e6 of their scale); their predictions are those of the limiting model, but the parameter values themselves are arbitrary."),
					 errhint("%s", strcmp(model, "BG/NBD") == 0 ?
							 "a and b growing together mean every customer has the same dropout probability a/(a+b); r and alpha growing together mean every customer buys at the same rate r/alpha. Fewer than a few hundred customers can also cause this." :
							 "p growing means spend hardly varies between one customer's purchases; q and v growing together mean customers hardly differ in mean spend.")));
	}
	memcpy(theta_out, best.theta, n * sizeof(double));
}

/* bgnbd_fit_final(internal) returns bgnbd_params */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_bgnbd_fit_final);
Datum
pgg_bgnbd_fit_final(PG_FUNCTION_ARGS)
{
	ClvHist    *h;
	ClvEntry   *e;
	FitData		d;
	double		xsum = 0.0,
				Tsum = 0.0,
				nrep = 0.0;
	double		starts[3][CLV_MAX_DIM];
	double		theta[4],
				out[4];
	static const double sr[3] = {1.0, 0.5, 2.0},
				sa[3] = {1.0, 0.5, 2.0},
				sb[3] = {1.0, 2.0, 8.0};
	int64		i;
	int			s;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	h = (ClvHist *) PG_GETARG_POINTER(0);
	if (h->total == 0)
		PG_RETURN_NULL();		/* no rows: no fit, like avg() */
	if (h->total < CLV_MIN_CUSTOMERS)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("bgnbd_fit needs at least %d customers, got %lld",
						CLV_MIN_CUSTOMERS, (long long) h->total),
				 errdetail("The BG/NBD model has four parameters; they cannot be estimated from so few customers.")));
	e = HistSorted(h);
	for (i = 0; i < h->used; i++)
	{
		xsum += e[i].k[0] * e[i].n;
		Tsum += e[i].k[2] * e[i].n;
		if (e[i].k[0] > 0.0)
			nrep += e[i].n;
	}
	if (nrep == 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("bgnbd_fit needs customers with repeat purchases"),
				 errdetail("All %lld customers have frequency 0.", (long long) h->total),
				 errhint("Observe the customers for longer, or check that frequency counts repeat purchase periods.")));
	d.e = e;
	d.n = h->used;
	d.total = (double) h->total;
	d.scale = Tsum / d.total;	/* > 0, since some customer has t_x > 0 or T > 0 */
	if (!(d.scale > 0.0))
		d.scale = 1.0;
	for (s = 0; s < 3; s++)
	{
		/* alpha so that r / alpha matches the observed purchase rate */
		double		rate = (xsum / d.total) / d.scale;

		starts[s][0] = log(sr[s]);
		starts[s][1] = log(sr[s] / Max(rate, 1e-6) / d.scale);
		starts[s][2] = log(sa[s]);
		starts[s][3] = log(sb[s]);
		starts[s][1] = Max(Min(starts[s][1], 10.0), -10.0);
	}
	FitRun("BG/NBD", BgObjective, &d, 4, (const double (*)[CLV_MAX_DIM]) starts, 3,
		   bg_names, 1, theta);
	out[0] = exp(theta[0]);
	out[1] = exp(theta[1]) * d.scale;
	out[2] = exp(theta[2]);
	out[3] = exp(theta[3]);
	PG_RETURN_DATUM(MakeComposite(fcinfo, out, 4));
}

/* gamma_gamma_fit_final(internal) returns gamma_gamma_params */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_gamma_gamma_fit_final);
Datum
pgg_gamma_gamma_fit_final(PG_FUNCTION_ARGS)
{
	ClvHist    *h;
	ClvEntry   *e;
	FitData		d;
	double		msum = 0.0;
	double		starts[3][CLV_MAX_DIM];
	double		theta[3],
				out[3];
	static const double sp[3] = {1.0, 5.0, 0.5},
				sq[3] = {2.0, 3.0, 1.5};
	int64		i;
	int			s;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	h = (ClvHist *) PG_GETARG_POINTER(0);
	if (h->total == 0 && h->ignored == 0)
		PG_RETURN_NULL();		/* no rows */
	if (h->total == 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("gamma_gamma_fit needs customers with repeat purchases"),
				 errdetail("All %lld customers have frequency 0; the model is fitted on repeat customers only.",
						   (long long) h->ignored)));
	if (h->total < CLV_MIN_CUSTOMERS)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("gamma_gamma_fit needs at least %d repeat customers, got %lld",
						CLV_MIN_CUSTOMERS, (long long) h->total),
				 errdetail("Customers with frequency 0 (%lld here) do not count.", (long long) h->ignored)));
	e = HistSorted(h);
	for (i = 0; i < h->used; i++)
		msum += e[i].k[1] * e[i].n;
	d.e = e;
	d.n = h->used;
	d.total = (double) h->total;
	d.scale = msum / d.total;
	for (s = 0; s < 3; s++)
	{
		/* v so that the population mean p v / (q - 1) is the mean spend */
		starts[s][0] = log(sp[s]);
		starts[s][1] = log(sq[s]);
		starts[s][2] = log((sq[s] - 1.0) / sp[s]);
	}
	FitRun("Gamma-Gamma", GgObjective, &d, 3, (const double (*)[CLV_MAX_DIM]) starts, 3,
		   gg_names, 2, theta);
	out[0] = exp(theta[0]);
	out[1] = exp(theta[1]);
	out[2] = exp(theta[2]) * d.scale;
	PG_RETURN_DATUM(MakeComposite(fcinfo, out, 3));
}

/* ---- per-customer functions ------------------------------------------------ */

/* bgnbd_expected_purchases(params, t, frequency, recency, age) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_bgnbd_expected_purchases);
Datum
pgg_bgnbd_expected_purchases(PG_FUNCTION_ARGS)
{
	BgParams	p = GetBgParams(fcinfo, 0);
	double		t = PG_GETARG_FLOAT8(1);
	double		x = PG_GETARG_FLOAT8(2);
	double		tx = PG_GETARG_FLOAT8(3);
	double		T = PG_GETARG_FLOAT8(4);

	pgg_check_finite(t, "t");
	if (t < 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("t must not be negative, got %g", t)));
	CheckCustomer(x, tx, T);
	PG_RETURN_FLOAT8(BgExpected(&p, t, x, tx, T));
}

/* bgnbd_prob_alive(params, frequency, recency, age) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_bgnbd_prob_alive);
Datum
pgg_bgnbd_prob_alive(PG_FUNCTION_ARGS)
{
	BgParams	p = GetBgParams(fcinfo, 0);
	double		x = PG_GETARG_FLOAT8(1);
	double		tx = PG_GETARG_FLOAT8(2);
	double		T = PG_GETARG_FLOAT8(3);

	CheckCustomer(x, tx, T);
	PG_RETURN_FLOAT8(BgProbAlive(&p, x, tx, T));
}

/* bgnbd_log_likelihood(params, frequency, recency, age) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_bgnbd_log_likelihood);
Datum
pgg_bgnbd_log_likelihood(PG_FUNCTION_ARGS)
{
	BgParams	p = GetBgParams(fcinfo, 0);
	double		x = PG_GETARG_FLOAT8(1);
	double		tx = PG_GETARG_FLOAT8(2);
	double		T = PG_GETARG_FLOAT8(3);
	BgConst		k;
	BgCache		cache;

	CheckCustomer(x, tx, T);
	BgConstInit(&p, &k, false);
	cache.x = -1.0;
	PG_RETURN_FLOAT8(BgLogLik(&p, &k, &cache, x, tx, T, NULL));
}

/* check a Gamma-Gamma customer (frequency, monetary) */
static void
CheckSpend(double x, double m, bool need_repeat)
{
	CheckFrequency(x);
	pgg_check_finite(m, "monetary");
	if (need_repeat && x == 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the Gamma-Gamma likelihood needs frequency > 0")));
	if (x > 0.0 && !(m > 0.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("monetary must be positive for a repeat customer, got %g", m)));
}

/* gamma_gamma_expected_value(params, frequency, monetary) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_gamma_gamma_expected_value);
Datum
pgg_gamma_gamma_expected_value(PG_FUNCTION_ARGS)
{
	GgParams	p = GetGgParams(fcinfo, 0);
	double		x = PG_GETARG_FLOAT8(1);
	double		m = PG_GETARG_FLOAT8(2);

	CheckSpend(x, m, false);
	PG_RETURN_FLOAT8(GgExpected(&p, x, x > 0.0 ? m : 0.0));
}

/* gamma_gamma_log_likelihood(params, frequency, monetary) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_gamma_gamma_log_likelihood);
Datum
pgg_gamma_gamma_log_likelihood(PG_FUNCTION_ARGS)
{
	GgParams	p = GetGgParams(fcinfo, 0);
	double		x = PG_GETARG_FLOAT8(1);
	double		m = PG_GETARG_FLOAT8(2);

	CheckSpend(x, m, true);
	{
		GgCache		cache = {.x = -1.0};

		PG_RETURN_FLOAT8(GgLogLik(&p, &cache, x, m, NULL));
	}
}

/*
 * clv_customer_value(bg, gg, frequency, recency, age, monetary, periods,
 * discount_rate, period_length): the discounted value of the next
 * `periods` periods of `period_length` time units each,
 *	 E[spend | x, m] * sum_{k=1..periods} (E[Y(k h)] - E[Y((k-1) h)]) / (1+d)^k,
 * as lifetimes' customer_lifetime_value.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_clv_customer_value);
Datum
pgg_clv_customer_value(PG_FUNCTION_ARGS)
{
	BgParams	bg = GetBgParams(fcinfo, 0);
	GgParams	gg = GetGgParams(fcinfo, 1);
	double		x = PG_GETARG_FLOAT8(2);
	double		tx = PG_GETARG_FLOAT8(3);
	double		T = PG_GETARG_FLOAT8(4);
	double		m = PG_GETARG_FLOAT8(5);
	int32		periods = PG_GETARG_INT32(6);
	double		d = PG_GETARG_FLOAT8(7);
	double		h = PG_GETARG_FLOAT8(8);
	double		pa,
				ev,
				prev = 0.0,
				sum = 0.0,
				disc = 1.0;
	int32		k;

	CheckCustomer(x, tx, T);
	CheckSpend(x, m, false);
	if (periods < 0 || periods > 100000)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("periods must be between 0 and 100000, got %d", periods)));
	pgg_check_finite(d, "discount_rate");
	pgg_check_finite(h, "period_length");
	if (d < 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("discount_rate must not be negative, got %g", d)));
	if (!(h > 0.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("period_length must be positive, got %g", h)));
	ev = GgExpected(&gg, x, x > 0.0 ? m : 0.0);
	pa = BgProbAlive(&bg, x, tx, T);
	for (k = 1; k <= periods; k++)
	{
		double		cur = BgExpectedAlive(&bg, k * h, x, T);

		disc /= (1.0 + d);
		sum += (cur - prev) * disc;
		prev = cur;
		if ((k & 255) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	PG_RETURN_FLOAT8(ev * pa * sum);
}

/* clv_hyp2f1(a, b, c, z): the Gauss hypergeometric function */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_clv_hyp2f1);
Datum
pgg_clv_hyp2f1(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(pgg_clv_hyp2f1_scaled(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1),
										   PG_GETARG_FLOAT8(2), PG_GETARG_FLOAT8(3), 0.0));
}

/* ---- the per-customer summary aggregate -------------------------------------- */

typedef struct ClvPurchase
{
	int32		day;
	double		amount;
} ClvPurchase;

typedef struct ClvSumState
{
	bool		has_end;
	int64		end_raw;		/* observation end as given (timestamptz or date) */
	int32		end_day;		/* its day */
	int32		divisor;		/* days per unit: 1 or 7 */
	int64		n,
				cap;
	ClvPurchase *p;
} ClvSumState;

/* days per unit of a unit name */
static int32
ParseUnit(text *t)
{
	char	   *s = text_to_cstring(t);

	if (pg_strcasecmp(s, "day") == 0 || pg_strcasecmp(s, "days") == 0)
		return 1;
	if (pg_strcasecmp(s, "week") == 0 || pg_strcasecmp(s, "weeks") == 0)
		return 7;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unit must be 'days' or 'weeks', got \"%s\"", s)));
	return 0;					/* not reached */
}

/* the clv_summary state of a transition call, created in the aggregate context */
static ClvSumState *
GetSumState(FunctionCallInfo fcinfo)
{
	MemoryContext aggctx;
	ClvSumState *s;

	if (!AggCheckCallContext(fcinfo, &aggctx))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("clv_summary called in non-aggregate context")));
	if (!PG_ARGISNULL(0))
		return (ClvSumState *) PG_GETARG_POINTER(0);
	s = MemoryContextAllocZero(aggctx, sizeof(ClvSumState));
	s->cap = 4;
	s->p = MemoryContextAlloc(aggctx, s->cap * sizeof(ClvPurchase));
	return s;
}

/* remember the observation end and unit of the first row; later rows must agree */
static void
SumSetEnd(ClvSumState *s, int64 end_raw, int32 end_day, int32 divisor)
{
	if (!s->has_end)
	{
		s->has_end = true;
		s->end_raw = end_raw;
		s->end_day = end_day;
		s->divisor = divisor;
		return;
	}
	if (s->end_raw != end_raw)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("clv_summary got different observation ends in one group"),
				 errhint("Pass one constant observation end, such as a literal or a scalar subquery.")));
	if (s->divisor != divisor)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("clv_summary got different units in one group")));
}

/* append one purchase to the state */
static void
SumAdd(FunctionCallInfo fcinfo, ClvSumState *s, int32 day, double amount)
{
	if (s->n == s->cap)
	{
		if ((Size) s->cap * 2 * sizeof(ClvPurchase) > MaxAllocHugeSize)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many purchases for one customer")));
		s->cap *= 2;
		s->p = repalloc_huge(s->p, s->cap * sizeof(ClvPurchase));
	}
	s->p[s->n].day = day;
	s->p[s->n].amount = amount;
	s->n++;
}

/* common checks of a clv_summary row; false when the row is to be skipped */
static bool
SumRowArgs(FunctionCallInfo fcinfo, double *amount, int32 *divisor)
{
	if (PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("the observation end of clv_summary must not be NULL")));
	if (PG_ARGISNULL(4))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("the unit of clv_summary must not be NULL")));
	*divisor = ParseUnit(PG_GETARG_TEXT_PP(4));
	if (PG_ARGISNULL(1))
		return false;			/* no purchase time: not a purchase */
	if (PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("the purchase amount of clv_summary must not be NULL"),
				 errhint("Use coalesce(amount, 0) to count a purchase without a known amount.")));
	*amount = PG_GETARG_FLOAT8(2);
	pgg_check_finite(*amount, "amount");
	return true;
}

/* the local day of a timestamptz (session time zone) */
static int32
TzDay(TimestampTz ts, const char *what)
{
	if (TIMESTAMP_NOT_FINITE(ts))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("%s must be finite", what)));
	return DatumGetDateADT(DirectFunctionCall1(timestamptz_date, TimestampTzGetDatum(ts)));
}

/* clv_summary_trans(internal, timestamptz, float8, timestamptz, text) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_clv_summary_trans_tz);
Datum
pgg_clv_summary_trans_tz(PG_FUNCTION_ARGS)
{
	ClvSumState *s = GetSumState(fcinfo);
	double		amount;
	int32		divisor;
	TimestampTz end,
				ts;
	bool		keep = SumRowArgs(fcinfo, &amount, &divisor);

	end = PG_GETARG_TIMESTAMPTZ(3);
	/* the day of the end is computed once (later rows must pass the same end) */
	SumSetEnd(s, end, (s->has_end && s->end_raw == end) ? s->end_day :
			  TzDay(end, "the observation end"), divisor);
	if (!keep)
		PG_RETURN_POINTER(s);
	ts = PG_GETARG_TIMESTAMPTZ(1);
	if (ts > end)
	{
		if (TIMESTAMP_NOT_FINITE(ts))
			ereport(ERROR,
					(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
					 errmsg("purchase time must be finite")));
		PG_RETURN_POINTER(s);	/* after the observation period */
	}
	SumAdd(fcinfo, s, TzDay(ts, "purchase time"), amount);
	PG_RETURN_POINTER(s);
}

/* clv_summary_trans(internal, date, float8, date, text) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_clv_summary_trans_date);
Datum
pgg_clv_summary_trans_date(PG_FUNCTION_ARGS)
{
	ClvSumState *s = GetSumState(fcinfo);
	double		amount;
	int32		divisor;
	DateADT		end,
				day;
	bool		keep = SumRowArgs(fcinfo, &amount, &divisor);

	end = PG_GETARG_DATEADT(3);
	if (DATE_NOT_FINITE(end))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("the observation end must be finite")));
	SumSetEnd(s, end, end, divisor);
	if (!keep)
		PG_RETURN_POINTER(s);
	day = PG_GETARG_DATEADT(1);
	if (DATE_NOT_FINITE(day))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("purchase date must be finite")));
	if (day > end)
		PG_RETURN_POINTER(s);
	SumAdd(fcinfo, s, day, amount);
	PG_RETURN_POINTER(s);
}

/* clv_summary_combine(internal, internal) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_clv_summary_combine);
Datum
pgg_clv_summary_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggctx,
				old;
	ClvSumState *a,
			   *b;
	int64		i;

	if (!AggCheckCallContext(fcinfo, &aggctx))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("clv_summary_combine called in non-aggregate context")));
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	b = (ClvSumState *) PG_GETARG_POINTER(1);
	old = MemoryContextSwitchTo(aggctx);
	if (PG_ARGISNULL(0))
	{
		a = palloc0(sizeof(ClvSumState));
		a->cap = Max(b->n, 4);
		a->p = palloc_extended(a->cap * sizeof(ClvPurchase), MCXT_ALLOC_HUGE);
	}
	else
		a = (ClvSumState *) PG_GETARG_POINTER(0);
	if (b->has_end)
		SumSetEnd(a, b->end_raw, b->end_day, b->divisor);
	for (i = 0; i < b->n; i++)
		SumAdd(fcinfo, a, b->p[i].day, b->p[i].amount);
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(a);
}

/* clv_summary_serialize(internal) returns bytea */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_clv_summary_serialize);
Datum
pgg_clv_summary_serialize(PG_FUNCTION_ARGS)
{
	ClvSumState *s = (ClvSumState *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	int64		i;

	pgg_ser_begin(&buf, CLV_SUM_MAGIC, 1);
	pq_sendbyte(&buf, s->has_end ? 1 : 0);
	pq_sendint64(&buf, s->end_raw);
	pq_sendint32(&buf, s->end_day);
	pq_sendbyte(&buf, s->divisor);
	pq_sendint64(&buf, s->n);
	for (i = 0; i < s->n; i++)
	{
		pq_sendint32(&buf, s->p[i].day);
		pq_sendfloat8(&buf, s->p[i].amount);
	}
	PG_RETURN_BYTEA_P(pgg_ser_end(&buf));
}

/* clv_summary_deserialize(bytea, internal) returns internal */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_clv_summary_deserialize);
Datum
pgg_clv_summary_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	MemoryContext aggctx,
				old;
	ClvSumState *s;
	int64		n,
				i;

	if (!AggCheckCallContext(fcinfo, &aggctx))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("clv_summary_deserialize called in non-aggregate context")));
	pgg_deser_begin(&buf, b, CLV_SUM_MAGIC, 1, "clv_summary");
	pgg_deser_need(&buf, 22, "clv_summary");
	old = MemoryContextSwitchTo(aggctx);
	s = palloc0(sizeof(ClvSumState));
	s->has_end = pq_getmsgbyte(&buf) != 0;
	s->end_raw = pq_getmsgint64(&buf);
	s->end_day = pq_getmsgint(&buf, 4);
	s->divisor = pq_getmsgbyte(&buf);
	n = pq_getmsgint64(&buf);
	if ((s->has_end && s->divisor != 1 && s->divisor != 7) || n < 0 ||
		n > (int64) (buf.len - buf.cursor) / 12 || (!s->has_end && n > 0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid clv_summary state"),
				 errdetail("The header is inconsistent.")));
	s->cap = Max(n, 4);
	s->p = palloc_extended(s->cap * sizeof(ClvPurchase), MCXT_ALLOC_HUGE);
	for (i = 0; i < n; i++)
	{
		s->p[i].day = pq_getmsgint(&buf, 4);
		s->p[i].amount = pq_getmsgfloat8(&buf);
		if (s->p[i].day > s->end_day || DATE_NOT_FINITE(s->p[i].day) ||
			!isfinite(s->p[i].amount))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid clv_summary state"),
					 errdetail("A purchase lies after the observation end or has a non-finite amount.")));
	}
	s->n = n;
	MemoryContextSwitchTo(old);
	pgg_deser_end(&buf, "clv_summary");
	PG_RETURN_POINTER(s);
}

/* qsort order of purchases: by day, then amount */
static int
PurchaseCmp(const void *pa, const void *pb)
{
	const ClvPurchase *a = pa;
	const ClvPurchase *b = pb;

	if (a->day != b->day)
		return a->day < b->day ? -1 : 1;
	/* amounts in a fixed order, so the per-day sums do not depend on input order */
	if (a->amount != b->amount)
		return a->amount < b->amount ? -1 : 1;
	return 0;
}

/* clv_summary_final(internal) returns clv_summary */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_clv_summary_final);
Datum
pgg_clv_summary_final(PG_FUNCTION_ARGS)
{
	ClvSumState *s;
	int64		i,
				days = 0;
	int32		first,
				last;
	double		daysum = 0.0,
				repeat_sum = 0.0,
				out[4];

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	s = (ClvSumState *) PG_GETARG_POINTER(0);
	if (s->n == 0)
		PG_RETURN_NULL();		/* no purchase up to the observation end */
	qsort(s->p, s->n, sizeof(ClvPurchase), PurchaseCmp);
	first = s->p[0].day;
	last = s->p[s->n - 1].day;
	for (i = 0; i < s->n; i++)
	{
		daysum += s->p[i].amount;
		if (i == s->n - 1 || s->p[i + 1].day != s->p[i].day)
		{
			/* the day ends: the first day's total is not a repeat purchase */
			if (days > 0)
				repeat_sum += daysum;
			days++;
			daysum = 0.0;
		}
	}
	out[0] = (double) (days - 1);
	out[1] = (double) (last - first) / s->divisor;
	out[2] = (double) (s->end_day - first) / s->divisor;
	out[3] = days > 1 ? repeat_sum / (double) (days - 1) : 0.0;
	PG_RETURN_DATUM(MakeComposite(fcinfo, out, 4));
}
