/*-------------------------------------------------------------------------
 *
 * src/engagement/runs.c
 *	  The run set of the engagement capability (engagement.h): an actor's
 *	  values as sorted runs no more than gap apart inside and more than gap
 *	  apart between, and the number of values.  Sessions (gap = the session
 *	  gap, values = timestamps) and streaks (gap = 1, values = calendar
 *	  periods) are both run sets.  doc/engagement.md states the semantics;
 *	  the run rule is duckdb-behavioral's sessionize rule (a new run when a
 *	  value is more than gap after the previous one).
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "core/codec.h"

#include "funcapi.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/memutils.h"

#include "engagement/engagement.h"

/* initial run slots of a new set (most actors have a few sessions) */
#define ENG_INITIAL_RUNS 4

/* fewest queued values that trigger a merge */
#define ENG_MIN_PENDING 64

void
eng_runs_init(EngRunSet *rs)
{
	rs->n = 0;
	rs->cap = 0;
	rs->runs = NULL;
	rs->pending = NULL;
	rs->tail.start = 1;			/* empty */
	rs->tail.end = 0;
	rs->rows = 0;
	rs->inline_runs = false;
}

/*
 * An empty set whose first slots runs are the area given, inside the state
 * that holds the set (allocated with it): most actors have a few runs, and
 * they then cost no allocation of their own and sit next to the tail.  When
 * more are needed the runs move to an array of their own (the area stays
 * unused).
 */
void
eng_runs_init_inline(EngRunSet *rs, EngRun *area, int32 slots)
{
	eng_runs_init(rs);
	rs->runs = area;
	rs->cap = slots;
	rs->inline_runs = true;
}

#define TAIL_EMPTY(rs) ((rs)->tail.start > (rs)->tail.end)

/*
 * Empty a set without a queue, keeping its array (and so its memory
 * context) for the next values: deserialize functions read every state of
 * a call site into one scratch set.
 */
void
eng_runs_clear(EngRunSet *rs)
{
	Assert(rs->pending == NULL);
	rs->n = 0;
	rs->tail.start = 1;
	rs->tail.end = 0;
	rs->rows = 0;
}

/* Room for need runs in the array (it doubles, in the current memory context). */
static void
RunsReserve(EngRunSet *rs, int64 need)
{
	int64		cap;

	if (need <= rs->cap)
		return;
	if (need > (int64) ENG_MAX_RUNS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many sessions or streaks for one actor"),
				 errdetail("One actor may have at most %d runs.", (int) ENG_MAX_RUNS)));
	cap = Max(Max(need, ENG_INITIAL_RUNS), (int64) rs->cap * 2);
	if (cap > (int64) ENG_MAX_RUNS)
		cap = ENG_MAX_RUNS;
	if (rs->inline_runs)
	{
		/* leave the inline area for an array of its own */
		EngRun	   *runs = palloc(cap * sizeof(EngRun));

		memcpy(runs, rs->runs, rs->n * sizeof(EngRun));
		rs->runs = runs;
		rs->inline_runs = false;
	}
	else
		rs->runs = rs->runs == NULL ? palloc(cap * sizeof(EngRun))
			: repalloc(rs->runs, cap * sizeof(EngRun));
	rs->cap = (int32) cap;
}

/* Move the tail into the array: every run is then in the array. */
static void
RunsSeal(EngRunSet *rs)
{
	if (TAIL_EMPTY(rs))
		return;
	if (rs->n >= rs->cap)
		RunsReserve(rs, (int64) rs->n + 1);
	rs->runs[rs->n++] = rs->tail;
	rs->tail.start = 1;
	rs->tail.end = 0;
}

/* Move the last run of the array into the tail (the invariant again). */
static void
RunsUnseal(EngRunSet *rs)
{
	if (rs->n > 0 && TAIL_EMPTY(rs))
		rs->tail = rs->runs[--rs->n];
}

/*
 * Append a run to the array of a sealed set, joining it to the last one
 * when they are within gap.
 */
static inline void
RunsPush(EngRunSet *rs, int64 start, int64 end, int64 gap)
{
	EngRun	   *last;

	if (rs->n > 0)
	{
		last = &rs->runs[rs->n - 1];
		if (eng_joins(last->end, start, gap))
		{
			if (end > last->end)
				last->end = end;
			return;
		}
	}
	if (rs->n >= rs->cap)
		RunsReserve(rs, (int64) rs->n + 1);
	last = &rs->runs[rs->n++];
	last->start = start;
	last->end = end;
}

/*
 * The slow path of eng_runs_add: the first value, a value that starts a new
 * run after the last one, or a value before the last run (queued).
 */
void
eng_runs_add_slow(EngRunSet *rs, int64 v, int64 gap)
{
	EngPending *p;

	rs->rows++;
	if (TAIL_EMPTY(rs) || v >= rs->tail.start)
	{
		RunsSeal(rs);
		rs->tail.start = v;
		rs->tail.end = v;
		return;
	}
	if (rs->pending == NULL)
	{
		p = palloc(sizeof(EngPending));
		p->buf.n = 0;
		p->buf.cap = 0;
		p->buf.sorted = true;
		p->buf.ev = NULL;
		p->last_ts = 0;
		p->last_mask = 0;
		rs->pending = p;
	}
	p = rs->pending;
	pgg_evbuf_push(&p->buf, &p->last_ts, &p->last_mask, v, 0, 0);
	if (p->buf.n >= Max((int64) ENG_MIN_PENDING, (int64) rs->n + 1))
		eng_runs_flush(rs, gap);
}

/*
 * Merge the sorted runs src[0..m), then *last when not NULL (after them),
 * into dst: the interval union with gap
 * tolerance (runs whose distance is at most gap join), in place.  The array
 * of dst grows to hold both, and the runs are merged from the back by
 * descending start into its end: the front run of the output is the one
 * with the smallest start so far; a run joins it when it ends within gap of
 * its start, and the front run, grown to the right, may then reach the run
 * after it and join that one too.  The write position never passes the
 * unread runs of dst (each written run consumed at least one input run).
 * The merged runs are then moved to the start of the array.
 */
void
eng_runs_merge(EngRunSet *dst, const EngRun *src, int32 m, const EngRun *last, int64 gap)
{
	EngRun	   *a;
	int32		na,
				ns,
				total,
				i,
				j,
				k;

	ns = m + (last != NULL ? 1 : 0);
	if (ns == 0)
		return;
	RunsSeal(dst);
	na = dst->n;
	RunsReserve(dst, (int64) na + ns);
	a = dst->runs;
	total = na + ns;
	i = na - 1;
	j = ns - 1;
	k = total;					/* the output is a[k .. total) */
	while (i >= 0 || j >= 0)
	{
		EngRun		r;

		if (j >= 0 && (i < 0 || a[i].start <= (j < m ? src[j] : *last).start))
			r = (j < m) ? src[j] : *last, j--;
		else
			r = a[i--];
		if (k < total && eng_joins(r.end, a[k].start, gap))
		{
			a[k].start = r.start;
			if (r.end > a[k].end)
				a[k].end = r.end;
			while (k + 1 < total && eng_joins(a[k].end, a[k + 1].start, gap))
			{
				a[k + 1].start = a[k].start;
				if (a[k].end > a[k + 1].end)
					a[k + 1].end = a[k].end;
				k++;
			}
		}
		else
			a[--k] = r;
		if (((i + j) & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	if (k > 0)
		memmove(a, a + k, (total - k) * sizeof(EngRun));
	dst->n = total - k;
	RunsUnseal(dst);
}

/*
 * dst := the union of dst and src (both flushed), in the current memory
 * context; src is not changed (it may be a deserialize's scratch set, whose
 * array must stay in its own memory context).
 */
void
eng_runs_union(EngRunSet *dst, const EngRunSet *src, int64 gap)
{
	int64		rows;
	const EngRun *first;

	if (pg_add_s64_overflow(dst->rows, src->rows, &rows))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many rows for one actor")));
	if (src->rows == 0)
		return;
	if (dst->rows == 0)
	{
		/* dst is empty (no runs, no queue): take a copy of src */
		dst->n = 0;
		if (src->n > 0)
		{
			RunsReserve(dst, src->n);
			memcpy(dst->runs, src->runs, src->n * sizeof(EngRun));
			dst->n = src->n;
		}
		dst->tail = src->tail;
		dst->rows = rows;
		return;
	}
	dst->rows = rows;
	first = src->n > 0 ? &src->runs[0] : &src->tail;
	if (first->start > dst->tail.end && !eng_joins(dst->tail.end, first->start, gap))
	{
		/* every run of src comes after dst's last one: append them */
		RunsSeal(dst);
		RunsReserve(dst, (int64) dst->n + src->n + 1);
		if (src->n > 0)
			memcpy(dst->runs + dst->n, src->runs, src->n * sizeof(EngRun));
		dst->n += src->n;
		dst->tail = src->tail;
	}
	else
		eng_runs_merge(dst, src->runs, src->n, &src->tail, gap);
}

/* Merge the queued values into the runs (in the set's memory context). */
void
eng_runs_flush(EngRunSet *rs, int64 gap)
{
	EngPending *p = rs->pending;
	EngRunSet	q;
	int64		k;

	if (p == NULL || p->buf.n == 0)
		return;
	pgg_evbuf_sort(&p->buf);
	eng_runs_init(&q);
	for (k = 0; k < p->buf.n; k++)
		RunsPush(&q, p->buf.ev[k].ts, p->buf.ev[k].ts, gap);
	eng_runs_merge(rs, q.runs, q.n, NULL, gap);
	pfree(q.runs);
	p->buf.n = 0;
	p->buf.sorted = true;
}

/*
 * A copy of the runs of src (not its queue) into dst, an empty initialized
 * set (eng_runs_init or eng_runs_init_inline), in the current memory
 * context.
 */
void
eng_runs_copy(EngRunSet *dst, const EngRunSet *src)
{
	Assert(dst->rows == 0 && dst->n == 0 && dst->pending == NULL);
	if (src->n > 0)
	{
		RunsReserve(dst, src->n);
		memcpy(dst->runs, src->runs, src->n * sizeof(EngRun));
		dst->n = src->n;
	}
	dst->tail = src->tail;
	dst->rows = src->rows;
}

/*
 * A flushed copy of src (runs and queue) in the current memory context,
 * src untouched: what final functions read.
 */
void
eng_runs_flushed_copy(EngRunSet *dst, const EngRunSet *src, int64 gap)
{
	EngPending *p;

	eng_runs_init(dst);
	eng_runs_copy(dst, src);
	if (src->pending == NULL || src->pending->buf.n == 0)
		return;
	p = palloc(sizeof(EngPending));
	*p = *src->pending;
	p->buf.ev = palloc(p->buf.n * sizeof(PggEvent));
	p->buf.cap = p->buf.n;
	memcpy(p->buf.ev, src->pending->buf.ev, p->buf.n * sizeof(PggEvent));
	dst->pending = p;
	eng_runs_flush(dst, gap);
}

/*
 * Serialize a flushed set: the number of runs and of values (varints), the
 * first start (int64), then per run the length end - start (varint) and,
 * between runs, the distance to the next start (varint).
 */
void
eng_runs_write(StringInfo buf, const EngRunSet *rs)
{
	uint8		tmp[32];
	uint8	   *p;
	int64		i,
				n = eng_runs_count(rs);

	Assert(rs->pending == NULL || rs->pending->buf.n == 0);
	p = pgg_put_varint(tmp, (uint64) n);
	p = pgg_put_varint(p, (uint64) rs->rows);
	appendBinaryStringInfo(buf, (char *) tmp, p - tmp);
	if (n == 0)
		return;
	pq_sendint64(buf, eng_run_at(rs, 0)->start);
	for (i = 0; i < n; i++)
	{
		const EngRun *r = eng_run_at(rs, i);

		p = tmp;
		if (i > 0)
			p = pgg_put_varint(p, (uint64) r->start - (uint64) eng_run_at(rs, i - 1)->end);
		p = pgg_put_varint(p, (uint64) r->end - (uint64) r->start);
		appendBinaryStringInfo(buf, (char *) tmp, p - tmp);
	}
}

/* a crafted or corrupted state */
static void
BadState(const char *what, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid %s state", what),
			 errdetail_internal("%s", detail)));
}

/* v + d within [lo, hi] (v in range), or a bad state */
static int64
AddChecked(int64 v, uint64 d, int64 hi, const char *what)
{
	if (d > (uint64) hi - (uint64) v)
		BadState(what, "A run lies outside the range of values.");
	return (int64) ((uint64) v + d);
}

/*
 * Read what eng_runs_write wrote into rs (initialized, empty; in the
 * current memory context), checking everything: values within [lo, hi],
 * runs separated by more than gap, at least as many values as the runs
 * need (one per run, two for a run of several timestamps; one per period
 * when per_value), no more than a bigint holds, none for no run.
 */
void
eng_runs_read(StringInfo buf, EngRunSet *rs, int64 gap, int64 lo, int64 hi,
			  bool per_value, const char *what)
{
	const uint8 *p = (const uint8 *) buf->data + buf->cursor;
	const uint8 *end = (const uint8 *) buf->data + buf->len;
	uint64		n,
				rows,
				len,
				dist,
				need = 0;
	int64		v;
	uint64		i;

	p = pgg_get_varint(p, end, &n);
	if (p != NULL)
		p = pgg_get_varint(p, end, &rows);
	if (p == NULL)
		BadState(what, "The number of runs or values is malformed.");
	buf->cursor = (const char *) p - buf->data;
	if (rows > (uint64) PG_INT64_MAX || (n == 0) != (rows == 0))
		BadState(what, "The number of values does not fit the runs.");
	if (n == 0)
		return;
	/* every run takes at least one byte, the first eight more */
	if (n > (uint64) (end - p) || n > ENG_MAX_RUNS)
		BadState(what, "The number of runs exceeds the bytes present.");
	pgg_deser_need(buf, 8, what);
	v = pq_getmsgint64(buf);
	p = (const uint8 *) buf->data + buf->cursor;
	if (v < lo || v > hi)
		BadState(what, "A run lies outside the range of values.");
	/* the last run goes to the tail: a set of one run needs no array */
	if (n > 1)
		RunsReserve(rs, (int64) n - 1);
	for (i = 0; i < n; i++)
	{
		EngRun	   *r = (i + 1 < n) ? &rs->runs[i] : &rs->tail;

		if (i > 0)
		{
			p = pgg_get_varint(p, end, &dist);
			if (p == NULL)
				BadState(what, "A run distance is malformed.");
			if (dist <= (uint64) gap)
				BadState(what, "Two runs are not separated by more than the gap.");
			v = AddChecked(rs->runs[i - 1].end, dist, hi, what);
		}
		r->start = v;
		p = pgg_get_varint(p, end, &len);
		if (p == NULL)
			BadState(what, "A run length is malformed.");
		r->end = AddChecked(v, len, hi, what);
		/* len < hi - lo (about 2^63 at most): no overflow below */
		if (per_value)
			need += len + 1;
		else
			need += len > 0 ? 2 : 1;
		if (need > rows)
			BadState(what, "There are fewer values than the runs hold.");
		if (i + 1 < n)
			rs->n = (int32) (i + 1);
	}
	buf->cursor = (const char *) p - buf->data;
	rs->rows = (int64) rows;
}

/*
 * The row type of a final function's result, looked up once per call site
 * (kept in fn_extra, in fn_mcxt): a syscache look-up and a descriptor copy
 * per actor would cost more than the actor's summary.  The caller's flinfo
 * must use fn_extra for nothing else.
 */
TupleDesc
eng_result_tupdesc(FunctionCallInfo fcinfo, const char *fname)
{
	TupleDesc	tupdesc;
	MemoryContext old;

	if (fcinfo->flinfo->fn_extra != NULL)
		return (TupleDesc) fcinfo->flinfo->fn_extra;
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "%s: return type must be a row type (cannot happen)", fname);
	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	tupdesc = BlessTupleDesc(CreateTupleDescCopy(tupdesc));
	MemoryContextSwitchTo(old);
	fcinfo->flinfo->fn_extra = tupdesc;
	return tupdesc;
}
