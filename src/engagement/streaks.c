/*-------------------------------------------------------------------------
 *
 * src/engagement/streaks.c
 *	  Streaks: the per-actor aggregate streaks(ts, unit, tz [, as_of]).
 *	  doc/engagement.md, "Streaks", states the semantics.
 *
 * A streak is a maximal run of consecutive active calendar periods (local
 * days, or ISO weeks starting Monday) of the time zone tz: the
 * gaps-and-islands recipe of SQL tutorials ("date minus row number"),
 * without the sort.  Periods come from the core calendar (core/calendar.h),
 * so a 23- or 25-hour day at a DST change is one day.  The actor's active
 * periods are kept as a run set (runs.c) with gap 1: each run is a streak,
 * O(1) per row arriving in order, an exact merge in the combine.
 *
 * The result: the longest streak and its first period, the current streak
 * as of a date (the streak that includes the period of as_of, or that ended
 * in the period before it: a streak stays current until a whole period has
 * passed without activity), the number of active periods, the first and the
 * last active period.  Without as_of, the current streak is the last one.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "core/args.h"
#include "core/calendar.h"
#include "core/codec.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/memutils.h"

#include "engagement/engagement.h"

/* period indexes a state may hold: local days of finite timestamps, with room */
#define STREAK_LO	((int64) -2500000)
#define STREAK_HI	((int64) 110000000)

/* days from the Unix epoch (1970-01-01) to the PostgreSQL one (2000-01-01) */
#define STREAK_EPOCH_DAYS ((int64) (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE))

/* longest time-zone name kept */
#define STREAK_TZ_MAX 255

/* inline run slots of a state (StreakState fills a 128-byte chunk) */
#define STREAK_INLINE_RUNS 3

/*
 * 120 bytes: an actor with up to four streaks (three inline, the last one
 * in the tail) costs one allocation, and its runs lie next to the state.
 */
typedef struct StreakState
{
	EngRunSet	rs;				/* one run per streak (gap 1) */
	const char *tz;				/* the zone name as given (shared, see below) */
	DateADT		as_of;
	uint8		unit;			/* PGG_CAL_DAY or PGG_CAL_WEEK */
	bool		has_as_of;
	EngRun		inl[STREAK_INLINE_RUNS];	/* rs's first runs */
} StreakState;

StaticAssertDecl(sizeof(StreakState) <= 128, "StreakState must fit a 128-byte chunk");

/* deserialize's scratch state and the zone name it read last (fn_extra) */
typedef struct StreakDeser
{
	StreakState st;
	char	   *tz;
} StreakDeser;

/* per call site: the calendar of the last zone and unit seen */
typedef struct StreakCache
{
	bool		valid;
	PggCalUnit	unit;
	int			unitlen;		/* the unit argument last parsed */
	char		unittext[8];
	PggCalUnit	unitparsed;
	int			tzlen;
	char		tzname[STREAK_TZ_MAX + 1];
	const char *tzkept;			/* tzname, kept for the query (states point to it) */
	int			nkept;			/* zone names kept so far */
	const char **kept;
	PggCalendar cal;
} StreakCache;

/*
 * The zone name of the cache as a string that lives as long as the call
 * site (the query), shared by the states of all actors: each distinct name
 * is copied once, into fn_mcxt.  A state from another process
 * (deserialize) holds a copy of its own.
 */
static const char *
StreakKeepTz(StreakCache *c, MemoryContext cxt)
{
	int			i;

	for (i = 0; i < c->nkept; i++)
		if (strcmp(c->kept[i], c->tzname) == 0)
			return c->kept[i];
	if ((c->nkept & (c->nkept - 1)) == 0)
	{
		int			cap = c->nkept == 0 ? 4 : c->nkept * 2;

		c->kept = c->kept == NULL
			? MemoryContextAlloc(cxt, cap * sizeof(char *))
			: repalloc(c->kept, cap * sizeof(char *));
	}
	c->kept[c->nkept] = MemoryContextStrdup(cxt, c->tzname);
	return c->kept[c->nkept++];
}

/* The unit argument: 'day' or 'week' (any case). */
PggCalUnit
StreakUnit(text *t)
{
	char	   *s = text_to_cstring(t);

	if (pg_strcasecmp(s, "day") == 0)
		return PGG_CAL_DAY;
	if (pg_strcasecmp(s, "week") == 0)
		return PGG_CAL_WEEK;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("streaks: unit must be 'day' or 'week', got \"%s\"", s),
			 errhint("Weeks are ISO weeks, starting on Monday.")));
	return PGG_CAL_DAY;			/* keep the compiler quiet */
}

/* period index of a date (a local day) */
static int64
StreakDateIndex(DateADT d, uint8 unit)
{
	int64		day = (int64) d + STREAK_EPOCH_DAYS;

	/* 1970-01-01 was a Thursday, 3 days after a Monday (calendar.c) */
	return unit == PGG_CAL_WEEK ? pgg_floor_div(day + 3, 7) : day;
}

/* first date of a period */
static DateADT
StreakIndexDate(int64 idx, uint8 unit)
{
	int64		day = unit == PGG_CAL_WEEK ? idx * 7 - 3 : idx;

	return (DateADT) (day - STREAK_EPOCH_DAYS);
}

static void
StreakMismatch(const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("streaks: %s must be the same on every row of an actor", what)));
}

/*
 * Transition: (state, ts, unit, tz [, as_of]).  Phases: the arguments
 * (unit, tz, as_of: NULL unit or tz refused, the calendar of the call site
 * reset when the zone or the unit changes); the state, created on the first
 * row or compared with the row's arguments; the row (NULL and infinite
 * timestamps skipped), added as its period index.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_streaks_trans);
Datum
pgg_streaks_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = pgg_agg_context(fcinfo, "streaks");
	MemoryContext old;
	StreakState *st = PG_ARGISNULL(0) ? NULL : (StreakState *) PG_GETARG_POINTER(0);
	StreakCache *c = (StreakCache *) fcinfo->flinfo->fn_extra;
	text	   *tzt;
	int			tzlen;
	PggCalUnit	unit;
	bool		has_as_of = false;
	DateADT		as_of = 0;
	TimestampTz ts;

	if (PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("streaks: unit must not be NULL"),
				 errhint("Pass 'day' or 'week'.")));
	if (PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("streaks: tz must not be NULL"),
				 errhint("Pass a time zone name such as 'UTC' or 'Europe/Berlin'.")));
	if (c == NULL)
	{
		c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(StreakCache));
		c->unitlen = -1;
		fcinfo->flinfo->fn_extra = c;
	}
	{
		text	   *ut = PG_GETARG_TEXT_PP(2);
		int			ulen = VARSIZE_ANY_EXHDR(ut);

		if (c->unitlen != ulen || ulen > (int) sizeof(c->unittext) ||
			memcmp(c->unittext, VARDATA_ANY(ut), ulen) != 0)
		{
			c->unitlen = -1;
			c->unitparsed = StreakUnit(ut);
			if (ulen <= (int) sizeof(c->unittext))
			{
				memcpy(c->unittext, VARDATA_ANY(ut), ulen);
				c->unitlen = ulen;
			}
		}
		unit = c->unitparsed;
	}
	tzt = PG_GETARG_TEXT_PP(3);
	tzlen = VARSIZE_ANY_EXHDR(tzt);
	if (!c->valid || c->unit != unit || c->tzlen != tzlen ||
		memcmp(c->tzname, VARDATA_ANY(tzt), tzlen) != 0)
	{
		pg_tz	   *tz;

		if (tzlen > STREAK_TZ_MAX || memchr(VARDATA_ANY(tzt), '\0', tzlen) != NULL)
			tz = NULL;
		else
		{
			memcpy(c->tzname, VARDATA_ANY(tzt), tzlen);
			c->tzname[tzlen] = '\0';
			tz = pgg_tz_lookup(c->tzname);
		}
		if (tz == NULL)
		{
			c->valid = false;
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("streaks: time zone \"%s\" not recognized", text_to_cstring(tzt)),
					 errhint("Use a name from pg_timezone_names, such as Europe/Berlin or UTC.")));
		}
		c->tzlen = tzlen;
		c->unit = unit;
		c->tzkept = StreakKeepTz(c, fcinfo->flinfo->fn_mcxt);
		pgg_cal_init(&c->cal, unit, false, tz, fcinfo->flinfo->fn_mcxt);
		c->valid = true;
	}
	if (PG_NARGS() > 4 && !PG_ARGISNULL(4))
	{
		as_of = PG_GETARG_DATEADT(4);
		if (DATE_NOT_FINITE(as_of))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("streaks: as_of must be a finite date")));
		has_as_of = true;
	}

	if (st == NULL)
	{
		old = MemoryContextSwitchTo(aggcxt);
		st = palloc(sizeof(StreakState));
		eng_runs_init_inline(&st->rs, st->inl, STREAK_INLINE_RUNS);
		st->unit = (uint8) unit;
		st->has_as_of = has_as_of;
		st->as_of = as_of;
		st->tz = c->tzkept;
		MemoryContextSwitchTo(old);
	}
	else
	{
		if (st->unit != (uint8) unit)
			StreakMismatch("unit");
		if (st->tz != c->tzkept && strcmp(st->tz, c->tzkept) != 0)
			StreakMismatch("tz");
		if (st->has_as_of != has_as_of || st->as_of != as_of)
			StreakMismatch("as_of");
	}

	if (PG_ARGISNULL(1))
		PG_RETURN_POINTER(st);
	ts = PG_GETARG_TIMESTAMPTZ(1);
	if (TIMESTAMP_NOT_FINITE(ts))
		PG_RETURN_POINTER(st);
	old = MemoryContextSwitchTo(aggcxt);
	eng_runs_add(&st->rs, pgg_cal_index(&c->cal, ts), 1);
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(st);
}

PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_streaks_combine);
Datum
pgg_streaks_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = pgg_agg_context(fcinfo, "streaks");
	MemoryContext old;
	StreakState *a,
			   *b;

	if (PG_ARGISNULL(1))
		return pgg_combine_first(fcinfo);
	b = (StreakState *) PG_GETARG_POINTER(1);
	old = MemoryContextSwitchTo(aggcxt);
	eng_runs_flush(&b->rs, 1);
	if (PG_ARGISNULL(0))
	{
		/* the zone name lives as long as the query (see StreakKeepTz) */
		a = palloc(sizeof(StreakState));
		a->tz = b->tz;
		a->as_of = b->as_of;
		a->unit = b->unit;
		a->has_as_of = b->has_as_of;
		eng_runs_init_inline(&a->rs, a->inl, STREAK_INLINE_RUNS);
		eng_runs_copy(&a->rs, &b->rs);
	}
	else
	{
		a = (StreakState *) PG_GETARG_POINTER(0);
		if (a->unit != b->unit)
			StreakMismatch("unit");
		if (a->tz != b->tz && strcmp(a->tz, b->tz) != 0)
			StreakMismatch("tz");
		if (a->has_as_of != b->has_as_of || a->as_of != b->as_of)
			StreakMismatch("as_of");
		eng_runs_flush(&a->rs, 1);
		eng_runs_union(&a->rs, &b->rs, 1);
	}
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(a);
}

/*
 * Serialized state (format version 1): magic "ESTR", version, the unit
 * (byte), has_as_of (byte), as_of (int32 date), the zone name (int32
 * length, bytes), then the runs of period indexes (eng_runs_write).
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_streaks_serialize);
Datum
pgg_streaks_serialize(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = pgg_agg_context(fcinfo, "streaks");
	MemoryContext old;
	StreakState *st = (StreakState *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	int			tzlen = strlen(st->tz);

	old = MemoryContextSwitchTo(aggcxt);
	eng_runs_flush(&st->rs, 1);
	MemoryContextSwitchTo(old);
	pgg_ser_begin_sized(&buf, ENG_STREAKS_MAGIC, ENG_STREAKS_VERSION,
						10 + tzlen + 10 + 8 + (st->rs.n + 1) * 30);
	pq_sendbyte(&buf, st->unit);
	pq_sendbyte(&buf, st->has_as_of ? 1 : 0);
	pq_sendint32(&buf, (uint32) st->as_of);
	pq_sendint32(&buf, (uint32) tzlen);
	pq_sendbytes(&buf, st->tz, tzlen);
	eng_runs_write(&buf, &st->rs);
	PG_RETURN_BYTEA_P(pgg_ser_end(&buf));
}

static void
StreakBadState(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid streaks state"),
			 errdetail_internal("%s", detail)));
}

PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_streaks_deserialize);
Datum
pgg_streaks_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext old;
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	StreakDeser *ds;
	StreakState *st;
	int			unit,
				flag;
	int32		tzlen;
	int64		lo = STREAK_LO,
				hi = STREAK_HI;

	pgg_agg_context(fcinfo, "streaks");

	/*
	 * One scratch state per call site, read into again on every call, as in
	 * session_stats' deserialize: the combine that follows copies it or
	 * merges it, and keeps no pointer into it but the zone name, which
	 * lives in fn_mcxt for the whole query.
	 */
	ds = (StreakDeser *) fcinfo->flinfo->fn_extra;
	if (ds == NULL)
	{
		ds = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(StreakDeser));
		eng_runs_init(&ds->st.rs);
		fcinfo->flinfo->fn_extra = ds;
	}
	else
		eng_runs_clear(&ds->st.rs);
	st = &ds->st;
	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	pgg_deser_begin(&buf, b, ENG_STREAKS_MAGIC, ENG_STREAKS_VERSION, "streaks");
	pgg_deser_need(&buf, 10, "streaks");
	unit = pq_getmsgbyte(&buf);
	flag = pq_getmsgbyte(&buf);
	st->as_of = (DateADT) pq_getmsgint(&buf, 4);
	tzlen = (int32) pq_getmsgint(&buf, 4);
	if (unit != PGG_CAL_DAY && unit != PGG_CAL_WEEK)
		StreakBadState("The unit is unknown.");
	if (flag != 0 && flag != 1)
		StreakBadState("The as_of flag is neither 0 nor 1.");
	if (flag == 1 && DATE_NOT_FINITE(st->as_of))
		StreakBadState("The as_of date is not finite.");
	if (flag == 0 && st->as_of != 0)
		StreakBadState("An absent as_of date is not 0.");
	if (tzlen < 1 || tzlen > STREAK_TZ_MAX)
		StreakBadState("The time zone name has a bad length.");
	pgg_deser_need(&buf, tzlen, "streaks");
	if (memchr(buf.data + buf.cursor, '\0', tzlen) != NULL)
		StreakBadState("The time zone name holds a zero byte.");
	/* the zone name: one copy per distinct name in a row, in fn_mcxt */
	if (ds->tz == NULL || (int) strlen(ds->tz) != tzlen ||
		memcmp(ds->tz, buf.data + buf.cursor, tzlen) != 0)
	{
		char	   *kept = palloc(tzlen + 1);

		memcpy(kept, buf.data + buf.cursor, tzlen);
		kept[tzlen] = '\0';
		ds->tz = kept;
	}
	st->tz = ds->tz;
	buf.cursor += tzlen;
	st->unit = (uint8) unit;
	st->has_as_of = (flag == 1);
	if (unit == PGG_CAL_WEEK)
	{
		lo = pgg_floor_div(STREAK_LO, 7);
		hi = STREAK_HI / 7;
	}
	eng_runs_read(&buf, &st->rs, 1, lo, hi, true, "streaks");
	pgg_deser_end(&buf, "streaks");
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(st);
}

/*
 * Final: longest, longest_start, current, current_start, active_periods,
 * first_active, last_active; NULL when the actor has no finite timestamp.
 * The state is left as it is (queued rows are merged into a copy).
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_streaks_final);
Datum
pgg_streaks_final(PG_FUNCTION_ARGS)
{
	StreakState *st;
	EngRunSet	tmp;
	const EngRunSet *rs;

	pgg_agg_context(fcinfo, "streaks");
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (StreakState *) PG_GETARG_POINTER(0);
	rs = &st->rs;
	if (rs->pending != NULL && rs->pending->buf.n > 0)
	{
		/* the queued rows are merged into a copy */
		eng_runs_flushed_copy(&tmp, rs, 1);
		rs = &tmp;
	}
	return eng_streaks_result(fcinfo, rs, st->unit, st->has_as_of, st->as_of);
}

/*
 * The streaks row of a flushed run set of period indexes (unit day or
 * week); NULL (fcinfo->isnull) when it is empty.  Shared with streaks() of
 * a stored activity (engagement/activity.c).
 */
Datum
eng_streaks_result(FunctionCallInfo fcinfo, const EngRunSet *rs, uint8 unit,
				   bool has_as_of, DateADT as_of)
{
	const EngRun *best = NULL,
			   *cur = NULL;
	TupleDesc	tupdesc;
	Datum		values[7];
	bool		nulls[7] = {false, false, false, false, false, false, false};
	int64		active = 0,
				curlen = 0,
				nruns,
				i;

	nruns = eng_runs_count(rs);
	if (nruns == 0)
		PG_RETURN_NULL();
	for (i = 0; i < nruns; i++)
	{
		const EngRun *r = eng_run_at(rs, i);

		active += r->end - r->start + 1;
		if (best == NULL || r->end - r->start > best->end - best->start)
			best = r;
	}
	if (!has_as_of)
	{
		cur = eng_run_at(rs, nruns - 1);
		curlen = cur->end - cur->start + 1;
	}
	else
	{
		int64		p = StreakDateIndex(as_of, unit);

		/* the streak holding p, or ending the period before it */
		for (i = nruns - 1; i >= 0; i--)
		{
			const EngRun *r = eng_run_at(rs, i);

			if (r->start > p)
				continue;
			if (r->end >= p - 1)
			{
				cur = r;
				curlen = Min(r->end, p) - r->start + 1;
			}
			break;
		}
	}
	tupdesc = eng_result_tupdesc(fcinfo, "streaks");
	values[0] = Int32GetDatum((int32) (best->end - best->start + 1));
	values[1] = DateADTGetDatum(StreakIndexDate(best->start, unit));
	values[2] = Int32GetDatum((int32) curlen);
	if (cur != NULL)
		values[3] = DateADTGetDatum(StreakIndexDate(cur->start, unit));
	else
		nulls[3] = true;
	values[4] = Int32GetDatum((int32) active);
	values[5] = DateADTGetDatum(StreakIndexDate(eng_run_at(rs, 0)->start, unit));
	values[6] = DateADTGetDatum(StreakIndexDate(eng_run_at(rs, nruns - 1)->end, unit));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
