/*-------------------------------------------------------------------------
 *
 * src/clv/summary.c
 *	  The aggregate clv_summary(purchase time or date, amount, observation
 *	  end, unit): the per-customer (frequency, recency, age, monetary) inputs
 *	  of the CLV models from raw purchase rows, as lifetimes'
 *	  summary_data_from_transaction_data computes them.  doc/clv.md, "The
 *	  per-customer summary", states the semantics (purchases on one day are
 *	  merged; the day of a timestamptz is taken in the session time zone).
 *
 * The state (ClvSumState in clv.h) is the list of purchases of one
 * customer, appended in place in the aggregate context; combine
 * concatenates, serialize writes a versioned byte string.  The final
 * function sorts a copy of the purchases (by day, then amount, so the
 * per-day sums do not depend on input order) before summing, and leaves the
 * state untouched: clv.sql declares FINALFUNC_MODIFY = READ_ONLY, so the
 * aggregate also runs as a window function.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "core/args.h"
#include "core/codec.h"

#include <math.h>

#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/memutils.h"

#include "clv/clv.h"

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
	MemoryContext aggctx = pgg_agg_context(fcinfo, "clv_summary");
	ClvSumState *s;

	if (!PG_ARGISNULL(0))
		return (ClvSumState *) PG_GETARG_POINTER(0);
	s = MemoryContextAllocZero(aggctx, sizeof(ClvSumState));
	s->version = CLV_SUM_VERSION;
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

/*
 * The most purchases one customer's state keeps: 1 GB of 16-byte purchases
 * (doc/clv.md, "Memory").  Beyond, "too many purchases for one customer".
 */
#define CLV_SUM_MAX_PURCHASES ((int64) (((Size) 1 << 30) / sizeof(ClvPurchase)))

/* append one purchase to the state */
static void
SumAdd(FunctionCallInfo fcinfo, ClvSumState *s, int32 day, double amount)
{
	if (s->n == s->cap)
	{
		if (s->cap >= CLV_SUM_MAX_PURCHASES)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many purchases for one customer")));
		s->cap = Min(s->cap * 2, CLV_SUM_MAX_PURCHASES);
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

/* _pgg_clv_summary_trans(internal, timestamptz, float8, timestamptz, text) */
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

/* _pgg_clv_summary_trans(internal, date, float8, date, text) */
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

/* _pgg_clv_summary_combine(internal, internal) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_clv_summary_combine);
Datum
pgg_clv_summary_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggctx = pgg_agg_context(fcinfo, "_pgg_clv_summary_combine"),
				old;
	ClvSumState *a,
			   *b;
	int64		i;

	if (PG_ARGISNULL(1))
		return pgg_combine_first(fcinfo);
	b = (ClvSumState *) PG_GETARG_POINTER(1);
	old = MemoryContextSwitchTo(aggctx);
	if (PG_ARGISNULL(0))
	{
		a = palloc0(sizeof(ClvSumState));
		a->version = CLV_SUM_VERSION;
		a->cap = Max(b->n, 4);
		a->p = palloc_extended(a->cap * sizeof(ClvPurchase), MCXT_ALLOC_HUGE);
	}
	else
		a = (ClvSumState *) PG_GETARG_POINTER(0);
	if (b->has_end)
		SumSetEnd(a, b->end_raw, b->end_day, b->divisor);
	for (i = 0; i < b->n; i++)
	{
		if ((i & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		SumAdd(fcinfo, a, b->p[i].day, b->p[i].amount);
	}
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(a);
}

/* _pgg_clv_summary_serialize(internal) returns bytea */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_clv_summary_serialize);
Datum
pgg_clv_summary_serialize(PG_FUNCTION_ARGS)
{
	ClvSumState *s = (ClvSumState *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	int64		i;

	Assert(s->version == CLV_SUM_VERSION);
	pgg_ser_begin(&buf, CLV_SUM_MAGIC, CLV_SUM_VERSION);
	pq_sendbyte(&buf, s->has_end ? 1 : 0);
	pq_sendint64(&buf, s->end_raw);
	pq_sendint32(&buf, s->end_day);
	pq_sendbyte(&buf, s->divisor);
	pq_sendint64(&buf, s->n);
	for (i = 0; i < s->n; i++)
	{
		if ((i & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		pq_sendint32(&buf, s->p[i].day);
		pq_sendfloat8(&buf, s->p[i].amount);
	}
	PG_RETURN_BYTEA_P(pgg_ser_end(&buf));
}

/* _pgg_clv_summary_deserialize(bytea, internal) returns internal */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_clv_summary_deserialize);
Datum
pgg_clv_summary_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	MemoryContext aggctx = pgg_agg_context(fcinfo, "_pgg_clv_summary_deserialize"),
				old;
	ClvSumState *s;
	int64		n,
				i;

	/* magic and format version: a state of another kind or version is refused */
	pgg_deser_begin(&buf, b, CLV_SUM_MAGIC, CLV_SUM_VERSION, "clv_summary");
	pgg_deser_need(&buf, 22, "clv_summary");
	old = MemoryContextSwitchTo(aggctx);
	s = palloc0(sizeof(ClvSumState));
	s->version = CLV_SUM_VERSION;
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
		if ((i & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
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

/* order of purchases: by day, then amount */
static inline int
PurchaseCmp(const ClvPurchase *pa, const ClvPurchase *pb)
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

/* SortPurchases(p, n): qsort's algorithm, interruptible (core/pg_growth.h) */
#define ST_SORT SortPurchases
#define ST_ELEMENT_TYPE ClvPurchase
#define ST_COMPARE(a, b) PurchaseCmp(a, b)
#define ST_CHECK_FOR_INTERRUPTS
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"

/* _pgg_clv_summary_final(internal) returns clv_summary */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_clv_summary_final);
Datum
pgg_clv_summary_final(PG_FUNCTION_ARGS)
{
	ClvSumState *s;
	ClvPurchase *p;
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
	/*
	 * Sort a copy (in the per-call memory context): the aggregate declares
	 * FINALFUNC_MODIFY = READ_ONLY, so the state stays as the transitions
	 * left it, for a running window frame or a shared state.
	 */
	p = palloc_extended(sizeof(ClvPurchase) * s->n, MCXT_ALLOC_HUGE);
	memcpy(p, s->p, sizeof(ClvPurchase) * s->n);
	SortPurchases(p, s->n);
	first = p[0].day;
	last = p[s->n - 1].day;
	for (i = 0; i < s->n; i++)
	{
		if ((i & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		daysum += p[i].amount;
		if (i == s->n - 1 || p[i + 1].day != p[i].day)
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
	PG_RETURN_DATUM(pgg_clv_make_composite(fcinfo, out, 4));
}
