/*-------------------------------------------------------------------------
 *
 * src/engagement/engagement.h
 *	  Internal declarations of the engagement capability: the run set that
 *	  both sessions (sessions.c) and streaks (streaks.c) keep per actor
 *	  (runs.c).  doc/engagement.md states the semantics.
 *
 * A run set is a sorted list of runs [start, end] of int64 values (session
 * timestamps in microseconds, or calendar period indexes for streaks) with
 * the number of rows of each run; two consecutive runs are more than gap
 * apart (next.start - prev.end > gap).  Sessions are the runs of an actor's
 * timestamps with gap = the session gap; streaks are the runs of its active
 * periods with gap = 1.  The summary is exact under union: every value
 * inside a run is within gap of its neighbours, so merging two run sets
 * (sorted by start, joining runs whose distance is at most gap) gives the
 * run set of the union of their values, whatever their time ranges.  Rows
 * arriving in order cost O(1); rows out of order are queued in a core event
 * buffer and merged in batches.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef PGG_ENGAGEMENT_H
#define PGG_ENGAGEMENT_H

#include "core/pg_growth.h"
#include "core/evbuf.h"

#include "access/tupdesc.h"
#include "fmgr.h"
#include "lib/stringinfo.h"

/* one run: the values start..end (16 bytes) */
typedef struct EngRun
{
	int64		start;
	int64		end;
} EngRun;

/*
 * The run set: 56 bytes inside the state that holds it.  The last run (the
 * one rows in time order extend) is kept in the set itself, so that the
 * per-row path touches only the state; the runs before it are in an array
 * of their own, allocated when a second run starts.  rows counts the values
 * added (queued ones included); the set is empty iff rows is 0, and then
 * the tail is empty too (start > end).  The gap is kept by the caller's
 * state and passed to every function.
 */
typedef struct EngPending
{
	PggEventBuffer buf;			/* out-of-order values (ts field), unsorted */
	int64		last_ts;		/* pgg_evbuf_push's order check */
	uint32		last_mask;
} EngPending;

typedef struct EngRunSet
{
	int32		n;				/* runs in the array (before the tail) */
	int32		cap;			/* array slots */
	EngRun	   *runs;			/* sorted by start, separated by > gap */
	EngPending *pending;		/* NULL until a value arrives out of order */
	EngRun		tail;			/* the last run */
	int64		rows;			/* values added */
	bool		inline_runs;	/* runs is the owner's inline area, not a chunk */
} EngRunSet;

/* number of runs, and run i (0-based) of a set */
static inline int64
eng_runs_count(const EngRunSet *rs)
{
	return rs->rows > 0 ? (int64) rs->n + 1 : 0;
}

static inline const EngRun *
eng_run_at(const EngRunSet *rs, int64 i)
{
	return i < rs->n ? &rs->runs[i] : &rs->tail;
}

/* the serialized states: magic, format version */
#define ENG_SESSIONS_MAGIC	0x45535353	/* "ESSS" */
#define ENG_SESSIONS_VERSION 1
#define ENG_STREAKS_MAGIC	0x45535452	/* "ESTR" */
#define ENG_STREAKS_VERSION 1

/* most runs one serialized state may hold (1 GB / 3 bytes per run) */
#define ENG_MAX_RUNS		(MaxAllocSize / sizeof(EngRun))

/* true when next (a later value) joins a run ending at prev_end */
static inline bool
eng_joins(int64 prev_end, int64 next, int64 gap)
{
	int64		d;

	if (pg_sub_s64_overflow(next, prev_end, &d))
		return next < prev_end; /* overflow: the distance is huge */
	return d <= gap;
}

/* runs.c */
extern void eng_runs_init(EngRunSet *rs);
extern void eng_runs_clear(EngRunSet *rs);
extern void eng_runs_init_inline(EngRunSet *rs, EngRun *area, int32 slots);
extern void eng_runs_add_slow(EngRunSet *rs, int64 v, int64 gap);
extern void eng_runs_flush(EngRunSet *rs, int64 gap);
extern void eng_runs_merge(EngRunSet *dst, const EngRun *src, int32 m, const EngRun *last,
						   int64 gap);
extern void eng_runs_union(EngRunSet *dst, const EngRunSet *src, int64 gap);
extern void eng_runs_copy(EngRunSet *dst, const EngRunSet *src);
extern void eng_runs_flushed_copy(EngRunSet *dst, const EngRunSet *src, int64 gap);
extern void eng_runs_write(StringInfo buf, const EngRunSet *rs);
extern void eng_runs_read(StringInfo buf, EngRunSet *rs, int64 gap, int64 lo,
						  int64 hi, bool per_value, const char *what);
extern TupleDesc eng_result_tupdesc(FunctionCallInfo fcinfo, const char *fname);

/* streaks.c: the unit argument ('day', 'week'), the result row of a flushed run set */
#include "core/calendar.h"
#include "fmgr.h"
#include "utils/date.h"
extern PggCalUnit StreakUnit(text *t);
extern Datum eng_streaks_result(FunctionCallInfo fcinfo, const EngRunSet *rs, uint8 unit,
								bool has_as_of, DateADT as_of);

/*
 * Add one value (in the run set's memory context).  Values in order extend
 * or append the last run; others are queued (eng_runs_add_slow).
 */
static inline void
eng_runs_add(EngRunSet *rs, int64 v, int64 gap)
{
	EngRun	   *last = &rs->tail;

	if (likely(rs->rows > 0) && v >= last->start)
	{
		if (v > last->end)
		{
			if (!eng_joins(last->end, v, gap))
				goto slow;
			last->end = v;
		}
		rs->rows++;
		return;
	}
slow:
	eng_runs_add_slow(rs, v, gap);
}

#endif							/* PGG_ENGAGEMENT_H */
