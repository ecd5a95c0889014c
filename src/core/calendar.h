/*-------------------------------------------------------------------------
 *
 * src/core/calendar.h
 *	  Calendar periods of a time zone (core/calendar.c): the hour, day,
 *	  week or month a timestamp falls in, computed per row from Unix seconds
 *	  and a cache of the zone's UTC offsets, exact across DST changes.
 *
 * The semantics (a day is a local calendar day of 23 to 25 hours, a week
 * starts at local midnight of Monday or Sunday, a month at local midnight of
 * its first day, an hour is a real 60-minute span starting at a full local
 * hour) are stated in doc/retention.md, "Time zones and DST"; retention is
 * the first user, engagement (sessions, DAU/WAU/MAU) the next.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef PGG_CALENDAR_H
#define PGG_CALENDAR_H

#include "core/pg_growth.h"

#include "datatype/timestamp.h"
#include "pgtime.h"


/*
 * Period units.  The numbers are part of stored values (the retention matrix
 * keeps them in its definition code): never renumber.
 */
typedef enum PggCalUnit
{
	PGG_CAL_HOUR = 1,
	PGG_CAL_DAY = 2,
	PGG_CAL_WEEK = 3,
	PGG_CAL_MONTH = 4
} PggCalUnit;

/* seconds from the Unix epoch (1970) to the PostgreSQL epoch (2000) */
#define PGG_UNIX_OFFSET_SECS ((int64) (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY)

/* Floor division (rounds toward minus infinity); b != 0. */
static inline int64
pgg_floor_div(int64 a, int64 b)
{
	int64		q = a / b;

	if ((a % b) != 0 && ((a < 0) != (b < 0)))
		q--;
	return q;
}

/* Unix seconds (floor) of a finite timestamp. */
static inline int64
pgg_unix_secs(TimestampTz ts)
{
	return pgg_floor_div(ts, USECS_PER_SEC) + PGG_UNIX_OFFSET_SECS;
}

/* Unix seconds to a timestamp, saturating at the int64 range. */
static inline TimestampTz
pgg_secs_to_ts(int64 x)
{
	if (x >= PG_INT64_MAX / USECS_PER_SEC + PGG_UNIX_OFFSET_SECS)
		return PG_INT64_MAX;
	if (x <= PG_INT64_MIN / USECS_PER_SEC + PGG_UNIX_OFFSET_SECS)
		return PG_INT64_MIN;
	return (x - PGG_UNIX_OFFSET_SECS) * USECS_PER_SEC;
}

/* one interval of constant UTC offset: [start, end) in Unix seconds */
typedef struct PggTzSeg
{
	int64		start;
	int64		end;
	long		off;			/* seconds east of UTC */
} PggTzSeg;

/*
 * A calendar: the unit, the week start and the zone, and the caches that
 * make a period look-up cost two comparisons for most rows.  Period indexes
 * count from the Unix epoch in local time: hour 0 starts 1970-01-01 00:00
 * UTC (shifted by the part of the offset below an hour), day 0 is local
 * 1970-01-01, week 0 the week holding it, month 0 January 1970.  A calendar
 * lives in one memory context (its segments are allocated there) and is not
 * shared between processes; it holds no pointers into rows.
 */
typedef struct PggCalendar
{
	PggCalUnit	unit;
	bool		week_sunday;	/* weeks start on Sunday (else Monday) */
	pg_tz	   *tz;
	/* the offset segments seen so far, sorted by end, not overlapping */
	MemoryContext cxt;
	int			nseg;
	int			segcap;
	int			lastseg;		/* the segment of the last look-up */
	bool		broken;			/* pg_next_dst_boundary failed: pg_localtime per row */
	PggTzSeg   *seg;
	/* months: the last local day converted (j2date is not cheap) */
	int64		month_day;
	int64		month_idx;
	/* the last period computed: timestamps [plo, phi) have index pidx */
	TimestampTz plo;
	TimestampTz phi;
	int64		pidx;
} PggCalendar;

/* Set up a calendar; its segments will be allocated in cxt. */
extern void pgg_cal_init(PggCalendar *cal, PggCalUnit unit, bool week_sunday,
						 pg_tz *tz, MemoryContext cxt);

/* The period index of ts when it is not the last period computed. */
extern int64 pgg_cal_index_slow(PggCalendar *cal, TimestampTz ts);

/*
 * The period index of a finite timestamp.  Rows arrive roughly in time
 * order, so most fall in the period computed last: two comparisons.
 */
static inline int64
pgg_cal_index(PggCalendar *cal, TimestampTz ts)
{
	if (ts >= cal->plo && ts < cal->phi)
		return cal->pidx;
	return pgg_cal_index_slow(cal, ts);
}

/* The instant (Unix seconds) at which period idx starts. */
extern int64 pgg_cal_period_start(const PggCalendar *cal, int64 idx);

/* Resolve a time-zone name as SET TimeZone does; NULL when unknown. */
extern pg_tz *pgg_tz_lookup(const char *name);


#endif							/* PGG_CALENDAR_H */
