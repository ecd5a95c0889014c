/*-------------------------------------------------------------------------
 *
 * src/funnel/runs.c
 *	  Compact event runs, the varint codec of an actor's events (the format
 *	  is described in funnel/funnel.h, "compact event runs", and in
 *	  doc/funnel.md, "Implementation, limits and performance"), and the
 *	  state of window_funnel and window_funnel_times built on them
 *	  (WindowFunnelState): creation, growth, the out-of-line run of a hot
 *	  state, the level carried by a state, and appending one state to
 *	  another.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "funnel/funnel.h"

#include "miscadmin.h"

/* the reset marker: a delta of 0 with the mask EVRUN_RESET_MASK, as varints */
const uint8 EvResetMarker[EVRUN_RESET_LEN] = {0x00, 0x80, 0x80, 0x80, 0x80, 0x10};

pg_noinline void
FunnelRunCorruptError(const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid %s state", what),
			 errdetail("The event data is malformed.")));
}

pg_noinline void
FunnelRunTooLargeError(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("too many events for one funnel actor"),
			 errdetail("The events of one actor are limited to %u bytes (about 80 million rows matching a step).",
					   EVRUN_MAX_BYTES)));
}

/*
 * Decode the events of data[0 .. len) into ev[*i ..], continuing from the
 * timestamp *ts and the order flag *sorted of the part before (a run may
 * come in two parts, see LeanExt; no event straddles them).  Inlined into
 * the one loop of each caller, with the cursor in registers.
 */
static pg_attribute_always_inline void
DecodePart(const uint8 *data, uint32 len, int64 *tsp, uint32 *ip, bool *sortedp,
		   uint32 n, uint64 maxmask, PggEvent *ev, const char *what)
{
	const uint8 *p = data,
			   *end = data + len;
	int64		ts = *tsp;
	uint32		i = *ip;
	bool		sorted = *sortedp;

	while (p < end)
	{
		uint64		z,
					m;

		p = pgg_get_varint(p, end, &z);
		if (likely(p != NULL))
			p = pgg_get_varint(p, end, &m);
		if (unlikely(p == NULL))
			FunnelRunCorrupt(what);
		if (unlikely(m > maxmask))
		{
			if (m != EVRUN_RESET_MASK || z != 0)
				FunnelRunCorrupt(what);
			ts = 0;				/* a reset marker: the next run starts */
			continue;
		}
		ts = (int64) ((uint64) ts + ((z >> 1) ^ (0 - (z & 1))));
		if (unlikely(i >= n || TIMESTAMP_NOT_FINITE(ts)))
			FunnelRunCorrupt(what);
		if (i > 0 && (ts < ev[i - 1].ts || (ts == ev[i - 1].ts && (uint32) m < ev[i - 1].mask)))
			sorted = false;
		ev[i].ts = ts;
		ev[i].mask = (uint32) m;
		ev[i].aux = 0;
		i++;
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	*tsp = ts;
	*ip = i;
	*sortedp = sorted;
}

/*
 * Decode a run of n events (reset markers not counted), given as one part
 * (data2 NULL) or two, into ev[0 .. n-1].  Every byte is checked:
 * well-formed varints, finite timestamps, no condition bit beyond nconds,
 * exactly n events.  Returns whether the events are in (ts, mask) order.
 */
bool
FunnelRunDecodeInto(const uint8 *data, uint32 len, const uint8 *data2, uint32 len2,
					uint32 n, int nconds, PggEvent *ev, const char *what)
{
	uint64		maxmask = nconds >= 32 ? PG_UINT32_MAX : (((uint64) 1) << nconds) - 1;
	int64		ts = 0;
	uint32		i = 0;
	bool		sorted = true;

	DecodePart(data, len, &ts, &i, &sorted, n, maxmask, ev, what);
	if (len2 > 0)
		DecodePart(data2, len2, &ts, &i, &sorted, n, maxmask, ev, what);
	if (i != n)
		FunnelRunCorrupt(what);
	return sorted;
}

/* Make room for n events in buf (its contents are not kept). */
static void
EvReserve(PggEventBuffer *buf, int64 n)
{
	if (n > buf->cap)
	{
		int64		newcap = Max(n, buf->cap * 2);

		if ((Size) newcap * sizeof(PggEvent) > MaxAllocHugeSize)
			FunnelRunTooLarge();
		if (buf->ev)
			pfree(buf->ev);
		buf->ev = MemoryContextAllocHuge(GetMemoryChunkContext(buf), newcap * sizeof(PggEvent));
		buf->cap = newcap;
	}
}

/* Decode a run of n events (one or two parts) into buf, replacing its contents. */
void
FunnelRunDecode(const uint8 *data, uint32 len, const uint8 *data2, uint32 len2,
				uint32 n, int nconds, PggEventBuffer *buf, const char *what)
{
	EvReserve(buf, n);
	buf->sorted = FunnelRunDecodeInto(data, len, data2, len2, n, nconds, buf->ev, what);
	buf->n = n;
}


/* ---- the state of window_funnel and window_funnel_times ------------------- */

static inline void
LeanGetExt(const WindowFunnelState *st, LeanExt *x)
{
	memcpy(x, st->data + 8 * LeanSlots(st), sizeof(LeanExt));
}

static inline void
LeanPutExt(WindowFunnelState *st, const LeanExt *x)
{
	memcpy(st->data + 8 * LeanSlots(st), x, sizeof(LeanExt));
}

/* The allocation size for a state holding need bytes of slots and run. */
static inline Size
LeanSize(uint64 need)
{
	uint64		size = 64;

	if (need > EVRUN_MAX_BYTES)
		FunnelRunTooLarge();
	while (size < LEAN_HDR + need)
		size *= 2;
	return (Size) Min(size, (uint64) EVRUN_MAX_BYTES + LEAN_HDR);
}

/*
 * A new empty state in ctx with room for run bytes of run; a transition
 * state (online) gets the slots of the online level when it applies.
 */
WindowFunnelState *
LeanNew(MemoryContext ctx, const FunnelConfig *cfg, uint64 run, bool online, uint8 flags)
{
	int			nbest = 0;
	Size		size;
	WindowFunnelState *st;

	if (online && cfg->modes == 0 && cfg->nsteps >= 2 && cfg->nsteps <= LEAN_DP_STEPS)
	{
		nbest = cfg->nsteps - 1;
		flags |= LF_DP | LF_SLOTS;
	}
	if (online)
		flags |= LF_HOT;
	size = LeanSize(8 * nbest + run);
	st = MemoryContextAlloc(ctx, size);
	memset(st, 0, LEAN_HDR);
	LeanSetConfig(st, cfg);
	st->flags = flags;
	st->cap = (uint32) (size - LEAN_HDR - 8 * nbest);
	/* the stage of an out-of-line run must still hold one event */
	Assert(!online || st->cap >= sizeof(LeanExt) + EVRUN_MAX_ADD);
	return st;
}

/*
 * The context of the out-of-line runs of the states in ctx: a child of ctx,
 * found by name among its children (there are few), so that it lives and
 * is reset exactly as long as ctx and is counted in ctx's memory.
 */
static MemoryContext
LeanRunsContext(MemoryContext ctx)
{
	MemoryContext c;

	for (c = ctx->firstchild; c != NULL; c = c->nextchild)
		if (strcmp(c->name, LEAN_RUNS_CONTEXT) == 0)
			return c;
	return AllocSetContextCreate(ctx, LEAN_RUNS_CONTEXT, ALLOCSET_DEFAULT_SIZES);
}

/*
 * Append the stage of a hot state to its out-of-line bytes, moving the run
 * out of line first if it is not yet; the stage is then empty.  The state
 * itself does not move.
 */
static void
LeanFlush(WindowFunnelState *st)
{
	LeanExt		x;
	uint64		need;

	Assert(st->flags & LF_HOT);
	if (st->flags & LF_EXT)
	{
		if (st->len == 0)
			return;
		LeanGetExt(st, &x);
	}
	else
	{
		/* the first out-of-line bytes: the inline run moves there */
		x.cap = (uint32) Max((uint64) 2 * st->len, 128);
		x.run = MemoryContextAlloc(LeanRunsContext(GetMemoryChunkContext(st)), x.cap);
		x.len = 0;
	}
	need = (uint64) x.len + st->len;
	if (need > EVRUN_MAX_BYTES)
		FunnelRunTooLarge();
	if (need > x.cap)
	{
		uint64		cap = Min(Max((uint64) 2 * x.cap, need), (uint64) EVRUN_MAX_BYTES);

		x.run = repalloc(x.run, cap);
		x.cap = (uint32) cap;
	}
	memcpy(x.run + x.len, LeanRun(st), st->len);
	x.len = (uint32) need;
	st->len = 0;
	if (!(st->flags & LF_EXT))
	{
		/* the inline bytes now hold the LeanExt, then the stage */
		st->cap -= sizeof(LeanExt);
		st->flags |= LF_EXT;
	}
	LeanPutExt(st, &x);
}

/* Make room for extra more bytes of run; may move a state that is not hot. */
pg_noinline WindowFunnelState *
LeanGrow(WindowFunnelState *st, uint64 extra)
{
	Size		size;

	if (st->flags & LF_HOT)
	{
		LeanFlush(st);
		if (st->len + extra <= st->cap)
			return st;
		/* more than one event at a time: only from LeanAppend, never hot */
		elog(ERROR, "window_funnel stage too small for %llu bytes (cannot happen)", (unsigned long long) extra);
	}
	size = LeanSize(8 * (uint64) LeanSlots(st) + st->len + extra);
	st = repalloc(st, size);
	st->cap = (uint32) (size - LEAN_HDR - 8 * LeanSlots(st));
	return st;
}

/*
 * The run of a state or view as its two parts, head then tail: the
 * out-of-line bytes and the stage of a state under LF_EXT, else the run and
 * nothing.  Read-only: a final function may read a state that further
 * transitions then extend (a running window), so nothing is flushed here.
 */
void
LeanRunParts(const WindowFunnelState *st, const uint8 **head, uint32 *headlen,
			 const uint8 **tail, uint32 *taillen)
{
	*tail = NULL;
	*taillen = 0;
	if (st->flags & LF_VIEW)
	{
		memcpy(head, st->data, sizeof(*head));
		*headlen = st->len;
	}
	else if (st->flags & LF_EXT)
	{
		LeanExt		x;

		LeanGetExt(st, &x);
		*head = x.run;
		*headlen = x.len;
		*tail = st->data + LeanRunOffset(st);
		*taillen = st->len;
	}
	else
	{
		*head = st->data + 8 * LeanSlots(st);
		*headlen = st->len;
	}
}

/* The level a state's events are known to reach (the pending group included). */
int
LeanKnownLevel(const WindowFunnelState *st)
{
	uint8		slots[8 * LEAN_DP_STEPS];
	uint32		has = st->has;

	if (!(st->flags & LF_DP) || st->pend == 0)
		return st->level;
	memcpy(slots, st->data, 8 * LeanSlots(st));
	return FunnelDpStep(slots, &has, st->level, st->nconds, (uint64) st->window,
						st->last_ts, st->pend);
}

/*
 * Drop the events of a state that reached the last step (levels only).  A
 * hot state stays where it is and frees its out-of-line run; another state
 * moves to the smallest allocation (AllocSet never shrinks a chunk in place),
 * which leaves more of the cache to the states still growing.
 */
WindowFunnelState *
LeanSaturate(WindowFunnelState *st)
{
	Size		size = LeanSize(0);
	uint32		inline_bytes = st->cap + LeanRunOffset(st);

	if (st->flags & LF_EXT)
	{
		LeanExt		x;

		LeanGetExt(st, &x);
		pfree(x.run);
	}
	st->n = 0;
	st->len = 0;
	st->last_ts = 0;
	st->pend = 0;
	st->flags &= ~(LF_DP | LF_REBASE | LF_SLOTS | LF_EXT);
	st->cap = inline_bytes;
	if (st->flags & LF_HOT)
		return st;				/* it stays where it is (see LeanExt) */
	if (!(st->flags & LF_VIEW) && st->cap > size - LEAN_HDR)
	{
		WindowFunnelState *small = MemoryContextAlloc(GetMemoryChunkContext(st), size);

		memcpy(small, st, LEAN_HDR);
		small->cap = (uint32) (size - LEAN_HDR);
		pfree(st);
		st = small;
	}
	return st;
}

/* Append the events of b to a (a state, not a view); may move a. */
WindowFunnelState *
LeanAppend(WindowFunnelState *a, const WindowFunnelState *b)
{
	uint64		need;
	const uint8 *head,
			   *tail;
	uint32		headlen,
				taillen,
				k;
	int			nsteps = LeanSteps(a);

	a->level = (uint8) Max(a->level, LeanKnownLevel(b));
	a->steps |= b->steps;
	a->flags &= (b->flags | ~LF_LEVELS_ONLY);
	if ((a->flags & LF_LEVELS_ONLY) && a->level >= nsteps)
		return LeanSaturate(a); /* the level is known: no events needed */
	if (b->n == 0)
		return a;
	Assert(!(a->flags & LF_HOT));
	LeanRunParts(b, &head, &headlen, &tail, &taillen);
	need = EvAppendSize(a->n, headlen) + taillen;
	if (a->len + need > a->cap)
		a = LeanGrow(a, need);
	k = EvAppendRun(LeanRun(a) + a->len, a->n, head, headlen);
	if (taillen > 0)
		memcpy(LeanRun(a) + a->len + k, tail, taillen);
	a->len += k + taillen;
	a->n += b->n;
	a->flags |= LF_REBASE;
	a->last_ts = 0;
	return a;
}

/* The decoded events of a lean state, in a buffer cached at the call site. */
PggEventBuffer *
LeanEvents(FunctionCallInfo fcinfo, const WindowFunnelState *st)
{
	PggEventBuffer *buf = fcinfo->flinfo->fn_extra;
	const uint8 *head,
			   *tail;
	uint32		headlen,
				taillen;

	if (buf == NULL)
	{
		buf = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(PggEventBuffer));
		fcinfo->flinfo->fn_extra = buf;
	}
	LeanRunParts(st, &head, &headlen, &tail, &taillen);
	FunnelRunDecode(head, headlen, tail, taillen, st->n, st->nconds, buf, "window_funnel");
	return buf;
}
