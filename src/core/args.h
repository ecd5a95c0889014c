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


/*
 * Convert an interval to a fixed number of microseconds: a month is 30 days
 * and a day 24 hours (ClickHouse and Amplitude use the same convention).
 * Raises an error naming argname when the interval is not positive or does
 * not fit in 64 bits.
 */
extern int64 pgg_interval_usec(const Interval *iv, const char *argname);

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

/* Raise an error unless x is finite; argname names the argument. */
extern void pgg_check_finite(double x, const char *argname);

/* Raise an error unless 0 < p < 1; argname names the argument. */
extern void pgg_check_open_unit(double p, const char *argname);

/*
 * Form the result row of a function with float8 OUT parameters from n
 * values: NaN becomes NULL, and so does an infinity when finite_only.
 * Raises an error when the call's result type is not a composite of n
 * columns.
 */
extern Datum pgg_float8_row(FunctionCallInfo fcinfo, const double *v, int n,
							bool finite_only);


#endif							/* PGG_ARGS_H */
