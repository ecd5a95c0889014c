/*-------------------------------------------------------------------------
 *
 * src/engagement/paths.c
 *	  Paths: the aggregates sequence_next_node (ClickHouse's
 *	  sequenceNextNode) and user_path (an actor's first events from a start
 *	  event), and the set-returning function path_steps (the edges of a
 *	  path diagram).
 *
 * Semantics: doc/engagement.md, "Paths".  Both aggregates keep an actor's
 * events as (timestamp, value) pairs with a copy of the value, in one
 * growable array in the aggregate memory context, and order them by
 * (timestamp, value bytes) (then condition mask and base flag), a total
 * order on the rows' contents: rows with equal contents are
 * interchangeable, so no answer depends on the order rows arrive in.  (The
 * shared event buffer of core/evbuf.h holds (timestamp, mask, aux) and no
 * value; a path needs the value of every event it keeps.)
 *
 * Memory.  sequence_next_node keeps every row whose timestamp and value are
 * not NULL (40 bytes plus the value).  user_path keeps, once it has seen a
 * start event, only the max_events smallest events at or after the
 * earliest start seen (the array is compacted whenever it doubles); before
 * the first start event arrives, and with merge_repeats (a later row may
 * split a run of repeats), it keeps the events at or after the earliest
 * start, all events before one is seen.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "core/args.h"
#include "core/codec.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "nodes/primnodes.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"


/* ---- the events ---------------------------------------------------------- */

typedef struct PathEvent
{
	int64		ts;				/* microseconds */
	uint32		off;			/* the value: bytes[off .. off + len - 1] */
	int32		len;
	uint32		mask;			/* sequence_next_node: the conditions that hold */
	bool		base;			/* sequence_next_node: base_condition holds */
} PathEvent;

/*
 * The events (24 bytes each) and their values, one after another in one
 * byte buffer (no allocation per value).  user_path's compaction copies the
 * values it keeps into a new buffer once the dropped ones take more room
 * than they do.
 */
typedef struct PathEvents
{
	int64		n;
	int64		cap;
	bool		sorted;
	PathEvent  *ev;
	char	   *bytes;
	int64		used;			/* bytes of the buffer in use */
	int64		bcap;			/* its size */
	bool		ev_inline;		/* ev, bytes: inside the state's own chunk */
	bool		bytes_inline;
} PathEvents;

#define PATH_VAL(e, x) ((e)->bytes + (x)->off)

/* most events one state may hold (its array must stay below 1 GB) */
#define PATH_MAX_EVENTS ((int64) (MaxAllocSize / sizeof(PathEvent)))

/* the order of values: bytes, then length (C collation) */
static inline int
PathValCmp(const char *a, int32 la, const char *b, int32 lb)
{
	int			c = memcmp(a, b, Min(la, lb));

	if (c != 0)
		return c;
	return (la > lb) - (la < lb);
}

/* the order of two events: timestamp, value, mask, base flag */
static inline int
PathEvCmp(const PathEvent *a, const PathEvent *b, const char *bytes)
{
	int			c;

	if (a->ts != b->ts)
		return a->ts < b->ts ? -1 : 1;
	c = PathValCmp(bytes + a->off, a->len, bytes + b->off, b->len);
	if (c != 0)
		return c;
	if (a->mask != b->mask)
		return a->mask < b->mask ? -1 : 1;
	return (int) a->base - (int) b->base;
}

/* PathSort(ev, n): qsort's algorithm, interruptible (core/pg_growth.h) */
#define ST_SORT PathSort
#define ST_ELEMENT_TYPE PathEvent
#define ST_COMPARE(a, b, arg) PathEvCmp(a, b, arg)
#define ST_COMPARE_ARG_TYPE const char
#define ST_CHECK_FOR_INTERRUPTS
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"

static void
PathEventsSort(PathEvents *e)
{
	if (!e->sorted)
	{
		PathSort(e->ev, e->n, e->bytes);
		e->sorted = true;
	}
}

/* append an event (value copied; arrays grow in the current memory context) */
static void
PathEventsPush(PathEvents *e, int64 ts, const char *val, int32 len, uint32 mask,
			   bool base, const char *fname)
{
	PathEvent  *x;

	if (e->n >= e->cap)
	{
		int64		cap = e->cap < 8 ? 8 : e->cap * 2;

		if (cap > PATH_MAX_EVENTS)
			cap = PATH_MAX_EVENTS;
		if (e->n >= cap)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many events for one group in %s", fname),
					 errdetail("One group may hold at most %lld events.",
							   (long long) PATH_MAX_EVENTS)));
		if (e->ev == NULL)
			e->ev = palloc(cap * sizeof(PathEvent));
		else if (e->ev_inline)
		{
			PathEvent  *nev = palloc(cap * sizeof(PathEvent));

			memcpy(nev, e->ev, e->n * sizeof(PathEvent));
			e->ev = nev;
			e->ev_inline = false;
		}
		else
			e->ev = repalloc(e->ev, cap * sizeof(PathEvent));
		e->cap = cap;
	}
	if (e->used + len > e->bcap)
	{
		int64		bcap = Max(e->bcap * 2, 64);

		while (bcap < e->used + len)
			bcap *= 2;
		if (bcap > (int64) MaxAllocSize)
			bcap = MaxAllocSize;
		if (e->used + len > bcap)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many events for one group in %s", fname),
					 errdetail("The values of one group may take at most 1 GB.")));
		if (e->bytes == NULL)
			e->bytes = palloc(bcap);
		else if (e->bytes_inline)
		{
			char	   *nb = palloc(bcap);

			memcpy(nb, e->bytes, e->used);
			e->bytes = nb;
			e->bytes_inline = false;
		}
		else
			e->bytes = repalloc(e->bytes, bcap);
		e->bcap = bcap;
	}
	x = &e->ev[e->n];
	x->ts = ts;
	x->len = len;
	x->off = (uint32) e->used;
	memcpy(e->bytes + e->used, val, len);
	e->used += len;
	x->mask = mask;
	x->base = base;
	if (e->n == 0)
		e->sorted = true;
	else if (e->sorted && PathEvCmp(&e->ev[e->n - 1], x, e->bytes) > 0)
		e->sorted = false;
	e->n++;
}

/*
 * Copy the values of the events into a new buffer when the dropped ones take
 * more room than the kept ones.
 */
static void
PathEventsRepack(PathEvents *e)
{
	int64		keep = 0,
				i,
				at = 0;
	char	   *nb;

	for (i = 0; i < e->n; i++)
		keep += e->ev[i].len;
	if (e->used <= 2 * keep + 64)
		return;
	nb = palloc(Max(keep * 2, 64));
	for (i = 0; i < e->n; i++)
	{
		memcpy(nb + at, e->bytes + e->ev[i].off, e->ev[i].len);
		e->ev[i].off = (uint32) at;
		at += e->ev[i].len;
	}
	if (!e->bytes_inline)
		pfree(e->bytes);
	e->bytes_inline = false;
	e->bytes = nb;
	e->used = at;
	e->bcap = Max(keep * 2, 64);
}

/* room for n more events and nbytes more value bytes (current memory context) */
static void
PathEventsReserve(PathEvents *e, int64 n, int64 nbytes)
{
	if (e->n + n > e->cap)
	{
		int64		cap = e->n + n;

		PathEvent  *nev = palloc(cap * sizeof(PathEvent));

		if (e->n > 0)
			memcpy(nev, e->ev, e->n * sizeof(PathEvent));
		if (e->ev && !e->ev_inline)
			pfree(e->ev);
		e->ev = nev;
		e->ev_inline = false;
		e->cap = cap;
	}
	if (e->used + nbytes > e->bcap)
	{
		int64		bcap = Max(e->used + nbytes, 16);

		char	   *nb = palloc(bcap);

		if (e->used > 0)
			memcpy(nb, e->bytes, e->used);
		if (e->bytes && !e->bytes_inline)
			pfree(e->bytes);
		e->bytes = nb;
		e->bytes_inline = false;
		e->bcap = bcap;
	}
}

/* dst (empty) becomes a copy of src: two allocations, two copies */
static void
PathEventsCopy(PathEvents *dst, const PathEvents *src)
{
	Assert(dst->n == 0 && dst->used == 0);
	PathEventsReserve(dst, src->n, src->used);
	if (src->n > 0)
		memcpy(dst->ev, src->ev, src->n * sizeof(PathEvent));
	if (src->used > 0)
		memcpy(dst->bytes, src->bytes, src->used);
	dst->n = src->n;
	dst->used = src->used;
	dst->sorted = src->sorted;
}

/* write the events: count, then per event ts delta (zigzag), mask, base, value */
static void
PathEventsWrite(StringInfo buf, const PathEvents *e, bool with_conds)
{
	uint8		tmp[40];
	uint8	   *q;
	int64		prev = 0;
	int64		i;

	q = pgg_put_varint(tmp, (uint64) e->n);
	appendBinaryStringInfo(buf, (char *) tmp, q - tmp);
	for (i = 0; i < e->n; i++)
	{
		const PathEvent *x = &e->ev[i];
		int64		d = (int64) ((uint64) x->ts - (uint64) prev);
		uint64		zz = ((uint64) d << 1) ^ (uint64) (d >> 63);

		if ((i & PGG_CFI_MASK) == PGG_CFI_MASK)
			CHECK_FOR_INTERRUPTS();
		q = pgg_put_varint(tmp, zz);
		if (with_conds)
		{
			q = pgg_put_varint(q, x->mask);
			*q++ = x->base ? 1 : 0;
		}
		q = pgg_put_varint(q, (uint64) x->len);
		appendBinaryStringInfo(buf, (char *) tmp, q - tmp);
		appendBinaryStringInfo(buf, PATH_VAL(e, x), x->len);
		prev = x->ts;
	}
}

static void
PathCorrupt(const char *what, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid %s state", what),
			 errdetail("%s", detail)));
}

/* a value of a state: valid text of the database encoding, no NUL */
static void
PathCheckValue(const uint8 *p, uint64 len, const char *what)
{
	if (memchr(p, '\0', len) != NULL ||
		!pg_verifymbstr((const char *) p, (int) len, true))
		PathCorrupt(what, "A value is not valid text.");
}

/* read events written by PathEventsWrite (nconds < 0: no masks) */
static const uint8 *
PathEventsRead(const uint8 *p, const uint8 *end, PathEvents *e, int nconds,
			   const char *what)
{
	uint64		n,
				i;
	int64		prev = 0;

	p = pgg_get_varint(p, end, &n);
	if (p == NULL || n > (uint64) (end - p) / 2 || n > (uint64) PATH_MAX_EVENTS)
		PathCorrupt(what, "The number of events does not fit the state.");
	if (e->n + (int64) n > e->cap || e->used + (end - p) > e->bcap)
		PathEventsReserve(e, (int64) n, Min(end - p, (int64) MaxAllocSize));
	for (i = 0; i < n; i++)
	{
		uint64		zz,
					mask = 0,
					len;
		bool		base = false;
		int64		ts;

		if ((i & PGG_CFI_MASK) == PGG_CFI_MASK)
			CHECK_FOR_INTERRUPTS();
		p = pgg_get_varint(p, end, &zz);
		if (p != NULL && nconds >= 0)
		{
			p = pgg_get_varint(p, end, &mask);
			if (p != NULL)
			{
				if (p >= end || *p > 1)
					PathCorrupt(what, "An event has an invalid base flag.");
				base = *p++ == 1;
			}
		}
		if (p != NULL)
			p = pgg_get_varint(p, end, &len);
		if (p == NULL || len > (uint64) (end - p))
			PathCorrupt(what, "An event is truncated.");
		ts = (int64) ((uint64) prev + ((zz >> 1) ^ (~(zz & 1) + 1)));
		if (TIMESTAMP_NOT_FINITE(ts) || !IS_VALID_TIMESTAMP(ts))
			PathCorrupt(what, "An event has an invalid timestamp.");
		if (mask > PG_UINT32_MAX || (nconds < 32 && nconds >= 0 && (mask >> nconds) != 0))
			PathCorrupt(what, "An event has an invalid condition mask.");
		PathCheckValue(p, len, what);
		PathEventsPush(e, ts, (const char *) p, (int32) len, (uint32) mask, base, what);
		p += len;
		prev = ts;
	}
	return p;
}

/* the arguments named by a text parameter: NULL is 22004 */
static text *
PathTextArg(FunctionCallInfo fcinfo, int argno, const char *argname, const char *fname)
{
	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s of %s must not be NULL", argname, fname)));
	return PG_GETARG_TEXT_PP(argno);
}


/* ---- sequence_next_node -------------------------------------------------- */

enum
{
	NEXT_FORWARD,
	NEXT_BACKWARD
};
enum
{
	NEXT_HEAD,
	NEXT_TAIL,
	NEXT_FIRST_MATCH,
	NEXT_LAST_MATCH
};

typedef struct NextState
{
	uint32		magic;			/* NEXT_STATE_MAGIC */
	uint8		direction;
	uint8		base;
	int			nconds;
	PathEvents	ev;
} NextState;

#define NEXT_STATE_MAGIC 0x4e584e44 /* "NXND" */
#define NEXT_SER_MAGIC 0x50474e4e	/* "PGNN" */
#define NEXT_SER_VERSION 1

typedef struct NextCache
{
	int			nconds;			/* first: pgg_bool_args_mask reads it */
	const char *fname;
	int			direction;		/* -1 until read */
	int			base;
} NextCache;

StaticAssertDecl(offsetof(NextCache, nconds) == 0,
				 "pgg_bool_args_mask (core/args.c) reads fn_extra as the int nconds");

static int
NextParseDirection(const char *s, int len, const char *fname)
{
	if (len == 7 && pg_strncasecmp(s, "forward", 7) == 0)
		return NEXT_FORWARD;
	if (len == 8 && pg_strncasecmp(s, "backward", 8) == 0)
		return NEXT_BACKWARD;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("direction of %s must be 'forward' or 'backward', got \"%.*s\"",
					fname, Min(len, 60), s)));
	return -1;
}

static int
NextParseBase(const char *s, int len, const char *fname)
{
	if (len == 4 && pg_strncasecmp(s, "head", 4) == 0)
		return NEXT_HEAD;
	if (len == 4 && pg_strncasecmp(s, "tail", 4) == 0)
		return NEXT_TAIL;
	if (len == 11 && pg_strncasecmp(s, "first_match", 11) == 0)
		return NEXT_FIRST_MATCH;
	if (len == 10 && pg_strncasecmp(s, "last_match", 10) == 0)
		return NEXT_LAST_MATCH;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("base of %s must be 'head', 'tail', 'first_match' or 'last_match', got \"%.*s\"",
					fname, Min(len, 60), s)));
	return -1;
}

static void
NextCheckState(const NextState *st, const char *what)
{
	if (st->magic != NEXT_STATE_MAGIC)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("%s was given a state of another aggregate", what)));
}

static void
NextCheckCombination(int base, int nconds, const char *fname)
{
	if (nconds == 0 && (base == NEXT_FIRST_MATCH || base == NEXT_LAST_MATCH))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s with base '%s' needs at least one event condition", fname,
						base == NEXT_FIRST_MATCH ? "first_match" : "last_match"),
				 errhint("first_match and last_match look for a row where the first event condition holds.")));
}

static NextState *
NextNewState(MemoryContext ctx, int direction, int base, int nconds)
{
	NextState  *st = MemoryContextAllocZero(ctx, sizeof(NextState));

	st->magic = NEXT_STATE_MAGIC;
	st->direction = (uint8) direction;
	st->base = (uint8) base;
	st->nconds = nconds;
	st->ev.sorted = true;
	return st;
}

/*
 * _pgg_next_node_trans(internal, direction text, base text, ts, value text,
 * base_condition boolean [, VARIADIC "any"]).
 *
 * Phases: (1) direction and base, read once per call site (they must be
 * the same on every row); (2) the condition mask (NULL is false); (3) the
 * state on the group's first row; (4) rows with a NULL or infinite
 * timestamp or a NULL value are skipped; (5) the event joins the array.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_next_node_trans);
Datum
pgg_next_node_trans(PG_FUNCTION_ARGS)
{
	NextCache  *c = fcinfo->flinfo->fn_extra;
	NextState  *st = PG_ARGISNULL(0) ? NULL : (NextState *) PG_GETARG_POINTER(0);
	MemoryContext aggctx = pgg_agg_context(fcinfo, "_pgg_next_node_trans");
	MemoryContext old;
	uint32		mask = 0;
	int			nconds = 0;
	int			direction,
				base;
	text	   *v;
	int64		ts;

	/* phase 1 */
	if (c == NULL)
	{
		c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(NextCache));
		c->fname = MemoryContextStrdup(fcinfo->flinfo->fn_mcxt,
									   pgg_agg_name(fcinfo, "sequence_next_node"));
		c->nconds = PG_NARGS() > 6 ? pgg_check_bool_args(fcinfo, 6, PGG_MAX_STEPS, c->fname) : 0;
		c->direction = -1;
		fcinfo->flinfo->fn_extra = c;
	}
	{
		text	   *d = PathTextArg(fcinfo, 1, "direction", c->fname);
		text	   *b = PathTextArg(fcinfo, 2, "base", c->fname);

		direction = NextParseDirection(VARDATA_ANY(d), VARSIZE_ANY_EXHDR(d), c->fname);
		base = NextParseBase(VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b), c->fname);
	}

	/* phase 2 */
	if (c->nconds > 0)
	{
		int			i;

		for (i = 0; i < c->nconds; i++)
		{
			NullableDatum *a = &fcinfo->args[6 + i];

			if (!a->isnull && DatumGetBool(a->value))
				mask |= ((uint32) 1) << i;
		}
		nconds = c->nconds;
	}
	else if (c->nconds < 0)
		mask = pgg_bool_args_mask(fcinfo, 6, PGG_MAX_STEPS, c->fname, &nconds);

	/* phase 3 */
	if (st == NULL)
	{
		NextCheckCombination(base, nconds, c->fname);
		st = NextNewState(aggctx, direction, base, nconds);
	}
	else
	{
		NextCheckState(st, "_pgg_next_node_trans");
		if (st->direction != direction || st->base != base)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s needs the same direction and base on every row of a group", c->fname)));
		if (st->nconds != nconds)
			ereport(ERROR,
					(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
					 errmsg("%s got %d conditions on one row and %d on another",
							c->fname, st->nconds, nconds),
					 errhint("Pass the same number of conditions on every row.")));
	}

	/* phase 4 */
	if (PG_ARGISNULL(3) || PG_ARGISNULL(4))
		PG_RETURN_POINTER(st);
	ts = PG_GETARG_INT64(3);
	if (TIMESTAMP_NOT_FINITE(ts))
		PG_RETURN_POINTER(st);
	v = PG_GETARG_TEXT_PP(4);

	/* phase 5 */
	old = MemoryContextSwitchTo(aggctx);
	PathEventsPush(&st->ev, ts, VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v), mask,
				   !PG_ARGISNULL(5) && PG_GETARG_BOOL(5), c->fname);
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(st);
}

/*
 * _pgg_next_node_final(internal) returns text: ClickHouse's answer over the
 * sorted events.  The base row: head is the first event, tail the last
 * (each only when base_condition holds on it); first_match and last_match
 * are the first and last events on which base_condition and the first event
 * condition hold.  From the base, event conditions 1..N must hold on N
 * consecutive events (forward: base, base + 1, ...; backward: base,
 * base - 1, ...); the answer is the value of the event after them, NULL
 * when any of this fails or the events run out.  With no event conditions
 * the answer is the base row's value.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_next_node_final);
Datum
pgg_next_node_final(PG_FUNCTION_ARGS)
{
	NextState  *st;
	const PathEvent *ev;
	int64		n,
				b = -1,
				i,
				next;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (NextState *) PG_GETARG_POINTER(0);
	NextCheckState(st, "sequence_next_node");
	PathEventsSort(&st->ev);
	ev = st->ev.ev;
	n = st->ev.n;
	if (n == 0)
		PG_RETURN_NULL();
	switch (st->base)
	{
		case NEXT_HEAD:
			if (ev[0].base)
				b = 0;
			break;
		case NEXT_TAIL:
			if (ev[n - 1].base)
				b = n - 1;
			break;
		case NEXT_FIRST_MATCH:
			for (i = 0; i < n; i++)
			{
				if ((i & PGG_CFI_MASK) == PGG_CFI_MASK)
					CHECK_FOR_INTERRUPTS();
				if (ev[i].base && (ev[i].mask & 1))
				{
					b = i;
					break;
				}
			}
			break;
		case NEXT_LAST_MATCH:
			for (i = n - 1; i >= 0; i--)
			{
				if ((i & PGG_CFI_MASK) == PGG_CFI_MASK)
					CHECK_FOR_INTERRUPTS();
				if (ev[i].base && (ev[i].mask & 1))
				{
					b = i;
					break;
				}
			}
			break;
	}
	if (b < 0)
		PG_RETURN_NULL();
	if (st->nconds == 0)
		PG_RETURN_TEXT_P(cstring_to_text_with_len(PATH_VAL(&st->ev, &ev[b]), ev[b].len));
	for (i = 0; i < st->nconds; i++)
	{
		int64		k = st->direction == NEXT_FORWARD ? b + i : b - i;

		if (k < 0 || k >= n || !(ev[k].mask & (((uint32) 1) << i)))
			PG_RETURN_NULL();
	}
	next = st->direction == NEXT_FORWARD ? b + st->nconds : b - st->nconds;
	if (next < 0 || next >= n)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text_with_len(PATH_VAL(&st->ev, &ev[next]), ev[next].len));
}

/* _pgg_next_node_combine(internal, internal): b's events after a's */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_next_node_combine);
Datum
pgg_next_node_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggctx = pgg_agg_context(fcinfo, "_pgg_next_node_combine");
	NextState  *a = PG_ARGISNULL(0) ? NULL : (NextState *) PG_GETARG_POINTER(0);
	NextState  *b = PG_ARGISNULL(1) ? NULL : (NextState *) PG_GETARG_POINTER(1);
	MemoryContext old;
	int64		i;

	if (b == NULL)
		return pgg_combine_first(fcinfo);
	NextCheckState(b, "_pgg_next_node_combine");
	if (a == NULL)
	{
		a = NextNewState(aggctx, b->direction, b->base, b->nconds);
		old = MemoryContextSwitchTo(aggctx);
		PathEventsCopy(&a->ev, &b->ev);
		MemoryContextSwitchTo(old);
		PG_RETURN_POINTER(a);
	}
	else
	{
		NextCheckState(a, "_pgg_next_node_combine");
		if (a->direction != b->direction || a->base != b->base || a->nconds != b->nconds)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s needs the same direction, base and conditions on every row of a group",
							pgg_agg_name(fcinfo, "sequence_next_node"))));
	}
	old = MemoryContextSwitchTo(aggctx);
	for (i = 0; i < b->ev.n; i++)
	{
		const PathEvent *x = &b->ev.ev[i];

		if ((i & PGG_CFI_MASK) == PGG_CFI_MASK)
			CHECK_FOR_INTERRUPTS();
		PathEventsPush(&a->ev, x->ts, PATH_VAL(&b->ev, x), x->len, x->mask, x->base, "sequence_next_node");
	}
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(a);
}

/*
 * _pgg_next_node_serialize(internal) returns bytea: magic and version,
 * direction, base, the number of conditions, then the events.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_next_node_serialize);
Datum
pgg_next_node_serialize(PG_FUNCTION_ARGS)
{
	NextState  *st = (NextState *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	uint8		hdr[3];

	NextCheckState(st, "_pgg_next_node_serialize");
	pgg_ser_begin(&buf, NEXT_SER_MAGIC, NEXT_SER_VERSION);
	hdr[0] = st->direction;
	hdr[1] = st->base;
	hdr[2] = (uint8) st->nconds;
	appendBinaryStringInfo(&buf, (char *) hdr, 3);
	PathEventsWrite(&buf, &st->ev, true);
	PG_RETURN_BYTEA_P(pgg_ser_end(&buf));
}

/*
 * _pgg_next_node_deserialize(bytea, internal) returns internal: direction,
 * base, condition count (0 to 32, with first_match and last_match at least
 * 1), each event's timestamp, mask, base flag and value checked.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_next_node_deserialize);
Datum
pgg_next_node_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	const uint8 *p,
			   *end;
	NextState  *st;

	pgg_agg_context(fcinfo, "_pgg_next_node_deserialize");
	pgg_deser_begin(&buf, b, NEXT_SER_MAGIC, NEXT_SER_VERSION, "sequence_next_node");
	p = (const uint8 *) buf.data + buf.cursor;
	end = (const uint8 *) buf.data + buf.len;
	if (end - p < 3 || p[0] > NEXT_BACKWARD || p[1] > NEXT_LAST_MATCH || p[2] > PGG_MAX_STEPS ||
		(p[2] == 0 && (p[1] == NEXT_FIRST_MATCH || p[1] == NEXT_LAST_MATCH)))
		PathCorrupt("sequence_next_node", "The direction, base or number of conditions is invalid.");
	st = NextNewState(CurrentMemoryContext, p[0], p[1], p[2]);
	p = PathEventsRead(p + 3, end, &st->ev, st->nconds, "sequence_next_node");
	if (p != end)
		PathCorrupt("sequence_next_node", "The state has bytes after its last event.");
	PG_RETURN_POINTER(st);
}


/* ---- user_path ------------------------------------------------------------- */

/* the longest path user_path returns */
#define PATH_MAX_STEPS 1000

typedef struct PathState
{
	uint32		magic;			/* PATH_STATE_MAGIC */
	int32		max_events;
	bool		merge;
	bool		has_start_event;	/* a start event is named (else: the first event) */
	bool		has_end_event;
	bool		has_start;		/* a start event has been seen (start_ts valid) */
	bool		full;			/* ev holds exactly the first max_events events */
	char	   *start_event;
	int32		start_len;
	char	   *end_event;
	int32		end_len;
	int64		start_ts;		/* the earliest start event seen */
	int64		compact_at;		/* compact when ev.n reaches this */
	PathEvents	ev;
} PathState;

#define PATH_STATE_MAGIC 0x50415448 /* "PATH" */
#define PATH_SER_MAGIC 0x50475041	/* "PGPA" */
#define PATH_SER_VERSION 1

static void
PathCheckState(const PathState *st, const char *what)
{
	if (st->magic != PATH_STATE_MAGIC)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("%s was given a state of another aggregate", what)));
}

/*
 * A slab of the aggregate memory context for new states: blocks of 4000
 * bytes cut into exact-size states with no chunk header or rounding each
 * (the per-actor state of a hash aggregate over millions of actors is
 * mostly this).  The slab forgets its block when the context is reset.
 */
typedef struct PathSlab
{
	MemoryContext ctx;
	char	   *cur;
	char	   *end;
} PathSlab;

#define PATH_SLAB_BLOCK 4000

static void
PathSlabForget(void *arg)
{
	PathSlab   *slab = (PathSlab *) arg;

	slab->ctx = NULL;
	slab->cur = slab->end = NULL;
}

static void *
PathSlabAlloc(PathSlab *slab, MemoryContext ctx, Size size)
{
	void	   *r;

	size = MAXALIGN(size);
	if (slab == NULL || size > PATH_SLAB_BLOCK / 4)
		return MemoryContextAlloc(ctx, size);
	if (slab->ctx != ctx || (Size) (slab->end - slab->cur) < size)
	{
		if (slab->ctx != ctx)
		{
			MemoryContextCallback *cb = MemoryContextAlloc(ctx, sizeof(MemoryContextCallback));

			cb->func = PathSlabForget;
			cb->arg = slab;
			MemoryContextRegisterResetCallback(ctx, cb);
			slab->ctx = ctx;
		}
		slab->cur = MemoryContextAlloc(ctx, PATH_SLAB_BLOCK);
		slab->end = slab->cur + PATH_SLAB_BLOCK;
	}
	r = slab->cur;
	slab->cur += size;
	return r;
}

/*
 * A new state in ctx (from slab when given): one piece holding the state,
 * the start and end events, room for nev events and nbytes value bytes.
 */
static PathState *
PathNewState(MemoryContext ctx, PathSlab *slab, const char *start, int32 start_len,
			 bool has_start_event, const char *endv, int32 end_len, bool has_end_event,
			 int32 max_events, bool merge, int64 nev, int64 nbytes)
{
	PathState  *st;
	Size		head,
				strs,
				size;
	char	   *p;

	if (!has_start_event)
		start_len = 0;
	if (!has_end_event)
		end_len = 0;
	head = MAXALIGN(sizeof(PathState));
	strs = MAXALIGN(start_len + end_len + 2);
	nbytes = MAXALIGN(nbytes);
	size = head + strs + nev * sizeof(PathEvent) + nbytes;
	p = PathSlabAlloc(slab, ctx, size);
	st = (PathState *) p;
	memset(st, 0, sizeof(PathState));
	st->magic = PATH_STATE_MAGIC;
	st->max_events = max_events;
	st->merge = merge;
	st->has_start_event = has_start_event;
	st->has_end_event = has_end_event;
	st->start_event = p + head;
	if (start_len > 0)
		memcpy(st->start_event, start, start_len);
	st->start_event[start_len] = '\0';
	st->start_len = start_len;
	st->end_event = st->start_event + start_len + 1;
	if (end_len > 0)
		memcpy(st->end_event, endv, end_len);
	st->end_event[end_len] = '\0';
	st->end_len = end_len;
	st->compact_at = max_events;
	st->ev.sorted = true;
	if (nev > 0)
	{
		st->ev.ev = (PathEvent *) (p + head + strs);
		st->ev.cap = nev;
		st->ev.ev_inline = true;
	}
	if (nbytes > 0)
	{
		st->ev.bytes = p + head + strs + nev * sizeof(PathEvent);
		st->ev.bcap = nbytes;
		st->ev.bytes_inline = true;
	}
	return st;
}

/* whether x is at or after the start: (ts, value) >= (start_ts, start_event) */
static inline bool
PathAtOrAfterStart(const PathState *st, const PathEvent *x)
{
	const char *val = PATH_VAL(&st->ev, x);

	if (!st->has_start)
		return true;
	if (x->ts != st->start_ts)
		return x->ts > st->start_ts;
	return PathValCmp(val, x->len, st->start_event, st->start_len) >= 0;
}

/*
 * Compact the events.  Without merge_repeats, once the start is known (or
 * when no start event is named), the events at or after the start beyond
 * the first max_events are dropped; the events before the start stay (an
 * earlier start event may still arrive and take them into its path).  Sets
 * full when exactly max_events events at or after the start remain (then
 * sorted: a later row after the last of them cannot enter the path), and
 * the next compaction point (twice the events kept, at least max_events).
 */
static void
PathCompact(PathState *st)
{
	PathEvents *e = &st->ev;
	bool		bounded = !st->merge && (st->has_start || !st->has_start_event);

	st->full = false;
	if (bounded)
	{
		int64		s = 0;

		PathEventsSort(e);
		while (s < e->n && !PathAtOrAfterStart(st, &e->ev[s]))
		{
			if ((s & PGG_CFI_MASK) == PGG_CFI_MASK)
				CHECK_FOR_INTERRUPTS();
			s++;
		}
		if (e->n - s >= st->max_events)
		{
			e->n = s + st->max_events;
			PathEventsRepack(e);
			st->full = true;
		}
	}
	st->compact_at = Max(2 * e->n, (int64) st->max_events);
	if (st->compact_at <= e->n)
		st->compact_at = e->n + 1;
}

/* add one event (in the state's memory context) */
static void
PathAdd(PathState *st, int64 ts, const char *val, int32 len, const char *fname)
{
	if (st->has_start_event && len == st->start_len &&
		memcmp(val, st->start_event, len) == 0 &&
		(!st->has_start || ts < st->start_ts))
	{
		st->has_start = true;
		st->start_ts = ts;
	}
	PathEventsPush(&st->ev, ts, val, len, 0, false, fname);
	st->full = false;
	if (st->ev.n >= st->compact_at)
		PathCompact(st);
}

typedef struct PathCache
{
	const char *fname;
	PathSlab	slab;
	bool		check;			/* start_event or end_event is not a constant */
} PathCache;

/* whether transition argument argno (1-based after the state) is a constant */
static bool
PathArgIsConst(FunctionCallInfo fcinfo, int argno)
{
	Aggref	   *ag = AggGetAggref(fcinfo);
	TargetEntry *te;

	if (ag == NULL || argno < 1)
		return false;
	if (argno > list_length(ag->args))
		return true;			/* a default: a constant */
	te = (TargetEntry *) list_nth(ag->args, argno - 1);
	return IsA(te->expr, Const) ||
		(IsA(te->expr, Param) && ((Param *) te->expr)->paramkind == PARAM_EXTERN);
}

/* whether a text argument equals a state's value (both NULL counts as equal) */
static bool
PathSameText(FunctionCallInfo fcinfo, int argno, bool has, const char *val, int32 len)
{
	text	   *t;

	if (argno >= PG_NARGS() || PG_ARGISNULL(argno))
		return !has;
	t = PG_GETARG_TEXT_PP(argno);
	return has && (int32) VARSIZE_ANY_EXHDR(t) == len && memcmp(VARDATA_ANY(t), val, len) == 0;
}

/*
 * _pgg_user_path_trans(internal, ts, event text, start_event text,
 * max_events integer, merge_repeats boolean, end_event text).
 *
 * Phases: (1) the parameters, checked on the group's first row (max_events
 * 1 to 1000, merge_repeats not NULL; NULL start_event: paths start at the
 * first event; NULL end_event: no end event) and compared with the state's
 * on the others; (2) rows with a NULL or infinite timestamp or a NULL
 * event are skipped; (3) once the state holds exactly the first max_events
 * events, a row after the last of them is dropped by its timestamp alone
 * (rows in time order cost one comparison); (4) the event joins.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_user_path_trans);
Datum
pgg_user_path_trans(PG_FUNCTION_ARGS)
{
	PathCache  *c = fcinfo->flinfo->fn_extra;
	PathState  *st = PG_ARGISNULL(0) ? NULL : (PathState *) PG_GETARG_POINTER(0);
	MemoryContext aggctx = pgg_agg_context(fcinfo, "_pgg_user_path_trans");
	MemoryContext old;
	int64		ts;
	text	   *v;
	int32		max_events;
	bool		merge;

	if (c == NULL)
	{
		c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(PathCache));
		c->fname = MemoryContextStrdup(fcinfo->flinfo->fn_mcxt,
									   pgg_agg_name(fcinfo, "user_path"));
		c->check = !PathArgIsConst(fcinfo, 3) || !PathArgIsConst(fcinfo, 6);
		fcinfo->flinfo->fn_extra = c;
	}

	/* phase 1 */
	if (PG_ARGISNULL(4))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("max_events of %s must not be NULL", c->fname)));
	max_events = PG_GETARG_INT32(4);
	if (max_events < 1 || max_events > PATH_MAX_STEPS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("max_events of %s must be between 1 and %d, got %d",
						c->fname, PATH_MAX_STEPS, max_events)));
	if (PG_NARGS() > 5 && PG_ARGISNULL(5))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("merge_repeats of %s must not be NULL", c->fname)));
	merge = PG_NARGS() > 5 && PG_GETARG_BOOL(5);
	if (unlikely(st == NULL))
	{
		text	   *s = PG_ARGISNULL(3) ? NULL : PG_GETARG_TEXT_PP(3);
		text	   *e = (PG_NARGS() > 6 && !PG_ARGISNULL(6)) ? PG_GETARG_TEXT_PP(6) : NULL;

		st = PathNewState(aggctx, &c->slab,
						  s ? VARDATA_ANY(s) : NULL, s ? VARSIZE_ANY_EXHDR(s) : 0, s != NULL,
						  e ? VARDATA_ANY(e) : NULL, e ? VARSIZE_ANY_EXHDR(e) : 0, e != NULL,
						  max_events, merge, max_events, 12 * max_events);
	}
	else
	{
		PathCheckState(st, "_pgg_user_path_trans");
		if (st->max_events != max_events || st->merge != merge ||
			(c->check &&
			 (!PathSameText(fcinfo, 3, st->has_start_event, st->start_event, st->start_len) ||
			  !PathSameText(fcinfo, 6, st->has_end_event, st->end_event, st->end_len))))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s needs the same start_event, max_events, merge_repeats and end_event on every row of a group",
							c->fname)));
	}

	/* phase 2 */
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_POINTER(st);
	ts = PG_GETARG_INT64(1);
	if (TIMESTAMP_NOT_FINITE(ts))
		PG_RETURN_POINTER(st);

	/* phase 3 */
	if (st->full)
	{
		const PathEvent *last = &st->ev.ev[st->ev.n - 1];

		if (ts > last->ts)
			PG_RETURN_POINTER(st);
		v = PG_GETARG_TEXT_PP(2);
		if (ts == last->ts &&
			PathValCmp(VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v), PATH_VAL(&st->ev, last), last->len) >= 0)
			PG_RETURN_POINTER(st);
	}
	else
		v = PG_GETARG_TEXT_PP(2);

	/* phase 4 */
	old = MemoryContextSwitchTo(aggctx);
	PathAdd(st, ts, VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v), c->fname);
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(st);
}

/*
 * _pgg_user_path_final(internal) returns text[]: the events sorted by
 * (timestamp, event), from the first start event (or the first event), with
 * consecutive repeats merged when asked, at most max_events of them, ending
 * at the first end event after the start when one is named.  NULL when the
 * actor has no start event.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_user_path_final);
Datum
pgg_user_path_final(PG_FUNCTION_ARGS)
{
	PathState  *st;
	const PathEvent *ev;
	int64		n,
				i,
				s;
	Datum	   *out;
	int			k = 0;
	const PathEvent *prev = NULL;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (PathState *) PG_GETARG_POINTER(0);
	PathCheckState(st, "user_path");
	PathEventsSort(&st->ev);
	ev = st->ev.ev;
	n = st->ev.n;
	s = 0;
	if (st->has_start_event)
	{
		for (s = 0; s < n; s++)
		{
			if ((s & PGG_CFI_MASK) == PGG_CFI_MASK)
				CHECK_FOR_INTERRUPTS();
			if (ev[s].len == st->start_len && memcmp(PATH_VAL(&st->ev, &ev[s]), st->start_event, st->start_len) == 0)
				break;
		}
	}
	if (s >= n)
		PG_RETURN_NULL();
	out = palloc(st->max_events * sizeof(Datum));
	for (i = s; i < n && k < st->max_events; i++)
	{
		const PathEvent *x = &ev[i];

		if ((i & PGG_CFI_MASK) == PGG_CFI_MASK)
			CHECK_FOR_INTERRUPTS();
		if (st->merge && prev != NULL && x->len == prev->len &&
			memcmp(PATH_VAL(&st->ev, x), PATH_VAL(&st->ev, prev), x->len) == 0)
			continue;
		out[k++] = PointerGetDatum(cstring_to_text_with_len(PATH_VAL(&st->ev, x), x->len));
		prev = x;
		if (st->has_end_event && k > 1 && x->len == st->end_len &&
			memcmp(PATH_VAL(&st->ev, x), st->end_event, x->len) == 0)
			break;
	}
	PG_RETURN_ARRAYTYPE_P(construct_array(out, k, TEXTOID, -1, false, TYPALIGN_INT));
}

/* _pgg_user_path_combine(internal, internal): b's events into a, compacted */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_user_path_combine);
Datum
pgg_user_path_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggctx = pgg_agg_context(fcinfo, "_pgg_user_path_combine");
	PathState  *a = PG_ARGISNULL(0) ? NULL : (PathState *) PG_GETARG_POINTER(0);
	PathState  *b = PG_ARGISNULL(1) ? NULL : (PathState *) PG_GETARG_POINTER(1);
	MemoryContext old;
	int64		i;

	if (b == NULL)
		return pgg_combine_first(fcinfo);
	PathCheckState(b, "_pgg_user_path_combine");
	if (a == NULL)
	{
		PathSlab   *slab = fcinfo->flinfo->fn_extra;

		if (slab == NULL)
			slab = fcinfo->flinfo->fn_extra =
				MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(PathSlab));
		a = PathNewState(aggctx, slab, b->start_event, b->start_len, b->has_start_event,
						 b->end_event, b->end_len, b->has_end_event, b->max_events, b->merge,
						 b->ev.n, b->ev.used);
		memcpy(a->ev.ev, b->ev.ev, b->ev.n * sizeof(PathEvent));
		memcpy(a->ev.bytes, b->ev.bytes, b->ev.used);
		a->ev.n = b->ev.n;
		a->ev.used = b->ev.used;
		a->ev.sorted = b->ev.sorted;
		a->has_start = b->has_start;
		a->start_ts = b->start_ts;
		a->full = b->full;
		a->compact_at = b->compact_at;
		PG_RETURN_POINTER(a);
	}
	else
	{
		PathCheckState(a, "_pgg_user_path_combine");
		if (a->max_events != b->max_events || a->merge != b->merge ||
			a->has_start_event != b->has_start_event || a->has_end_event != b->has_end_event ||
			a->start_len != b->start_len || memcmp(a->start_event, b->start_event, a->start_len) != 0 ||
			a->end_len != b->end_len || memcmp(a->end_event, b->end_event, a->end_len) != 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s needs the same start_event, max_events, merge_repeats and end_event on every row of a group",
							pgg_agg_name(fcinfo, "user_path"))));
	}
	old = MemoryContextSwitchTo(aggctx);
	for (i = 0; i < b->ev.n; i++)
	{
		const PathEvent *x = &b->ev.ev[i];
		const char *val = PATH_VAL(&b->ev, x);

		if ((i & PGG_CFI_MASK) == PGG_CFI_MASK)
			CHECK_FOR_INTERRUPTS();
		/* as in the transition: after the first max_events events, nothing enters */
		if (a->full)
		{
			const PathEvent *last = &a->ev.ev[a->ev.n - 1];

			if (x->ts > last->ts ||
				(x->ts == last->ts &&
				 PathValCmp(val, x->len, PATH_VAL(&a->ev, last), last->len) >= 0))
				continue;
		}
		if (a->ev.n == a->ev.cap || a->ev.used + x->len > a->ev.bcap)
			PathEventsReserve(&a->ev, b->ev.n - i, b->ev.used);
		PathAdd(a, x->ts, val, x->len, "user_path");
	}
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(a);
}

/*
 * _pgg_user_path_serialize(internal) returns bytea: magic and version,
 * max_events, flags (merge, start named, end named), start and end events,
 * then the events.  The earliest start is found again on reading.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_user_path_serialize);
Datum
pgg_user_path_serialize(PG_FUNCTION_ARGS)
{
	PathState  *st = (PathState *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	uint8		tmp[40];
	uint8	   *q;

	PathCheckState(st, "_pgg_user_path_serialize");
	pgg_ser_begin(&buf, PATH_SER_MAGIC, PATH_SER_VERSION);
	q = pgg_put_varint(tmp, (uint64) st->max_events);
	*q++ = (st->merge ? 1 : 0) | (st->has_start_event ? 2 : 0) | (st->has_end_event ? 4 : 0);
	q = pgg_put_varint(q, (uint64) st->start_len);
	appendBinaryStringInfo(&buf, (char *) tmp, q - tmp);
	appendBinaryStringInfo(&buf, st->start_event, st->start_len);
	q = pgg_put_varint(tmp, (uint64) st->end_len);
	appendBinaryStringInfo(&buf, (char *) tmp, q - tmp);
	appendBinaryStringInfo(&buf, st->end_event, st->end_len);
	PathEventsWrite(&buf, &st->ev, false);
	PG_RETURN_BYTEA_P(pgg_ser_end(&buf));
}

/* _pgg_user_path_deserialize(bytea, internal) returns internal */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_user_path_deserialize);
Datum
pgg_user_path_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	const uint8 *p,
			   *end,
			   *sv,
			   *evl;
	uint64		max_events,
				slen,
				elen;
	uint8		flags;
	PathState  *st;
	int64		i;

	pgg_agg_context(fcinfo, "_pgg_user_path_deserialize");
	pgg_deser_begin(&buf, b, PATH_SER_MAGIC, PATH_SER_VERSION, "user_path");
	p = (const uint8 *) buf.data + buf.cursor;
	end = (const uint8 *) buf.data + buf.len;
	p = pgg_get_varint(p, end, &max_events);
	if (p == NULL || max_events < 1 || max_events > PATH_MAX_STEPS || p >= end)
		PathCorrupt("user_path", "max_events is missing or not between 1 and 1000.");
	flags = *p++;
	if (flags > 7)
		PathCorrupt("user_path", "The flags are invalid.");
	p = pgg_get_varint(p, end, &slen);
	if (p == NULL || slen > (uint64) (end - p) || (!(flags & 2) && slen != 0))
		PathCorrupt("user_path", "The start event does not fit the state.");
	sv = p;
	PathCheckValue(p, slen, "user_path");
	p += slen;
	p = pgg_get_varint(p, end, &elen);
	if (p == NULL || elen > (uint64) (end - p) || (!(flags & 4) && elen != 0))
		PathCorrupt("user_path", "The end event does not fit the state.");
	evl = p;
	PathCheckValue(p, elen, "user_path");
	p += elen;
	{
		/* one piece: room for the events the state says it has (checked again on reading) */
		uint64		n;
		const uint8 *q = pgg_get_varint(p, end, &n);

		if (q == NULL || n > (uint64) (end - q) / 2)
			PathCorrupt("user_path", "The number of events does not fit the state.");
		st = PathNewState(CurrentMemoryContext, NULL, (const char *) sv, (int32) slen, (flags & 2) != 0,
						  (const char *) evl, (int32) elen, (flags & 4) != 0,
						  (int32) max_events, (flags & 1) != 0,
						  (int64) Min(n, 65536), Min(end - q, (int64) 1048576));
	}
	p = PathEventsRead(p, end, &st->ev, -1, "user_path");
	if (p != end)
		PathCorrupt("user_path", "The state has bytes after its last event.");
	/* the earliest start, then the state's invariants (full, compact_at) */
	for (i = 0; i < st->ev.n && st->has_start_event; i++)
	{
		const PathEvent *x = &st->ev.ev[i];

		if (x->len == st->start_len &&
			memcmp(PATH_VAL(&st->ev, x), st->start_event, x->len) == 0 &&
			(!st->has_start || x->ts < st->start_ts))
		{
			st->has_start = true;
			st->start_ts = x->ts;
		}
	}
	PathCompact(st);
	PG_RETURN_POINTER(st);
}


/* ---- path_steps ------------------------------------------------------------ */

/*
 * path_steps(path text[]) returns table (step integer, from_event text,
 * to_event text): one row per pair of consecutive elements, step 1 for the
 * first pair.  A path of fewer than two elements gives no rows.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_path_steps);
Datum
pgg_path_steps(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	Datum	   *elems;
	bool	   *nulls;
	int			n,
				i;

	/* the declared row type (no catalog lookup per call: one call per actor) */
	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("the path of path_steps must be a one-dimensional array")));
	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	for (i = 0; i + 1 < n; i++)
	{
		Datum		vals[3];
		bool		vnulls[3];

		vals[0] = Int32GetDatum(i + 1);
		vnulls[0] = false;
		vals[1] = elems[i];
		vnulls[1] = nulls[i];
		vals[2] = elems[i + 1];
		vnulls[2] = nulls[i + 1];
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, vals, vnulls);
	}
	return (Datum) 0;
}
