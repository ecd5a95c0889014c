/*-------------------------------------------------------------------------
 *
 * src/core/evbuf.c
 *	  The per-actor event buffer: a growable array of (timestamp, condition
 *	  mask, aux) triples in the aggregate memory context.  Contracts in
 *	  core/evbuf.h.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/evbuf.h"

#include "miscadmin.h"
#include "utils/memutils.h"


void
pgg_evbuf_init(PggEventBuffer *buf, int64 initial)
{
	buf->n = 0;
	buf->cap = Max(initial, 8);
	buf->sorted = true;
	buf->ev = palloc(buf->cap * sizeof(PggEvent));
}

static void
EvbufReserve(PggEventBuffer *buf, int64 need)
{
	int64		newcap;

	if (need <= buf->cap)
		return;
	newcap = buf->cap * 2;
	while (newcap < need)
		newcap *= 2;
	if ((Size) newcap * sizeof(PggEvent) > MaxAllocHugeSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many events for one group: %lld", (long long) need)));
	buf->ev = repalloc_huge(buf->ev, newcap * sizeof(PggEvent));
	buf->cap = newcap;
}

void
pgg_evbuf_add(PggEventBuffer *buf, int64 ts, uint32 mask, uint32 aux)
{
	PggEvent   *e;

	if (buf->n == buf->cap)
		EvbufReserve(buf, buf->n + 1);
	e = &buf->ev[buf->n];
	if (buf->n > 0 && buf->sorted)
	{
		PggEvent   *p = e - 1;

		if (p->ts > ts || (p->ts == ts && p->mask > mask))
			buf->sorted = false;
	}
	e->ts = ts;
	e->mask = mask;
	e->aux = aux;
	buf->n++;
}

void
pgg_evbuf_append(PggEventBuffer *dst, const PggEventBuffer *src)
{
	int64		i;

	EvbufReserve(dst, dst->n + src->n);
	for (i = 0; i < src->n; i++)
		pgg_evbuf_add(dst, src->ev[i].ts, src->ev[i].mask, src->ev[i].aux);
}

static int
EventCmp(const void *a, const void *b)
{
	const PggEvent *x = a;
	const PggEvent *y = b;

	if (x->ts != y->ts)
		return x->ts < y->ts ? -1 : 1;
	if (x->mask != y->mask)
		return x->mask < y->mask ? -1 : 1;
	if (x->aux != y->aux)
		return x->aux < y->aux ? -1 : 1;
	return 0;
}

void
pgg_evbuf_sort(PggEventBuffer *buf)
{
	if (!buf->sorted)
	{
		CHECK_FOR_INTERRUPTS();
		qsort(buf->ev, buf->n, sizeof(PggEvent), EventCmp);
		buf->sorted = true;
	}
}

