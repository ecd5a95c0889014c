/*-------------------------------------------------------------------------
 *
 * src/core/args.h
 *	  Argument checks shared by every capability (core/args.c).
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef PGG_ARGS_H
#define PGG_ARGS_H

#include "core/pg_growth.h"

#include "utils/array.h"


/*
 * Convert an interval to a fixed number of microseconds: a month is 30 days
 * and a day 24 hours (ClickHouse and Amplitude use the same convention).
 * Raises an error naming argname and the SQL function fname ("window of
 * window_funnel must be a positive interval") when the interval is not
 * positive or does not fit in 64 bits.
 */
extern int64 pgg_interval_usec(const Interval *iv, const char *argname,
							   const char *fname);

/*
 * Check the VARIADIC "any" arguments from position first to the end: each
 * must be boolean (or unknown/NULL literal).  Returns their number, raising
 * an error when there are none or more than maxn.  fname names the SQL
 * function in messages.  The result is cached in flinfo->fn_extra by the
 * caller when it needs to skip the check on later calls.
 */
extern int	pgg_check_bool_args(FunctionCallInfo fcinfo, int first, int maxn,
								const char *fname);

/*
 * Collect the boolean arguments from position first into a bit mask (bit i
 * is set when argument first+i is true; NULL counts as false).  When the
 * call passed an explicit VARIADIC boolean[] array, it is read instead.
 * *nargs receives the number of conditions.
 */
extern uint32 pgg_bool_args_mask(FunctionCallInfo fcinfo, int first, int maxn,
								 const char *fname, int *nargs);

/*
 * The same bit mask from a boolean[] of conditions (NULL elements count as
 * false); an error when it is not one-dimensional, empty or longer than
 * maxn.  Needs no call expression (Citus' worker_partial_agg has none).
 */
extern uint32 pgg_bool_array_mask(ArrayType *arr, int maxn, const char *fname,
								  int *nargs);

/*
 * Checks of one number.  Each raises ERRCODE_INVALID_PARAMETER_VALUE with a
 * message "<argname> of <function> must be ..." naming the SQL argument and
 * the function the user called (pgg_fn_name(fcinfo), looked up only on
 * error) and, where it says "got", ending with the value given; the message
 * of each is in args.c.  One helper per kind of check, so that every
 * function words the same check the same way.
 */
extern void pgg_check_finite(double x, const char *argname,
							 FunctionCallInfo fcinfo);	/* finite */
extern void pgg_check_not_nan(double x, const char *argname,
							  FunctionCallInfo fcinfo); /* not NaN */
extern void pgg_check_positive_finite(double x, const char *argname,
									  FunctionCallInfo fcinfo); /* 0 < x < inf */
extern void pgg_check_nonneg_finite(double x, const char *argname,
									FunctionCallInfo fcinfo);	/* 0 <= x < inf */
extern void pgg_check_not_negative(double x, const char *argname,
								   FunctionCallInfo fcinfo);	/* !(x < 0) */
extern void pgg_check_open_unit(double p, const char *argname,
								FunctionCallInfo fcinfo);	/* 0 < p < 1 */

/*
 * The name of the SQL function being called (for messages that name the
 * function the user called): for a support function called for an
 * aggregate, the aggregate's name (pgg_agg_name, or in a window the
 * window clause's aggregate with this support function); "this function" when
 * fcinfo carries none.  A syscache lookup: call it only to raise an error.
 */
extern const char *pgg_fn_name(FunctionCallInfo fcinfo);

/*
 * The significance level of every statistical function: 0 < alpha <= 0.5.
 * A larger value is most likely a confidence level (0.95 for 0.05), and the
 * hint says so; NaN fails too.  The message names the function called
 * (fcinfo's, looked up only on error; fname when given instead).
 */
extern void pgg_check_alpha(double alpha, FunctionCallInfo fcinfo);
extern void pgg_check_alpha_of(double alpha, const char *fname);

/* The power of every planning function: 0 < power < 1 (NaN refused). */
extern void pgg_check_power(double power, FunctionCallInfo fcinfo);

/* 0 <= p <= 1 (NaN refused); hint, when not NULL, becomes the errhint */
extern void pgg_check_unit_interval(double p, const char *argname,
									FunctionCallInfo fcinfo, const char *hint);

/* n >= min for a count argument */
extern void pgg_check_at_least(int64 n, int64 min, const char *argname,
							   FunctionCallInfo fcinfo);

/* 0 <= x <= n for x successes (argument xname) out of n (argument nname) */
extern void pgg_check_successes(int64 x, int64 n, const char *xname,
								const char *nname, FunctionCallInfo fcinfo);

/*
 * The aggregate memory context of a support function; raises an error
 * naming fname ("fname called in non-aggregate context") when the function
 * is not called as part of an aggregate.  Inline: transition functions call
 * it on every row.
 */
static inline MemoryContext
pgg_agg_context(FunctionCallInfo fcinfo, const char *fname)
{
	MemoryContext aggctx;

	if (!AggCheckCallContext(fcinfo, &aggctx))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s called in non-aggregate context", fname)));
	return aggctx;
}

/*
 * The name of the aggregate a support function runs for, as the user called
 * it (from the Aggref, so an aggregate whose support functions another
 * aggregate shares still names itself), or dflt where there is no Aggref:
 * a window aggregate or a direct call.  The name is allocated in the
 * current memory context; a syscache lookup, so callers cache it per call
 * site or look it up only to raise an error.
 */
extern const char *pgg_agg_name(FunctionCallInfo fcinfo, const char *dflt);

/*
 * The result of a combine function (state, state) whose second state is
 * NULL: the first state, or NULL when it is NULL too.  Callers write
 *	if (PG_ARGISNULL(1))
 *		return pgg_combine_first(fcinfo);
 */
static inline Datum
pgg_combine_first(FunctionCallInfo fcinfo)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(PG_GETARG_DATUM(0));
}

/*
 * Form the result row of a function with float8 OUT parameters from n
 * values: NaN becomes NULL, and so does an infinity when finite_only.
 * Raises an error when the call's result type is not a composite of n
 * columns.
 */
extern Datum pgg_float8_row(FunctionCallInfo fcinfo, const double *v, int n,
							bool finite_only);


#endif							/* PGG_ARGS_H */
