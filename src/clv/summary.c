/*-------------------------------------------------------------------------
 *
 * src/clv/summary.c
 *	  The aggregate clv_summary(purchase time or date, amount, observation
 *	  end, unit): the per-customer (frequency, recency, age, monetary) inputs
 *	  of the CLV models from raw purchase rows, as lifetimes'
 *	  summary_data_from_transaction_data computes them.  doc/clv.md, "The
 *	  per-customer summary", states the semantics (purchases on one day are
 *	  merged; the day of a timestamptz is taken in the time zone tz when
 *	  clv_summary(..., tz) names one, through the calendar of
 *	  core/calendar.h, else in the session time zone).
 *
 * The state (ClvSumState in clv.h) is the list of purchases of one
 * customer, appended in place in the aggregate context, and the zone its
 * days were taken in; combine concatenates (and refuses states of different
 * zones, observation ends or units), serialize writes a versioned byte
 * string with the zone's name.  The final
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
#include "core/calendar.h"
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
			 errmsg("unit of clv_summary must be 'days' or 'weeks', got \"%s\"", s)));
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

/* the name of a state's zone for messages: the zone or "the session time zone" */
static const char *
SumTzName(pg_tz *tz)
{
	return tz ? psprintf("\"%s\"", pg_get_timezone_name(tz)) : "the session time zone";
}

/*
 * Remember the observation end, unit and zone of the first row; later rows
 * (and combined states) must agree.
 */
static void
SumSetEnd(ClvSumState *s, int64 end_raw, int32 end_day, int32 divisor, pg_tz *tz)
{
	if (!s->has_end)
	{
		s->has_end = true;
		s->end_raw = end_raw;
		s->end_day = end_day;
		s->divisor = divisor;
		s->tz = tz;
		return;
	}
	if (s->tz != tz)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("clv_summary got different time zones in one group: %s and %s",
						SumTzName(s->tz), SumTzName(tz)),
				 errdetail("The days of the purchases of one customer must be taken in one time zone."),
				 errhint("Pass one constant tz, such as 'UTC' or 'Europe/Berlin'.")));
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
	pgg_check_finite(*amount, "amount", fcinfo);
	return true;
}

/* the local day of a timestamptz (session time zone) */
static int32
TzDay(TimestampTz ts, const char *what)
{
	if (TIMESTAMP_NOT_FINITE(ts))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("%s of clv_summary must be finite", what)));
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
	SumSetEnd(s, end, (s->has_end && s->end_raw == end && s->tz == NULL) ? s->end_day :
			  TzDay(end, "the observation end"), divisor, NULL);
	if (!keep)
		PG_RETURN_POINTER(s);
	ts = PG_GETARG_TIMESTAMPTZ(1);
	if (ts > end)
	{
		if (TIMESTAMP_NOT_FINITE(ts))
			ereport(ERROR,
					(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
					 errmsg("purchase time of clv_summary must be finite")));
		PG_RETURN_POINTER(s);	/* after the observation period */
	}
	SumAdd(fcinfo, s, TzDay(ts, "purchase time"), amount);
	PG_RETURN_POINTER(s);
}

/*
 * The zone of the last tz argument seen at a call site and its day calendar
 * (core/calendar.h), kept in fn_extra: rows pass the same tz, so most rows
 * cost a comparison of the name and two of the calendar.  A new name
 * resolves the zone again and, when the zone changes, resets the calendar
 * (its context holds the zone's cached offsets).
 */
typedef struct ClvTzCache
{
	MemoryContext cxt;			/* the calendar's segments */
	char		name[TZ_STRLEN_MAX + 1];	/* the tz argument as given */
	int			namelen;		/* -1: none yet */
	pg_tz	   *tz;
	PggCalendar cal;
} ClvTzCache;

/* the calendar of the tz argument (argument 5) of this row */
static PggCalendar *
SumCalendar(FunctionCallInfo fcinfo)
{
	ClvTzCache *c = (ClvTzCache *) fcinfo->flinfo->fn_extra;
	text	   *t;
	int			len;
	pg_tz	   *tz;
	char	   *name;

	if (PG_ARGISNULL(5))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("the time zone (tz) of clv_summary must not be NULL"),
				 errhint("Pass a zone name such as 'UTC' or 'Europe/Berlin', or call clv_summary without tz to use the session TimeZone.")));
	if (c == NULL)
	{
		c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(ClvTzCache));
		c->cxt = AllocSetContextCreate(fcinfo->flinfo->fn_mcxt, "clv_summary calendar",
									   ALLOCSET_SMALL_SIZES);
		c->namelen = -1;
		fcinfo->flinfo->fn_extra = c;
	}
	t = PG_GETARG_TEXT_PP(5);
	len = VARSIZE_ANY_EXHDR(t);
	if (len == c->namelen && memcmp(VARDATA_ANY(t), c->name, len) == 0)
		return &c->cal;
	name = text_to_cstring(t);
	tz = pgg_tz_lookup(name);
	if (tz == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("time zone \"%s\" of clv_summary not recognized", name),
				 errhint("Use a name from pg_timezone_names, such as Europe/Berlin or UTC.")));
	/* pgg_tz_lookup refuses names longer than TZ_STRLEN_MAX */
	memcpy(c->name, name, len);
	c->namelen = len;
	if (tz != c->tz)
	{
		MemoryContextReset(c->cxt);
		pgg_cal_init(&c->cal, PGG_CAL_DAY, false, tz, c->cxt);
		c->tz = tz;
	}
	pfree(name);
	return &c->cal;
}

/* the local day (DateADT) of a timestamptz in a calendar's zone */
static int32
CalDay(PggCalendar *cal, TimestampTz ts, const char *what)
{
	if (TIMESTAMP_NOT_FINITE(ts))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("%s of clv_summary must be finite", what)));
	/* calendar days count from local 1970-01-01, DateADT from 2000-01-01 */
	return (int32) (pgg_cal_index(cal, ts) + (UNIX_EPOCH_JDATE - POSTGRES_EPOCH_JDATE));
}

/* _pgg_clv_summary_trans(internal, timestamptz, float8, timestamptz, text, text) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_clv_summary_trans_zone);
Datum
pgg_clv_summary_trans_zone(PG_FUNCTION_ARGS)
{
	ClvSumState *s = GetSumState(fcinfo);
	double		amount;
	int32		divisor;
	TimestampTz end,
				ts;
	bool		keep = SumRowArgs(fcinfo, &amount, &divisor);
	PggCalendar *cal = SumCalendar(fcinfo);

	end = PG_GETARG_TIMESTAMPTZ(3);
	/* the day of the end is computed once (later rows must pass the same end) */
	SumSetEnd(s, end, (s->has_end && s->end_raw == end && s->tz == cal->tz) ? s->end_day :
			  CalDay(cal, end, "the observation end"), divisor, cal->tz);
	if (!keep)
		PG_RETURN_POINTER(s);
	ts = PG_GETARG_TIMESTAMPTZ(1);
	if (ts > end)
	{
		if (TIMESTAMP_NOT_FINITE(ts))
			ereport(ERROR,
					(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
					 errmsg("purchase time of clv_summary must be finite")));
		PG_RETURN_POINTER(s);	/* after the observation period */
	}
	SumAdd(fcinfo, s, CalDay(cal, ts, "purchase time"), amount);
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
				 errmsg("the observation end of clv_summary must be finite")));
	SumSetEnd(s, end, end, divisor, NULL);
	if (!keep)
		PG_RETURN_POINTER(s);
	day = PG_GETARG_DATEADT(1);
	if (DATE_NOT_FINITE(day))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("purchase date of clv_summary must be finite")));
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
		SumSetEnd(a, b->end_raw, b->end_day, b->divisor, b->tz);
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
	if (s->tz == NULL)
		pq_sendbyte(&buf, 0);
	else
	{
		const char *name = pg_get_timezone_name(s->tz);
		int			len = strlen(name);

		pq_sendbyte(&buf, 1);
		pq_sendint16(&buf, len);
		pq_sendbytes(&buf, name, len);
	}
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

/*
 * The zone of a serialized state (format version 2): a flag byte, then for
 * a named zone its name, which must be a zone this server knows.
 */
static pg_tz *
DeserTz(StringInfo buf)
{
	int			kind,
				len;
	char		name[TZ_STRLEN_MAX + 1];
	pg_tz	   *tz;

	pgg_deser_need(buf, 1, "clv_summary");
	kind = pq_getmsgbyte(buf);
	if (kind == 0)
		return NULL;
	if (kind == 1)
	{
		pgg_deser_need(buf, 2, "clv_summary");
		len = pq_getmsgint(buf, 2);
		if (len >= 1 && len <= TZ_STRLEN_MAX)
		{
			pgg_deser_need(buf, len, "clv_summary");
			memcpy(name, pq_getmsgbytes(buf, len), len);
			name[len] = '\0';
			if ((int) strlen(name) == len && (tz = pgg_tz_lookup(name)) != NULL)
				return tz;
			/* printable ASCII in the message, whatever the bytes were */
			for (int i = 0; i < len; i++)
				if (name[i] < 32 || name[i] > 126)
					name[i] = '?';
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid clv_summary state"),
					 errdetail("The time zone \"%s\" is not known to this server.", name)));
		}
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid clv_summary state"),
			 errdetail("The time zone field is malformed.")));
	return NULL;				/* not reached */
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
	uint8		version = CLV_SUM_VERSION;

	/*
	 * magic and format version: a state of another kind or version is
	 * refused; version 1 (no time zone) is read as a session-time-zone state
	 */
	if (VARSIZE_ANY_EXHDR(b) >= 5 &&
		((const uint8 *) VARDATA_ANY(b))[4] == CLV_SUM_VERSION_V1)
		version = CLV_SUM_VERSION_V1;
	pgg_deser_begin(&buf, b, CLV_SUM_MAGIC, version, "clv_summary");
	pgg_deser_need(&buf, 14, "clv_summary");
	old = MemoryContextSwitchTo(aggctx);
	s = palloc0(sizeof(ClvSumState));
	s->version = CLV_SUM_VERSION;
	s->has_end = pq_getmsgbyte(&buf) != 0;
	s->end_raw = pq_getmsgint64(&buf);
	s->end_day = pq_getmsgint(&buf, 4);
	s->divisor = pq_getmsgbyte(&buf);
	s->tz = version == CLV_SUM_VERSION_V1 ? NULL : DeserTz(&buf);
	pgg_deser_need(&buf, 8, "clv_summary");
	n = pq_getmsgint64(&buf);
	if ((s->has_end && s->divisor != 1 && s->divisor != 7) || n < 0 ||
		n > (int64) (buf.len - buf.cursor) / 12 || (!s->has_end && n > 0) ||
		(!s->has_end && s->tz != NULL))
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
