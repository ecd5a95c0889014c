/*-------------------------------------------------------------------------
 *
 * src/engagement/lifecycle.c
 *	  Lifecycle: lifecycle(actor, ts, tz, period [, condition]) and the
 *	  reader lifecycle_rows(value).
 *
 * Semantics: doc/engagement.md, "Lifecycle, churn and win-back".  Per
 * period p (day, ISO week starting Monday, month of the zone) and actor
 * with active periods S and first active period f:
 *	new(p)			f = p
 *	returning(p)	p in S and p - 1 in S
 *	resurrecting(p)	p in S, p - 1 not in S, f < p
 *	dormant(p)		p not in S, p - 1 in S
 * for every period from the first to the one after the last.  The state is
 * active.c's (active days); periods are derived from the days here.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "core/args.h"
#include "core/state.h"
#include "engagement/active.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"


/* the period of a local day (days since 1970-01-01) */
static inline int64
LcPeriod(int unit, int64 day)
{
	if (unit == PGG_CAL_DAY)
		return day;
	if (unit == PGG_CAL_WEEK)
		return pgg_floor_div(day + 3, 7);	/* 1970-01-01 was a Thursday */
	{
		int			y,
					m,
					d;

		j2date((int) (day + UNIX_EPOCH_JDATE), &y, &m, &d);
		return (int64) (y - 1970) * 12 + (m - 1);
	}
}

/* the first day of a period, as a date */
static DateADT
LcPeriodDate(int unit, int64 idx)
{
	if (unit == PGG_CAL_DAY)
		return (DateADT) (idx - AD_DATE_SHIFT);
	if (unit == PGG_CAL_WEEK)
		return (DateADT) (idx * 7 - 3 - AD_DATE_SHIFT);
	return (DateADT) (date2j((int) (1970 + pgg_floor_div(idx, 12)),
							 (int) (idx - pgg_floor_div(idx, 12) * 12) + 1, 1) - POSTGRES_EPOCH_JDATE);
}

#define LC_NEW		0
#define LC_RET		1
#define LC_RES		2
#define LC_DOR		3
#define LC_WIDTH	4

/*
 * _pgg_lifecycle_final(internal) returns bigint[]: per period from the
 * first active one to the one after the last, new, returning,
 * resurrecting, dormant; NULL when no row counted.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_lifecycle_final);
Datum
pgg_lifecycle_final(PG_FUNCTION_ARGS)
{
	AdState    *st;
	AdDays		ad;
	int64		first,
				last,
				nrows;
	int64	   *cells;
	int32		a;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (AdState *) pgg_state_read(fcinfo, 0, &pgg_active_days_family, CurrentMemoryContext);
	AdCheckState(st, AD_LIFECYCLE, "_pgg_lifecycle_final");
	AdCollect(st, &ad);
	if (ad.ndays == 0)
		PG_RETURN_NULL();
	first = LcPeriod(st->unit, ad.minday);
	last = LcPeriod(st->unit, ad.maxday);
	if (last - first + 1 > AD_MAX_PERIODS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("lifecycle spans %lld periods, more than %d",
						(long long) (last - first + 1), AD_MAX_PERIODS),
				 errhint("Restrict the rows to a shorter time range, or use a longer period ('week' or 'month'); a stray timestamp far in the past or future does this.")));
	nrows = last - first + 2;
	cells = (int64 *) palloc0(nrows * LC_WIDTH * sizeof(int64));
	for (a = 0; a < ad.nactors; a++)
	{
		const int32 *d = ad.days + ad.off[a];
		int64		k = ad.off[a + 1] - ad.off[a],
					i,
					prev = PG_INT64_MIN,
					mday = PG_INT64_MIN,
					mper = 0;
		bool		any = false;

		if ((a & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		for (i = 0; i < k; i++)
		{
			int64		p;

			if (st->unit == PGG_CAL_MONTH)
			{
				/* a month is 28 to 31 days: j2date only past the month's end */
				if (d[i] > mday)
				{
					int			y,
								m,
								dd;

					j2date((int) (d[i] + UNIX_EPOCH_JDATE), &y, &m, &dd);
					mper = (int64) (y - 1970) * 12 + (m - 1);
					mday = (m == 12 ? date2j(y + 1, 1, 1) : date2j(y, m + 1, 1)) - UNIX_EPOCH_JDATE - 1;
				}
				p = mper;
			}
			else if (st->unit == PGG_CAL_WEEK)
			{
				/* a division only past the week's last day */
				if (d[i] > mday)
				{
					mper = pgg_floor_div(d[i] + 3, 7);
					mday = mper * 7 + 3;	/* the week's Sunday */
				}
				p = mper;
			}
			else
				p = d[i];
			if (any && p == prev)
				continue;
			if (!any)
				cells[(p - first) * LC_WIDTH + LC_NEW]++;
			else if (p == prev + 1)
				cells[(p - first) * LC_WIDTH + LC_RET]++;
			else
			{
				cells[(p - first) * LC_WIDTH + LC_RES]++;
				cells[(prev + 1 - first) * LC_WIDTH + LC_DOR]++;
			}
			prev = p;
			any = true;
		}
		if (any)
			cells[(prev + 1 - first) * LC_WIDTH + LC_DOR]++;
	}
	PG_RETURN_ARRAYTYPE_P(AvMake(AD_LIFECYCLE, st->unit, first, last, nrows, LC_WIDTH, cells));
}

/*
 * lifecycle_rows(value bigint[]) returns table (period date, new bigint,
 * returning_users bigint, resurrecting bigint, dormant bigint, active
 * bigint, churn_rate float8, winback_rate float8): one row per period of
 * the value.  active = new + returning + resurrecting; churn_rate(p) =
 * dormant(p) / active(p - 1); winback_rate(p) = resurrecting(p) / lapsed(p
 * - 1), lapsed(q) = actors first active at or before q but not active in q
 * (NULL when the denominator is 0 or for the first period).
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_lifecycle_rows);
Datum
pgg_lifecycle_rows(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	ArrayType  *a;
	int64		hdr[AV_HDR];
	const int64 *c;
	int64		r,
				prev_active = -1,
				prev_lapsed = -1,
				seen = 0;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	a = PG_GETARG_ARRAYTYPE_P(0);
	c = AvRead(a, AD_LIFECYCLE, LC_WIDTH, hdr, "lifecycle_rows");
	if (hdr[AVH_NROWS] != hdr[AVH_LAST] - hdr[AVH_FIRST] + 2)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("lifecycle_rows was given a value that is not a valid lifecycle() result: bad number of rows")));
	InitMaterializedSRF(fcinfo, 0);
	for (r = 0; r < hdr[AVH_NROWS]; r++)
	{
		const int64 *x = c + r * LC_WIDTH;
		Datum		v[8];
		bool		nulls[8] = {false, false, false, false, false, false, false, false};
		int64		active = x[LC_NEW] + x[LC_RET] + x[LC_RES];

		if ((r & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		seen += x[LC_NEW];
		v[0] = DateADTGetDatum(LcPeriodDate((int) hdr[AVH_UNIT], hdr[AVH_FIRST] + r));
		v[1] = Int64GetDatum(x[LC_NEW]);
		v[2] = Int64GetDatum(x[LC_RET]);
		v[3] = Int64GetDatum(x[LC_RES]);
		v[4] = Int64GetDatum(x[LC_DOR]);
		v[5] = Int64GetDatum(active);
		if (prev_active > 0)
			v[6] = Float8GetDatum((double) x[LC_DOR] / (double) prev_active);
		else
			nulls[6] = true;
		if (prev_lapsed > 0)
			v[7] = Float8GetDatum((double) x[LC_RES] / (double) prev_lapsed);
		else
			nulls[7] = true;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, nulls);
		prev_active = active;
		prev_lapsed = seen - active;
	}
	return (Datum) 0;
}
