/*-------------------------------------------------------------------------
 *
 * src/core/evbuf.c
 *	  The per-actor event buffer: a growable array of (timestamp, condition
 *	  mask, aux) triples in the aggregate memory context, and its sort.
 *	  Contracts in core/evbuf.h.
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

void
pgg_evbuf_reserve(PggEventBuffer *buf, int64 need)
{
	int64		newcap;

	if (need <= buf->cap)
		return;
	newcap = Max(buf->cap * 2, 4);
	while (newcap < need)
		newcap *= 2;
	if ((Size) newcap * sizeof(PggEvent) > MaxAllocHugeSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many events for one group: %lld", (long long) need)));
	buf->ev = buf->ev ? repalloc_huge(buf->ev, newcap * sizeof(PggEvent))
		: palloc_extended(newcap * sizeof(PggEvent), MCXT_ALLOC_HUGE);
	buf->cap = newcap;
}

void
pgg_evbuf_add(PggEventBuffer *buf, int64 ts, uint32 mask, uint32 aux)
{
	PggEvent   *e;

	if (buf->n == buf->cap)
		pgg_evbuf_reserve(buf, buf->n + 1);
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
	if (src->n == 0)
		return;
	pgg_evbuf_reserve(dst, dst->n + src->n);
	dst->sorted = dst->sorted && src->sorted &&
		(dst->n == 0 || !pgg_event_less(&src->ev[0], &dst->ev[dst->n - 1]));
	memcpy(dst->ev + dst->n, src->ev, src->n * sizeof(PggEvent));
	dst->n += src->n;
}

static inline int
EventCmp(const PggEvent *x, const PggEvent *y)
{
	if (x->ts != y->ts)
		return x->ts < y->ts ? -1 : 1;
	if (x->mask != y->mask)
		return x->mask < y->mask ? -1 : 1;
	if (x->aux != y->aux)
		return x->aux < y->aux ? -1 : 1;
	return 0;
}

/* SortEvents(ev, n): qsort's algorithm, interruptible (core/pg_growth.h) */
#define ST_SORT SortEvents
#define ST_ELEMENT_TYPE PggEvent
#define ST_COMPARE(a, b) EventCmp(a, b)
#define ST_CHECK_FOR_INTERRUPTS
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"

/* merge buffers of up to this many events are kept for the session: 64 kB */
#define SORT_TMP_KEEP 4096

/*
 * Phases: (1) find the sorted runs, giving up for qsort beyond 16 of them;
 * (2) merge the runs pairwise, alternating between the buffer and a
 * temporary array, until one run is left; (3) copy back if the result ended
 * in the temporary array.  Events equal in (ts, mask, aux) are identical, so
 * the merge needs no stability.
 */
void
pgg_evbuf_sort(PggEventBuffer *buf)
{
	int64		n = buf->n;
	int64		starts[17];
	int			nruns = 1;
	int64		i;
	PggEvent   *src = buf->ev;
	PggEvent   *dst;
	PggEvent   *tmp;

	if (buf->sorted)
		return;
	starts[0] = 0;
	for (i = 1; i < n; i++)
	{
		if (pgg_event_less(&src[i], &src[i - 1]))
		{
			if (nruns == 16)
			{
				/* too many runs */
				SortEvents(buf->ev, buf->n);
				buf->sorted = true;
				return;
			}
			starts[nruns++] = i;
		}
	}
	if (nruns == 1)
	{
		buf->sorted = true;
		return;
	}
	CHECK_FOR_INTERRUPTS();
	if (n <= SORT_TMP_KEEP)
	{
		/* a small merge buffer kept for the session: no allocation per actor */
		static PggEvent *keep = NULL;

		if (keep == NULL)
			keep = MemoryContextAlloc(TopMemoryContext, SORT_TMP_KEEP * sizeof(PggEvent));
		tmp = keep;
	}
	else
		tmp = palloc_extended(n * sizeof(PggEvent), MCXT_ALLOC_HUGE);
	dst = tmp;
	while (nruns > 1)
	{
		int			r,
					k = 0;

		CHECK_FOR_INTERRUPTS();	/* one pass: a few ms per million events */
		starts[nruns] = n;
		for (r = 0; r < nruns; r += 2)
		{
			int64		a = starts[r],
						ae = starts[r + 1],
						b = ae,
						be = (r + 2 <= nruns) ? starts[Min(r + 2, nruns)] : n,
						o = a;

			if (r + 1 >= nruns)
			{
				/* an odd run out: copy it */
				memcpy(dst + a, src + a, (n - a) * sizeof(PggEvent));
				starts[k++] = a;
				break;
			}
			while (a < ae && b < be)
				dst[o++] = pgg_event_less(&src[b], &src[a]) ? src[b++] : src[a++];
			while (a < ae)
				dst[o++] = src[a++];
			while (b < be)
				dst[o++] = src[b++];
			starts[k++] = starts[r];
		}
		nruns = k;
		/* swap the roles of the arrays */
		{
			PggEvent   *t = src;

			src = dst;
			dst = t;
		}
	}
	if (src != buf->ev)
		memcpy(buf->ev, src, n * sizeof(PggEvent));
	if (n > SORT_TMP_KEEP)
		pfree(tmp);
	buf->sorted = true;
}
