/*-------------------------------------------------------------------------
 *
 * src/engagement/sessions.c
 *	  Sessions: the window function sessionize(ts, gap) and the per-actor
 *	  aggregate session_stats(ts, gap).  doc/engagement.md, "Sessions",
 *	  states the semantics.
 *
 * A session is a maximal run of an actor's timestamps in which each is at
 * most gap after the previous one: a new session starts at the first row
 * and at every row more than gap after the previous one (duckdb-behavioral's
 * sessionize: a row exactly gap after the previous one stays in its
 * session).  NULL and infinite timestamps belong to no session.
 *
 * sessionize numbers the sessions of a partition ordered by ts in one pass
 * (partition-local memory: the previous timestamp and the session number).
 * session_stats keeps the actor's sessions as a run set (runs.c): one run
 * (start, end, rows) per session, O(1) per row arriving in order; its
 * combine merges two run sets exactly, whatever their time ranges, so the
 * aggregate runs under partial aggregation without any sort.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "core/args.h"
#include "core/codec.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/timestamp.h"
#include "windowapi.h"

#include "engagement/engagement.h"

/* ---- the gap ------------------------------------------------------------ */

/*
 * The session gap in microseconds: a finite positive interval (a month
 * counts as 30 days, a day as 24 hours).  fname names the function.
 */
static int64
SessGap(FunctionCallInfo fcinfo, Datum d, bool isnull, const char *fname)
{
	Interval   *iv;

	if (isnull)
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("gap of %s must not be NULL", fname),
				 errhint("Pass an interval such as '30 minutes'.")));
	iv = DatumGetIntervalP(d);
	/* PostgreSQL 17's infinite intervals have every field at its limit */
	if ((iv->month == PG_INT32_MAX && iv->day == PG_INT32_MAX && iv->time == PG_INT64_MAX) ||
		(iv->month == PG_INT32_MIN && iv->day == PG_INT32_MIN && iv->time == PG_INT64_MIN))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("gap of %s must be a finite interval", fname),
				 errhint("Pass an interval such as '30 minutes'.")));
	return pgg_interval_usec(iv, "gap", fname);
}

/* the same gap on every row of a partition or group */
static void
SessSameGap(int64 seen, int64 gap, const char *fname)
{
	if (seen != gap)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("gap of %s must be the same on every row of an actor", fname),
				 errdetail("Got gaps of %lld and %lld microseconds.",
						   (long long) seen, (long long) gap)));
}

/* ---- sessionize(ts, gap) OVER (PARTITION BY actor ORDER BY ts) ---------- */

/* partition-local memory of sessionize (zeroed at each partition) */
typedef struct SessWin
{
	bool		started;		/* a row of the partition has been seen */
	bool		have_prev;		/* prev holds a timestamp */
	Interval	gapiv;			/* the gap argument of the last row */
	int64		gap;
	int64		prev;			/* the last non-NULL finite timestamp */
	int64		session;		/* its session number */
} SessWin;

PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_sessionize);
Datum
pgg_sessionize(PG_FUNCTION_ARGS)
{
	WindowObject win = PG_WINDOW_OBJECT();
	SessWin    *s;
	bool		isnull;
	Datum		d;
	int64		gap;
	TimestampTz ts;

	s = (SessWin *) WinGetPartitionLocalMemory(win, sizeof(SessWin));
	d = WinGetFuncArgCurrent(win, 1, &isnull);
	if (!s->started || isnull ||
		memcmp(DatumGetIntervalP(d), &s->gapiv, sizeof(Interval)) != 0)
	{
		gap = SessGap(fcinfo, d, isnull, "sessionize");
		if (!s->started)
		{
			s->started = true;
			s->gap = gap;
		}
		else
			SessSameGap(s->gap, gap, "sessionize");
		s->gapiv = *DatumGetIntervalP(d);
	}

	d = WinGetFuncArgCurrent(win, 0, &isnull);
	if (isnull)
		PG_RETURN_NULL();
	ts = DatumGetTimestampTz(d);
	if (TIMESTAMP_NOT_FINITE(ts))
		PG_RETURN_NULL();
	if (!s->have_prev)
		s->session = 1;
	else if (ts < s->prev)
	{
		/* timestamptz_to_str returns a static buffer */
		char	   *now = pstrdup(timestamptz_to_str(ts));
		char	   *before = pstrdup(timestamptz_to_str(s->prev));

		ereport(ERROR,
				(errcode(ERRCODE_WINDOWING_ERROR),
				 errmsg("sessionize: rows must come in ascending ts order"),
				 errdetail("A row at %s follows one at %s.", now, before),
				 errhint("Call it as sessionize(ts, gap) OVER (PARTITION BY actor ORDER BY ts).")));
	}
	else if (!eng_joins(s->prev, ts, s->gap))
		s->session++;
	s->prev = ts;
	s->have_prev = true;
	PG_RETURN_INT64(s->session);
}

/* ---- session_stats(ts, gap) --------------------------------------------- */

/* inline run slots of a state (SessState fills a 128-byte chunk) */
#define SESS_INLINE_RUNS 4

/*
 * 128 bytes: an actor with up to five sessions (four inline, the last one
 * in the tail) costs one allocation, and its runs lie next to the state.
 */
typedef struct SessState
{
	int64		gap;			/* microseconds */
	EngRunSet	rs;				/* one run per session */
	EngRun		inl[SESS_INLINE_RUNS];	/* rs's first runs */
} SessState;

StaticAssertDecl(sizeof(SessState) <= 128, "SessState must fit a 128-byte chunk");

/* A new state in the current memory context. */
static SessState *
SessNew(int64 gap)
{
	SessState  *st = palloc(sizeof(SessState));

	st->gap = gap;
	eng_runs_init_inline(&st->rs, st->inl, SESS_INLINE_RUNS);
	return st;
}

/*
 * The gap in microseconds when it is valid, else -1 (then SessGap raises
 * the error): the per-row check, with no allocation.
 */
static inline int64
SessGapFast(const Interval *iv)
{
	int64		usec;

	if (pg_mul_s64_overflow((int64) iv->month * 30 + iv->day, USECS_PER_DAY, &usec) ||
		pg_add_s64_overflow(usec, iv->time, &usec) || usec <= 0)
		return -1;
	return usec;
}

/* finite timestamps (what a state may hold) */
#define SESS_TS_LO	MIN_TIMESTAMP
#define SESS_TS_HI	(END_TIMESTAMP - 1)

PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_session_stats_trans);
Datum
pgg_session_stats_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	MemoryContext old;
	SessState  *st = PG_ARGISNULL(0) ? NULL : (SessState *) PG_GETARG_POINTER(0);
	int64		gap;
	TimestampTz ts;

	/*
	 * The per-row fast path: a finite timestamp at or after the start of the
	 * actor's last session and within gap of its end, with the state's gap,
	 * extends that session in place (no memory context, no allocation).  A
	 * state exists only after a first call checked the aggregate context.
	 */
	if (likely(st != NULL && st->rs.rows > 0 && !PG_ARGISNULL(1) && !PG_ARGISNULL(2)))
	{
		EngRun	   *last = &st->rs.tail;

		ts = PG_GETARG_TIMESTAMPTZ(1);
		if (ts >= last->start && !TIMESTAMP_IS_NOEND(ts) &&
			(ts <= last->end || eng_joins(last->end, ts, st->gap)) &&
			SessGapFast(PG_GETARG_INTERVAL_P(2)) == st->gap)
		{
			if (ts > last->end)
				last->end = ts;
			st->rs.rows++;
			PG_RETURN_POINTER(st);
		}
	}

	aggcxt = pgg_agg_context(fcinfo, "session_stats");
	/* the gap: the full check (and its errors) unless it is the state's */
	if (st == NULL || PG_ARGISNULL(2) ||
		SessGapFast(PG_GETARG_INTERVAL_P(2)) != st->gap)
	{
		gap = SessGap(fcinfo, PG_GETARG_DATUM(2), PG_ARGISNULL(2), "session_stats");
		if (st == NULL)
		{
			old = MemoryContextSwitchTo(aggcxt);
			st = SessNew(gap);
			MemoryContextSwitchTo(old);
		}
		else
			SessSameGap(st->gap, gap, "session_stats");
	}
	if (PG_ARGISNULL(1))
		PG_RETURN_POINTER(st);
	ts = PG_GETARG_TIMESTAMPTZ(1);
	if (TIMESTAMP_NOT_FINITE(ts))
		PG_RETURN_POINTER(st);
	old = MemoryContextSwitchTo(aggcxt);
	eng_runs_add(&st->rs, ts, st->gap);
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(st);
}

PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_session_stats_combine);
Datum
pgg_session_stats_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = pgg_agg_context(fcinfo, "session_stats");
	MemoryContext old;
	SessState  *a,
			   *b;

	if (PG_ARGISNULL(1))
		return pgg_combine_first(fcinfo);
	b = (SessState *) PG_GETARG_POINTER(1);
	old = MemoryContextSwitchTo(aggcxt);
	eng_runs_flush(&b->rs, b->gap);
	if (PG_ARGISNULL(0))
	{
		a = SessNew(b->gap);
		eng_runs_copy(&a->rs, &b->rs);
	}
	else
	{
		a = (SessState *) PG_GETARG_POINTER(0);
		SessSameGap(a->gap, b->gap, "session_stats");
		eng_runs_flush(&a->rs, a->gap);
		eng_runs_union(&a->rs, &b->rs, a->gap);
	}
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(a);
}

/*
 * Serialized state (format version 1): magic "ESSS", version, the gap
 * (int64 microseconds), then the runs (eng_runs_write).
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_session_stats_serialize);
Datum
pgg_session_stats_serialize(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = pgg_agg_context(fcinfo, "session_stats");
	MemoryContext old;
	SessState  *st = (SessState *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	old = MemoryContextSwitchTo(aggcxt);
	eng_runs_flush(&st->rs, st->gap);
	MemoryContextSwitchTo(old);
	pgg_ser_begin_sized(&buf, ENG_SESSIONS_MAGIC, ENG_SESSIONS_VERSION,
						8 + 10 + 8 + (st->rs.n + 1) * 30);
	pq_sendint64(&buf, st->gap);
	eng_runs_write(&buf, &st->rs);
	PG_RETURN_BYTEA_P(pgg_ser_end(&buf));
}

PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_session_stats_deserialize);
Datum
pgg_session_stats_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext old;
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	SessState  *st;
	int64		gap;

	pgg_agg_context(fcinfo, "session_stats");

	/*
	 * One scratch state per call site, kept in fn_extra (fn_mcxt) and read
	 * into again on every call: the state of a deserialize is consumed by
	 * the combine call that follows it (partial aggregation has no grouping
	 * sets), which copies it into the aggregate's memory when it starts a
	 * group and merges it otherwise, never keeping a pointer into it.  No
	 * allocation per partial state.
	 */
	st = (SessState *) fcinfo->flinfo->fn_extra;
	if (st == NULL)
	{
		st = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(SessState));
		eng_runs_init(&st->rs);
		fcinfo->flinfo->fn_extra = st;
	}
	else
		eng_runs_clear(&st->rs);
	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	pgg_deser_begin(&buf, b, ENG_SESSIONS_MAGIC, ENG_SESSIONS_VERSION, "session_stats");
	pgg_deser_need(&buf, 8, "session_stats");
	gap = pq_getmsgint64(&buf);
	if (gap <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid session_stats state"),
				 errdetail("The gap is not positive.")));
	st->gap = gap;
	eng_runs_read(&buf, &st->rs, gap, SESS_TS_LO, SESS_TS_HI, false, "session_stats");
	pgg_deser_end(&buf, "session_stats");
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(st);
}

/* an interval of usec microseconds, whole days split off like timestamp - timestamp */
static Datum
SessInterval(int64 usec)
{
	Interval   *iv = palloc(sizeof(Interval));

	iv->month = 0;
	iv->day = (int32) (usec / USECS_PER_DAY);
	iv->time = usec % USECS_PER_DAY;
	return IntervalPGetDatum(iv);
}

static void
SessDurationRange(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			 errmsg("session_stats: session duration out of range")));
}

/*
 * Final: sessions, total_duration, longest_duration, events,
 * events_per_session; NULL when the actor has no finite timestamp.  The
 * state is left as it is (queued rows are merged into a copy).
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_session_stats_final);
Datum
pgg_session_stats_final(PG_FUNCTION_ARGS)
{
	SessState  *st;
	EngRunSet	tmp;
	const EngRunSet *rs;
	TupleDesc	tupdesc;
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, false};
	int64		total = 0,
				longest = 0,
				events = 0,
				nruns,
				i;

	pgg_agg_context(fcinfo, "session_stats");
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (SessState *) PG_GETARG_POINTER(0);
	rs = &st->rs;
	if (rs->pending != NULL && rs->pending->buf.n > 0)
	{
		/* the queued rows are merged into a copy */
		eng_runs_flushed_copy(&tmp, rs, st->gap);
		rs = &tmp;
	}
	nruns = eng_runs_count(rs);
	if (nruns == 0)
		PG_RETURN_NULL();
	for (i = 0; i < nruns; i++)
	{
		const EngRun *r = eng_run_at(rs, i);
		int64		d;

		if (pg_sub_s64_overflow(r->end, r->start, &d) ||
			pg_add_s64_overflow(total, d, &total))
			SessDurationRange();
		if (d > longest)
			longest = d;
	}
	events = rs->rows;
	tupdesc = eng_result_tupdesc(fcinfo, "session_stats");
	values[0] = Int64GetDatum(nruns);
	values[1] = SessInterval(total);
	values[2] = SessInterval(longest);
	values[3] = Int64GetDatum(events);
	values[4] = Float8GetDatum((double) events / (double) nruns);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
