/*-------------------------------------------------------------------------
 *
 * lift.c
 *	  Experiment statistics beyond the fixed tests: always-valid
 *	  (sequential) intervals and p-values, the Bayesian normal effect model,
 *	  power and minimum detectable effects, and the helpers of CUPED and
 *	  ratio metrics.  See doc/lift_advanced.md for the semantics.
 *
 * Effect moments.  Every test here works on an effect estimate and its
 * standard error, as gbstats does (GrowthBook, packages/stats/gbstats):
 *	absolute	est = m_b - m_a,			se^2 = v_a/n_a + v_b/n_b
 *	relative	est = (m_b - m_a)/|m_a|,	se^2 = v_b/(n_b m_a^2) + v_a m_b^2/(n_a m_a^4)
 * (delta method; the |m_a| keeps the sign right for negative baselines,
 * GrowthBook PR #6658).  v is the per-actor variance: the sample variance
 * for means, p(1 - p) for proportions (GrowthBook's convention).
 *
 * Sequential.  The asymptotic confidence sequence of Waudby-Smith et al.
 * (arXiv 2103.06476, eq. 9 and 161), which is Howard et al.'s normal
 * mixture boundary and the one GrowthBook and Eppo use.  With n the number
 * of actors in both arms and N* the tuning parameter (the sample size at
 * which the boundary is tightest, GrowthBook's default 5000):
 *	rho^2 = (-2 ln alpha + ln(-2 ln alpha + 1)) / N*
 *	halfwidth = se * sqrt(2 (n rho^2 + 1) ln(sqrt(n rho^2 + 1)/alpha) / (n rho^2))
 * and the always-valid p-value is 1/E with the mixture e-value
 *	ln E = n rho^2 z^2 / (2 (n rho^2 + 1)) - ln(n rho^2 + 1)/2,	z = est/se,
 * computed in log space so it cannot overflow; p <= alpha exactly when 0
 * lies outside the interval.
 *
 * Bayesian.  GrowthBook's gaussian effect model (EffectBayesianABTest): the
 * effect has likelihood N(est, se^2) and a flat prior, or a proper prior
 * N(mu0, sd0^2) on the relative effect (scaled by |m_a| for the absolute
 * effect).  Chance to win is P(effect > 0), risk is the expected loss of
 * shipping control, E[max(effect, 0)], and of shipping the treatment,
 * E[max(-effect, 0)] (truncated normal means).
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "core/args.h"

#include <math.h>

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "utils/array.h"

#include "core/specfun.h"
#include "lift/lift.h"

/* ---- argument checks -------------------------------------------------------- */

/* Validate proportion counts (core/args.c words the errors) and return the rate. */
static double
CheckProportion(int64 x, int64 n, const char *xname, const char *nname,
				FunctionCallInfo fcinfo)
{
	pgg_check_at_least(n, 1, nname, fcinfo);
	pgg_check_successes(x, n, xname, nname, fcinfo);
	return (double) x / (double) n;
}

/* ---- effect moments ------------------------------------------------------- */

/* The summary of a two-arm test: count, mean and variance of arm a and arm b. */
typedef struct TwoArms
{
	double		na,
				ma,
				va,
				nb,
				mb,
				vb;
} TwoArms;

/*
 * Estimate and standard error of the absolute or relative effect.  Returns
 * false when undefined: zero control mean for a relative effect, or zero
 * standard error.
 */
static bool
EffectMoments(const TwoArms *t, bool relative, double *est, double *se)
{
	double		na = t->na,
				ma = t->ma,
				va = t->va,
				nb = t->nb,
				mb = t->mb,
				vb = t->vb;
	double		s2;

	if (relative)
	{
		double		ma2;

		if (ma == 0.0)
			return false;
		ma2 = ma * ma;
		*est = (mb - ma) / fabs(ma);
		s2 = vb / (nb * ma2) + va * (mb * mb) / (na * ma2 * ma2);
	}
	else
	{
		*est = mb - ma;
		s2 = va / na + vb / nb;
	}
	if (!(s2 > 0.0) || !isfinite(s2) || !isfinite(*est))
		return false;
	*se = sqrt(s2);
	return true;
}

/* Read and check the (n, mean, var) x 2 arguments starting at argument 0. */
static void
MeanArgs(FunctionCallInfo fcinfo, TwoArms *t)
{
	int64		ina = PG_GETARG_INT64(0);
	int64		inb = PG_GETARG_INT64(3);

	pgg_check_at_least(ina, 1, "n_a", fcinfo);
	pgg_check_at_least(inb, 1, "n_b", fcinfo);
	t->na = (double) ina;
	t->nb = (double) inb;
	t->ma = PG_GETARG_FLOAT8(1);
	t->mb = PG_GETARG_FLOAT8(4);
	pgg_check_finite(t->ma, "mean_a", fcinfo);
	pgg_check_finite(t->mb, "mean_b", fcinfo);
	t->va = PG_GETARG_FLOAT8(2);
	t->vb = PG_GETARG_FLOAT8(5);
	pgg_check_nonneg_finite(t->va, "var_a", fcinfo);
	pgg_check_nonneg_finite(t->vb, "var_b", fcinfo);
}

/* Read and check the (x, n) x 2 arguments of a proportion function. */
static void
PropArgs(FunctionCallInfo fcinfo, TwoArms *t)
{
	int64		xa = PG_GETARG_INT64(0);
	int64		ina = PG_GETARG_INT64(1);
	int64		xb = PG_GETARG_INT64(2);
	int64		inb = PG_GETARG_INT64(3);

	t->ma = CheckProportion(xa, ina, "x_a", "n_a", fcinfo);
	t->mb = CheckProportion(xb, inb, "x_b", "n_b", fcinfo);
	t->na = (double) ina;
	t->nb = (double) inb;
	t->va = t->ma * (1.0 - t->ma);
	t->vb = t->mb * (1.0 - t->mb);
}

/* ---- sequential (always valid) ---------------------------------------------- */

/* n rho^2 of the normal-mixture boundary. */
static double
SeqNRho2(double n, double alpha, double tuning)
{
	double		l = -2.0 * log(alpha);

	return n * (l + log(l + 1.0)) / tuning;
}

/* halfwidth / se of the two-sided confidence sequence at n actors. */
static double
SeqFactor(double n, double alpha, double tuning)
{
	double		a = SeqNRho2(n, alpha, tuning);

	return sqrt(2.0 * (a + 1.0) * (0.5 * log1p(a) - log(alpha)) / a);
}

/* Always-valid two-sided p-value of z at n actors. */
static double
SeqPValue(double z, double n, double alpha, double tuning)
{
	double		a = SeqNRho2(n, alpha, tuning);
	double		loge = a * z * z / (2.0 * (a + 1.0)) - 0.5 * log1p(a);

	if (loge <= 0.0)
		return 1.0;
	return exp(-loge);
}

/* Check the alpha and tuning arguments of the sequential functions. */
static void
SeqCheck(FunctionCallInfo fcinfo, double alpha, double tuning)
{
	pgg_check_alpha(alpha, fcinfo);
	pgg_check_positive_finite(tuning, "tuning", fcinfo);
}

/*
 * sequential_interval(estimate, se, n bigint, alpha, tuning)
 *	 returns (ci_low, ci_high, p_value)
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_sequential_interval);
Datum
pgg_sequential_interval(PG_FUNCTION_ARGS)
{
	double		est = PG_GETARG_FLOAT8(0);
	double		se = PG_GETARG_FLOAT8(1);
	int64		n = PG_GETARG_INT64(2);
	double		alpha = PG_GETARG_FLOAT8(3);
	double		tuning = PG_GETARG_FLOAT8(4);
	double		v[3];
	double		h;

	pgg_check_finite(est, "estimate", fcinfo);
	pgg_check_positive_finite(se, "se", fcinfo);
	pgg_check_at_least(n, 1, "n", fcinfo);
	SeqCheck(fcinfo, alpha, tuning);
	h = se * SeqFactor((double) n, alpha, tuning);
	v[0] = est - h;
	v[1] = est + h;
	v[2] = SeqPValue(est / se, (double) n, alpha, tuning);
	PG_RETURN_DATUM(pgg_float8_row(fcinfo, v, 3, true));
}

/*
 * Up to 0.2.1, sequential_ztest and bayes_proportions were SQL functions
 * around the C body (SELECT * FROM body(...)), which turned a NULL result
 * into a row of NULLs.  Now that they are C functions themselves, this keeps
 * that answer: a NULL result becomes a row of ncols NULLs.
 */
static Datum
NullAsRow(FunctionCallInfo fcinfo, Datum result, int ncols)
{
	double		v[8];
	int			i;

	if (!fcinfo->isnull)
		return result;
	fcinfo->isnull = false;
	Assert(ncols <= lengthof(v));
	for (i = 0; i < ncols; i++)
		v[i] = NAN;
	return pgg_float8_row(fcinfo, v, ncols, true);
}

/*
 * Shared body of sequential_ttest and sequential_ztest: (alpha, tuning,
 * relative) are the arguments first, first + 1 and first + 2.
 */
static Datum
SequentialTest(FunctionCallInfo fcinfo, int first, const TwoArms *t)
{
	double		alpha = PG_GETARG_FLOAT8(first);
	double		tuning = PG_GETARG_FLOAT8(first + 1);
	bool		relative = PG_GETARG_BOOL(first + 2);
	double		est,
				se,
				h;
	double		v[5];

	SeqCheck(fcinfo, alpha, tuning);
	if (!EffectMoments(t, relative, &est, &se))
		PG_RETURN_NULL();
	h = se * SeqFactor(t->na + t->nb, alpha, tuning);
	v[0] = est;
	v[1] = se;
	v[2] = est - h;
	v[3] = est + h;
	v[4] = SeqPValue(est / se, t->na + t->nb, alpha, tuning);
	PG_RETURN_DATUM(pgg_float8_row(fcinfo, v, 5, true));
}

/*
 * sequential_ttest(n_a, mean_a, var_a, n_b, mean_b, var_b, alpha, tuning,
 * relative) returns (estimate, se, ci_low, ci_high, p_value)
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_sequential_ttest);
Datum
pgg_sequential_ttest(PG_FUNCTION_ARGS)
{
	TwoArms		t;

	MeanArgs(fcinfo, &t);
	return SequentialTest(fcinfo, 6, &t);
}

/*
 * sequential_ztest(x_a, n_a, x_b, n_b, alpha, tuning, relative): the
 * proportion form.  Up to 0.2.1 the SQL function sequential_ztest called
 * this through sequential_ztest_c(x_a, n_a, x_b, n_b, 0, 0, alpha, tuning,
 * relative), two dummies keeping the positions of sequential_ttest; this
 * library still serves databases at those versions, so PG_NARGS() tells the
 * two layouts apart (9 arguments: the old one, 7: the current one).
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_sequential_ztest);
Datum
pgg_sequential_ztest(PG_FUNCTION_ARGS)
{
	TwoArms		t;

	PropArgs(fcinfo, &t);
	if (PG_NARGS() == 9)
		return SequentialTest(fcinfo, 6, &t);
	return NullAsRow(fcinfo, SequentialTest(fcinfo, 4, &t), 5);
}

/* ---- Bayesian normal effect model ------------------------------------------ */

/*
 * Shared body of bayes_effect and bayes_proportions: (relative, prior_mean,
 * prior_sd, alpha) are the arguments first .. first + 3.
 */
static Datum
BayesEffect(FunctionCallInfo fcinfo, int first, const TwoArms *t)
{
	bool		relative;
	double		prior_mean,
				alpha,
				est,
				se,
				m,
				s,
				u,
				z;
	double		v[7];

	if (PG_ARGISNULL(first) || PG_ARGISNULL(first + 1) || PG_ARGISNULL(first + 3))
		PG_RETURN_NULL();
	relative = PG_GETARG_BOOL(first);
	prior_mean = PG_GETARG_FLOAT8(first + 1);
	alpha = PG_GETARG_FLOAT8(first + 3);
	pgg_check_finite(prior_mean, "prior_mean", fcinfo);
	pgg_check_alpha(alpha, fcinfo);
	if (!PG_ARGISNULL(first + 2))
		pgg_check_positive_finite(PG_GETARG_FLOAT8(first + 2), "prior_sd", fcinfo);
	if (!EffectMoments(t, relative, &est, &se))
		PG_RETURN_NULL();
	m = est;
	s = se;
	if (!PG_ARGISNULL(first + 2))
	{
		/* proper prior N(mu0, sd0^2) on the relative effect */
		double		sd0 = PG_GETARG_FLOAT8(first + 2);
		double		mu0 = prior_mean;
		double		prec;

		if (!relative)
		{
			if (t->ma == 0.0)
				PG_RETURN_NULL();
			mu0 *= fabs(t->ma);
			sd0 *= fabs(t->ma);
		}
		prec = 1.0 / (se * se) + 1.0 / (sd0 * sd0);
		m = (est / (se * se) + mu0 / (sd0 * sd0)) / prec;
		s = sqrt(1.0 / prec);
	}
	u = m / s;
	z = pgg_norm_isf(alpha / 2.0);
	v[0] = m;
	v[1] = s;
	v[2] = m - z * s;
	v[3] = m + z * s;
	v[4] = pgg_norm_cdf(u);
	/* E[max(X, 0)] and E[max(-X, 0)] for X ~ N(m, s^2) */
	v[5] = Max(0.0, m * pgg_norm_cdf(u) + s * pgg_norm_pdf(u));
	v[6] = Max(0.0, -m * pgg_norm_sf(u) + s * pgg_norm_pdf(u));
	PG_RETURN_DATUM(pgg_float8_row(fcinfo, v, 7, true));
}

/*
 * bayes_effect(n_a, mean_a, var_a, n_b, mean_b, var_b, relative, prior_mean,
 * prior_sd, alpha) returns (effect, effect_sd, ci_low, ci_high,
 * chance_to_win, risk_control, risk_treatment).  Not strict: prior_sd NULL
 * means the flat prior.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_bayes_effect);
Datum
pgg_bayes_effect(PG_FUNCTION_ARGS)
{
	TwoArms		t;
	int			i;

	for (i = 0; i < 6; i++)
		if (PG_ARGISNULL(i))
			PG_RETURN_NULL();
	MeanArgs(fcinfo, &t);
	return BayesEffect(fcinfo, 6, &t);
}

/*
 * bayes_proportions(x_a, n_a, x_b, n_b, relative, prior_mean, prior_sd,
 * alpha).  Not strict, like bayes_effect.  Up to 0.2.1 it was reached
 * through bayes_proportions_c(x_a, n_a, x_b, n_b, 0, 0, relative, ...), two
 * dummies keeping the positions of bayes_effect; PG_NARGS() tells the old
 * layout (10 arguments) from the current one (8), as databases still at
 * those versions use this library too.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_bayes_proportions);
Datum
pgg_bayes_proportions(PG_FUNCTION_ARGS)
{
	TwoArms		t;
	int			i;

	if (PG_NARGS() == 10)
	{
		for (i = 0; i < 4; i++)
			if (PG_ARGISNULL(i))
				PG_RETURN_NULL();
		PropArgs(fcinfo, &t);
		return BayesEffect(fcinfo, 6, &t);
	}
	for (i = 0; i < 4; i++)
		if (PG_ARGISNULL(i))
		{
			fcinfo->isnull = true;
			return NullAsRow(fcinfo, (Datum) 0, 7);
		}
	PropArgs(fcinfo, &t);
	return NullAsRow(fcinfo, BayesEffect(fcinfo, 4, &t), 7);
}

/* ---- power and minimum detectable effect ----------------------------------- */

/* Two-sided power of a z test at level alpha for effect/se = k. */
static double
PowerZ(double k, double alpha)
{
	double		z = pgg_norm_isf(alpha / 2.0);

	return pgg_norm_sf(z - k) + pgg_norm_cdf(-z - k);
}

/* Sequential inflation of the variance: (halfwidth factor / z*)^2 at n. */
static double
SeqInflation(double n, double alpha, double tuning)
{
	double		f = SeqFactor(n, alpha, tuning) / pgg_norm_isf(alpha / 2.0);

	return f * f;
}

/* test_power(effect, se, alpha): power of a running test to detect effect */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_test_power);
Datum
pgg_test_power(PG_FUNCTION_ARGS)
{
	double		effect = PG_GETARG_FLOAT8(0);
	double		se = PG_GETARG_FLOAT8(1);
	double		alpha = PG_GETARG_FLOAT8(2);

	pgg_check_finite(effect, "effect", fcinfo);
	pgg_check_positive_finite(se, "se", fcinfo);
	pgg_check_alpha(alpha, fcinfo);
	PG_RETURN_FLOAT8(PowerZ(fabs(effect) / se, alpha));
}

/* Read the (mean, variance, n_per_arm, alpha, tuning) of the mean functions. */
static void
MeanPlanArgs(FunctionCallInfo fcinfo, int first, double *mean, double *var,
			 double *nper, double *alpha, double *tuning)
{
	*mean = PG_GETARG_FLOAT8(first);
	*var = PG_GETARG_FLOAT8(first + 1);
	*nper = PG_GETARG_FLOAT8(first + 2);
	*alpha = PG_GETARG_FLOAT8(first + 3);
	pgg_check_finite(*mean, "mean", fcinfo);
	if (*mean == 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("mean of %s must not be zero", pgg_fn_name(fcinfo)),
				 errdetail("A relative effect is undefined for a zero baseline.")));
	pgg_check_positive_finite(*var, "variance", fcinfo);
	pgg_check_positive_finite(*nper, "n_per_arm", fcinfo);
	pgg_check_alpha(*alpha, fcinfo);
	*tuning = 0.0;
}

/*
 * power_mean(rel_effect, mean, variance, n_per_arm, alpha, tuning): power
 * of the two-sided test of the relative lift with n_per_arm actors per arm
 * (GrowthBook powerEstFrequentist; tuning NULL = fixed horizon, else the
 * sequential test with that tuning parameter).  Not strict in tuning.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_power_mean);
Datum
pgg_power_mean(PG_FUNCTION_ARGS)
{
	double		eff,
				mean,
				var,
				nper,
				alpha,
				tuning,
				s2;
	int			i;

	for (i = 0; i < 5; i++)
		if (PG_ARGISNULL(i))
			PG_RETURN_NULL();
	eff = PG_GETARG_FLOAT8(0);
	pgg_check_finite(eff, "rel_effect", fcinfo);
	MeanPlanArgs(fcinfo, 1, &mean, &var, &nper, &alpha, &tuning);
	/* delta-method variance of the relative lift, treatment mean m (1 + eff) */
	s2 = var / (mean * mean * nper) * (1.0 + (1.0 + eff) * (1.0 + eff));
	if (!PG_ARGISNULL(5))
	{
		tuning = PG_GETARG_FLOAT8(5);
		pgg_check_positive_finite(tuning, "tuning", fcinfo);
		s2 *= SeqInflation(2.0 * nper, alpha, tuning);
	}
	PG_RETURN_FLOAT8(PowerZ(fabs(eff) / sqrt(s2), alpha));
}

/*
 * mde_mean(mean, variance, n_per_arm, alpha, power, tuning): smallest
 * positive relative lift detected with the given power (GrowthBook
 * findMdeFrequentist: the root of a quadratic in the treatment mean).  NULL
 * when no lift is detectable with so few actors.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_mde_mean);
Datum
pgg_mde_mean(PG_FUNCTION_ARGS)
{
	double		mean,
				var,
				nper,
				alpha,
				tuning,
				power,
				z,
				s2,
				a,
				b,
				c,
				disc,
				mb;
	int			i;

	for (i = 0; i < 5; i++)
		if (PG_ARGISNULL(i))
			PG_RETURN_NULL();
	MeanPlanArgs(fcinfo, 0, &mean, &var, &nper, &alpha, &tuning);
	power = PG_GETARG_FLOAT8(4);
	pgg_check_power(power, fcinfo);
	if (power <= alpha)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("power of %s must be greater than alpha", pgg_fn_name(fcinfo))));
	if (!PG_ARGISNULL(5))
	{
		tuning = PG_GETARG_FLOAT8(5);
		pgg_check_positive_finite(tuning, "tuning", fcinfo);
		var *= SeqInflation(2.0 * nper, alpha, tuning);
	}
	z = pgg_norm_isf(alpha / 2.0) + pgg_norm_ppf(power);
	s2 = var / nper;
	/* (mb - m)^2 = z^2 s2 (1 + mb^2/m^2): a mb^2 + b mb + c = 0 */
	a = 1.0 - z * z * s2 / (mean * mean);
	if (!(a > 0.0))
		PG_RETURN_NULL();
	b = -2.0 * mean;
	c = mean * mean - z * z * s2;
	disc = b * b - 4.0 * a * c;
	if (!(disc >= 0.0))
		PG_RETURN_NULL();
	mb = (-b + (mean > 0.0 ? 1.0 : -1.0) * sqrt(disc)) / (2.0 * a);
	PG_RETURN_FLOAT8((mb - mean) / mean);
}

/*
 * Power of the two-sided two-proportion test (pooled variance under H0,
 * unpooled under H1: the model of sample_size_proportions).
 */
static double
PowerProp(double pa, double pb, double n, double alpha)
{
	double		z = pgg_norm_isf(alpha / 2.0);
	double		pbar = 0.5 * (pa + pb);
	double		s0 = sqrt(2.0 * pbar * (1.0 - pbar));
	double		s1 = sqrt(pa * (1.0 - pa) + pb * (1.0 - pb));
	double		d = fabs(pb - pa) * sqrt(n);

	if (s1 == 0.0)
		return d > z * s0 ? 1.0 : 0.0;
	return pgg_norm_sf((z * s0 - d) / s1) + pgg_norm_cdf((-z * s0 - d) / s1);
}

/* Check the rate_a, n_per_arm and alpha of the proportion planning functions. */
static void
PropPlanArgs(FunctionCallInfo fcinfo, double pa, double n, double alpha)
{
	pgg_check_open_unit(pa, "rate_a", fcinfo);
	pgg_check_positive_finite(n, "n_per_arm", fcinfo);
	pgg_check_alpha(alpha, fcinfo);
}

/* power_proportions(rate_a, rel_effect, n_per_arm, alpha) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_power_proportions);
Datum
pgg_power_proportions(PG_FUNCTION_ARGS)
{
	double		pa = PG_GETARG_FLOAT8(0);
	double		eff = PG_GETARG_FLOAT8(1);
	double		n = PG_GETARG_FLOAT8(2);
	double		alpha = PG_GETARG_FLOAT8(3);
	double		pb;

	PropPlanArgs(fcinfo, pa, n, alpha);
	pgg_check_finite(eff, "rel_effect", fcinfo);
	pb = pa * (1.0 + eff);
	if (!(pb >= 0.0 && pb <= 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("rate_a * (1 + rel_effect) of %s must be between 0 and 1, got %g",
						pgg_fn_name(fcinfo), pb)));
	PG_RETURN_FLOAT8(PowerProp(pa, pb, n, alpha));
}

/*
 * mde_proportions(rate_a, n_per_arm, alpha, power): smallest positive
 * relative lift of a conversion rate detected with the given power (the
 * inverse of power_proportions, by bisection); NULL when even a rate of 1
 * is not detectable.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_mde_proportions);
Datum
pgg_mde_proportions(PG_FUNCTION_ARGS)
{
	double		pa = PG_GETARG_FLOAT8(0);
	double		n = PG_GETARG_FLOAT8(1);
	double		alpha = PG_GETARG_FLOAT8(2);
	double		power = PG_GETARG_FLOAT8(3);
	double		lo,
				hi;
	int			i;

	PropPlanArgs(fcinfo, pa, n, alpha);
	pgg_check_power(power, fcinfo);
	if (power <= alpha)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("power of %s must be greater than alpha", pgg_fn_name(fcinfo))));
	lo = pa;
	hi = 1.0;
	if (PowerProp(pa, hi, n, alpha) < power)
		PG_RETURN_NULL();
	for (i = 0; i < 200 && hi - lo > 1e-15 * hi; i++)
	{
		double		mid = 0.5 * (lo + hi);

		if (PowerProp(pa, mid, n, alpha) >= power)
			hi = mid;
		else
			lo = mid;
	}
	PG_RETURN_FLOAT8(hi / pa - 1.0);
}

/* ---- CUPED and ratio metrics ------------------------------------------------ */

/*
 * ratio_moments(comoments) returns float8[]: the moments state of the ratio
 * metric R = sum(y)/sum(x) per arm for the Welch test: {n, R, var_R (n-1)},
 * with the per-actor delta-method variance
 *	var_R = s_y^2/mx^2 + s_x^2 my^2/mx^4 - 2 cov my/mx^3
 * (GrowthBook variance_of_ratios).  NULL when n < 2 or mean(x) = 0.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_ratio_moments);
Datum
pgg_ratio_moments(PG_FUNCTION_ARGS)
{
	PggComoments c;
	double		sy2,
				sx2,
				cov,
				r,
				vr;

	pgg_comoments_read(PG_GETARG_ARRAYTYPE_P(0), &c);
	if (c.n < 2.0 || c.mean_x == 0.0)
		PG_RETURN_NULL();
	sy2 = c.m2_y / (c.n - 1.0);
	sx2 = c.m2_x / (c.n - 1.0);
	cov = c.c_xy / (c.n - 1.0);
	r = c.mean_y / c.mean_x;
	vr = (sy2 + r * r * sx2 - 2.0 * r * cov) / (c.mean_x * c.mean_x);
	if (!isfinite(r) || !isfinite(vr))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("ratio metric out of range")));
	PG_RETURN_ARRAYTYPE_P(pgg_moments_make(c.n, r, Max(vr, 0.0) * (c.n - 1.0)));
}

/* cuped_theta(comoments): cov(y, x)/var(x); NULL when var(x) = 0 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_cuped_theta);
Datum
pgg_cuped_theta(PG_FUNCTION_ARGS)
{
	PggComoments c;

	pgg_comoments_read(PG_GETARG_ARRAYTYPE_P(0), &c);
	if (c.n < 2.0 || c.m2_x == 0.0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(c.c_xy / c.m2_x);
}

/*
 * cuped_moments(comoments, theta, center_x) returns float8[]: the moments
 * state of y - theta (x - center_x): mean my - theta (mx - center_x) and
 * sum of squares m2_y + theta^2 m2_x - 2 theta c_xy (Deng et al. 2013).
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_cuped_moments);
Datum
pgg_cuped_moments(PG_FUNCTION_ARGS)
{
	PggComoments c;
	double		theta = PG_GETARG_FLOAT8(1);
	double		center = PG_GETARG_FLOAT8(2);
	double		mean,
				m2;

	pgg_comoments_read(PG_GETARG_ARRAYTYPE_P(0), &c);
	pgg_check_finite(theta, "theta", fcinfo);
	pgg_check_finite(center, "center_x", fcinfo);
	mean = c.n > 0.0 ? c.mean_y - theta * (c.mean_x - center) : 0.0;
	m2 = Max(0.0, c.m2_y + theta * theta * c.m2_x - 2.0 * theta * c.c_xy);
	if (!isfinite(mean) || !isfinite(m2))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("CUPED adjustment out of range")));
	PG_RETURN_ARRAYTYPE_P(pgg_moments_make(c.n, mean, m2));
}
