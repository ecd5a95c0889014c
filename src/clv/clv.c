/*-------------------------------------------------------------------------
 *
 * src/clv/clv.c
 *	  Customer lifetime value, the per-customer SQL functions: BG/NBD
 *	  expected purchases, P(alive) and log-likelihood (Fader, Hardie and Lee
 *	  2005), Gamma-Gamma expected spend and log-likelihood (Fader and Hardie
 *	  2013), the discounted customer value (as lifetimes'
 *	  customer_lifetime_value) and clv_hyp2f1; with the argument checks and
 *	  the parameter composites (bgnbd_params, gamma_gamma_params) that the
 *	  aggregates of fit.c share.  doc/clv.md, "BG/NBD (FHL 2005)",
 *	  "Gamma-Gamma (FH 2013)" and "Customer value", states the semantics.
 *
 * The formulas are in bgnbd.c and gamma_gamma.c, the aggregates in fit.c
 * and summary.c; clv.h maps the files.
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
#include "miscadmin.h"
#include "utils/typcache.h"

#include "core/specfun.h"
#include "clv/clv.h"

/* ---- argument checks ------------------------------------------------------ */

/* frequency: a finite non-negative integer */
void
pgg_clv_check_frequency(double x, FunctionCallInfo fcinfo)
{
	pgg_check_finite(x, "frequency", fcinfo);
	if (x < 0.0 || x != floor(x) || x > CLV_MAX_FREQUENCY)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("frequency of %s must be a non-negative whole number, got %g",
						pgg_fn_name(fcinfo), x),
				 errdetail("Frequency is the number of repeat purchase periods (purchase days minus one), at most %g.",
						   CLV_MAX_FREQUENCY)));
}

/* a BG/NBD customer row (x, t_x, T) */
void
pgg_clv_check_customer(double x, double tx, double T, FunctionCallInfo fcinfo)
{
	pgg_clv_check_frequency(x, fcinfo);
	pgg_check_finite(tx, "recency", fcinfo);
	pgg_check_finite(T, "age", fcinfo);
	if (tx < 0.0 || T < 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("recency and age of %s must not be negative, got recency %g and age %g",
						pgg_fn_name(fcinfo), tx, T)));
	if (tx > T)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("recency of %s must not be greater than age, got recency %g and age %g",
						pgg_fn_name(fcinfo), tx, T),
				 errdetail("Recency is the time from the first to the last purchase and age the time from the first purchase to the end of observation, so recency cannot exceed age."),
				 errhint("Measure both in the same unit from the same first purchase.")));
	if (x == 0.0 && tx != 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("recency of %s must be 0 when frequency is 0, got %g",
						pgg_fn_name(fcinfo), tx),
				 errdetail("A customer without repeat purchases has the last purchase at the first one.")));
}

/* ---- composite parameter types -------------------------------------------- */

const char *const pgg_clv_bg_names[4] = {"r", "alpha", "a", "b"};
const char *const pgg_clv_gg_names[3] = {"p", "q", "v"};

/* Read a composite of n float8 fields, all non-NULL, finite and positive. */
static void
ReadParams(HeapTupleHeader th, int n, double *out, const char *tname,
		   const char *const *names, FunctionCallInfo fcinfo)
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
					 errmsg("%s parameter %s of %s is NULL", tname, names[i], pgg_fn_name(fcinfo))));
		out[i] = DatumGetFloat8(d);
		if (!(isfinite(out[i]) && out[i] > 0.0))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s parameter %s of %s must be positive and finite, got %g",
							tname, names[i], pgg_fn_name(fcinfo), out[i])));
	}
	ReleaseTupleDesc(td);
}

/* the bgnbd_params argument argno, validated */
static BgParams
GetBgParams(FunctionCallInfo fcinfo, int argno)
{
	double		v[4];
	BgParams	p;

	ReadParams(PG_GETARG_HEAPTUPLEHEADER(argno), 4, v, "bgnbd_params", pgg_clv_bg_names, fcinfo);
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

	ReadParams(PG_GETARG_HEAPTUPLEHEADER(argno), 3, v, "gamma_gamma_params", pgg_clv_gg_names, fcinfo);
	p.p = v[0];
	p.q = v[1];
	p.v = v[2];
	return p;
}

/*
 * Build the composite result of the calling function from n float8 values.
 * (Not core's pgg_float8_row: that one turns NaN into NULL and words its
 * errors differently; the CLV results are always finite.)
 */
Datum
pgg_clv_make_composite(FunctionCallInfo fcinfo, const double *v, int n)
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

/* ---- per-customer functions ------------------------------------------------ */

/*
 * Read the BG/NBD customer (frequency, recency, age) from the arguments
 * first .. first + 2 and check it (pgg_clv_check_customer).
 */
static void
GetCustomer(FunctionCallInfo fcinfo, int first, double *x, double *tx,
			double *T)
{
	*x = PG_GETARG_FLOAT8(first);
	*tx = PG_GETARG_FLOAT8(first + 1);
	*T = PG_GETARG_FLOAT8(first + 2);
	pgg_clv_check_customer(*x, *tx, *T, fcinfo);
}

/* bgnbd_expected_purchases(params, t, frequency, recency, age) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_bgnbd_expected_purchases);
Datum
pgg_bgnbd_expected_purchases(PG_FUNCTION_ARGS)
{
	BgParams	p = GetBgParams(fcinfo, 0);
	double		t = PG_GETARG_FLOAT8(1);
	double		x,
				tx,
				T;

	pgg_check_finite(t, "t", fcinfo);
	pgg_check_not_negative(t, "t", fcinfo);
	GetCustomer(fcinfo, 2, &x, &tx, &T);
	/* FHL 2005 eq. 10: the expectation of an alive customer times P(alive) */
	PG_RETURN_FLOAT8(pgg_bg_expected_alive(&p, t, x, T) * pgg_bg_prob_alive(&p, x, tx, T));
}

/* bgnbd_prob_alive(params, frequency, recency, age) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_bgnbd_prob_alive);
Datum
pgg_bgnbd_prob_alive(PG_FUNCTION_ARGS)
{
	BgParams	p = GetBgParams(fcinfo, 0);
	double		x,
				tx,
				T;

	GetCustomer(fcinfo, 1, &x, &tx, &T);
	PG_RETURN_FLOAT8(pgg_bg_prob_alive(&p, x, tx, T));
}

/* bgnbd_log_likelihood(params, frequency, recency, age) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_bgnbd_log_likelihood);
Datum
pgg_bgnbd_log_likelihood(PG_FUNCTION_ARGS)
{
	BgParams	p = GetBgParams(fcinfo, 0);
	double		x,
				tx,
				T;

	GetCustomer(fcinfo, 1, &x, &tx, &T);
	PG_RETURN_FLOAT8(pgg_bg_loglik(&p, x, tx, T));
}

/* check a Gamma-Gamma customer (frequency, monetary) */
static void
CheckSpend(double x, double m, bool need_repeat, FunctionCallInfo fcinfo)
{
	pgg_clv_check_frequency(x, fcinfo);
	pgg_check_finite(m, "monetary", fcinfo);
	if (need_repeat && x == 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s needs frequency > 0", pgg_fn_name(fcinfo))));
	if (x > 0.0 && !(m > 0.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("monetary of %s must be positive for a repeat customer, got %g",
						pgg_fn_name(fcinfo), m)));
}

/* gamma_gamma_expected_value(params, frequency, monetary) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_gamma_gamma_expected_value);
Datum
pgg_gamma_gamma_expected_value(PG_FUNCTION_ARGS)
{
	GgParams	p = GetGgParams(fcinfo, 0);
	double		x = PG_GETARG_FLOAT8(1);
	double		m = PG_GETARG_FLOAT8(2);

	CheckSpend(x, m, false, fcinfo);
	PG_RETURN_FLOAT8(pgg_gg_expected(&p, x, x > 0.0 ? m : 0.0));
}

/* gamma_gamma_log_likelihood(params, frequency, monetary) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_gamma_gamma_log_likelihood);
Datum
pgg_gamma_gamma_log_likelihood(PG_FUNCTION_ARGS)
{
	GgParams	p = GetGgParams(fcinfo, 0);
	double		x = PG_GETARG_FLOAT8(1);
	double		m = PG_GETARG_FLOAT8(2);

	CheckSpend(x, m, true, fcinfo);
	PG_RETURN_FLOAT8(pgg_gg_loglik(&p, x, m));
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
	double		x,
				tx,
				T;
	double		m = PG_GETARG_FLOAT8(5);
	int32		periods = PG_GETARG_INT32(6);
	double		d = PG_GETARG_FLOAT8(7);
	double		h = PG_GETARG_FLOAT8(8);
	double		pa,
				ev,
				prev = 0.0,
				sum = 0.0,
				disc = 1.0,
				value;
	int32		k;

	GetCustomer(fcinfo, 2, &x, &tx, &T);
	CheckSpend(x, m, false, fcinfo);
	if (periods < 0 || periods > 100000)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("periods of %s must be between 0 and 100000, got %d",
						pgg_fn_name(fcinfo), periods)));
	pgg_check_finite(d, "discount_rate", fcinfo);
	pgg_check_finite(h, "period_length", fcinfo);
	pgg_check_not_negative(d, "discount_rate", fcinfo);
	if (!(h > 0.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("period_length of %s must be positive, got %g",
						pgg_fn_name(fcinfo), h)));
	ev = pgg_gg_expected(&gg, x, x > 0.0 ? m : 0.0);
	pa = pgg_bg_prob_alive(&bg, x, tx, T);
	for (k = 1; k <= periods; k++)
	{
		double		cur = pgg_bg_expected_alive(&bg, k * h, x, T);

		disc /= (1.0 + d);
		sum += (cur - prev) * disc;
		prev = cur;
		if ((k & 255) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	value = ev * pa * sum;
	/* finite inputs whose value does not fit a double: an error, not Infinity */
	if (!isfinite(value))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("clv_customer_value is out of range for type double precision"),
				 errdetail("Expected spend %g, probability alive %g, discounted expected purchases %g.",
						   ev, pa, sum)));
	PG_RETURN_FLOAT8(value);
}

/* clv_hyp2f1(a, b, c, z): the Gauss hypergeometric function */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_clv_hyp2f1);
Datum
pgg_clv_hyp2f1(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(pgg_hyp2f1_scaled(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1),
										   PG_GETARG_FLOAT8(2), PG_GETARG_FLOAT8(3), 0.0));
}
