/*-------------------------------------------------------------------------
 *
 * src/core/evbuf.h
 *	  The per-actor event buffer (core/evbuf.c): events of one actor as
 *	  (timestamp, condition mask, aux), 16 bytes each, in the aggregate
 *	  memory context.
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

typedef struct PggEventBuffer
{
	int64		n;				/* events stored */
	int64		cap;			/* allocated slots */
	bool		sorted;			/* events are in (ts, mask) order */
	PggEvent   *ev;
} PggEventBuffer;

extern void pgg_evbuf_init(PggEventBuffer *buf, int64 initial);
extern void pgg_evbuf_add(PggEventBuffer *buf, int64 ts, uint32 mask, uint32 aux);
extern void pgg_evbuf_append(PggEventBuffer *dst, const PggEventBuffer *src);
extern void pgg_evbuf_sort(PggEventBuffer *buf);


#endif							/* PGG_EVBUF_H */
