/*-------------------------------------------------------------------------
 *
 * src/lift/moments.c
 *	  Mergeable accumulators of experiment statistics: moments(value),
 *	  comoments(y, x) and experiment_summary(variant, value).
 *	  doc/lift_advanced.md, "1. From per-actor rows to per-arm statistics",
 *	  states the semantics; the per-arm statistics are the sufficient
 *	  statistics GrowthBook's gbstats works from.
 *
 * All three are summary aggregates (over all actors of an arm or of an
 * experiment), so their states are plain SQL types that Citus can ship and
 * combine: float8[] for the first two and the composite experiment_state
 * (variants text[], stats float8[]) for the third.
 *
 * moments state		{n, mean, m2}
 * comoments state		{n, mean_y, mean_x, m2_y, m2_x, c_xy}
 * experiment_state		variants: sorted distinct arm names (bytewise), NULL
 *						(the rows whose variant is NULL) last;
 *						stats: k x 6 array, per arm {n, mean, m2, ones,
 *						others, units}: the moments of the non-NULL values and
 *						the rows (units); the k x 5 layout of pg_growth 0.2
 *						is read with units = n
 *
 * m2 is the sum of squared deviations from the mean, c_xy the sum of cross
 * products of deviations.  Rows are added with the Welford / Youngs-Cramer
 * update (mean += d/n; m2 += d (x - mean)), partial states are merged with
 * the pairwise formulas of Chan, Golub and LeVeque (1979):
 *	 d = mean_b - mean_a; mean = mean_a + d n_b / n; m2 = m2_a + m2_b + d^2 n_a n_b / n
 * and the bivariate analogue c = c_a + c_b + dx dy n_a n_b / n.  Raw sums of
 * squares (Q - S^2/n) are never formed, so there is no catastrophic
 * cancellation when the mean is far from zero.
 *
 * "ones" and "others" count the values equal to 1 and the values outside
 * {0, 1}; an arm with others = 0 holds a 0/1 metric and gets the exact
 * proportion tests (successes = ones).
 *
 * States may be written by hand and handed to the support functions, so
 * every function validates its state (shape, NULLs, finiteness, integral
 * non-negative counts, non-negative m2, sorted distinct arm names).
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
#include "nodes/primnodes.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/typcache.h"

#include "lift/lift.h"

#define MOM_LEN		PGG_MOMENTS_LEN
#define COM_LEN		PGG_COMOMENTS_LEN
#define ARM_LEN		PGG_ARM_LEN
#define MAX_EXACT	9007199254740992.0	/* 2^53: counts stay exact */

/* ---- shared validation ------------------------------------------------------ */

/* The data of a float8 array (ARR_DATA_PTR without a sign-compare warning). */
static inline double *
FloatData(ArrayType *a)
{
	int32		off = ARR_HASNULL(a) ? a->dataoffset : (int32) ARR_OVERHEAD_NONULLS(ARR_NDIM(a));

	return (double *) ((char *) a + off);
}

/* Raise the error used for every malformed state. */
static void
BadState(const char *what, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid %s state", what),
			 errdetail("%s", detail),
			 errhint("Pass a state produced by the %s aggregate.", what)));
}

/* True when x is a whole number in [0, 2^53]. */
static inline bool
IsCount(double x)
{
	return isfinite(x) && x >= 0.0 && x <= MAX_EXACT && x == floor(x);
}

/*
 * Read a float8[] state of len elements into out[], validating the shape.
 * The first element is the count n; n = 0 requires all other elements 0.
 */
static void
ReadFloatState(ArrayType *a, int len, const char *what, double *out)
{
	int			i;

	if (ARR_ELEMTYPE(a) != FLOAT8OID)
		BadState(what, "The state must be a float8 array.");
	if (ARR_NDIM(a) != 1 || ARR_DIMS(a)[0] != len)
		BadState(what, psprintf("The state must be a one-dimensional array of %d elements.", len));
	if (ARR_HASNULL(a) && array_contains_nulls(a))
		BadState(what, "The state must not contain NULLs.");
	memcpy(out, FloatData(a), sizeof(double) * len);
	for (i = 0; i < len; i++)
		if (!isfinite(out[i]))
			BadState(what, "Every element of the state must be finite.");
	if (!IsCount(out[0]))
		BadState(what, "The first element (the count) must be a non-negative whole number.");
	if (out[0] == 0.0)
	{
		for (i = 1; i < len; i++)
			if (out[i] != 0.0)
				BadState(what, "An empty state (count 0) must have all other elements 0.");
	}
}

/* Build a one-dimensional float8[] from len values. */
static ArrayType *
MakeFloatArray(const double *v, int len)
{
	Datum		d[COM_LEN];
	int			i;

	for (i = 0; i < len; i++)
		d[i] = Float8GetDatum(v[i]);
	return construct_array(d, len, FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE);
}

/*
 * Return the state argument argno as an array that may be written in place:
 * the argument itself when called as an aggregate transition or combine
 * function (PostgreSQL's float8_accum does the same), else a copy.
 */
static ArrayType *
WritableState(FunctionCallInfo fcinfo, int argno)
{
	if (AggCheckCallContext(fcinfo, NULL))
		return PG_GETARG_ARRAYTYPE_P(argno);
	return PG_GETARG_ARRAYTYPE_P_COPY(argno);
}

/* Raise an error when an update overflowed to infinity. */
static void
CheckOverflow(const double *v, int len, const char *what)
{
	int			i;

	for (i = 0; i < len; i++)
		if (!isfinite(v[i]))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("value out of range in %s", what),
					 errdetail("The sum of squared deviations exceeds the range of double precision.")));
}

/* Raise the error of a state whose count would pass 2^53 (what: "moments()"). */
static void
CountLimit(const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("%s count exceeds 2^53", what)));
}

/* ---- univariate moments ------------------------------------------------------ */

/* Validate a moments state and read it into m. */
void
pgg_moments_read(ArrayType *a, PggMoments *m)
{
	double		v[MOM_LEN];

	/* the shape (3 elements) is the layout version: see lift.h */
	ReadFloatState(a, MOM_LEN, "moments", v);
	if (v[2] < 0.0)
		BadState("moments", "The sum of squared deviations (element 3) must not be negative.");
	m->version = PGG_MOMENTS_VERSION;
	m->n = v[0];
	m->mean = v[1];
	m->m2 = v[2];
}

/* Build the moments state {n, mean, m2}. */
ArrayType *
pgg_moments_make(double n, double mean, double m2)
{
	double		v[MOM_LEN] = {n, mean, m2};

	return MakeFloatArray(v, MOM_LEN);
}

/*
 * Store m into the writable state st (see WritableState), raising an error
 * when an update overflowed.
 */
static inline void
MomentsStore(ArrayType *st, const PggMoments *m)
{
	double	   *v = FloatData(st);

	v[0] = m->n;
	v[1] = m->mean;
	v[2] = m->m2;
	CheckOverflow(v, MOM_LEN, "moments()");
}

/* Welford / Youngs-Cramer: add one value. */
static inline void
MomentsAdd(PggMoments *m, double x)
{
	double		d;

	m->n += 1.0;
	d = x - m->mean;
	m->mean += d / m->n;
	m->m2 += d * (x - m->mean);
}

/* Merge moments b into a (Chan, Golub and LeVeque). */
void
pgg_moments_merge(PggMoments *a, const PggMoments *b)
{
	double		n,
				d;

	if (b->n == 0.0)
		return;
	if (a->n == 0.0)
	{
		*a = *b;
		return;
	}
	n = a->n + b->n;
	d = b->mean - a->mean;
	a->mean += d * (b->n / n);
	a->m2 += b->m2 + d * d * (a->n / n) * b->n;
	a->n = n;
}

/* _pgg_moments_trans(float8[], float8): add one value (NULLs skipped: STRICT) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_moments_trans);
Datum
pgg_moments_trans(PG_FUNCTION_ARGS)
{
	ArrayType  *st = WritableState(fcinfo, 0);
	double		x = PG_GETARG_FLOAT8(1);
	PggMoments	m;

	if (!isfinite(x))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("moments() value must be finite, got %g", x),
				 errhint("Filter out or replace infinite and NaN values before aggregating.")));
	pgg_moments_read(st, &m);
	if (m.n >= MAX_EXACT)
		CountLimit("moments()");
	MomentsAdd(&m, x);
	MomentsStore(st, &m);
	PG_RETURN_ARRAYTYPE_P(st);
}

/* moments_combine(float8[], float8[]): Chan et al. pairwise merge */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_moments_combine);
Datum
pgg_moments_combine(PG_FUNCTION_ARGS)
{
	ArrayType  *st = WritableState(fcinfo, 0);
	PggMoments	a,
				b;

	pgg_moments_read(st, &a);
	pgg_moments_read(PG_GETARG_ARRAYTYPE_P(1), &b);
	if (a.n + b.n > MAX_EXACT)
		CountLimit("moments()");
	pgg_moments_merge(&a, &b);
	MomentsStore(st, &a);
	PG_RETURN_ARRAYTYPE_P(st);
}

/* moments_n(float8[]) returns bigint */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_moments_n);
Datum
pgg_moments_n(PG_FUNCTION_ARGS)
{
	PggMoments	m;

	pgg_moments_read(PG_GETARG_ARRAYTYPE_P(0), &m);
	PG_RETURN_INT64((int64) m.n);
}

/* moments_mean(float8[]): NULL for an empty state */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_moments_mean);
Datum
pgg_moments_mean(PG_FUNCTION_ARGS)
{
	PggMoments	m;

	pgg_moments_read(PG_GETARG_ARRAYTYPE_P(0), &m);
	if (m.n < 1.0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(m.mean);
}

/* moments_variance(float8[]): sample variance, NULL when n < 2 (var_samp) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_moments_variance);
Datum
pgg_moments_variance(PG_FUNCTION_ARGS)
{
	PggMoments	m;

	pgg_moments_read(PG_GETARG_ARRAYTYPE_P(0), &m);
	if (m.n < 2.0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(m.m2 / (m.n - 1.0));
}

/* moments_stddev(float8[]): sample standard deviation, NULL when n < 2 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_moments_stddev);
Datum
pgg_moments_stddev(PG_FUNCTION_ARGS)
{
	PggMoments	m;

	pgg_moments_read(PG_GETARG_ARRAYTYPE_P(0), &m);
	if (m.n < 2.0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(sqrt(m.m2 / (m.n - 1.0)));
}

/* ---- bivariate moments ------------------------------------------------------- */

/* Validate a comoments state and read it into c. */
void
pgg_comoments_read(ArrayType *a, PggComoments *c)
{
	double		v[COM_LEN];

	/* the shape (6 elements) is the layout version: see lift.h */
	ReadFloatState(a, COM_LEN, "comoments", v);
	if (v[3] < 0.0 || v[4] < 0.0)
		BadState("comoments", "The sums of squared deviations (elements 4 and 5) must not be negative.");
	/* Cauchy-Schwarz, with room for rounding */
	if (fabs(v[5]) > sqrt(v[3]) * sqrt(v[4]) * (1.0 + 1e-9) + 1e-300)
		BadState("comoments", "The cross product (element 6) exceeds what the sums of squares allow.");
	c->version = PGG_COMOMENTS_VERSION;
	c->n = v[0];
	c->mean_y = v[1];
	c->mean_x = v[2];
	c->m2_y = v[3];
	c->m2_x = v[4];
	c->c_xy = v[5];
}

/* The same for a comoments state. */
static inline void
ComomentsStore(ArrayType *st, const PggComoments *c)
{
	double	   *v = FloatData(st);

	v[0] = c->n;
	v[1] = c->mean_y;
	v[2] = c->mean_x;
	v[3] = c->m2_y;
	v[4] = c->m2_x;
	v[5] = c->c_xy;
	CheckOverflow(v, COM_LEN, "comoments()");
}

/* Merge comoments b into a (bivariate Chan et al. update). */
void
pgg_comoments_merge(PggComoments *a, const PggComoments *b)
{
	double		n,
				dx,
				dy,
				w;

	if (b->n == 0.0)
		return;
	if (a->n == 0.0)
	{
		*a = *b;
		return;
	}
	n = a->n + b->n;
	dy = b->mean_y - a->mean_y;
	dx = b->mean_x - a->mean_x;
	w = (a->n / n) * b->n;
	a->mean_y += dy * (b->n / n);
	a->mean_x += dx * (b->n / n);
	a->m2_y += b->m2_y + dy * dy * w;
	a->m2_x += b->m2_x + dx * dx * w;
	a->c_xy += b->c_xy + dx * dy * w;
	a->n = n;
}

/* _pgg_comoments_trans(float8[], y float8, x float8): add one pair */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_comoments_trans);
Datum
pgg_comoments_trans(PG_FUNCTION_ARGS)
{
	ArrayType  *st = WritableState(fcinfo, 0);
	double		y = PG_GETARG_FLOAT8(1);
	double		x = PG_GETARG_FLOAT8(2);
	PggComoments c;
	double		dx,
				dy;

	if (!isfinite(x) || !isfinite(y))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("comoments() values must be finite"),
				 errhint("Filter out or replace infinite and NaN values before aggregating.")));
	pgg_comoments_read(st, &c);
	if (c.n >= MAX_EXACT)
		CountLimit("comoments()");
	c.n += 1.0;
	dy = y - c.mean_y;
	dx = x - c.mean_x;
	c.mean_y += dy / c.n;
	c.mean_x += dx / c.n;
	c.m2_y += dy * (y - c.mean_y);
	c.m2_x += dx * (x - c.mean_x);
	c.c_xy += dx * (y - c.mean_y);
	ComomentsStore(st, &c);
	PG_RETURN_ARRAYTYPE_P(st);
}

/* comoments_combine(float8[], float8[]) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_comoments_combine);
Datum
pgg_comoments_combine(PG_FUNCTION_ARGS)
{
	ArrayType  *st = WritableState(fcinfo, 0);
	PggComoments a,
				b;

	pgg_comoments_read(st, &a);
	pgg_comoments_read(PG_GETARG_ARRAYTYPE_P(1), &b);
	if (a.n + b.n > MAX_EXACT)
		CountLimit("comoments()");
	pgg_comoments_merge(&a, &b);
	ComomentsStore(st, &a);
	PG_RETURN_ARRAYTYPE_P(st);
}

/* comoments_y(float8[]) / comoments_x(float8[]): the marginal moments states */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_comoments_margin);
Datum
pgg_comoments_margin(PG_FUNCTION_ARGS)
{
	PggComoments c;
	int32		which = PG_GETARG_INT32(1);

	pgg_comoments_read(PG_GETARG_ARRAYTYPE_P(0), &c);
	if (which == 0)
		PG_RETURN_ARRAYTYPE_P(pgg_moments_make(c.n, c.mean_y, c.m2_y));
	PG_RETURN_ARRAYTYPE_P(pgg_moments_make(c.n, c.mean_x, c.m2_x));
}

/* comoments_covariance(float8[]): sample covariance, NULL when n < 2 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_comoments_covariance);
Datum
pgg_comoments_covariance(PG_FUNCTION_ARGS)
{
	PggComoments c;

	pgg_comoments_read(PG_GETARG_ARRAYTYPE_P(0), &c);
	if (c.n < 2.0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(c.c_xy / (c.n - 1.0));
}

/* ---- experiment_state ------------------------------------------------------- */

/*
 * Bytewise order of two arm names (the order arms are kept and shown in);
 * NULL, the arm of the rows whose variant is NULL, sorts last.
 */
static int
NameCmp(const text *a, const text *b)
{
	int			la,
				lb,
				c;

	if (a == NULL || b == NULL)
		return (a == NULL) - (b == NULL);
	la = VARSIZE_ANY_EXHDR(a);
	lb = VARSIZE_ANY_EXHDR(b);
	c = memcmp(VARDATA_ANY(a), VARDATA_ANY(b), Min(la, lb));
	if (c != 0)
		return c;
	return (la > lb) - (la < lb);
}

/*
 * The user-facing function an experiment_state error should name: the
 * aggregate being computed, or the function called (_pgg_experiment_arms
 * passes its caller argument instead: see ExpStateRead).
 */
static const char *
ExpCaller(FunctionCallInfo fcinfo)
{
	Aggref	   *agg;
	char	   *name = NULL;

	if (AggCheckCallContext(fcinfo, NULL) && (agg = AggGetAggref(fcinfo)) != NULL)
		name = get_func_name(agg->aggfnoid);
	if (name == NULL)
		name = get_func_name(fcinfo->flinfo->fn_oid);
	return name ? name : "experiment_summary";
}

/* Raise the error of a malformed experiment_state given to caller(). */
static void
ExpBadState(const char *caller, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid experiment_summary state in %s()", caller),
			 errdetail("%s", detail),
			 errhint("Pass a state produced by the experiment_summary aggregate.")));
}

/* The tuple descriptor of experiment_state, cached in fn_extra. */
static TupleDesc
ExpStateDesc(FunctionCallInfo fcinfo, Oid typid)
{
	TupleDesc	td = (TupleDesc) fcinfo->flinfo->fn_extra;

	if (td == NULL || td->tdtypeid != typid)
	{
		MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);

		td = lookup_rowtype_tupdesc_copy(typid, -1);
		td = BlessTupleDesc(td);
		MemoryContextSwitchTo(old);
		fcinfo->flinfo->fn_extra = td;
	}
	return td;
}

/*
 * The OID of experiment_state for a function that returns it (the
 * transition and combine functions): the type cached by ExpStateDesc, or
 * the declared result type of the function called.  Never the call
 * expression's: Citus' worker_partial_agg and coord_combine_agg call these
 * functions without one.
 */
static Oid
ExpStateType(FunctionCallInfo fcinfo)
{
	TupleDesc	td = (TupleDesc) fcinfo->flinfo->fn_extra;
	Oid			typid;

	if (td != NULL)
		return td->tdtypeid;
	typid = get_func_rettype(fcinfo->flinfo->fn_oid);
	if (!OidIsValid(typid) || !type_is_rowtype(typid))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("could not determine the state type of experiment_summary()")));
	return typid;
}

/*
 * Parse and validate an experiment_state datum (it may be written by hand
 * or stored): two fields, variants a 1-D text[] of 1..PGG_MAX_ARMS sorted
 * distinct names of which only the last may be NULL, stats a k x 6 (version
 * 2) or k x 5 (version 1, read with units = n) float8[] without NULLs, and
 * per arm whole counts with ones + others <= n <= units, units >= 1, a
 * finite mean and a non-negative m2 (both 0 when n = 0).  The arm names
 * point into the datum.  Errors name caller, or when it is NULL the function
 * called (ExpCaller: looked up only on error).
 */
#define ExpBad(detail) ExpBadState(caller ? caller : ExpCaller(fcinfo), (detail))

static void
ExpStateRead(FunctionCallInfo fcinfo, HeapTupleHeader th, PggExpState *es, const char *caller)
{
	TupleDesc	td = ExpStateDesc(fcinfo, HeapTupleHeaderGetTypeId(th));
	HeapTupleData tup;
	Datum		values[2];
	bool		nulls[2];
	ArrayType  *va,
			   *sa;
	Datum	   *names;
	bool	   *namenulls;
	int			k,
				i,
				width;
	double	   *s;

	if (td->natts != 2)
		ExpBad("The state must have two fields.");
	tup.t_len = HeapTupleHeaderGetDatumLength(th);
	ItemPointerSetInvalid(&tup.t_self);
	tup.t_tableOid = InvalidOid;
	tup.t_data = th;
	heap_deform_tuple(&tup, td, values, nulls);
	if (nulls[0] || nulls[1])
		ExpBad("The fields variants and stats must not be NULL.");
	va = DatumGetArrayTypeP(values[0]);
	sa = DatumGetArrayTypeP(values[1]);
	if (ARR_ELEMTYPE(va) != TEXTOID || ARR_NDIM(va) != 1)
		ExpBad("The field variants must be a one-dimensional text array.");
	deconstruct_array(va, TEXTOID, -1, false, TYPALIGN_INT, &names, &namenulls, &k);
	if (k < 1 || k > PGG_MAX_ARMS)
		ExpBad(psprintf("The state must hold between 1 and %d arms.", PGG_MAX_ARMS));
	/* the width of the stats array is the layout version: see lift.h */
	if (ARR_ELEMTYPE(sa) != FLOAT8OID || ARR_NDIM(sa) != 2 || ARR_DIMS(sa)[0] != k ||
		(ARR_DIMS(sa)[1] != ARM_LEN && ARR_DIMS(sa)[1] != PGG_ARM_LEN_V1))
		ExpBad(psprintf("The field stats must be a %d x %d float8 array (or %d x %d, the layout of pg_growth 0.2).",
							 k, ARM_LEN, k, PGG_ARM_LEN_V1));
	if (ARR_HASNULL(sa) && array_contains_nulls(sa))
		ExpBad("The field stats must not contain NULLs.");
	width = ARR_DIMS(sa)[1];
	s = (double *) FloatData(sa);
	es->version = PGG_EXPSTATE_VERSION;
	es->k = k;
	for (i = 0; i < k; i++)
	{
		PggArm	   *a = &es->arms[i];
		const double *r = s + i * width;

		if (namenulls[i] && i < k - 1)
			ExpBad("Only the last arm name may be NULL (the arm of the rows whose variant is NULL).");
		a->name = namenulls[i] ? NULL : DatumGetTextPP(names[i]);
		if (i > 0 && NameCmp(es->arms[i - 1].name, a->name) >= 0)
			ExpBad("Arm names must be distinct and sorted.");
		a->n = r[0];
		a->mean = r[1];
		a->m2 = r[2];
		a->ones = r[3];
		a->others = r[4];
		a->units = (width == ARM_LEN) ? r[5] : r[0];
		if (!IsCount(a->n) || !IsCount(a->units) || a->units < 1.0 || a->n > a->units)
			ExpBad("Each arm needs whole counts 0 <= n <= units and units >= 1 (units counts the rows, n the non-NULL values).");
		if (!isfinite(a->mean) || !isfinite(a->m2) || a->m2 < 0.0 ||
			!IsCount(a->ones) || !IsCount(a->others) || a->ones + a->others > a->n)
			ExpBad("Each arm needs a finite mean, a non-negative m2 and whole counts ones + others <= n.");
		if (a->n == 0.0 && (a->mean != 0.0 || a->m2 != 0.0))
			ExpBad("An arm without values (n = 0) must have mean 0 and m2 0.");
	}
}

/* Build an experiment_state datum (always the current layout, k x 6). */
static Datum
ExpStateMake(FunctionCallInfo fcinfo, Oid typid, const PggExpState *es)
{
	TupleDesc	td = ExpStateDesc(fcinfo, typid);
	Datum	   *names = palloc(sizeof(Datum) * es->k);
	bool	   *namenulls = palloc(sizeof(bool) * es->k);
	Datum	   *stats = palloc(sizeof(Datum) * es->k * ARM_LEN);
	int			dims[2];
	int			lbs[2] = {1, 1};
	Datum		values[2];
	bool		nulls[2] = {false, false};
	int			i;

	Assert(es->version == PGG_EXPSTATE_VERSION);
	for (i = 0; i < es->k; i++)
	{
		const PggArm *a = &es->arms[i];

		names[i] = PointerGetDatum(a->name);
		namenulls[i] = (a->name == NULL);
		stats[i * ARM_LEN + 0] = Float8GetDatum(a->n);
		stats[i * ARM_LEN + 1] = Float8GetDatum(a->mean);
		stats[i * ARM_LEN + 2] = Float8GetDatum(a->m2);
		stats[i * ARM_LEN + 3] = Float8GetDatum(a->ones);
		stats[i * ARM_LEN + 4] = Float8GetDatum(a->others);
		stats[i * ARM_LEN + 5] = Float8GetDatum(a->units);
	}
	dims[0] = es->k;
	dims[1] = ARM_LEN;
	values[0] = PointerGetDatum(construct_md_array(names, namenulls, 1, dims, lbs, TEXTOID,
												   -1, false, TYPALIGN_INT));
	values[1] = PointerGetDatum(construct_md_array(stats, NULL, 2, dims, lbs, FLOAT8OID,
												   sizeof(float8), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
	return HeapTupleGetDatum(heap_form_tuple(td, values, nulls));
}

/*
 * Find arm name in es (NULL: the arm of NULL variants, kept last),
 * inserting an empty arm in its sorted place when absent.
 */
static PggArm *
ExpStateArm(PggExpState *es, text *name)
{
	int			lo = 0,
				hi = es->k;
	int			i;

	if (hi > 0 && es->arms[hi - 1].name == NULL)
	{
		if (name == NULL)
			return &es->arms[hi - 1];
		hi--;
	}
	else if (name == NULL)
		lo = hi;
	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;
		int			c = NameCmp(es->arms[mid].name, name);

		if (c == 0)
			return &es->arms[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (es->k >= PGG_MAX_ARMS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("experiment_summary() supports at most %d variants", PGG_MAX_ARMS),
				 errhint("Check that the first argument is the variant, not an actor id.")));
	for (i = es->k; i > lo; i--)
		es->arms[i] = es->arms[i - 1];
	es->k++;
	memset(&es->arms[lo], 0, sizeof(PggArm));
	es->arms[lo].name = name;
	return &es->arms[lo];
}

/* Merge arm b into arm a (Chan et al. for the values; units add). */
static void
ArmMerge(PggArm *a, const PggArm *b)
{
	PggMoments	ma = {.version = PGG_MOMENTS_VERSION, .n = a->n, .mean = a->mean, .m2 = a->m2};
	PggMoments	mb = {.version = PGG_MOMENTS_VERSION, .n = b->n, .mean = b->mean, .m2 = b->m2};

	/* exact: both counts are whole numbers <= 2^53 */
	if (b->units > MAX_EXACT - a->units)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("experiment_summary() count exceeds 2^53")));
	pgg_moments_merge(&ma, &mb);
	a->n = ma.n;
	a->mean = ma.mean;
	a->m2 = ma.m2;
	a->ones += b->ones;
	a->others += b->others;
	a->units += b->units;
	if (!isfinite(a->m2))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value out of range in experiment_summary()")));
}

/*
 * _pgg_experiment_summary_trans(experiment_state, variant text, value float8):
 * every row is a unit of its arm; a NULL value adds only the unit, a NULL
 * variant goes to the arm of NULL variants.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_experiment_summary_trans);
Datum
pgg_experiment_summary_trans(PG_FUNCTION_ARGS)
{
	Oid			typid = ExpStateType(fcinfo);
	PggExpState *es;
	PggArm		one;
	double		x = 0.0;
	bool		has_value = !PG_ARGISNULL(2);

	if (has_value)
	{
		x = PG_GETARG_FLOAT8(2);
		if (!isfinite(x))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("experiment_summary() value must be finite, got %g", x),
					 errhint("Filter out or replace infinite and NaN values before aggregating.")));
	}
	es = palloc(sizeof(PggExpState));
	es->version = PGG_EXPSTATE_VERSION;
	es->k = 0;
	if (!PG_ARGISNULL(0))
		ExpStateRead(fcinfo, PG_GETARG_HEAPTUPLEHEADER(0), es, NULL);
	one.name = PG_ARGISNULL(1) ? NULL : PG_GETARG_TEXT_PP(1);
	one.units = 1.0;
	one.n = has_value ? 1.0 : 0.0;
	one.mean = x;
	one.m2 = 0.0;
	one.ones = (has_value && x == 1.0) ? 1.0 : 0.0;
	one.others = (has_value && x != 0.0 && x != 1.0) ? 1.0 : 0.0;
	ArmMerge(ExpStateArm(es, one.name), &one);
	PG_RETURN_DATUM(ExpStateMake(fcinfo, typid, es));
}

/* experiment_summary_combine(experiment_state, experiment_state) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_experiment_summary_combine);
Datum
pgg_experiment_summary_combine(PG_FUNCTION_ARGS)
{
	Oid			typid = ExpStateType(fcinfo);
	PggExpState *a,
			   *b;
	int			i;

	if (PG_ARGISNULL(1))
		return pgg_combine_first(fcinfo);
	b = palloc(sizeof(PggExpState));
	ExpStateRead(fcinfo, PG_GETARG_HEAPTUPLEHEADER(1), b, NULL);
	a = palloc(sizeof(PggExpState));
	a->version = PGG_EXPSTATE_VERSION;
	a->k = 0;
	if (!PG_ARGISNULL(0))
		ExpStateRead(fcinfo, PG_GETARG_HEAPTUPLEHEADER(0), a, NULL);
	for (i = 0; i < b->k; i++)
		ArmMerge(ExpStateArm(a, b->arms[i].name), &b->arms[i]);
	/* a fresh datum in the current context; nodeAgg copies it to its own */
	PG_RETURN_DATUM(ExpStateMake(fcinfo, typid, a));
}

/*
 * experiment_arms(experiment_state, nulls text) returns table (variant text,
 * units bigint, n_values bigint, n bigint, mean float8, variance float8,
 * successes bigint, is_binary boolean); also _pgg_experiment_arms(state,
 * nulls, caller), which names caller in its errors (compare_arms).
 *
 * nulls => 'zero': a NULL value is 0, the statistics are over the units: the
 * moments of the n values merged (Chan et al.) with those of units - n
 * zeros, mean_z = mean n / units, m2_z = m2 + mean^2 n (units - n) / units.
 * nulls => 'ignore': the statistics are over the n non-NULL values (mean
 * NULL when n = 0).  NULL state: no rows.
 *
 * A database still at 0.1.0 - 0.2.x declares experiment_arms(state) with one
 * argument and the columns (variant, n, mean, variance, successes,
 * is_binary): called so, the function answers as those versions did, per
 * non-NULL value, without the arms that have no value or no variant.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_experiment_arms);
Datum
pgg_experiment_arms(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	const char *caller;
	PggExpState *es;
	bool		old_layout = (PG_NARGS() == 1);
	bool		zero = false;
	int			i;

	if (PG_NARGS() >= 3 && !PG_ARGISNULL(2))
		caller = text_to_cstring(PG_GETARG_TEXT_PP(2));
	else
		caller = ExpCaller(fcinfo);
	if (!old_layout)
	{
		char	   *mode;

		if (PG_ARGISNULL(1))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("%s() nulls must not be NULL", caller),
					 errhint("Use nulls => 'zero' (a NULL value counts as 0) or nulls => 'ignore' (statistics over the non-NULL values).")));
		mode = text_to_cstring(PG_GETARG_TEXT_PP(1));
		if (pg_strcasecmp(mode, "zero") == 0)
			zero = true;
		else if (pg_strcasecmp(mode, "ignore") != 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s() nulls must be 'zero' or 'ignore', got '%s'", caller, mode),
					 errhint("'zero' counts a NULL value as 0 (e.g. revenue per assigned user), 'ignore' averages the non-NULL values only.")));
	}
	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	es = palloc(sizeof(PggExpState));
	ExpStateRead(fcinfo, PG_GETARG_HEAPTUPLEHEADER(0), es, caller);
	for (i = 0; i < es->k; i++)
	{
		const PggArm *a = &es->arms[i];
		Datum		values[8];
		bool		nulls[8] = {false, false, false, false, false, false, false, false};
		bool		binary = a->others == 0.0;
		double		n = zero ? a->units : a->n;
		double		mean = a->mean;
		double		m2 = a->m2;
		int			c = 0;

		if (zero && a->n < a->units)
		{
			/* merge with units - n zeros; a->n = 0 leaves mean = m2 = 0 */
			double		w = a->n / a->units;

			m2 += a->mean * a->mean * w * (a->units - a->n);
			mean *= w;
		}
		if (old_layout && (a->name == NULL || a->n < 1.0))
			continue;
		if (a->name == NULL)
			nulls[c++] = true;
		else
			values[c++] = PointerGetDatum(a->name);
		if (!old_layout)
		{
			values[c++] = Int64GetDatum((int64) a->units);
			values[c++] = Int64GetDatum((int64) a->n);
		}
		values[c++] = Int64GetDatum((int64) n);
		if (n >= 1.0)
			values[c++] = Float8GetDatum(mean);
		else
			nulls[c++] = true;
		if (n >= 2.0 && isfinite(m2))
			values[c++] = Float8GetDatum(m2 / (n - 1.0));
		else
			nulls[c++] = true;
		if (binary)
			values[c++] = Int64GetDatum((int64) a->ones);
		else
			nulls[c++] = true;
		values[c++] = BoolGetDatum(binary);
		Assert(c == rsinfo->setDesc->natts);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
