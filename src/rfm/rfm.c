/*-------------------------------------------------------------------------
 *
 * src/rfm/rfm.c
 *	  RFM segmentation: percent-rank scores and the segment maps.
 *
 * A customer's score on one dimension (recency = last purchase time,
 * frequency = purchase count, monetary = total amount) is
 *
 *		least(n, 1 + floor(n * percent_rank()))
 *
 * over the ordering of the value, n the number of bins (default 5).  Peers
 * (equal values) share a percent rank, so ties stay together and the score
 * does not depend on the order of the rows.  doc/rfm.md has the semantics.
 *
 * Three ways to get the same scores:
 *
 *	- rfm_bin(percent_rank() OVER (ORDER BY x), n): the formula above as a
 *	  function, for analysts who write the window themselves;
 *	- the aggregate rfm_breaks(x [, n]) returns the n - 1 "breaks": break k
 *	  is the smallest value of the set whose score is at least k + 1
 *	  (+Infinity when no value reaches that score).  rfm_score(x, breaks)
 *	  counts the breaks <= x and adds one.  Since the score is a
 *	  non-decreasing function of the value, this reproduces the window's
 *	  score for every member of the set, with one sort per dimension and no
 *	  window; it also scores values outside the set against a reference
 *	  distribution.  The percent rank is computed with the same float8
 *	  operations as PostgreSQL's percent_rank() (rank - 1) / (N - 1), so the
 *	  result is bit-for-bit the window's.
 *	- rfm(events, as_of, ...) in src/rfm/rfm.sql: one call from a raw
 *	  purchase table to per-customer R, F, M, scores and segment; it groups
 *	  by the customer column's own values, whatever their type
 *	  (_pgg_rfm_groupable below checks that the type can be grouped).
 *
 * rfm_breaks has a plain float8[] state (not internal, RfmBreaksState in
 * rfm.h): element 1 holds the number of bins and the rest the values seen.  The transition function
 * keeps it as a read-write expanded array in the aggregate context and
 * appends in place (amortized O(1) per row, like array_append in PL/pgSQL);
 * the combine function concatenates, so parallel plans and Citus can split
 * the aggregate with no serialization functions.  Values are compared as
 * float8: timestamps as microseconds since 2000-01-01 (exact), bigints up to
 * 2^53 (exact; larger values are refused), numerics through their nearest
 * float8 (exact ordering for amounts with at most 15 significant digits).
 *
 * rfm_segment(r, f, m) is the ten-segment map on R and F that most public
 * RFM code copies (see doc/rfm.md); rfm_segment(r, f, m, rules text[][])
 * applies a custom first-match list of (pattern, segment) rules, compiled
 * once per call site into a 9 x 9 x 9 lookup table.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "core/args.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/expandeddatum.h"
#include "utils/float.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/syscache.h"
#include "utils/typcache.h"

#include "rfm/rfm.h"

/*
 * Data of an array known to have no NULL bitmap (ARR_DATA_PTR trips
 * -Wsign-compare under -Wextra).
 */
#define RFM_ARR_DATA(a) ((void *) (((char *) (a)) + ARR_OVERHEAD_NONULLS(ARR_NDIM(a))))

/* largest integer a float8 holds exactly */
#define RFM_EXACT_INT ((int64) 1 << 53)

/* ---- scores ------------------------------------------------------------- */

/* Check a number of bins. */
static void
RfmCheckBins(int32 n, FunctionCallInfo fcinfo)
{
	if (n < 1 || n > RFM_MAX_BINS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("n_bins of %s must be between 1 and %d, got %d",
						pgg_fn_name(fcinfo), RFM_MAX_BINS, n)));
}

/*
 * Score of a value with lt values strictly below it in a set of ntotal:
 * least(n, 1 + floor(n * percent_rank)), computed with the same float8
 * operations as percent_rank() and the SQL expression.
 */
static inline int
RfmScoreFromRank(int64 lt, int64 ntotal, int n)
{
	double		pr;
	double		s;

	pr = (ntotal <= 1) ? 0.0 : (double) lt / (double) (ntotal - 1);
	s = 1.0 + floor((double) n * pr);
	return (s > (double) n) ? n : (int) s;
}

/* rfm_bin(percent_rank float8, n_bins int4) returns int4 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_rfm_bin);
Datum
pgg_rfm_bin(PG_FUNCTION_ARGS)
{
	double		pr = PG_GETARG_FLOAT8(0);
	int32		n = PG_GETARG_INT32(1);
	double		s;

	RfmCheckBins(n, fcinfo);
	pgg_check_unit_interval(pr, "percent_rank", fcinfo,
							"Pass percent_rank() OVER (ORDER BY value).");
	s = 1.0 + floor((double) n * pr);
	PG_RETURN_INT32((s > (double) n) ? n : (int32) s);
}

/* ---- value conversion --------------------------------------------------- */

/* A float8 value to score: finite. */
static double
RfmFromFloat8(double v, FunctionCallInfo fcinfo)
{
	if (isnan(v) || isinf(v))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s cannot score a non-finite value (%g)", pgg_fn_name(fcinfo), v),
				 errdetail("RFM scores are defined for finite values only.")));
	return v;
}

/* A bigint value to score: exact in a float8. */
static double
RfmFromInt64(int64 v, FunctionCallInfo fcinfo)
{
	if (v > RFM_EXACT_INT || v < -RFM_EXACT_INT)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s cannot score bigint value %lld exactly", pgg_fn_name(fcinfo), (long long) v),
				 errdetail("Values are ranked as float8, which holds integers up to 2^53 exactly.")));
	return (double) v;
}

/* A numeric value to score: finite, through its nearest float8. */
static double
RfmFromNumeric(Datum d, FunctionCallInfo fcinfo)
{
	Numeric		num = DatumGetNumeric(d);

	if (numeric_is_nan(num) || numeric_is_inf(num))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s cannot score a non-finite numeric value", pgg_fn_name(fcinfo)),
				 errdetail("RFM scores are defined for finite values only.")));
	return RfmFromFloat8(DatumGetFloat8(DirectFunctionCall1(numeric_float8, d)), fcinfo);
}

/* A timestamptz value to score: finite; microseconds since 2000-01-01. */
static double
RfmFromTimestamp(TimestampTz t, FunctionCallInfo fcinfo)
{
	if (TIMESTAMP_NOT_FINITE(t))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("%s cannot score an infinite timestamp", pgg_fn_name(fcinfo)),
				 errdetail("RFM scores are defined for finite values only.")));
	return (double) t;
}

/*
 * Value of argument i, of SQL type t, converted to float8.  The type comes
 * from the entry point (one per declared type), not from the call
 * expression: Citus' worker_partial_agg calls transition functions without
 * one.
 */
static double
RfmArgValue(FunctionCallInfo fcinfo, int i, Oid t)
{
	switch (t)
	{
		case FLOAT8OID:
			return RfmFromFloat8(PG_GETARG_FLOAT8(i), fcinfo);
		case INT8OID:
			return RfmFromInt64(PG_GETARG_INT64(i), fcinfo);
		case NUMERICOID:
			return RfmFromNumeric(PG_GETARG_DATUM(i), fcinfo);
		case TIMESTAMPTZOID:
			return RfmFromTimestamp(PG_GETARG_TIMESTAMPTZ(i), fcinfo);
		default:
			/* the SQL declarations only allow the four types above */
			elog(ERROR, "rfm: unexpected argument type %u (cannot happen)", t);
	}
	return 0.0;					/* keep the compiler quiet */
}

/* ---- rfm_breaks aggregate ----------------------------------------------- */

/*
 * Check a (flat) rfm_breaks state, one that may come from outside (a stored
 * value, another node), and fill the view *st.
 */
static void
RfmStateValues(ArrayType *a, RfmBreaksState *st)
{
	int			nelems;
	double	   *v;
	double		nb;
	int64		i;

	if (ARR_NDIM(a) != 1 || ARR_ELEMTYPE(a) != FLOAT8OID || ARR_HASNULL(a) ||
		ARR_LBOUND(a)[0] != 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid rfm_breaks state"),
				 errdetail("A state is a one-dimensional float8 array without NULLs: the number of bins, then the values.")));
	nelems = ArrayGetNItems(ARR_NDIM(a), ARR_DIMS(a));
	v = (double *) RFM_ARR_DATA(a);
	nb = v[0];
	if (!(nb >= 1.0 && nb <= RFM_MAX_BINS && nb == floor(nb)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid rfm_breaks state"),
				 errdetail("Element 1 of a state must be the number of bins, an integer between 1 and %d.", RFM_MAX_BINS)));
	for (i = 1; i < nelems; i++)
		if (isnan(v[i]) || isinf(v[i]))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid rfm_breaks state"),
					 errdetail("The state holds a non-finite value.")));
	st->version = RFM_BREAKS_VERSION;
	st->nbins = (int) nb;
	st->nvals = nelems - 1;
	st->values = v + 1;
}

/* A new read-write expanded float8[] {nbins} in the aggregate context. */
static ExpandedArrayHeader *
RfmStateNew(MemoryContext aggcxt, int nbins)
{
	Datum		first = Float8GetDatum((double) nbins);
	ArrayType  *a;
	Datum		d;
	ExpandedArrayHeader *eah;

	a = construct_array(&first, 1, FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL,
						TYPALIGN_DOUBLE);
	d = expand_array(PointerGetDatum(a), aggcxt, NULL);
	pfree(a);
	eah = (ExpandedArrayHeader *) DatumGetEOHP(d);
	deconstruct_expanded_array(eah);
	return eah;
}

/*
 * The state argument as a read-write expanded array owned by the aggregate
 * context; a flat or foreign state is copied there (checked first).
 */
static ExpandedArrayHeader *
RfmStateGet(FunctionCallInfo fcinfo, int argno, MemoryContext aggcxt)
{
	Datum		d = PG_GETARG_DATUM(argno);
	ExpandedArrayHeader *eah;
	RfmBreaksState st;

	if (VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(d)))
	{
		eah = (ExpandedArrayHeader *) DatumGetEOHP(d);
		if (eah->ea_magic == EA_MAGIC && eah->element_type == FLOAT8OID &&
			eah->ndims == 1 && MemoryContextGetParent(eah->hdr.eoh_context) == aggcxt)
		{
			deconstruct_expanded_array(eah);
			if (eah->dnulls == NULL && eah->nelems >= 1)
				return eah;
		}
	}
	/* validate, then copy into the aggregate context */
	RfmStateValues(DatumGetArrayTypeP(d), &st);
	eah = (ExpandedArrayHeader *) DatumGetEOHP(expand_array(d, aggcxt, NULL));
	deconstruct_expanded_array(eah);
	return eah;
}

/* Append n values to an expanded float8[] state, in place. */
static void
RfmStateAppend(ExpandedArrayHeader *eah, const Datum *vals, int64 n)
{
	int64		need = (int64) eah->nelems + n;

	if (need > (int64) (MaxArraySize))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("rfm_breaks cannot rank more than %d values", (int) MaxArraySize - 1)));
	if (need > eah->dvalueslen)
	{
		int64		len = Max(need, (int64) eah->dvalueslen * 2 + 16);

		len = Min(len, (int64) MaxArraySize);
		eah->dvalues = (Datum *) repalloc_huge(eah->dvalues, len * sizeof(Datum));
		eah->dvalueslen = (int) len;
	}
	memcpy(eah->dvalues + eah->nelems, vals, n * sizeof(Datum));
	eah->nelems = (int) need;
	eah->dims[0] = (int) need;
	/* the flat copy, if any, is stale now */
	eah->fvalue = NULL;
	eah->flat_size = 0;
}

/*
 * _pgg_rfm_breaks_trans(state float8[], value, [n_bins int4]), value of SQL
 * type valtype.
 */
static Datum
RfmBreaksTrans(FunctionCallInfo fcinfo, Oid valtype)
{
	MemoryContext aggcxt = pgg_agg_context(fcinfo, "_pgg_rfm_breaks_trans");
	ExpandedArrayHeader *eah;
	int32		nbins = 5;
	Datum		v;

	if (PG_NARGS() > 2)
	{
		if (PG_ARGISNULL(2))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("n_bins of %s must not be NULL", pgg_fn_name(fcinfo))));
		nbins = PG_GETARG_INT32(2);
		RfmCheckBins(nbins, fcinfo);
	}
	if (PG_ARGISNULL(1))
	{
		/* NULL values are not ranked */
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	v = Float8GetDatum(RfmArgValue(fcinfo, 1, valtype));
	if (PG_ARGISNULL(0))
		eah = RfmStateNew(aggcxt, nbins);
	else
	{
		eah = RfmStateGet(fcinfo, 0, aggcxt);
		if (DatumGetFloat8(eah->dvalues[0]) != (double) nbins)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("rfm_breaks got n_bins %d on one row and %d on another",
							nbins, (int) DatumGetFloat8(eah->dvalues[0])),
					 errhint("Pass the same number of bins on every row.")));
	}
	RfmStateAppend(eah, &v, 1);
	PG_RETURN_DATUM(EOHPGetRWDatum(&eah->hdr));
}

/*
 * The transition entry points, one per value type, so that no call
 * expression is needed (the SQL declarations of 0.3.0 use these).
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_rfm_breaks_trans_float8);
Datum
pgg_rfm_breaks_trans_float8(PG_FUNCTION_ARGS)
{
	return RfmBreaksTrans(fcinfo, FLOAT8OID);
}

PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_rfm_breaks_trans_int8);
Datum
pgg_rfm_breaks_trans_int8(PG_FUNCTION_ARGS)
{
	return RfmBreaksTrans(fcinfo, INT8OID);
}

PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_rfm_breaks_trans_numeric);
Datum
pgg_rfm_breaks_trans_numeric(PG_FUNCTION_ARGS)
{
	return RfmBreaksTrans(fcinfo, NUMERICOID);
}

PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_rfm_breaks_trans_timestamptz);
Datum
pgg_rfm_breaks_trans_timestamptz(PG_FUNCTION_ARGS)
{
	return RfmBreaksTrans(fcinfo, TIMESTAMPTZOID);
}

/*
 * The single entry point of the 0.1 - 0.2 declarations, which learns the
 * value type from the call expression; kept for databases not yet upgraded.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_rfm_breaks_trans);
Datum
pgg_rfm_breaks_trans(PG_FUNCTION_ARGS)
{
	return RfmBreaksTrans(fcinfo, get_fn_expr_argtype(fcinfo->flinfo, 1));
}

/* _pgg_rfm_breaks_combine(float8[], float8[]): concatenate the values */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_rfm_breaks_combine);
Datum
pgg_rfm_breaks_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = pgg_agg_context(fcinfo, "_pgg_rfm_breaks_combine");
	ExpandedArrayHeader *eah;
	ArrayType  *b;
	RfmBreaksState bst;
	int64		i;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		eah = RfmStateGet(fcinfo, 0, aggcxt);
		PG_RETURN_DATUM(EOHPGetRWDatum(&eah->hdr));
	}
	if (PG_ARGISNULL(0))
	{
		/* copy arg 1 into the aggregate context */
		eah = RfmStateGet(fcinfo, 1, aggcxt);
		PG_RETURN_DATUM(EOHPGetRWDatum(&eah->hdr));
	}
	eah = RfmStateGet(fcinfo, 0, aggcxt);
	b = PG_GETARG_ARRAYTYPE_P(1);
	RfmStateValues(b, &bst);
	if ((double) bst.nbins != DatumGetFloat8(eah->dvalues[0]))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot combine rfm_breaks states of %d and %d bins",
						(int) DatumGetFloat8(eah->dvalues[0]), bst.nbins)));
	if (bst.nvals > 0)
	{
		Datum	   *tmp = (Datum *) palloc_extended(bst.nvals * sizeof(Datum), MCXT_ALLOC_HUGE);

		for (i = 0; i < bst.nvals; i++)
			tmp[i] = Float8GetDatum(bst.values[i]);
		RfmStateAppend(eah, tmp, bst.nvals);
		pfree(tmp);
	}
	PG_RETURN_DATUM(EOHPGetRWDatum(&eah->hdr));
}

/* qsort comparator of doubles (no NaN here) */
static int
RfmCmpDouble(const void *a, const void *b)
{
	double		x = *(const double *) a;
	double		y = *(const double *) b;

	return (x > y) - (x < y);
}

#define RFM_SIGN UINT64CONST(0x8000000000000000)

/* Map a finite double to a uint64 whose unsigned order is the double order. */
static inline uint64
RfmSortKey(double d)
{
	uint64		u;

	if (d == 0.0)
		d = 0.0;				/* -0 and +0 are the same value */
	memcpy(&u, &d, sizeof(u));
	return (u & RFM_SIGN) ? ~u : (u | RFM_SIGN);
}

/* Inverse of RfmSortKey. */
static inline double
RfmFromSortKey(uint64 k)
{
	uint64		u = (k & RFM_SIGN) ? (k & ~RFM_SIGN) : ~k;
	double		d;

	memcpy(&d, &u, sizeof(d));
	return d;
}

/*
 * Sort n finite doubles ascending: qsort for small inputs, else an LSD radix
 * sort on order-preserving 64-bit keys, one byte per pass, skipping the
 * passes where every key has the same byte (the high bytes of timestamps or
 * small counts); O(n) per pass instead of O(n log n) comparisons.
 */
static void
RfmSortDoubles(double *v, int64 n)
{
	uint64	   *a;
	uint64	   *b;
	int64	  (*count)[256];
	int64		i;
	int			pass;

	if (n < 512)
	{
		qsort(v, n, sizeof(double), RfmCmpDouble);
		return;
	}
	a = (uint64 *) palloc_extended(n * sizeof(uint64), MCXT_ALLOC_HUGE);
	b = (uint64 *) palloc_extended(n * sizeof(uint64), MCXT_ALLOC_HUGE);
	count = palloc0(8 * sizeof(*count));
	for (i = 0; i < n; i++)
	{
		uint64		k = RfmSortKey(v[i]);

		a[i] = k;
		for (pass = 0; pass < 8; pass++)
			count[pass][(k >> (8 * pass)) & 0xFF]++;
	}
	for (pass = 0; pass < 8; pass++)
	{
		int64	   *c = count[pass];
		int64		pos = 0;
		int			d;
		uint64	   *t;

		CHECK_FOR_INTERRUPTS();
		if (c[(a[0] >> (8 * pass)) & 0xFF] == n)
			continue;			/* every key has this byte: nothing to do */
		for (d = 0; d < 256; d++)
		{
			int64		cnt = c[d];

			c[d] = pos;
			pos += cnt;
		}
		for (i = 0; i < n; i++)
			b[c[(a[i] >> (8 * pass)) & 0xFF]++] = a[i];
		t = a;
		a = b;
		b = t;
	}
	for (i = 0; i < n; i++)
		v[i] = RfmFromSortKey(a[i]);
	pfree(a);
	pfree(b);
	pfree(count);
}

/* _pgg_rfm_breaks_final(float8[]) returns float8[]: the n - 1 breaks */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_rfm_breaks_final);
Datum
pgg_rfm_breaks_final(PG_FUNCTION_ARGS)
{
	ArrayType  *a = PG_GETARG_ARRAYTYPE_P(0);
	RfmBreaksState st;
	int			nbins;
	int64		n;
	double	   *v;
	Datum	   *out;
	int			have;			/* highest score reached so far */
	int64		i;
	int			k;

	RfmStateValues(a, &st);
	nbins = st.nbins;
	n = st.nvals;
	if (n == 0)
		PG_RETURN_NULL();
	/* sort a copy: the final function leaves the state as it is (READ_ONLY) */
	v = (double *) palloc_extended(n * sizeof(double), MCXT_ALLOC_HUGE);
	memcpy(v, st.values, n * sizeof(double));
	RfmSortDoubles(v, n);

	out = (Datum *) palloc(Max(nbins - 1, 1) * sizeof(Datum));
	have = 1;
	for (i = 0; i < n && have < nbins; i++)
	{
		int			s;

		if (i > 0 && v[i] == v[i - 1])
			continue;			/* a peer: same rank as the first of its run */
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		s = RfmScoreFromRank(i, n, nbins);
		for (k = have + 1; k <= s; k++)
			out[k - 2] = Float8GetDatum(v[i]);
		if (s > have)
			have = s;
	}
	for (k = have + 1; k <= nbins; k++)
		out[k - 2] = Float8GetDatum(get_float8_infinity());
	pfree(v);
	PG_RETURN_ARRAYTYPE_P(construct_array(out, nbins - 1, FLOAT8OID, sizeof(float8),
										  FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/* rfm_score(value, breaks float8[]) returns int4 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_rfm_score);
Datum
pgg_rfm_score(PG_FUNCTION_ARGS)
{
	double		x = RfmArgValue(fcinfo, 0, get_fn_expr_argtype(fcinfo->flinfo, 0));
	ArrayType  *b = PG_GETARG_ARRAYTYPE_P(1);
	int			nb;
	double	   *bv;
	int			score = 1;
	int			i;

	if (ARR_NDIM(b) > 1 || ARR_ELEMTYPE(b) != FLOAT8OID || ARR_HASNULL(b))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid breaks array of %s", pgg_fn_name(fcinfo)),
				 errdetail("Breaks are a one-dimensional float8 array without NULLs, as returned by rfm_breaks().")));
	nb = ArrayGetNItems(ARR_NDIM(b), ARR_DIMS(b));
	if (nb > RFM_MAX_BINS - 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid breaks array of %s", pgg_fn_name(fcinfo)),
				 errdetail("It has %d breaks; at most %d bins are allowed.", nb, RFM_MAX_BINS)));
	bv = (double *) RFM_ARR_DATA(b);
	for (i = 0; i < nb; i++)
	{
		if (isnan(bv[i]) || (i > 0 && bv[i] < bv[i - 1]))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid breaks array of %s", pgg_fn_name(fcinfo)),
					 errdetail("Breaks must be non-decreasing numbers, as returned by rfm_breaks().")));
		if (bv[i] <= x)
			score = i + 2;
	}
	PG_RETURN_INT32(score);
}

/* ---- segment maps ------------------------------------------------------- */

/* Index of the built-in segment names, by R (row) and F (column), 1..5. */
static const char *const RfmDefaultMap[5][5] = {
	/* R = 1 */
	{"hibernating", "hibernating", "at_risk", "at_risk", "cannot_lose_them"},
	/* R = 2 */
	{"hibernating", "hibernating", "at_risk", "at_risk", "cannot_lose_them"},
	/* R = 3 */
	{"about_to_sleep", "about_to_sleep", "need_attention", "loyal_customers", "loyal_customers"},
	/* R = 4 */
	{"promising", "potential_loyalists", "potential_loyalists", "loyal_customers", "loyal_customers"},
	/* R = 5 */
	{"new_customers", "potential_loyalists", "potential_loyalists", "champions", "champions"},
};

/*
 * Check a score given to a segment map: 1..5 for the built-in map (max 5),
 * 1..9 for a custom one (max 9, the scores patterns can write as a digit).
 */
static void
RfmCheckScore(int32 s, const char *what, int max, FunctionCallInfo fcinfo)
{
	if (s < 1 || s > max)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s score of %s must be between 1 and %d, got %d",
						what, pgg_fn_name(fcinfo), max, s),
				 max == 5 ?
				 errdetail("The built-in segment map is defined on scores of 5 bins.") :
				 errdetail("Rule patterns match scores written as one digit."),
				 max == 5 ?
				 errhint("For other numbers of bins, pass your own rules to rfm_segment(r, f, m, rules).") : 0));
}

/* rfm_segment(r int4, f int4, m int4) returns text */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_rfm_segment);
Datum
pgg_rfm_segment(PG_FUNCTION_ARGS)
{
	int32		r = PG_GETARG_INT32(0);
	int32		f = PG_GETARG_INT32(1);
	int32		m = PG_GETARG_INT32(2);

	RfmCheckScore(r, "r", 5, fcinfo);
	RfmCheckScore(f, "f", 5, fcinfo);
	RfmCheckScore(m, "m", 5, fcinfo);
	PG_RETURN_TEXT_P(cstring_to_text(RfmDefaultMap[r - 1][f - 1]));
}

/* A compiled rule list: rules array bytes, names, lookup table. */
typedef struct RfmRules
{
	Size		srclen;			/* bytes of the rules array it came from */
	char	   *src;			/* copy of those bytes (the cache key) */
	int			nrules;
	text	  **names;			/* segment name of each rule */
	int16		cell[9][9][9];	/* rule index matching (r, f, m), or -1 */
} RfmRules;

/*
 * Parse one pattern into per-position digit sets (bit d for digit d).
 * Returns the number of positions (2 or 3); raises an error on bad syntax.
 */
static int
RfmParsePattern(const char *p, int ruleno, uint16 sets[3])
{
	int			pos = 0;
	const char *s = p;

	while (*s)
	{
		uint16		set = 0;

		if (pos == 3)
			goto bad;
		if (*s >= '1' && *s <= '9')
			set = (uint16) (1 << (*s++ - '0'));
		else if (*s == '.' || *s == '?')
		{
			set = 0x3FE;		/* digits 1..9 */
			s++;
		}
		else if (*s == '[')
		{
			s++;
			while (*s && *s != ']')
			{
				int			lo,
							hi;

				if (*s < '1' || *s > '9')
					goto bad;
				lo = hi = *s++ - '0';
				if (*s == '-')
				{
					s++;
					if (*s < '1' || *s > '9' || *s - '0' < lo)
						goto bad;
					hi = *s++ - '0';
				}
				for (; lo <= hi; lo++)
					set |= (uint16) (1 << lo);
			}
			if (*s != ']' || set == 0)
				goto bad;
			s++;
		}
		else
			goto bad;
		sets[pos++] = set;
	}
	if (pos < 2)
		goto bad;
	if (pos == 2)
		sets[2] = 0x3FE;		/* two positions: R and F, any M */
	return pos;

bad:
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid RFM rule pattern \"%s\" in rule %d of rfm_segment", p, ruleno),
			 errdetail("A pattern has two positions (R, F) or three (R, F, M); each is a digit 1-9, a class such as [45] or [1-3], or . for any score."),
			 errhint("Example: ARRAY[['5[45]', 'champions'], ['..', 'others']].")));
	return 0;					/* keep the compiler quiet */
}

/* Compile a text[][] of (pattern, segment) rows into mcxt. */
static RfmRules *
RfmCompileRules(ArrayType *a, MemoryContext mcxt)
{
	RfmRules   *rules;
	Datum	   *elems;
	bool	   *nulls;
	int			nelems;
	int			i;
	int			r,
				f,
				m;
	MemoryContext old;

	if (ARR_ELEMTYPE(a) != TEXTOID)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("rules of rfm_segment must be a text array")));
	if (ARR_NDIM(a) != 2 || ARR_DIMS(a)[1] != 2 || ARR_DIMS(a)[0] < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("rules of rfm_segment must be a two-dimensional text array of (pattern, segment) pairs"),
				 errhint("Example: ARRAY[['5[45]', 'champions'], ['[34][45]', 'loyal_customers'], ['..', 'others']].")));
	if (ARR_DIMS(a)[0] > 32767)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("rfm_segment allows at most 32767 RFM rules")));
	deconstruct_array(a, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &nelems);

	old = MemoryContextSwitchTo(mcxt);
	rules = (RfmRules *) palloc(sizeof(RfmRules));
	rules->nrules = nelems / 2;
	rules->names = (text **) palloc(sizeof(text *) * rules->nrules);
	memset(rules->cell, -1, sizeof(rules->cell));
	for (i = 0; i < rules->nrules; i++)
	{
		uint16		sets[3];
		char	   *pat;

		if (nulls[2 * i] || nulls[2 * i + 1])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("RFM rule %d of rfm_segment has a NULL pattern or segment", i + 1)));
		pat = TextDatumGetCString(elems[2 * i]);
		RfmParsePattern(pat, i + 1, sets);
		rules->names[i] = DatumGetTextPCopy(elems[2 * i + 1]);
		/* first match wins: fill only the cells no earlier rule took */
		for (r = 1; r <= 9; r++)
			for (f = 1; f <= 9; f++)
				for (m = 1; m <= 9; m++)
					if ((sets[0] & (1 << r)) && (sets[1] & (1 << f)) &&
						(sets[2] & (1 << m)) && rules->cell[r - 1][f - 1][m - 1] < 0)
						rules->cell[r - 1][f - 1][m - 1] = (int16) i;
	}
	rules->srclen = VARSIZE(a);
	rules->src = palloc(rules->srclen);
	memcpy(rules->src, a, rules->srclen);
	MemoryContextSwitchTo(old);
	return rules;
}

/* rfm_segment(r int4, f int4, m int4, rules text[]) returns text */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_rfm_segment_rules);
Datum
pgg_rfm_segment_rules(PG_FUNCTION_ARGS)
{
	int32		r = PG_GETARG_INT32(0);
	int32		f = PG_GETARG_INT32(1);
	int32		m = PG_GETARG_INT32(2);
	ArrayType  *a = PG_GETARG_ARRAYTYPE_P(3);
	RfmRules   *rules = (RfmRules *) fcinfo->flinfo->fn_extra;
	int			idx;

	/* compile the rules once per call site (recompile when they change) */
	if (rules == NULL || rules->srclen != VARSIZE(a) ||
		memcmp(rules->src, a, rules->srclen) != 0)
	{
		rules = RfmCompileRules(a, fcinfo->flinfo->fn_mcxt);
		fcinfo->flinfo->fn_extra = rules;
	}
	RfmCheckScore(r, "r", 9, fcinfo);
	RfmCheckScore(f, "f", 9, fcinfo);
	RfmCheckScore(m, "m", 9, fcinfo);
	idx = rules->cell[r - 1][f - 1][m - 1];
	if (idx < 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(DatumGetTextPCopy(PointerGetDatum(rules->names[idx])));
}

/*
 * _pgg_rfm_groupable(regtype) returns boolean: whether GROUP BY can group
 * values of the type, the test the parser and planner apply (an equality
 * operator, and a hash function or an ordering; domains, varchar and arrays
 * resolve as they do there).  rfm() checks its customer column with it
 * before building its query, so a json column gets an error naming rfm()
 * instead of one from inside the dynamic query.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_rfm_groupable);
Datum
pgg_rfm_groupable(PG_FUNCTION_ARGS)
{
	Oid			typid = PG_GETARG_OID(0);
	TypeCacheEntry *t;

	if (!SearchSysCacheExists1(TYPEOID, ObjectIdGetDatum(typid)))
		PG_RETURN_BOOL(false);
	t = lookup_type_cache(typid, TYPECACHE_EQ_OPR | TYPECACHE_LT_OPR | TYPECACHE_HASH_PROC);
	PG_RETURN_BOOL(OidIsValid(t->eq_opr) &&
				   (OidIsValid(t->lt_opr) || OidIsValid(t->hash_proc)));
}
