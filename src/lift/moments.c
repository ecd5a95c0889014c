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
 * experiment_state		variants: sorted distinct arm names (bytewise);
 *						stats: k x 5 array, per arm {n, mean, m2, ones, others}
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
#include "utils/builtins.h"
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

/* Bytewise order of two texts (the order arms are kept and shown in). */
static int
NameCmp(const text *a, const text *b)
{
	int			la = VARSIZE_ANY_EXHDR(a);
	int			lb = VARSIZE_ANY_EXHDR(b);
	int			c = memcmp(VARDATA_ANY(a), VARDATA_ANY(b), Min(la, lb));

	if (c != 0)
		return c;
	return (la > lb) - (la < lb);
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
 * Parse and validate an experiment_state datum (it may be written by hand
 * or stored): two fields, variants a 1-D text[] of 1..PGG_MAX_ARMS sorted
 * distinct names, stats a k x 5 float8[] without NULLs, and per arm whole
 * counts with ones + others <= n.  The arm names point into the datum.
 */
static void
ExpStateRead(FunctionCallInfo fcinfo, HeapTupleHeader th, PggExpState *es)
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
				i;
	double	   *s;

	if (td->natts != 2)
		BadState("experiment_summary", "The state must have two fields.");
	tup.t_len = HeapTupleHeaderGetDatumLength(th);
	ItemPointerSetInvalid(&tup.t_self);
	tup.t_tableOid = InvalidOid;
	tup.t_data = th;
	heap_deform_tuple(&tup, td, values, nulls);
	if (nulls[0] || nulls[1])
		BadState("experiment_summary", "The fields variants and stats must not be NULL.");
	va = DatumGetArrayTypeP(values[0]);
	sa = DatumGetArrayTypeP(values[1]);
	if (ARR_ELEMTYPE(va) != TEXTOID || ARR_NDIM(va) != 1)
		BadState("experiment_summary", "The field variants must be a one-dimensional text array.");
	deconstruct_array(va, TEXTOID, -1, false, TYPALIGN_INT, &names, &namenulls, &k);
	if (k < 1 || k > PGG_MAX_ARMS)
		BadState("experiment_summary", psprintf("The state must hold between 1 and %d arms.", PGG_MAX_ARMS));
	if (ARR_ELEMTYPE(sa) != FLOAT8OID || ARR_NDIM(sa) != 2 ||
		ARR_DIMS(sa)[0] != k || ARR_DIMS(sa)[1] != ARM_LEN)
		BadState("experiment_summary", psprintf("The field stats must be a %d x %d float8 array.", k, ARM_LEN));
	if (ARR_HASNULL(sa) && array_contains_nulls(sa))
		BadState("experiment_summary", "The field stats must not contain NULLs.");
	s = (double *) FloatData(sa);
	/* the shape (k x 5 stats) is the layout version: see lift.h */
	es->version = PGG_EXPSTATE_VERSION;
	es->k = k;
	for (i = 0; i < k; i++)
	{
		PggArm	   *a = &es->arms[i];
		const double *r = s + i * ARM_LEN;

		if (namenulls[i])
			BadState("experiment_summary", "Arm names must not be NULL.");
		a->name = DatumGetTextPP(names[i]);
		if (i > 0 && NameCmp(es->arms[i - 1].name, a->name) >= 0)
			BadState("experiment_summary", "Arm names must be distinct and sorted.");
		a->n = r[0];
		a->mean = r[1];
		a->m2 = r[2];
		a->ones = r[3];
		a->others = r[4];
		if (!IsCount(a->n) || a->n < 1.0 || !isfinite(a->mean) || !isfinite(a->m2) ||
			a->m2 < 0.0 || !IsCount(a->ones) || !IsCount(a->others) ||
			a->ones + a->others > a->n)
			BadState("experiment_summary",
					 "Each arm needs a whole count n >= 1, a finite mean, a non-negative m2 and counts ones + others <= n.");
	}
}

/* Build an experiment_state datum. */
static Datum
ExpStateMake(FunctionCallInfo fcinfo, Oid typid, const PggExpState *es)
{
	TupleDesc	td = ExpStateDesc(fcinfo, typid);
	Datum	   *names = palloc(sizeof(Datum) * es->k);
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
		stats[i * ARM_LEN + 0] = Float8GetDatum(a->n);
		stats[i * ARM_LEN + 1] = Float8GetDatum(a->mean);
		stats[i * ARM_LEN + 2] = Float8GetDatum(a->m2);
		stats[i * ARM_LEN + 3] = Float8GetDatum(a->ones);
		stats[i * ARM_LEN + 4] = Float8GetDatum(a->others);
	}
	dims[0] = es->k;
	dims[1] = ARM_LEN;
	values[0] = PointerGetDatum(construct_array(names, es->k, TEXTOID, -1, false, TYPALIGN_INT));
	values[1] = PointerGetDatum(construct_md_array(stats, NULL, 2, dims, lbs, FLOAT8OID,
												   sizeof(float8), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
	return HeapTupleGetDatum(heap_form_tuple(td, values, nulls));
}

/* Find arm name in es, inserting an empty arm (sorted) when absent. */
static PggArm *
ExpStateArm(PggExpState *es, text *name)
{
	int			lo = 0,
				hi = es->k;
	int			i;

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

/* Merge arm b into arm a (Chan et al.). */
static void
ArmMerge(PggArm *a, const PggArm *b)
{
	PggMoments	ma = {.version = PGG_MOMENTS_VERSION, .n = a->n, .mean = a->mean, .m2 = a->m2};
	PggMoments	mb = {.version = PGG_MOMENTS_VERSION, .n = b->n, .mean = b->mean, .m2 = b->m2};

	pgg_moments_merge(&ma, &mb);
	a->n = ma.n;
	a->mean = ma.mean;
	a->m2 = ma.m2;
	a->ones += b->ones;
	a->others += b->others;
	if (!isfinite(a->m2))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value out of range in experiment_summary()")));
	if (a->n > MAX_EXACT)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("experiment_summary() count exceeds 2^53")));
}

/* _pgg_experiment_summary_trans(experiment_state, variant text, value float8) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_experiment_summary_trans);
Datum
pgg_experiment_summary_trans(PG_FUNCTION_ARGS)
{
	Oid			typid = get_fn_expr_rettype(fcinfo->flinfo);
	PggExpState *es;
	PggArm		one;
	double		x;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	x = PG_GETARG_FLOAT8(2);
	if (!isfinite(x))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("experiment_summary() value must be finite, got %g", x),
				 errhint("Filter out or replace infinite and NaN values before aggregating.")));
	if (!OidIsValid(typid))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("could not determine the state type of experiment_summary()")));
	es = palloc(sizeof(PggExpState));
	es->version = PGG_EXPSTATE_VERSION;
	es->k = 0;
	if (!PG_ARGISNULL(0))
		ExpStateRead(fcinfo, PG_GETARG_HEAPTUPLEHEADER(0), es);
	one.name = PG_GETARG_TEXT_PP(1);
	one.n = 1.0;
	one.mean = x;
	one.m2 = 0.0;
	one.ones = (x == 1.0) ? 1.0 : 0.0;
	one.others = (x == 0.0 || x == 1.0) ? 0.0 : 1.0;
	ArmMerge(ExpStateArm(es, one.name), &one);
	PG_RETURN_DATUM(ExpStateMake(fcinfo, typid, es));
}

/* experiment_summary_combine(experiment_state, experiment_state) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_experiment_summary_combine);
Datum
pgg_experiment_summary_combine(PG_FUNCTION_ARGS)
{
	Oid			typid = get_fn_expr_rettype(fcinfo->flinfo);
	PggExpState *a,
			   *b;
	int			i;

	if (PG_ARGISNULL(1))
		return pgg_combine_first(fcinfo);
	b = palloc(sizeof(PggExpState));
	ExpStateRead(fcinfo, PG_GETARG_HEAPTUPLEHEADER(1), b);
	a = palloc(sizeof(PggExpState));
	a->version = PGG_EXPSTATE_VERSION;
	a->k = 0;
	if (!PG_ARGISNULL(0))
		ExpStateRead(fcinfo, PG_GETARG_HEAPTUPLEHEADER(0), a);
	for (i = 0; i < b->k; i++)
		ArmMerge(ExpStateArm(a, b->arms[i].name), &b->arms[i]);
	/* a fresh datum in the current context; nodeAgg copies it to its own */
	PG_RETURN_DATUM(ExpStateMake(fcinfo, typid, a));
}

/*
 * experiment_arms(experiment_state) returns table (variant text, n bigint,
 * mean float8, variance float8, successes bigint, is_binary boolean)
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_experiment_arms);
Datum
pgg_experiment_arms(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	PggExpState *es = palloc(sizeof(PggExpState));
	int			i;

	ExpStateRead(fcinfo, PG_GETARG_HEAPTUPLEHEADER(0), es);
	InitMaterializedSRF(fcinfo, 0);
	for (i = 0; i < es->k; i++)
	{
		const PggArm *a = &es->arms[i];
		Datum		values[6];
		bool		nulls[6] = {false, false, false, false, false, false};
		bool		binary = a->others == 0.0;

		values[0] = PointerGetDatum(a->name);
		values[1] = Int64GetDatum((int64) a->n);
		values[2] = Float8GetDatum(a->mean);
		if (a->n >= 2.0)
			values[3] = Float8GetDatum(a->m2 / (a->n - 1.0));
		else
			nulls[3] = true;
		if (binary)
			values[4] = Int64GetDatum((int64) a->ones);
		else
			nulls[4] = true;
		values[5] = BoolGetDatum(binary);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
