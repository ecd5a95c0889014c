/*-------------------------------------------------------------------------
 *
 * src/funnel/counts_rows.c
 *	  funnel_counts with integer actors (bigint, integer, smallint, oid,
 *	  date: the common case): partitioned rows, grouped into actors one
 *	  partition at a time for the final function, for serialization and
 *	  for compaction.
 *
 * Semantics: doc/funnel.md, "funnel_counts"; the design and its measures:
 * doc/funnel.md, "Implementation, limits and performance".
 *
 * The transition touches no hash table: it appends (actor, ts, mask) to one
 * of CP_PARTS partitions, chosen by the top bits of the actor's hash
 * (CountsPartAdd, funnel/funnel.h).  The writes are sequential (the
 * partitions' tails stay in cache), where a hash table of actors costs two
 * cache misses per row (the actor's slot and the tail of its run) in a
 * time-ordered log.  The rows are grouped into actors one partition at a
 * time, with a table small enough to stay in cache:
 *	- serialize writes each partition as a section of actors and event runs;
 *	- combine only collects received states;
 *	- the final function groups partition p of the state's own rows and of
 *	  every received state together (an actor's rows are in the same
 *	  partition everywhere: same hash), decodes each actor's events and
 *	  computes its level.
 * A row costs 20 bytes while buffered.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "funnel/funnel.h"

#include "miscadmin.h"

/*
 * The grouping workspace of one partition (reused for all of them).
 *
 * Its table of actors (tkey, tidx) is kept by hand rather than with
 * lib/simplehash.h, on purpose: it is the inner loop of the final function
 * and of serialization (one probe per buffered row), and it relies on a
 * layout simplehash cannot give.  Keys and actor indexes are separate
 * arrays (12 bytes a slot, where a simplehash entry with its status byte
 * takes 16), the index 0 marks an empty slot, the table is sized once per
 * partition to twice the inputs (load at most 1/2, never grows), and
 * emptying it for the next partition clears only the 4-byte index array
 * (simplehash's reset clears whole entries of the whole allocation).  The
 * hash is the actor's splitmix64 (pgg_hash_mix64), whose top bits chose the
 * partition and whose low bits choose the slot.
 */
typedef struct CountsWork
{
	/* open-addressing table: actor -> index (0 = empty slot) */
	int64	   *tkey;
	uint32	   *tidx;
	uint32		tsize;			/* a power of 2 */
	/* actors */
	int64	   *akey;
	uint32	   *acnt;			/* events */
	uint32	   *astart;			/* first event in ev */
	uint32	   *afill;
	uint8	   *alevel;			/* known level, or CP_LEVEL_UNKNOWN: decode */
	uint32	   *asteps;			/* OR of the received records' steps */
	bool	   *asat;			/* a part reached the last step alone */
	uint32	   *arec;			/* received records */
	bool	   *araw;			/* has rows of the state itself */
	uint32		nact;
	uint32		capact;
	/* actor index of each input (row or received actor record) */
	uint32	   *inact;
	/* received records: the run, its events and bytes */
	const uint8 **rrun;
	uint32	   *rn;
	uint32	   *rlen;
	uint32		capin;
	PggEvent   *ev;
	uint64		capev;
} CountsWork;

/* Move the staged rows of a partition to its blocks. */
pg_noinline void
CountsPartFlush(CountsState *cs, CountsPart *cp)
{
	const uint8 *src = cp->stage;
	uint32		k = cp->ns;

	if (cp->n > PG_UINT32_MAX / 4)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many rows for funnel_counts")));
	while (k > 0)
	{
		CountsBlock *b = cp->tail;
		uint32		m;

		if (b == NULL || b->n == CB_ROWS)
		{
			if (cs->freeblocks)
			{
				b = cs->freeblocks;
				cs->freeblocks = b->next;
			}
			else
				b = MemoryContextAlloc(cs->ctx, sizeof(CountsBlock));
			b->next = NULL;
			b->n = 0;
			if (cp->tail)
				cp->tail->next = b;
			else
				cp->head = b;
			cp->tail = b;
		}
		m = Min(k, CB_ROWS - b->n);
		memcpy(b->rows + b->n * COUNTS_ROW_BYTES, src, m * COUNTS_ROW_BYTES);
		b->n += m;
		src += m * COUNTS_ROW_BYTES;
		k -= m;
	}
	cp->n += cp->ns;
	cp->ns = 0;
}

/* The actor and the event of a row. */
static inline int64
CountsRowKey(const uint8 *r)
{
	int64		v;

	memcpy(&v, r, 8);
	return v;
}

static inline void
CountsRowEvent(const uint8 *r, PggEvent *e)
{
	memcpy(&e->ts, r + 8, 8);
	memcpy(&e->mask, r + 16, 4);
	e->aux = 0;
}

/*
 * The rows of a partition in arrival order, a chunk at a time: each block,
 * then the stage.  Reading them does not flush the stage, so that the final
 * function leaves the state as it found it.
 */
typedef struct CountsChunks
{
	const CountsPart *cp;
	const CountsBlock *next;	/* the next block; NULL: the stage is next */
	bool		done;			/* the stage was returned */
} CountsChunks;

static inline void
CountsChunksBegin(CountsChunks *it, const CountsPart *cp)
{
	it->cp = cp;
	it->next = cp->head;
	it->done = false;
}

static inline bool
CountsChunksNext(CountsChunks *it, const uint8 **rows, uint32 *n)
{
	if (it->next != NULL)
	{
		*rows = it->next->rows;
		*n = it->next->n;
		it->next = it->next->next;
		return true;
	}
	if (it->done)
		return false;
	it->done = true;
	*rows = it->cp->stage;
	*n = it->cp->ns;
	return true;
}

/* A section offset of the table at the start of a partitioned state. */
static inline uint32
CountsGet32(const uint8 *p)
{
	uint32		v;

	memcpy(&v, p, 4);
	return pg_ntoh32(v);
}

/*
 * The format of CountsPartWrite.  The partitions of a serialized state: a table of CP_PARTS section ends
 * (4 bytes each, from the end of the table), then the sections.  A section
 * is a varint count of actor records; a record is the actor (zigzag varint),
 * its event count and run length (varints), its level (one byte), its steps
 * (varint), then the run.  A record is 5 to 26 bytes before its run (the
 * fixed-width record of 0.2.0 took 21, about 40% of a state's bytes).
 *
 * The level is that of the record's own events (default mode only, else
 * CP_LEVEL_UNKNOWN) and steps the OR of their masks.  In the default mode an
 * actor's level is at least the largest level of its parts (a chain survives
 * any added rows) and at most the longest prefix of steps present in any of
 * them; when the two meet, the final function need not decode the actor.  A
 * record whose events alone reach the last step carries no events.
 *
 * Received bytes are checked where they are read: the table when the state
 * arrives, each record's framing when its partition is grouped, each run
 * when it is decoded (runs that are not decoded are never interpreted).
 */
#define CP_REC_MIN 5
#define CP_REC_MAX 26
#define CP_LEVEL_UNKNOWN 0xFF

/* The next capacity of work arrays that hold cap elements and need need. */
static inline uint64
CountsWorkCap(uint64 cap, uint64 need)
{
	return Max(cap * 2, Max(need, 1024));
}

/* A work array of cap elements replacing p (its contents are not kept). */
static void *
CountsWorkArray(void *p, Size elem, uint64 cap)
{
	if (cap * elem > MaxAllocHugeSize)
		FunnelRunTooLarge();
	if (p)
		pfree(p);
	return MemoryContextAllocHuge(CurrentMemoryContext, cap * elem);
}

/* The actor index of key, inserting it if new. */
static inline uint32
CountsWorkActor(CountsWork *w, int64 key, uint32 h)
{
	uint32		m = w->tsize - 1;
	uint32		j = h & m;

	for (;;)
	{
		uint32		t = w->tidx[j];

		if (t == 0)
			break;
		if (w->tkey[j] == key)
			return t - 1;
		j = (j + 1) & m;
	}
	w->tkey[j] = key;
	w->tidx[j] = w->nact + 1;
	w->akey[w->nact] = key;
	w->acnt[w->nact] = 0;
	w->alevel[w->nact] = 0;
	w->asteps[w->nact] = 0;
	w->asat[w->nact] = false;
	w->arec[w->nact] = 0;
	w->araw[w->nact] = false;
	return w->nact++;
}

/*
 * Group partition p: the state's own rows and the actor records of every
 * received state's section p.  Leaves, for actor a, its events in
 * w->ev[astart[a] .. astart[a] + acnt[a]): own rows first in arrival order,
 * then each received run in its order; or, when its level is known without
 * them, alevel[a] and no events.  Reads the state without changing it.
 *
 * Phases:
 *	(0) count the inputs (own rows, and received records, bounded by the
 *		bytes of their sections) and size the workspace for them;
 *	(1) pass 1: the actor of every input (CountsWorkActor), its event count,
 *		and from received records the level and steps of each part, each
 *		record's framing checked, and its actor's partition;
 *	(2) which actors need their events: not those one of whose parts reached
 *		the last step alone; for levels only (the final function), not those
 *		with a single received part of known level, nor those whose largest
 *		part level meets the prefix of steps present (lower and upper bound
 *		of the level, see "levels carried by the parts" in funnel.h);
 *	(3) pass 2: each actor's slice of w->ev, filled with its own rows and
 *		its decoded received runs (each run checked as it is decoded).
 */
static void
CountsGroupPart(CountsState *cs, int p, CountsWork *w, bool levels_only)
{
	const CountsPart *cp = &cs->parts[p];
	CountsChunks it;
	const uint8 *rows;
	uint32		nrows;
	uint64		nown;
	uint64		nin;
	uint64		nev;
	uint64		i,
				k,
				tsize;
	int			r;
	const char *what = "funnel_counts";

	nown = nin = nev = (uint64) cp->n + cp->ns;

	/* phase 0: count the inputs (a record takes at least CP_REC_MIN bytes) */
	for (r = 0; r < cs->nrecv; r++)
	{
		CountsRecv *rv = cs->recv[r];
		const uint8 *q = rv->data + rv->off[p];
		const uint8 *end = rv->data + rv->off[p + 1];
		uint64		na;

		q = pgg_get_varint(q, end, &na);
		if (q == NULL || na > (uint64) (end - q) / CP_REC_MIN)
			FunnelRunCorrupt(what);
		nin += na;
	}
	if (nin > PG_UINT32_MAX / 4)
		FunnelRunTooLarge();
	tsize = 64;
	while (tsize < nin * 2)
		tsize *= 2;
	if (tsize > w->tsize)
	{
		uint64		c = CountsWorkCap(0, tsize);

		w->tkey = CountsWorkArray(w->tkey, sizeof(int64), c);
		w->tidx = CountsWorkArray(w->tidx, sizeof(uint32), c);
	}
	memset(w->tidx, 0, tsize * sizeof(uint32));
	w->tsize = (uint32) tsize;
	if (nin > w->capact)
	{
		uint64		c = CountsWorkCap(w->capact, nin);

		w->akey = CountsWorkArray(w->akey, sizeof(int64), c);
		w->acnt = CountsWorkArray(w->acnt, sizeof(uint32), c);
		w->astart = CountsWorkArray(w->astart, sizeof(uint32), c);
		w->afill = CountsWorkArray(w->afill, sizeof(uint32), c);
		w->alevel = CountsWorkArray(w->alevel, sizeof(uint8), c);
		w->arec = CountsWorkArray(w->arec, sizeof(uint32), c);
		w->asteps = CountsWorkArray(w->asteps, sizeof(uint32), c);
		w->asat = CountsWorkArray(w->asat, sizeof(bool), c);
		w->araw = CountsWorkArray(w->araw, sizeof(bool), c);
		w->capact = (uint32) c;
	}
	if (nin > w->capin)
	{
		uint64		c = CountsWorkCap(w->capin, nin);

		w->inact = CountsWorkArray(w->inact, sizeof(uint32), c);
		w->rrun = CountsWorkArray(w->rrun, sizeof(const uint8 *), c);
		w->rn = CountsWorkArray(w->rn, sizeof(uint32), c);
		w->rlen = CountsWorkArray(w->rlen, sizeof(uint32), c);
		w->capin = (uint32) c;
	}
	w->nact = 0;

	/* phase 1, pass 1: actor of every input, events per actor */
	i = 0;
	CountsChunksBegin(&it, cp);
	while (CountsChunksNext(&it, &rows, &nrows))
	{
		uint32		j;

		for (j = 0; j < nrows; j++, i++)
		{
			int64		key = CountsRowKey(rows + j * COUNTS_ROW_BYTES);
			uint32		a = CountsWorkActor(w, key, (uint32) pgg_hash_mix64((uint64) key));

			w->inact[i] = a;
			w->acnt[a]++;
			w->araw[a] = true;
		}
	}
	k = nown;
	for (r = 0; r < cs->nrecv; r++)
	{
		CountsRecv *rv = cs->recv[r];
		const uint8 *q = rv->data + rv->off[p];
		const uint8 *end = rv->data + rv->off[p + 1];
		uint64		na = 0,
					j;

		q = pgg_get_varint(q, end, &na);	/* checked above */
		for (j = 0; j < na; j++)
		{
			uint64		zkey,
						n,
						len,
						steps;
			int64		key;
			uint32		h;
			uint32		a;
			uint8		lv;

			q = pgg_get_varint(q, end, &zkey);
			if (q != NULL)
				q = pgg_get_varint(q, end, &n);
			if (q != NULL)
				q = pgg_get_varint(q, end, &len);
			if (q == NULL || q >= end)
				FunnelRunCorrupt(what);
			lv = *q++;
			q = pgg_get_varint(q, end, &steps);
			if (q == NULL || len > (uint64) (end - q) || n > len || steps > PG_UINT32_MAX ||
				(lv != CP_LEVEL_UNKNOWN && lv > cs->cfg.nsteps))
				FunnelRunCorrupt(what);
			key = (int64) ((zkey >> 1) ^ (0 - (zkey & 1)));
			h = (uint32) pgg_hash_mix64((uint64) key);
			/* a received actor must belong to this partition (or it would count twice) */
			if (CountsPartOf(h) != (uint32) p)
				FunnelRunCorrupt(what);
			a = CountsWorkActor(w, key, h);
			w->rrun[k] = q;
			w->rn[k] = (uint32) n;
			w->rlen[k] = (uint32) len;
			w->inact[k++] = a;
			w->acnt[a] += (uint32) n;
			nev += n;
			if (nev > PG_UINT32_MAX)
				FunnelRunTooLarge();
			if (lv == cs->cfg.nsteps && n == 0)
				w->asat[a] = true;	/* one part reaches the last step alone */
			/* alevel: the largest level of the parts, unknown if one is */
			if (lv == CP_LEVEL_UNKNOWN || w->alevel[a] == CP_LEVEL_UNKNOWN)
				w->alevel[a] = CP_LEVEL_UNKNOWN;
			else if (lv > w->alevel[a])
				w->alevel[a] = lv;
			w->asteps[a] |= (uint32) steps;
			w->arec[a]++;
			q += len;
		}
		if (q != end)
			FunnelRunCorrupt(what);
	}
	CHECK_FOR_INTERRUPTS();

	/*
	 * Phase 2.  Which actors need their events: all but those one of whose
	 * parts reached the last step alone, and, for levels only, those with
	 * received parts only and a known level: a single part, or bounds that
	 * meet.
	 */
	for (i = 0; i < w->nact; i++)
	{
		if (w->asat[i])
		{
			w->alevel[i] = (uint8) cs->cfg.nsteps;	/* known: the last step */
			w->acnt[i] = 0;
		}
		else if (levels_only && !w->araw[i] && w->arec[i] > 0 &&
				 w->alevel[i] != CP_LEVEL_UNKNOWN &&
				 (w->arec[i] == 1 || w->alevel[i] == StepPrefix(w->asteps[i], cs->cfg.nsteps)))
			w->acnt[i] = 0;		/* known: its only part's level, or bounds that meet */
		else
			w->alevel[i] = CP_LEVEL_UNKNOWN;
	}

	/* phase 3, pass 2: place the events */
	{
		uint32		pos = 0;

		for (i = 0; i < w->nact; i++)
		{
			w->astart[i] = pos;
			w->afill[i] = 0;
			pos += w->acnt[i];
		}
		nev = pos;
	}
	if (nev > w->capev)
	{
		w->capev = CountsWorkCap(w->capev, nev);
		w->ev = CountsWorkArray(w->ev, sizeof(PggEvent), w->capev);
	}
	i = 0;
	CountsChunksBegin(&it, cp);
	while (CountsChunksNext(&it, &rows, &nrows))
	{
		uint32		j;

		for (j = 0; j < nrows; j++, i++)
		{
			uint32		a = w->inact[i];

			if (w->alevel[a] != CP_LEVEL_UNKNOWN)
				continue;
			CountsRowEvent(rows + j * COUNTS_ROW_BYTES, &w->ev[w->astart[a] + w->afill[a]++]);
		}
	}
	for (k = nown; k < nin; k++)
	{
		uint32		a = w->inact[k];

		if (w->alevel[a] == CP_LEVEL_UNKNOWN)
		{
			FunnelRunDecodeInto(w->rrun[k], w->rlen[k], NULL, 0, w->rn[k], cs->cfg.nconds,
						 &w->ev[w->astart[a] + w->afill[a]], what);
			w->afill[a] += w->rn[k];
		}
	}
}

/* The level counts of a partitioned state (final function). */
void
CountsPartLevels(CountsState *cs, int64 *counts)
{
	CountsWork	w;
	int			p;

	memset(&w, 0, sizeof(w));
	for (p = 0; p < CP_PARTS; p++)
	{
		uint32		a;

		CountsGroupPart(cs, p, &w, true);
		for (a = 0; a < w.nact; a++)
		{
			PggEventBuffer buf;

			if (w.alevel[a] != CP_LEVEL_UNKNOWN)
			{
				counts[w.alevel[a]]++;
				continue;
			}
			buf.ev = &w.ev[w.astart[a]];
			buf.n = w.acnt[a];
			buf.cap = buf.n;
			buf.sorted = false;
			counts[FunnelLevel(&cs->cfg, &buf, NULL, "funnel_counts")]++;
		}
		CHECK_FOR_INTERRUPTS();
	}
}

/*
 * Write the partitions of a state as sections of actors and event runs (the
 * format is described above CP_REC_MIN).  Reads the state without changing it.
 *
 * Phases: (1) room for the table of section ends; then per partition
 * (2) its actors are grouped (CountsGroupPart) and counted; (3) per actor:
 * the steps its events hold and, in the default mode, the level they reach
 * alone (an actor whose part reached the last step, or that reaches it now,
 * ships no events); the run is encoded after room for the longest record
 * header, the header written once the run's length is known, and the run
 * moved up behind it; (4) the section's end goes into the table.
 */
void
CountsPartWrite(CountsState *cs, StringInfo buf)
{
	CountsWork	w;
	int			p;
	int			table;
	int			base;

	memset(&w, 0, sizeof(w));
	/* phase 1: the table of section ends, filled in as the sections are written */
	enlargeStringInfo(buf, CP_PARTS * 4);
	table = buf->len;
	buf->len += CP_PARTS * 4;
	base = buf->len;
	for (p = 0; p < CP_PARTS; p++)
	{
		uint32		a;
		uint8	   *q;

		/* phase 2 */
		CountsGroupPart(cs, p, &w, false);
		enlargeStringInfo(buf, 10);
		q = pgg_put_varint((uint8 *) buf->data + buf->len, w.nact);
		buf->len = (int) ((char *) q - buf->data);
		for (a = 0; a < w.nact; a++)
		{
			PggEvent   *ev = &w.ev[w.astart[a]];
			uint32		n = w.acnt[a];
			uint32		i;
			uint8	   *h,
					   *run;
			int64		prev = 0;
			uint32		len;
			uint8		lv = CP_LEVEL_UNKNOWN;
			uint32		steps = 0;

			/* phase 3 */
			for (i = 0; i < n; i++)
				steps |= ev[i].mask;
			if (w.alevel[a] == cs->cfg.nsteps)
				lv = w.alevel[a];	/* a part reached the last step: no events */
			else if (cs->cfg.modes == 0 && n > 0)
			{
				/* the level of these events alone (sorts them, if need be) */
				PggEventBuffer eb;

				eb.ev = ev;
				eb.n = n;
				eb.cap = n;
				eb.sorted = false;
				lv = (uint8) FunnelLevel(&cs->cfg, &eb, NULL, "funnel_counts");
			}
			if (lv == cs->cfg.nsteps)
				n = 0;

			if ((uint64) n * EVRUN_MAX_EVENT + CP_REC_MAX > (uint64) (MaxAllocSize - buf->len - 1))
				ereport(ERROR,
						(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						 errmsg("funnel_counts state too large to serialize")));
			enlargeStringInfo(buf, (int) (CP_REC_MAX + n * EVRUN_MAX_EVENT));

			/*
			 * The run goes after room for the longest record header, then
			 * moves to just after the header once its length is known.
			 */
			h = (uint8 *) buf->data + buf->len;
			run = q = h + CP_REC_MAX;
			for (i = 0; i < n; i++)
			{
				q = EvPut(q, prev, ev[i].ts, ev[i].mask);
				prev = ev[i].ts;
			}
			len = (uint32) (q - run);
			h = pgg_put_varint(h, ((uint64) w.akey[a] << 1) ^ (uint64) (w.akey[a] >> 63));
			h = pgg_put_varint(h, n);
			h = pgg_put_varint(h, len);
			*h++ = lv;
			h = pgg_put_varint(h, steps);
			memmove(h, run, len);
			buf->len = (int) ((char *) (h + len) - buf->data);
		}
		{
			/* phase 4 */
			uint32		e = pg_hton32((uint32) (buf->len - base));

			memcpy(buf->data + table + 4 * p, &e, 4);
		}
		CHECK_FOR_INTERRUPTS();
	}
	buf->data[buf->len] = '\0';
}

/*
 * Read the section table of a received state (data[0 .. len), copied into
 * the aggregate context): the sections must follow each other and fill the
 * state.  Their records are checked when their partition is grouped.
 */
CountsRecv *
CountsPartRecv(const uint8 *data, uint32 len, const char *what)
{
	CountsRecv *rv = palloc(sizeof(CountsRecv));
	uint32		pos = 0;
	int			p;

	if (len < CP_PARTS * 4)
		FunnelRunCorrupt(what);
	rv->data = data + CP_PARTS * 4;
	len -= CP_PARTS * 4;
	for (p = 0; p < CP_PARTS; p++)
	{
		uint32		e = CountsGet32(data + 4 * p);

		/* a section holds at least its count */
		if (e <= pos || e > len)
			FunnelRunCorrupt(what);
		rv->off[p] = pos;
		pos = e;
	}
	if (pos != len)
		FunnelRunCorrupt(what);
	rv->off[CP_PARTS] = pos;
	return rv;
}

/* Add a received state to a partitioned one. */
void
CountsAddRecv(CountsState *cs, CountsRecv *rv)
{
	if (cs->nrecv == cs->caprecv)
	{
		cs->caprecv = cs->caprecv ? cs->caprecv * 2 : 4;
		cs->recv = cs->recv ? repalloc(cs->recv, cs->caprecv * sizeof(CountsRecv *))
			: MemoryContextAlloc(cs->ctx, cs->caprecv * sizeof(CountsRecv *));
	}
	cs->recv[cs->nrecv++] = rv;
}

/*
 * Group src's buffered rows into one section blob, kept by dst like a
 * received state (the grouping work memory is freed at once).
 */
static void
CountsRowsToRecv(CountsState *dst, CountsState *src)
{
	MemoryContext work = AllocSetContextCreate(CurrentMemoryContext, "pg_growth funnel_counts grouping",
											   ALLOCSET_DEFAULT_SIZES);
	MemoryContext old = MemoryContextSwitchTo(work);
	StringInfoData buf;
	CountsState tmp = *src;
	uint8	   *blob;

	tmp.nrecv = 0;				/* the rows only */
	initStringInfo(&buf);
	CountsPartWrite(&tmp, &buf);
	MemoryContextSwitchTo(dst->ctx);
	blob = MemoryContextAllocHuge(dst->ctx, Max(buf.len, 1));
	memcpy(blob, buf.data, buf.len);
	CountsAddRecv(dst, CountsPartRecv(blob, buf.len, "funnel_counts"));
	MemoryContextSwitchTo(old);
	MemoryContextDelete(work);
}

/*
 * Compact the buffered rows into one more section blob and empty the
 * partitions.  Linear: earlier blobs are not rewritten.
 */
void
CountsCompact(CountsState *cs)
{
	int			p;

	CountsRowsToRecv(cs, cs);
	for (p = 0; p < CP_PARTS; p++)
	{
		CountsPart *cp = &cs->parts[p];

		/* keep the blocks for the next rows */
		if (cp->tail)
		{
			cp->tail->next = cs->freeblocks;
			cs->freeblocks = cp->head;
		}
		cp->head = cp->tail = NULL;
		cp->n = 0;
		cp->ns = 0;				/* grouped with the blocks (CountsChunks) */
	}
	cs->nbuffered = 0;
}

/* Combine for integer actors: b's rows and received states go to a. */
void
CountsPartCombine(CountsState *a, CountsState *b)
{
	int			r;
	int			p;
	bool		rows = false;

	for (r = 0; r < b->nrecv; r++)
		CountsAddRecv(a, b->recv[r]);
	for (p = 0; p < CP_PARTS; p++)
		rows |= b->parts[p].n > 0 || b->parts[p].ns > 0;
	if (rows)
		CountsRowsToRecv(a, b);	/* b's own rows (combined without serialization) */
}
