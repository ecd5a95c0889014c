/*-------------------------------------------------------------------------
 *
 * src/lift/stats.c
 *	  SQL interface of the fixed A/B statistics of pg_growth: distribution
 *	  functions (scipy names), the two-proportion z-test (as statsmodels'
 *	  proportions_ztest), Welch's t-test from summary statistics, the
 *	  sample-ratio-mismatch test, p-value adjustment, the Beta-Binomial
 *	  chance to beat control and the sample size for two proportions.
 *	  doc/lift.md states the semantics, one section per function.
 *
 * The numerics live in core/specfun.c, which never raises errors and returns
 * NaN outside its domain; every function here validates its arguments first
 * (clear messages, SQLSTATE 22023 invalid_parameter_value or 22004
 * null_value_not_allowed for NULL array elements), so no NaN reaches the
 * user.  Where a statistic is undefined for valid data (a relative lift over
 * a control rate of 0, a z-test where every actor converted), the result
 * column is NULL; doc/lift.md lists these cases.
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
#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "core/specfun.h"

/* ---- argument checks ------------------------------------------------------ */

/* degrees of freedom: positive, and finite unless allow_inf */
static void
CheckDf(double df, bool allow_inf, FunctionCallInfo fcinfo)
{
	if (isnan(df) || df <= 0.0 || (!allow_inf && isinf(df)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("df of %s must be positive%s, got %g",
						pgg_fn_name(fcinfo), allow_inf ? "" : " and finite", df)));
}

/*
 * x successes out of n trials (arguments xname, nname).  The test of n keeps
 * its own wording, "must be positive" (lift.c's functions say "must be at
 * least 1" through pgg_check_at_least; the regression tests fix both); the
 * test of x is core's.
 */
static void
CheckCounts(int64 x, int64 n, const char *xname, const char *nname,
			FunctionCallInfo fcinfo)
{
	if (n <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s of %s must be positive, got " INT64_FORMAT,
						nname, pgg_fn_name(fcinfo), n)));
	pgg_check_successes(x, n, xname, nname, fcinfo);
}

/* ---- distributions --------------------------------------------------------- */

/*
 * Read and check the (x, df) arguments of a t or chi-squared function: x
 * must not be NaN, or is a probability p in [0, 1] when is_p; df as CheckDf.
 */
static void
DistArgs(FunctionCallInfo fcinfo, bool is_p, bool allow_inf_df,
		 double *x, double *df)
{
	*x = PG_GETARG_FLOAT8(0);
	*df = PG_GETARG_FLOAT8(1);
	if (is_p)
		pgg_check_unit_interval(*x, "p", fcinfo, NULL);
	else
		pgg_check_not_nan(*x, "x", fcinfo);
	CheckDf(*df, allow_inf_df, fcinfo);
}

/* norm_cdf(x float8) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_norm_cdf_sql);
Datum
pgg_norm_cdf_sql(PG_FUNCTION_ARGS)
{
	double		x = PG_GETARG_FLOAT8(0);

	pgg_check_not_nan(x, "x", fcinfo);
	PG_RETURN_FLOAT8(pgg_norm_cdf(x));
}

/* norm_sf(x float8) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_norm_sf_sql);
Datum
pgg_norm_sf_sql(PG_FUNCTION_ARGS)
{
	double		x = PG_GETARG_FLOAT8(0);

	pgg_check_not_nan(x, "x", fcinfo);
	PG_RETURN_FLOAT8(pgg_norm_sf(x));
}

/* norm_ppf(p float8) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_norm_ppf_sql);
Datum
pgg_norm_ppf_sql(PG_FUNCTION_ARGS)
{
	double		p = PG_GETARG_FLOAT8(0);

	pgg_check_unit_interval(p, "p", fcinfo, NULL);
	PG_RETURN_FLOAT8(pgg_norm_ppf(p));
}

/* t_cdf(x float8, df float8) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_t_cdf_sql);
Datum
pgg_t_cdf_sql(PG_FUNCTION_ARGS)
{
	double		x,
				df;

	DistArgs(fcinfo, false, true, &x, &df);
	PG_RETURN_FLOAT8(pgg_t_cdf(x, df));
}

/* t_sf(x float8, df float8) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_t_sf_sql);
Datum
pgg_t_sf_sql(PG_FUNCTION_ARGS)
{
	double		x,
				df;

	DistArgs(fcinfo, false, true, &x, &df);
	PG_RETURN_FLOAT8(pgg_t_sf(x, df));
}

/* t_ppf(p float8, df float8) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_t_ppf_sql);
Datum
pgg_t_ppf_sql(PG_FUNCTION_ARGS)
{
	double		p,
				df;

	DistArgs(fcinfo, true, true, &p, &df);
	PG_RETURN_FLOAT8(pgg_t_ppf(p, df));
}

/* chi2_cdf(x float8, df float8) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_chi2_cdf_sql);
Datum
pgg_chi2_cdf_sql(PG_FUNCTION_ARGS)
{
	double		x,
				df;

	DistArgs(fcinfo, false, false, &x, &df);
	PG_RETURN_FLOAT8(pgg_chi2_cdf(x, df));
}

/* chi2_sf(x float8, df float8) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_chi2_sf_sql);
Datum
pgg_chi2_sf_sql(PG_FUNCTION_ARGS)
{
	double		x,
				df;

	DistArgs(fcinfo, false, false, &x, &df);
	PG_RETURN_FLOAT8(pgg_chi2_sf(x, df));
}

/* ---- two-proportion z-test -------------------------------------------------- */

/*
 * proportion_ztest(x_a, n_a, x_b, n_b, alpha) -> (rate_a, rate_b, abs_lift,
 * abs_lift_low, abs_lift_high, rel_lift, rel_lift_low, rel_lift_high, z,
 * p_value).  z uses the pooled rate (statsmodels proportions_ztest), the
 * intervals the unpooled Wald standard error; the relative interval is the
 * delta method.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_proportion_ztest);
Datum
pgg_proportion_ztest(PG_FUNCTION_ARGS)
{
	int64		xa = PG_GETARG_INT64(0);
	int64		na = PG_GETARG_INT64(1);
	int64		xb = PG_GETARG_INT64(2);
	int64		nb = PG_GETARG_INT64(3);
	double		alpha = PG_GETARG_FLOAT8(4);
	double		ra,
				rb,
				va,
				vb,
				zc,
				se,
				pooled,
				se0;
	double		v[10];

	CheckCounts(xa, na, "x_a", "n_a", fcinfo);
	CheckCounts(xb, nb, "x_b", "n_b", fcinfo);
	pgg_check_alpha(alpha, fcinfo);

	ra = (double) xa / (double) na;
	rb = (double) xb / (double) nb;
	va = ra * (1.0 - ra) / (double) na;
	vb = rb * (1.0 - rb) / (double) nb;
	zc = pgg_norm_isf(0.5 * alpha);
	se = sqrt(va + vb);

	v[0] = ra;
	v[1] = rb;
	v[2] = rb - ra;
	v[3] = v[2] - zc * se;
	v[4] = v[2] + zc * se;
	if (xa > 0)
	{
		/* Var(rb/ra) = vb/ra^2 + rb^2 va/ra^4 (delta method) */
		double		se_rel = sqrt(vb / (ra * ra) + rb * rb * va / (ra * ra * ra * ra));

		v[5] = rb / ra - 1.0;
		v[6] = v[5] - zc * se_rel;
		v[7] = v[5] + zc * se_rel;
	}
	else
		v[5] = v[6] = v[7] = NAN;	/* no relative lift over a zero rate */

	/* pooled test of rate_a = rate_b */
	pooled = ((double) xa + (double) xb) / ((double) na + (double) nb);
	se0 = sqrt(pooled * (1.0 - pooled) * (1.0 / (double) na + 1.0 / (double) nb));
	if (se0 > 0.0)
	{
		v[8] = (rb - ra) / se0;
		v[9] = fmin(1.0, 2.0 * pgg_norm_sf(fabs(v[8])));
	}
	else
		v[8] = v[9] = NAN;		/* no variation at all: no test */

	PG_RETURN_DATUM(pgg_float8_row(fcinfo, v, 10, false));
}

/* ---- Welch t-test ------------------------------------------------------------ */

/*
 * welch_ttest(n_a, mean_a, var_a, n_b, mean_b, var_b, alpha) -> (diff,
 * diff_low, diff_high, rel_lift, rel_lift_low, rel_lift_high, t, df,
 * p_value).  var is the sample variance (n - 1 denominator).
 *
 * Columns that are undefined stay NaN, which pgg_float8_row turns into
 * NULL: with zero variance in both arms there is no test and no interval,
 * only the differences; with a zero control mean no relative lift.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_welch_ttest);
Datum
pgg_welch_ttest(PG_FUNCTION_ARGS)
{
	int64		na = PG_GETARG_INT64(0);
	double		ma = PG_GETARG_FLOAT8(1);
	double		sa = PG_GETARG_FLOAT8(2);
	int64		nb = PG_GETARG_INT64(3);
	double		mb = PG_GETARG_FLOAT8(4);
	double		sb = PG_GETARG_FLOAT8(5);
	double		alpha = PG_GETARG_FLOAT8(6);
	double		va,
				vb,
				s,
				se,
				df,
				q;
	double		v[9];
	int			i;

	if (na < 2 || nb < 2)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("n_%s of %s must be at least 2, got " INT64_FORMAT,
						na < 2 ? "a" : "b", pgg_fn_name(fcinfo), na < 2 ? na : nb),
				 errdetail("A sample variance needs two observations per arm.")));
	pgg_check_finite(ma, "mean_a", fcinfo);
	pgg_check_finite(mb, "mean_b", fcinfo);
	pgg_check_finite(sa, "var_a", fcinfo);
	pgg_check_finite(sb, "var_b", fcinfo);
	pgg_check_not_negative(sa, "var_a", fcinfo);
	pgg_check_not_negative(sb, "var_b", fcinfo);
	pgg_check_alpha(alpha, fcinfo);

	va = sa / (double) na;
	vb = sb / (double) nb;
	s = va + vb;
	for (i = 0; i < 9; i++)
		v[i] = NAN;
	v[0] = mb - ma;
	if (!isfinite(v[0]) || !isfinite(s))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("welch_ttest arguments are too large")));
	if (s > 0.0)
	{
		double		fa = va / s,
					fb = vb / s;

		se = sqrt(s);
		/* Welch-Satterthwaite, scaled so that nothing overflows */
		df = 1.0 / (fa * fa / (double) (na - 1) + fb * fb / (double) (nb - 1));
		q = pgg_t_isf(0.5 * alpha, df);
		v[1] = v[0] - q * se;
		v[2] = v[0] + q * se;
		v[6] = v[0] / se;
		v[7] = df;
		v[8] = fmin(1.0, 2.0 * pgg_t_sf(fabs(v[6]), df));
		if (ma != 0.0)
		{
			/* Var = var_b/(n_b ma^2) + var_a mb^2/(n_a ma^4) (delta method) */
			double		ama = fabs(ma);
			double		se_rel = sqrt(vb / (ama * ama) + va * (mb / ama) * (mb / ama) / (ama * ama));

			v[3] = v[0] / ama;
			v[4] = v[3] - q * se_rel;
			v[5] = v[3] + q * se_rel;
		}
	}
	else if (ma != 0.0)
		v[3] = v[0] / fabs(ma);	/* no variance: point estimate only */

	PG_RETURN_DATUM(pgg_float8_row(fcinfo, v, 9, false));
}

/* ---- sample ratio mismatch --------------------------------------------------- */

/* Deconstruct a 1-D array without NULLs; returns the element count. */
static int
GetArray(ArrayType *arr, Oid elemtype, const char *argname, Datum **elems,
		 FunctionCallInfo fcinfo)
{
	int16		typlen;
	bool		typbyval;
	char		typalign;
	int			n;

	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("%s of %s must be a one-dimensional array", argname, pgg_fn_name(fcinfo))));
	if (array_contains_nulls(arr))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s of %s must not contain NULLs", argname, pgg_fn_name(fcinfo))));
	get_typlenbyvalalign(elemtype, &typlen, &typbyval, &typalign);
	deconstruct_array(arr, elemtype, typlen, typbyval, typalign, elems, NULL, &n);
	return n;
}

/* srm_test(observed bigint[], weights float8[]) -> Pearson chi-squared p-value */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_srm_test);
Datum
pgg_srm_test(PG_FUNCTION_ARGS)
{
	ArrayType  *obs = PG_GETARG_ARRAYTYPE_P(0);
	ArrayType  *wts = PG_GETARG_ARRAYTYPE_P(1);
	Datum	   *od,
			   *wd;
	int			n,
				nw,
				i;
	double		total = 0.0,
				wsum = 0.0,
				x2 = 0.0;

	n = GetArray(obs, INT8OID, "observed", &od, fcinfo);
	nw = GetArray(wts, FLOAT8OID, "weights", &wd, fcinfo);
	if (n != nw)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("observed and weights of srm_test must have the same length, got %d and %d", n, nw)));
	if (n < 2)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("srm_test needs at least two arms, got %d", n)));
	for (i = 0; i < n; i++)
	{
		int64		o = DatumGetInt64(od[i]);
		double		w = DatumGetFloat8(wd[i]);

		if (o < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("observed counts of srm_test must not be negative, got " INT64_FORMAT, o)));
		if (!(w > 0.0) || isinf(w))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("weights of srm_test must be positive and finite, got %g", w),
					 errhint("Leave arms that receive no traffic out of both arrays.")));
		total += (double) o;
		wsum += w;
	}
	if (total == 0.0)
		PG_RETURN_NULL();		/* nobody observed: no test */
	for (i = 0; i < n; i++)
	{
		double		e = DatumGetFloat8(wd[i]) / wsum * total;
		double		d = (double) DatumGetInt64(od[i]) - e;

		x2 += d * d / e;
	}
	PG_RETURN_FLOAT8(pgg_chi2_sf(x2, (double) (n - 1)));
}

/* ---- the significance level of the SQL and PL/pgSQL functions ---------------- */

/*
 * _pgg_check_alpha(alpha float8, caller text) -> alpha, checked as the C
 * functions check it, the message naming caller
 * (core/args.c): the SQL and PL/pgSQL functions that take an alpha (the
 * moments forms of the t-tests, compare_arms) pass theirs through it, so
 * alpha is checked even where no C test runs (no treatment arm, an empty
 * state).  Not strict: NULL is an error.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_check_alpha_sql);
Datum
pgg_check_alpha_sql(PG_FUNCTION_ARGS)
{
	const char *caller = PG_ARGISNULL(1) ? "this function" : text_to_cstring(PG_GETARG_TEXT_PP(1));

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("alpha of %s must not be NULL", caller)));
	pgg_check_alpha_of(PG_GETARG_FLOAT8(0), caller);
	PG_RETURN_DATUM(PG_GETARG_DATUM(0));
}

/* ---- p-value adjustment ------------------------------------------------------ */

typedef struct PIdx
{
	double		p;
	int			i;
} PIdx;

static int
PIdxCmp(const void *a, const void *b)
{
	const PIdx *x = (const PIdx *) a;
	const PIdx *y = (const PIdx *) b;

	if (x->p != y->p)
		return (x->p > y->p) - (x->p < y->p);
	return (x->i > y->i) - (x->i < y->i);
}

/*
 * The multiple-comparison corrections: the one list of names that p_adjust
 * (argument method) and compare_arms (argument correction, through
 * _pgg_check_correction) accept, in any letter case.  fdr_bh is statsmodels' name of
 * bh.
 */
typedef enum Correction
{
	CORR_NONE, CORR_BONFERRONI, CORR_HOLM, CORR_BH
} Correction;

static const struct
{
	const char *name;
	Correction	c;
}			corrections[] =
{
	{"holm", CORR_HOLM},
	{"bonferroni", CORR_BONFERRONI},
	{"bh", CORR_BH},
	{"fdr_bh", CORR_BH},
	{"none", CORR_NONE},
};

/* "Valid corrections are holm, ..., fdr_bh (Benjamini-Hochberg) and none, ..." */
static char *
CorrectionHint(void)
{
	StringInfoData buf;
	size_t		i;

	initStringInfo(&buf);
	appendStringInfoString(&buf, "Valid corrections are ");
	for (i = 0; i < lengthof(corrections); i++)
		appendStringInfo(&buf, "%s%s%s",
						 i == 0 ? "" : i == lengthof(corrections) - 1 ? " and " : ", ",
						 corrections[i].name,
						 corrections[i].c == CORR_BH &&
						 (i + 1 == lengthof(corrections) || corrections[i + 1].c != CORR_BH) ?
						 " (Benjamini-Hochberg)" : "");
	appendStringInfoString(&buf, ", in any letter case.");
	return buf.data;
}

/*
 * The correction named name (NULL: none given); an error naming fname, the
 * SQL function called, and argname, its argument, when the name is unknown.
 */
static Correction
CorrectionByName(const char *name, const char *fname, const char *argname)
{
	size_t		i;

	if (name == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s %s must not be NULL", fname, argname),
				 errhint("%s", CorrectionHint())));
	for (i = 0; i < lengthof(corrections); i++)
		if (pg_strcasecmp(name, corrections[i].name) == 0)
			return corrections[i].c;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown %s %s \"%s\"", fname, argname, name),
			 errhint("%s", CorrectionHint())));
	return CORR_NONE;			/* keep the compiler quiet */
}

/*
 * _pgg_check_correction(correction text, caller text) -> correction: raises the
 * error of an unknown or NULL correction, naming caller.  compare_arms
 * (PL/pgSQL) checks its argument with it before it computes anything.  Not
 * strict.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_check_correction);
Datum
pgg_check_correction(PG_FUNCTION_ARGS)
{
	const char *caller = PG_ARGISNULL(1) ? "_pgg_check_correction" : text_to_cstring(PG_GETARG_TEXT_PP(1));

	(void) CorrectionByName(PG_ARGISNULL(0) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(0)),
							caller, "correction");
	PG_RETURN_DATUM(PG_GETARG_DATUM(0));
}

/*
 * p_adjust(p float8[], method text) -> adjusted p-values in input order.
 * The p-values are sorted with their positions (ties by position, so the
 * result does not depend on qsort's order), adjusted in sorted order as
 * statsmodels' multipletests does, and written back to their positions.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_p_adjust);
Datum
pgg_p_adjust(PG_FUNCTION_ARGS)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	Correction	m = CorrectionByName(text_to_cstring(PG_GETARG_TEXT_PP(1)),
									 "p_adjust", "method");
	Datum	   *d,
			   *out;
	PIdx	   *s;
	int			n,
				i;

	n = GetArray(arr, FLOAT8OID, "p", &d, fcinfo);
	if (n == 0)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(FLOAT8OID));
	s = (PIdx *) palloc(sizeof(PIdx) * n);
	for (i = 0; i < n; i++)
	{
		s[i].p = DatumGetFloat8(d[i]);
		s[i].i = i;
		pgg_check_unit_interval(s[i].p, "p", fcinfo, NULL);
	}
	qsort(s, n, sizeof(PIdx), PIdxCmp);
	out = (Datum *) palloc(sizeof(Datum) * n);
	if (m == CORR_NONE)
	{
		for (i = 0; i < n; i++)
			out[s[i].i] = Float8GetDatum(s[i].p);
	}
	else if (m == CORR_BONFERRONI)
	{
		for (i = 0; i < n; i++)
			out[s[i].i] = Float8GetDatum(fmin(1.0, s[i].p * n));
	}
	else if (m == CORR_HOLM)
	{
		/* step-down: max over j <= i of (n - j) p_(j), capped at 1 */
		double		run = 0.0;

		for (i = 0; i < n; i++)
		{
			run = fmax(run, fmin(1.0, (double) (n - i) * s[i].p));
			out[s[i].i] = Float8GetDatum(run);
		}
	}
	else
	{
		/* step-up: min over j >= i of n p_(j) / (j + 1), capped at 1 */
		double		run = 1.0;

		for (i = n - 1; i >= 0; i--)
		{
			run = fmin(run, s[i].p * n / (double) (i + 1));
			out[s[i].i] = Float8GetDatum(run);
		}
	}
	PG_RETURN_ARRAYTYPE_P(construct_array(out, n, FLOAT8OID, sizeof(float8),
										  FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/* ---- Bayesian chance to beat control ----------------------------------------- */

/* prob_beat_control(x_a, n_a, x_b, n_b): P(rate_b > rate_a), uniform priors */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_prob_beat_control);
Datum
pgg_prob_beat_control(PG_FUNCTION_ARGS)
{
	int64		xa = PG_GETARG_INT64(0);
	int64		na = PG_GETARG_INT64(1);
	int64		xb = PG_GETARG_INT64(2);
	int64		nb = PG_GETARG_INT64(3);
	double		r;

	CheckCounts(xa, na, "x_a", "n_a", fcinfo);
	CheckCounts(xb, nb, "x_b", "n_b", fcinfo);
	r = pgg_prob_beta_greater(1.0 + (double) xa, 1.0 + (double) (na - xa),
							  1.0 + (double) xb, 1.0 + (double) (nb - xb));
	if (isnan(r))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("prob_beat_control could not evaluate the posterior")));
	PG_RETURN_FLOAT8(r);
}

/* ---- sample size ---------------------------------------------------------------- */

/* sample_size_proportions(rate_a, rel_mde, alpha, power) -> actors per arm */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_sample_size_proportions);
Datum
pgg_sample_size_proportions(PG_FUNCTION_ARGS)
{
	double		pa = PG_GETARG_FLOAT8(0);
	double		mde = PG_GETARG_FLOAT8(1);
	double		alpha = PG_GETARG_FLOAT8(2);
	double		power = PG_GETARG_FLOAT8(3);
	double		pb,
				pm,
				za,
				zb,
				num,
				n;

	pgg_check_open_unit(pa, "rate_a", fcinfo);
	pgg_check_finite(mde, "rel_mde", fcinfo);
	pgg_check_alpha(alpha, fcinfo);
	pgg_check_power(power, fcinfo);
	pb = pa * (1.0 + mde);
	if (mde == 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("rel_mde of %s must not be zero", pgg_fn_name(fcinfo))));
	if (!(pb > 0.0 && pb < 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("rate_a * (1 + rel_mde) of %s must be between 0 and 1 (exclusive), got %g",
						pgg_fn_name(fcinfo), pb)));
	pm = 0.5 * (pa + pb);
	za = pgg_norm_isf(0.5 * alpha);
	zb = pgg_norm_ppf(power);
	num = za * sqrt(2.0 * pm * (1.0 - pm)) + zb * sqrt(pa * (1.0 - pa) + pb * (1.0 - pb));
	n = ceil(num * num / ((pb - pa) * (pb - pa)));
	if (!(n < 9.2e18))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("required sample size is out of range for bigint")));
	PG_RETURN_INT64((int64) Max(n, 1.0));
}
