/*-------------------------------------------------------------------------
 *
 * src/core/calendar.c
 *	  Calendar periods of a time zone: the hour, day, week or month of a
 *	  timestamp, and the instant at which a period starts.
 *
 * Semantics: doc/retention.md, "Time zones and DST".  The periods are those
 * of the zone's local calendar, as date_trunc(unit, ts AT TIME ZONE tz)
 * gives them, except hours (below).
 *
 * How local periods are computed across DST changes and offsets.  A
 * timestamp is turned into Unix seconds u; the UTC offset off in effect at
 * u (seconds east, taken from the zone's rules, so it already includes any
 * DST shift) gives the local wall-clock seconds u + off, and days, weeks and
 * months are cut from those local seconds.  A day at a DST change therefore
 * holds 23 or 25 real hours, and a local instant that occurs twice (the
 * repeated hour) maps both times to the same day.  Hours are different: an
 * hour is a real 60-minute span that starts at a full local hour, so only
 * the part of the offset below an hour (off mod 3600: 30 minutes in
 * Asia/Kolkata, 45 in Asia/Kathmandu) shifts the hour grid, and the hour
 * skipped or repeated at a DST change does not distort hour distances.
 *
 * The offset comes from a cache of segments: intervals [start, end) of
 * Unix seconds with one offset, found with pg_next_dst_boundary and kept
 * sorted by end, so the zone rules are consulted about once per transition,
 * not per row.  (A sorted array, not a hash table: the look-up is by
 * interval, the segment holding t, and a data set spans few transitions.)  On top of it the UTC bounds of the last period computed are
 * remembered (clipped to the offset segment of the row that computed it, so
 * a DST change inside a period is never skipped over), and a row in the same
 * period costs two comparisons (pgg_cal_index in calendar.h).
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "core/calendar.h"

#include "utils/datetime.h"


void
pgg_cal_init(PggCalendar *cal, PggCalUnit unit, bool week_sunday, pg_tz *tz,
			 MemoryContext cxt)
{
	memset(cal, 0, sizeof(*cal));
	cal->unit = unit;
	cal->week_sunday = week_sunday;
	cal->tz = tz;
	cal->cxt = cxt;
	cal->month_day = PG_INT64_MIN;
	/* an empty period (plo > phi): the first look-up takes the slow path */
	cal->plo = 1;
	cal->phi = 0;
}

pg_tz *
pgg_tz_lookup(const char *name)
{
	if (name[0] == '\0' || strlen(name) > TZ_STRLEN_MAX)
		return NULL;
	return pg_tzset(name);
}

/*
 * UTC offset (seconds east) in effect at Unix time t, from the zone rules;
 * the segment holding t is added to the cache (or the cached segment with
 * the same end and offset is extended back to t).
 */
static long
TzOffsetSlow(PggCalendar *c, int64 t)
{
	pg_time_t	pt = (pg_time_t) t;
	long		before,
				after;
	int			bdst,
				adst;
	pg_time_t	boundary;
	int			r;
	int			lo,
				hi;
	int64		end;

	if (!c->broken)
	{
		/* r = 0: no transition after t (the offset holds to the end of time) */
		r = pg_next_dst_boundary(&pt, &before, &bdst, &boundary, &after, &adst, c->tz);
		if (r >= 0)
		{
			end = (r == 0) ? PG_INT64_MAX : (int64) boundary;
			if (end <= t)		/* defensive: never cache an empty segment */
				return before;
			/* segments are kept sorted by end; find the one ending at end */
			lo = 0;
			hi = c->nseg;
			while (lo < hi)
			{
				int			mid = (lo + hi) / 2;

				if (c->seg[mid].end < end)
					lo = mid + 1;
				else
					hi = mid;
			}
			if (lo < c->nseg && c->seg[lo].end == end && c->seg[lo].off == before)
			{
				if (t < c->seg[lo].start)
					c->seg[lo].start = t;
			}
			else
			{
				if (c->nseg == c->segcap)
				{
					c->segcap = c->segcap ? c->segcap * 2 : 16;
					if (c->seg)
						c->seg = repalloc(c->seg, c->segcap * sizeof(PggTzSeg));
					else
						c->seg = MemoryContextAlloc(c->cxt, c->segcap * sizeof(PggTzSeg));
				}
				memmove(&c->seg[lo + 1], &c->seg[lo], (c->nseg - lo) * sizeof(PggTzSeg));
				c->seg[lo].start = t;
				c->seg[lo].end = end;
				c->seg[lo].off = before;
				c->nseg++;
			}
			c->lastseg = lo;
			return before;
		}
		/* the zone has no transition data: ask pg_localtime from now on */
		c->broken = true;
	}
	{
		struct pg_tm *tm = pg_localtime(&pt, c->tz);

		if (tm == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
					 errmsg("timestamp out of range for time zone conversion")));
		return tm->tm_gmtoff;
	}
}

/* UTC offset at Unix time t: the last segment, a cached one, or the rules. */
static inline long
TzOffset(PggCalendar *c, int64 t)
{
	if (c->nseg > 0)
	{
		PggTzSeg   *s = &c->seg[c->lastseg];
		int			lo,
					hi;

		if (t >= s->start && t < s->end)
			return s->off;
		/* binary search over the segments known so far */
		lo = 0;
		hi = c->nseg;
		while (lo < hi)
		{
			int			mid = (lo + hi) / 2;

			if (c->seg[mid].end <= t)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < c->nseg && c->seg[lo].start <= t)
		{
			c->lastseg = lo;
			return c->seg[lo].off;
		}
	}
	return TzOffsetSlow(c, t);
}

/*
 * Remember that period idx, local seconds [ls, le) at UTC offset off, covers
 * the timestamps around u.  The bounds are clipped to the offset segment of
 * u: past the segment the offset differs, and the same local bounds would
 * be other instants, so those timestamps take the slow path again.
 */
static void
CalRemember(PggCalendar *c, int64 u, int64 idx, int64 ls, int64 le, long off)
{
	int64		lo = ls - off,
				hi = le - off;
	PggTzSeg   *sg;

	if (c->broken || c->nseg == 0)
		return;
	sg = &c->seg[c->lastseg];
	if (u < sg->start || u >= sg->end || sg->off != off)
		return;
	lo = Max(lo, sg->start);
	hi = Min(hi, sg->end);
	if (!(lo <= u && u < hi))
		return;
	c->plo = pgg_secs_to_ts(lo);
	c->phi = pgg_secs_to_ts(hi);
	c->pidx = idx;
}

int64
pgg_cal_index_slow(PggCalendar *c, TimestampTz ts)
{
	int64		u = pgg_unix_secs(ts);
	long		off = TzOffset(c, u);
	int64		local = u + off;
	int64		day,
				idx;

	/*
	 * Hours are real 60-minute spans starting at a full local hour: only the
	 * part of the offset below an hour shifts them, so the hour skipped or
	 * repeated at a DST change does not distort period distances.
	 */
	if (c->unit == PGG_CAL_HOUR)
	{
		int64		m = off - pgg_floor_div(off, 3600) * 3600;

		idx = pgg_floor_div(u + m, 3600);
		/* in local seconds: [idx * 3600 - m + off, ... + 3600) */
		CalRemember(c, u, idx, idx * 3600 - m + off, idx * 3600 - m + off + 3600, off);
		return idx;
	}
	/* the other units are cut from local seconds: DST is in off */
	day = pgg_floor_div(local, SECS_PER_DAY);
	if (c->unit == PGG_CAL_DAY)
	{
		CalRemember(c, u, day, day * SECS_PER_DAY, (day + 1) * SECS_PER_DAY, off);
		return day;
	}
	if (c->unit == PGG_CAL_WEEK)
	{
		/* 1970-01-01 was a Thursday: 3 days after a Monday, 4 after a Sunday */
		int64		shift = c->week_sunday ? 4 : 3;

		idx = pgg_floor_div(day + shift, 7);
		CalRemember(c, u, idx, (idx * 7 - shift) * SECS_PER_DAY, (idx * 7 - shift + 7) * SECS_PER_DAY, off);
		return idx;
	}
	if (day != c->month_day)
	{
		int			y,
					m,
					d;

		j2date((int) (day + UNIX_EPOCH_JDATE), &y, &m, &d);
		c->month_day = day;
		c->month_idx = (int64) (y - 1970) * 12 + (m - 1);
		CalRemember(c, u, c->month_idx,
					((int64) date2j(y, m, 1) - UNIX_EPOCH_JDATE) * SECS_PER_DAY,
					((int64) (m == 12 ? date2j(y + 1, 1, 1) : date2j(y, m + 1, 1)) - UNIX_EPOCH_JDATE) * SECS_PER_DAY,
					off);
	}
	return c->month_idx;
}

/*
 * The start of a period is the local midnight (or full hour) converted back
 * with the offset in effect then (DetermineTimeZoneOffset, as timestamptz
 * input does): a week that starts the day after a DST change starts at the
 * new offset.  The offset cache is not used: this runs once per cohort.
 */
int64
pgg_cal_period_start(const PggCalendar *cal, int64 idx)
{
	struct pg_tm tm;
	int64		local;
	int			tzoff;
	int			y,
				m,
				d;

	memset(&tm, 0, sizeof(tm));
	if (cal->unit == PGG_CAL_HOUR)
	{
		pg_time_t	t = (pg_time_t) (idx * 3600);
		struct pg_tm *lt = pg_localtime(&t, cal->tz);
		long		off = lt ? lt->tm_gmtoff : 0;

		return idx * 3600 - (off - pgg_floor_div(off, 3600) * 3600);
	}
	if (cal->unit == PGG_CAL_MONTH)
	{
		tm.tm_year = (int) (1970 + pgg_floor_div(idx, 12));
		tm.tm_mon = (int) (idx - pgg_floor_div(idx, 12) * 12) + 1;
		tm.tm_mday = 1;
	}
	else
	{
		if (cal->unit == PGG_CAL_DAY)
			local = idx * SECS_PER_DAY;
		else
			local = (idx * 7 - (cal->week_sunday ? 4 : 3)) * SECS_PER_DAY;
		j2date((int) (pgg_floor_div(local, SECS_PER_DAY) + UNIX_EPOCH_JDATE), &y, &m, &d);
		tm.tm_year = y;
		tm.tm_mon = m;
		tm.tm_mday = d;
	}
	tzoff = DetermineTimeZoneOffset(&tm, cal->tz);
	local = ((int64) date2j(tm.tm_year, tm.tm_mon, tm.tm_mday) - UNIX_EPOCH_JDATE) * SECS_PER_DAY + tzoff;
	/* the week or month of the earliest timestamps starts before them */
	if (local < MIN_TIMESTAMP / USECS_PER_SEC + PGG_UNIX_OFFSET_SECS)
		local = MIN_TIMESTAMP / USECS_PER_SEC + PGG_UNIX_OFFSET_SECS;
	return local;
}
