/*-------------------------------------------------------------------------
 *
 * src/core/args.c
 *	  Argument checks shared by every capability: intervals to fixed
 *	  durations, VARIADIC boolean conditions, numbers (finite, positive,
 *	  probabilities, significance levels and powers, counts), the aggregate
 *	  context and the aggregate's name, and rows of float8 OUT parameters.
 *	  Contracts in core/args.h.
 *
 * The texts of the messages are part of the interface: the regression tests
 * compare them, so a check keeps its wording when a caller moves to it.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/args.h"

#include <math.h>

#include "access/htup_details.h"
#include "catalog/pg_aggregate.h"
#include "catalog/pg_type.h"
#include "common/int.h"
#include "funcapi.h"
#include "nodes/execnodes.h"
#include "nodes/primnodes.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"


int64
pgg_interval_usec(const Interval *iv, const char *argname, const char *fname)
{
	int64		usec;
	int64		days;

	/* a month is 30 days, a day is 24 hours */
	days = (int64) iv->month * 30 + iv->day;
	if (pg_mul_s64_overflow(days, USECS_PER_DAY, &usec) ||
		pg_add_s64_overflow(usec, iv->time, &usec))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("%s of %s is out of range", argname, fname)));
	if (usec <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s of %s must be a positive interval", argname, fname),
				 errdetail("A month counts as 30 days and a day as 24 hours; the interval given adds up to zero or less."),
				 errhint("Pass an interval such as '1 day' or '30 minutes'.")));
	return usec;
}

int
pgg_check_bool_args(FunctionCallInfo fcinfo, int first, int maxn,
					const char *fname)
{
	int			nargs = PG_NARGS();
	int			n = nargs - first;
	int			i;

	if (get_fn_expr_variadic(fcinfo->flinfo))
		return -1;				/* explicit VARIADIC array: checked per call */

	if (n < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s needs at least one condition", fname)));
	if (n > maxn)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s takes at most %d conditions, got %d", fname, maxn, n)));
	for (i = first; i < nargs; i++)
	{
		Oid			t = get_fn_expr_argtype(fcinfo->flinfo, i);

		if (t != BOOLOID && t != UNKNOWNOID)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("argument %d of %s must be boolean, not %s",
							i - first + 1, fname, format_type_be(t)),
					 errhint("Pass one boolean condition per step, such as event_name = 'purchase'.")));
	}
	return n;
}

uint32
pgg_bool_array_mask(ArrayType *arr, int maxn, const char *fname, int *nargs)
{
	uint32		mask = 0;
	Datum	   *elems;
	bool	   *nulls;
	int			nelems;
	int			i;

	if (ARR_ELEMTYPE(arr) != BOOLOID)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("the VARIADIC condition array of %s must be boolean[]", fname)));
	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("the VARIADIC condition array of %s must be one-dimensional", fname)));
	nelems = ArrayGetNItems(ARR_NDIM(arr), ARR_DIMS(arr));
	if (nelems >= 1 && nelems <= maxn && !ARR_HASNULL(arr))
	{
		/* the usual case, once per row: booleans are one byte each */
		const bool *b = (const bool *) (((char *) arr) + ARR_OVERHEAD_NONULLS(ARR_NDIM(arr)));

		for (i = 0; i < nelems; i++)
			if (b[i])
				mask |= ((uint32) 1) << i;
		*nargs = nelems;
		return mask;
	}
	deconstruct_array(arr, BOOLOID, 1, true, TYPALIGN_CHAR,
					  &elems, &nulls, &nelems);
	if (nelems < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s needs at least one condition", fname)));
	if (nelems > maxn)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s takes at most %d conditions, got %d", fname, maxn, nelems)));
	for (i = 0; i < nelems; i++)
		if (!nulls[i] && DatumGetBool(elems[i]))
			mask |= ((uint32) 1) << i;
	pfree(elems);
	pfree(nulls);
	*nargs = nelems;
	return mask;
}

uint32
pgg_bool_args_mask(FunctionCallInfo fcinfo, int first, int maxn,
				   const char *fname, int *nargs)
{
	uint32		mask = 0;
	int			i;
	int			n;

	/* the argument check runs once per query, cached in fn_extra */
	if (fcinfo->flinfo->fn_extra == NULL)
	{
		int		   *cached = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(int));

		*cached = pgg_check_bool_args(fcinfo, first, maxn, fname);
		fcinfo->flinfo->fn_extra = cached;
	}
	n = *(int *) fcinfo->flinfo->fn_extra;

	if (n < 0)
	{
		/* called as f(..., VARIADIC boolean[]) */
		if (PG_ARGISNULL(first))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("the VARIADIC condition array of %s must not be NULL", fname)));
		return pgg_bool_array_mask(PG_GETARG_ARRAYTYPE_P(first), maxn, fname, nargs);
	}

	for (i = 0; i < n; i++)
		if (!PG_ARGISNULL(first + i) && PG_GETARG_BOOL(first + i))
			mask |= ((uint32) 1) << i;
	*nargs = n;
	return mask;
}

void
pgg_check_finite(double x, const char *argname, FunctionCallInfo fcinfo)
{
	if (!isfinite(x))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s of %s must be a finite number", argname, pgg_fn_name(fcinfo))));
}

void
pgg_check_not_nan(double x, const char *argname, FunctionCallInfo fcinfo)
{
	if (isnan(x))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s of %s must not be NaN", argname, pgg_fn_name(fcinfo))));
}

void
pgg_check_positive_finite(double x, const char *argname, FunctionCallInfo fcinfo)
{
	if (!(isfinite(x) && x > 0.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s of %s must be a positive finite number, got %g",
						argname, pgg_fn_name(fcinfo), x)));
}

void
pgg_check_nonneg_finite(double x, const char *argname, FunctionCallInfo fcinfo)
{
	if (!(isfinite(x) && x >= 0.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s of %s must be a non-negative finite number, got %g",
						argname, pgg_fn_name(fcinfo), x)));
}

void
pgg_check_not_negative(double x, const char *argname, FunctionCallInfo fcinfo)
{
	if (x < 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s of %s must not be negative, got %g",
						argname, pgg_fn_name(fcinfo), x)));
}

void
pgg_check_open_unit(double p, const char *argname, FunctionCallInfo fcinfo)
{
	/* written so that NaN fails too */
	if (!(p > 0.0 && p < 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s of %s must be between 0 and 1 (exclusive), got %g",
						argname, pgg_fn_name(fcinfo), p)));
}

/*
 * alpha and power print with float8's output (shortest exact), so that a
 * value just past a bound (0.50000001) does not print as the bound.
 */
/*
 * The aggregate a support function runs for in a window: there is no Aggref,
 * so the first aggregate of the window clause with this support function;
 * NULL when fcinfo is not a window aggregate's.
 */
static const char *
WindowAggName(FunctionCallInfo fcinfo)
{
	WindowAggState *ws;
	ListCell   *lc;
	Oid			fn;

	if (fcinfo->context == NULL || !IsA(fcinfo->context, WindowAggState) ||
		fcinfo->flinfo == NULL)
		return NULL;
	fn = fcinfo->flinfo->fn_oid;
	ws = (WindowAggState *) fcinfo->context;
	foreach(lc, ws->funcs)
	{
		WindowFuncExprState *wfs = (WindowFuncExprState *) lfirst(lc);
		HeapTuple	tup;
		Form_pg_aggregate agg;
		bool		hit;

		if (!wfs->wfunc->winagg)
			continue;
		tup = SearchSysCache1(AGGFNOID, ObjectIdGetDatum(wfs->wfunc->winfnoid));
		if (!HeapTupleIsValid(tup))
			continue;
		agg = (Form_pg_aggregate) GETSTRUCT(tup);
		hit = (agg->aggtransfn == fn || agg->aggfinalfn == fn ||
			   agg->aggcombinefn == fn || agg->aggserialfn == fn ||
			   agg->aggdeserialfn == fn || agg->aggmtransfn == fn ||
			   agg->aggminvtransfn == fn || agg->aggmfinalfn == fn);
		ReleaseSysCache(tup);
		if (hit)
			return get_func_name(wfs->wfunc->winfnoid);
	}
	return NULL;
}

const char *
pgg_fn_name(FunctionCallInfo fcinfo)
{
	char	   *name = NULL;

	/* a support function names the aggregate it runs for (or in a window) */
	if (fcinfo != NULL && AggGetAggref(fcinfo) != NULL)
		return pgg_agg_name(fcinfo, "this aggregate");
	if (fcinfo != NULL && (name = (char *) WindowAggName(fcinfo)) != NULL)
		return name;
	if (fcinfo != NULL && fcinfo->flinfo != NULL && OidIsValid(fcinfo->flinfo->fn_oid))
		name = get_func_name(fcinfo->flinfo->fn_oid);
	return name != NULL ? name : "this function";
}

void
pgg_check_alpha(double alpha, FunctionCallInfo fcinfo)
{
	/* written so that NaN fails too; the name is looked up only on error */
	if (!(alpha > 0.0 && alpha <= 0.5))
		pgg_check_alpha_of(alpha, pgg_fn_name(fcinfo));
}

void
pgg_check_alpha_of(double alpha, const char *fname)
{
	if (!(alpha > 0.0 && alpha <= 0.5))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("alpha of %s must be in (0, 0.5], got %s", fname, float8out_internal(alpha)),
				 alpha > 0.5 ?
				 errhint("alpha is the significance level (0.05 for 95%% confidence); a value such as 0.95 looks like a confidence level.") : 0));
}

void
pgg_check_power(double power, FunctionCallInfo fcinfo)
{
	if (!(power > 0.0 && power < 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("power of %s must be in (0, 1), got %s", pgg_fn_name(fcinfo),
						float8out_internal(power)),
				 power >= 1.0 ?
				 errhint("power is a probability, such as 0.8 for 80%%.") : 0));
}

void
pgg_check_unit_interval(double p, const char *argname,
						FunctionCallInfo fcinfo, const char *hint)
{
	if (isnan(p) || p < 0.0 || p > 1.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s of %s must be between 0 and 1, got %g",
						argname, pgg_fn_name(fcinfo), p),
				 hint ? errhint("%s", hint) : 0));
}

void
pgg_check_at_least(int64 n, int64 min, const char *argname,
				   FunctionCallInfo fcinfo)
{
	if (n < min)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s of %s must be at least " INT64_FORMAT ", got " INT64_FORMAT,
						argname, pgg_fn_name(fcinfo), min, n)));
}

void
pgg_check_successes(int64 x, int64 n, const char *xname, const char *nname,
					FunctionCallInfo fcinfo)
{
	if (x < 0 || x > n)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s of %s must be between 0 and %s, got " INT64_FORMAT " of " INT64_FORMAT,
						xname, pgg_fn_name(fcinfo), nname, x, n)));
}

/* ---- names ----------------------------------------------------------------- */

const char *
pgg_agg_name(FunctionCallInfo fcinfo, const char *dflt)
{
	Aggref	   *ag = AggGetAggref(fcinfo);
	char	   *name;

	if (ag == NULL)
		return dflt;
	name = get_func_name(ag->aggfnoid);
	return name ? name : dflt;
}

/* ---- result rows -------------------------------------------------------- */

Datum
pgg_float8_row(FunctionCallInfo fcinfo, const double *v, int n, bool finite_only)
{
	TupleDesc	tupdesc;
	Datum	   *values;
	bool	   *nulls;
	int			i;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning record called in context that cannot accept type record")));
	tupdesc = BlessTupleDesc(tupdesc);
	if (tupdesc->natts != n)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("result row has %d columns, expected %d", tupdesc->natts, n)));
	values = palloc(n * sizeof(Datum));
	nulls = palloc(n * sizeof(bool));
	for (i = 0; i < n; i++)
	{
		nulls[i] = isnan(v[i]) || (finite_only && isinf(v[i]));
		values[i] = Float8GetDatum(nulls[i] ? 0.0 : v[i]);
	}
	return HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls));
}

