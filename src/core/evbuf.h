/*-------------------------------------------------------------------------
 *
 * src/core/evbuf.h
 *	  The per-actor event buffer (core/evbuf.c): events of one actor as
 *	  (timestamp, condition mask, aux), 16 bytes each, in the aggregate
 *	  memory context.  The one event buffer of pg_growth: the funnel's
 *	  engines read it, and any capability that keeps an actor's events
 *	  (retention, sessions, paths) should use it rather than its own.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef PGG_EVBUF_H
#define PGG_EVBUF_H

#include "core/pg_growth.h"


typedef struct PggEvent
{
	int64		ts;				/* microseconds (TimestampTz or Timestamp) */
	uint32		mask;			/* which conditions held on the row */
	uint32		aux;			/* free for the caller (e.g. a value index) */
} PggEvent;

/*
 * A growable array of events.  sorted says the events are in (ts, mask)
 * order (the order of aux among equal pairs is not tracked); every function
 * below keeps it, so that sorting costs nothing when the rows came in order
 * (the common case: an append-only log).
 * A buffer may also be a view of events owned by someone else (ev pointing
 * into another array, cap = n): it may then be sorted but not grown.
 */
typedef struct PggEventBuffer
{
	int64		n;				/* events stored */
	int64		cap;			/* allocated slots */
	bool		sorted;			/* events are in (ts, mask) order */
	PggEvent   *ev;
} PggEventBuffer;

/* (ts, mask, aux) order of two events: the order pgg_evbuf_sort gives */
static inline bool
pgg_event_less(const PggEvent *a, const PggEvent *b)
{
	if (a->ts != b->ts)
		return a->ts < b->ts;
	if (a->mask != b->mask)
		return a->mask < b->mask;
	return a->aux < b->aux;
}

/* A buffer with room for initial events, in the current memory context. */
extern void pgg_evbuf_init(PggEventBuffer *buf, int64 initial);

/*
 * Make room for need events, keeping the contents (the array doubles, in its
 * own memory context; an empty buffer allocates in the current one).
 * Raises "too many events for one group" beyond MaxAllocHugeSize.
 */
extern void pgg_evbuf_reserve(PggEventBuffer *buf, int64 need);

/* Append one event, checking the order against the last event stored. */
extern void pgg_evbuf_add(PggEventBuffer *buf, int64 ts, uint32 mask, uint32 aux);

/* Append the events of src to dst: one copy, sortedness kept. */
extern void pgg_evbuf_append(PggEventBuffer *dst, const PggEventBuffer *src);

/*
 * Sort by (ts, mask, aux) unless sorted.  Rows usually come as a few sorted
 * runs (one for an append-only log, two after a synchronized scan, one per
 * process after a parallel plan combined its partial states): up to 16 runs
 * are merged in linear passes (a natural merge sort), anything more shuffled
 * goes to qsort.
 */
extern void pgg_evbuf_sort(PggEventBuffer *buf);

/*
 * Append an event on a per-row path (the caller runs in the buffer's memory
 * context).  The previous event's ts and mask are kept by the caller beside
 * the buffer header (*last_ts, *last_mask), so that the order check does not
 * load the tail of the array: with one buffer per actor the array is rarely
 * in cache, and a store does not stall like a load.
 */
static inline void
pgg_evbuf_push(PggEventBuffer *buf, int64 *last_ts, uint32 *last_mask,
			   int64 ts, uint32 mask, uint32 aux)
{
	PggEvent   *e;

	if (unlikely(buf->n >= buf->cap))
		pgg_evbuf_reserve(buf, buf->n + 1);
	if (buf->n > 0 && buf->sorted &&
		(*last_ts > ts || (*last_ts == ts && *last_mask > mask)))
		buf->sorted = false;
	e = &buf->ev[buf->n++];
	e->ts = ts;
	e->mask = mask;
	e->aux = aux;
	*last_ts = ts;
	*last_mask = mask;
}


#endif							/* PGG_EVBUF_H */
