/*-------------------------------------------------------------------------
 *
 * matrix.c
 *	  Retention: the aggregate state of retention_matrix() and
 *	  retention_actor(), and their transition functions.
 *
 * Semantics: doc/retention.md, "The cohort matrix" (cohorts, periods,
 * counting modes) and "Parallel query and Citus"; the counting modes follow
 * Amplitude and Mixpanel (Return On / On or After), recurring cohorts
 * PostHog's, the single pass the Redash "Cohort Query Example" recipe turned
 * into one aggregate.
 *
 * Design.  The state keeps, per actor, the first start period (or, with
 * rolling windows, the first start time) and the periods (times) with a
 * return event; the final function (matrix_final.c) turns each actor into
 * matrix cells.  The layout of the actors (MatrixLayout in retention.h):
 *
 *	- ML_COMPACT, calendar first-time matrices without values (bitmap mode,
 *	  the common case): a 16-byte entry per actor (first period, bitmap
 *	  base, 64-period bitmap) in pages of 1024 ids (ids 0 to 64 M, pages
 *	  carved from huge-page chunks); actors that do not fit become "wide"
 *	  64-byte entries (a 128-period bitmap plus a list) in the hash table.
 *	- ML_PAGED, other modes with dense ids: 64-byte entries in pages.
 *	- ML_HASH, sparse ids: 64-byte entries in a simplehash table.
 *	- ML_SINGLE, retention_actor: the one actor, no table.
 *	- ML_FLAT, a deserialized state (matrix_partial.c).
 *
 * Rows are queued in batches of 64 and the batch's entries prefetched before
 * it is applied (MatrixFlush), so the cache misses overlap.  The per-row
 * path (MatrixTrans, MatrixAddRow, pgg_cal_index, MatrixFlush and the entry
 * look-ups) stays in this file or inline in headers.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "core/args.h"
#include "retention/retention.h"

#include <math.h>
#include <sys/mman.h>

#include "miscadmin.h"
#include "nodes/primnodes.h"
#include "utils/builtins.h"
#include "utils/uuid.h"


/* ---- the state and its 64-byte entries -------------------------------------- */

/*
 * Create a state for the options text opts in aggcxt.  single: the state of
 * retention_actor (one actor).  flat: a state about to be filled by
 * deserialize (ML_FLAT, or ML_COMPACT in bitmap mode).
 */
MatrixState *
MatrixStateCreate(MemoryContext aggcxt, text *opts, bool has_value, bool single,
				  bool flat, int acttype, FunctionCallInfo fcinfo)
{
	MemoryContext old = MemoryContextSwitchTo(aggcxt);
	MatrixState *st = palloc0(sizeof(MatrixState));
	char	   *optstr = text_to_cstring(opts);

	st->version = MATRIX_STATE_FORMAT;
	st->acttype = (uint8) acttype;
	st->last_ts = DT_NOBEGIN;
	if (ACT_HAS_DICT(acttype))
		st->dict = DictCreate(aggcxt, acttype);
	MatrixParseOpts(&st->opts, optstr, fcinfo);
	pfree(optstr);
	st->optstext = DatumGetTextPCopy(PointerGetDatum(opts));
	/* one actor (GROUP BY actor: many states at once): no context of its own */
	st->cxt = (single || flat) ? aggcxt :
		AllocSetContextCreate(aggcxt, "pg_growth retention actors", ALLOCSET_DEFAULT_SIZES);
	pgg_cal_init(&st->cal, st->opts.unit, st->opts.sunday, st->opts.tz, aggcxt);
	st->has_value = has_value;
	/*
	 * Bitmap mode needs period keys (not timestamps), one cohort per actor
	 * (not recurring) and no value per key.  limit is the last period
	 * distance that can reach a column: the last bracket or max_period.
	 */
	st->bitmap = !st->opts.rolling && !st->opts.recurring && !has_value;
	st->limit = -1;
	if (st->opts.mode == CM_BRACKETS)
		st->limit = st->opts.br_hi[st->opts.nbr - 1];
	else if (st->opts.max_period >= 0)
		st->limit = st->opts.max_period;
	st->single = single;
	if (st->bitmap && !single)
	{
		/* bitmap mode: compact pages (also for a deserialized state) */
		st->layout = ML_COMPACT;
		st->pagecxt = AllocSetContextCreate(aggcxt, "pg_growth retention actor pages",
											ALLOCSET_DEFAULT_SIZES);
		st->cpages = MemoryContextAllocZero(aggcxt, CPAGES_MAX * sizeof(CompactEnt *));
		st->batch = MemoryContextAlloc(aggcxt, ROW_BATCH * sizeof(BatchRow));
		if (flat)
			st->cxt = AllocSetContextCreate(aggcxt, "pg_growth retention actors",
											ALLOCSET_DEFAULT_SIZES);
	}
	else if (flat)
		st->layout = ML_FLAT;
	else if (single)
	{
		st->layout = ML_SINGLE;
		st->one.status = 0;
	}
	else
	{
		st->layout = ML_PAGED;
		st->dir = pgdir_create(aggcxt, 64, NULL);
		st->pagecxt = AllocSetContextCreate(aggcxt, "pg_growth retention actor pages",
											ALLOCSET_DEFAULT_SIZES);
		st->batch = MemoryContextAlloc(aggcxt, ROW_BATCH * sizeof(BatchRow));
		st->lastpageno = PG_INT64_MIN;
	}
	MemoryContextSwitchTo(old);
	return st;
}

/*
 * Move the actors of a paged state into the hash table (sparse ids).  The
 * entries are copied whole (their key lists stay where they are, in
 * st->cxt); the copy keeps the status simplehash gave the slot.
 */
static void
StatePagesToHash(MatrixState *st)
{
	ActorIter	it;
	ActorEnt   *e;
	acth_hash  *h = acth_create(MemoryContextGetParent(st->cxt), Max(st->nactors, 64), NULL);
	int64		done = 0;

	StateStart(st, &it);
	while ((e = StateNext(st, &it)) != NULL)
	{
		bool		found;
		ActorEnt   *d;
		char		status;

		if ((++done & 4095) == 0)
			CHECK_FOR_INTERRUPTS();
		d = acth_insert(h, e->actor, &found);
		status = d->status;

		*d = *e;
		d->status = status;
	}
	st->h = h;
	st->dir = NULL;
	st->layout = ML_HASH;
	MemoryContextDelete(st->pagecxt);
	st->pagecxt = NULL;
	st->parr = NULL;
	st->nparr = 0;
	st->lastpage = NULL;
	st->last = NULL;
}

/*
 * The slot of actor in a paged state (its page allocated), or NULL after a
 * move to the hash table.  Look-ups go through the last page, then the
 * direct array, then the directory hash (negative or large page numbers).
 */
static inline ActorEnt *
PagedSlot(MatrixState *st, int64 actor)
{
	int64		pageno = actor >> PAGE_BITS;	/* arithmetic shift: floor */
	ActorEnt   *page;

	if (pageno == st->lastpageno)
		page = st->lastpage;
	else if ((uint64) pageno < (uint64) st->nparr && st->parr[pageno] != NULL)
		page = st->parr[pageno];
	else
	{
		bool		found;
		PageDirEnt *d = pgdir_insert(st->dir, pageno, &found);

		if (!found)
		{
			/*
			 * Ids this sparse are better in a hash table.  Rows arrive in no
			 * particular order of ids, so pages fill slowly at first even
			 * for dense ids: decide only past 1024 pages (64 MB).
			 */
			if (st->npages >= 1024 && st->npages * PAGE_SIZE > 64 * st->nactors)
			{
				pgdir_delete_item(st->dir, d);
				StatePagesToHash(st);
				return NULL;
			}
			/* pages aligned to cache lines: an actor is one line */
			d->page = (ActorEnt *)
				TYPEALIGN(64, MemoryContextAllocExtended(st->pagecxt, PAGE_SIZE * sizeof(ActorEnt) + 64,
														 MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO));
			st->npages++;
			/* small non-negative page numbers: also in the direct array */
			if (pageno >= 0 && pageno < PAGE_ARRAY_MAX)
			{
				if (pageno >= st->nparr)
				{
					int64		n = Max(st->nparr * 2, 256);

					while (n <= pageno)
						n *= 2;
					n = Min(n, PAGE_ARRAY_MAX);
					if (st->parr)
					{
						st->parr = repalloc(st->parr, n * sizeof(ActorEnt *));
						memset(st->parr + st->nparr, 0, (n - st->nparr) * sizeof(ActorEnt *));
					}
					else
						st->parr = MemoryContextAllocZero(st->pagecxt, n * sizeof(ActorEnt *));
					st->nparr = n;
				}
				st->parr[pageno] = d->page;
			}
		}
		page = d->page;
		st->lastpageno = pageno;
		st->lastpage = page;
	}
	return &page[actor & (PAGE_SIZE - 1)];
}

/* the entry of actor in a paged state, or NULL after a move to the hash */
static inline ActorEnt *
PagedGet(MatrixState *st, int64 actor, bool *isnew)
{
	ActorEnt   *e = PagedSlot(st, actor);

	if (e == NULL)
		return NULL;
	*isnew = !e->status;
	if (*isnew)
	{
		e->status = 1;
		e->actor = actor;
		st->nactors++;
	}
	return e;
}

/*
 * The entry of actor, created empty (no first period, no bits, no keys) on
 * its first row, whatever the layout (not ML_FLAT: a deserialized state
 * takes no rows and is converted before a merge).
 */
static inline ActorEnt *
ActorGet(MatrixState *st, int64 actor)
{
	ActorEnt   *e = NULL;
	bool		found;

	if (st->last && st->last->actor == actor)
		return st->last;
	if (st->layout == ML_SINGLE)
	{
		e = &st->one;
		found = e->status != 0;
		e->status = 1;
		e->actor = actor;
	}
	else if (st->layout == ML_PAGED)
	{
		bool		isnew = false;

		/* NULL when the state just moved to ML_HASH */
		e = PagedGet(st, actor, &isnew);
		found = !isnew;
	}
	if (e == NULL)
	{
		Assert(st->layout == ML_HASH || st->layout == ML_COMPACT);
		e = acth_insert(st->h, actor, &found);
	}
	Assert(e != NULL);
	if (!found)
	{
		e->first = NO_FIRST;
		e->base = NO_BASE;
		memset(e->bits, 0, sizeof(e->bits));
		e->keys = NULL;
		e->n = 0;
		e->cap = 0;
		e->sorted = true;
	}
	st->last = e;
	return e;
}

/*
 * Apply one row to its actor: key is the timestamp (rolling) or the calendar
 * period; flags bit 0 = start event, bit 1 = return event.
 */
static inline void
ActorApply(MatrixState *st, ActorEnt *e, int64 key, int flags, double v)
{
	const MatrixOpts *o = &st->opts;
	bool		is_start = (flags & 1) != 0;
	bool		is_ret = (flags & 2) != 0;

	/* recurring: every row's period and flags; cohorts are found at the end */
	if (o->recurring)
	{
		ActorPush(st, e, key * 4 + flags, is_ret ? v : 0);
		return;
	}
	if (is_start && key < e->first)
		e->first = key;
	if (is_ret)
	{
		if (st->bitmap)
		{
			/*
			 * Periods beyond the last one that matters need no bit: for "on"
			 * and brackets they are dropped, for "on or after" they are kept
			 * as one period past the limit.  The first start period can
			 * only move earlier, so such periods stay beyond the limit.
			 */
			if (st->limit >= 0 && e->first != NO_FIRST && key - e->first > st->limit)
			{
				if (o->mode != CM_ON_OR_AFTER)
					return;
				key = e->first + st->limit + 1;
			}
			ActorSetBit(st, e, key);
		}
		else
			ActorPush(st, e, key, v);
	}
}

/*
 * ActorGet for the other files (the combine target's entries); the
 * per-row path above uses the inline form.
 */
ActorEnt *
MatrixActorGet(MatrixState *st, int64 actor)
{
	return ActorGet(st, actor);
}

/* ---- bitmap mode: compact entries ----------------------------------------- */

/* the wide entry of actor in a compact state; the hash table is created on demand */
static inline ActorEnt *
WideGet(MatrixState *st, int64 actor)
{
	if (st->h == NULL)
	{
		st->h = acth_create(st->cxt, 64, NULL);
		st->last = NULL;
	}
	return ActorGet(st, actor);
}

/* WideGet for the other files */
ActorEnt *
MatrixWideGet(MatrixState *st, int64 actor)
{
	return WideGet(st, actor);
}

/* Move every actor of a compact state into the hash table (sparse ids). */
void
CompactToHash(MatrixState *st)
{
	int64		p;
	int			i;

	if (st->h == NULL)
		st->h = acth_create(st->cxt, Max(st->ncompact, 64), NULL);
	/* wide actors are in the table already: only the compact entries move */
	for (p = 0; p < CPAGES_MAX; p++)
	{
		CompactEnt *page = st->cpages[p];

		if (page == NULL)
			continue;
		CHECK_FOR_INTERRUPTS();
		for (i = 0; i < PAGE_SIZE; i++)
		{
			CompactEnt *c = &page[i];
			bool		found;
			ActorEnt   *e;
			char		status;

			if (CE_EMPTY(c) || c->base == CE_WIDE)
				continue;
			e = acth_insert(st->h, p * PAGE_SIZE + i, &found);
			status = e->status;
			CompactWiden(c, p * PAGE_SIZE + i, e);
			e->status = status;
		}
	}
	st->layout = ML_HASH;
	MemoryContextDelete(st->pagecxt);
	st->pagecxt = NULL;
	st->cpages = NULL;
	st->chunk = NULL;
	st->chunkleft = 0;
	st->ncpages = 0;
	st->ncompact = 0;
	st->last = NULL;
}

/*
 * Give up compact entries before any actor arrived: the state then keeps
 * 64-byte entries in pages of any page number (ids above 64 M).
 */
void
CompactOff(MatrixState *st)
{
	MemoryContext aggcxt = MemoryContextGetParent(st->cxt);

	Assert(st->layout == ML_COMPACT && st->ncompact == 0 && st->h == NULL);
	MemoryContextDelete(st->pagecxt);
	st->cpages = NULL;
	st->chunk = NULL;
	st->chunkleft = 0;
	st->ncpages = 0;
	st->layout = ML_PAGED;
	st->dir = pgdir_create(aggcxt, 64, NULL);
	st->pagecxt = AllocSetContextCreate(aggcxt, "pg_growth retention actor pages",
										ALLOCSET_DEFAULT_SIZES);
	st->lastpageno = PG_INT64_MIN;
	st->last = NULL;
}

/*
 * The compact slot of actor, its page allocated; NULL for ids outside the
 * pages.  check_sparse (rows being added): when the ids turn out sparse the
 * state moves to ML_HASH (or ML_PAGED) and NULL is returned.
 */
CompactEnt *
CompactSlotSlow(MatrixState *st, int64 actor, bool check_sparse)
{
	int64		pageno = actor >> PAGE_BITS;

	if (pageno < 0 || pageno >= CPAGES_MAX)
	{
		/* the first actor of the state is outside the pages: no compact entries */
		if (check_sparse && st->ncpages == 0 && st->h == NULL)
			CompactOff(st);
		return NULL;
	}
	if (st->cpages[pageno] == NULL)
	{
		/*
		 * Rows arrive in no particular order of ids, so pages fill slowly at
		 * first even for dense ids: decide only past 1024 pages (16 MB).
		 */
		if (check_sparse && st->ncpages >= 1024 && st->ncpages * PAGE_SIZE > 64 * st->ncompact)
		{
			CompactToHash(st);
			return NULL;
		}
		if (st->ncpages < 32)
			st->cpages[pageno] = (CompactEnt *)
				TYPEALIGN(64, MemoryContextAllocExtended(st->pagecxt, PAGE_SIZE * sizeof(CompactEnt) + 64,
														 MCXT_ALLOC_ZERO));
		else
		{
			/*
			 * Past 32 pages, pages come from 2 MB chunks aligned to 2 MB and,
			 * in a transition state, offered to the kernel as a huge page:
			 * rows reach the entries in random order, and one TLB entry then
			 * covers 128 pages.  Deserialized and combined states read and
			 * write their pages in order and do not ask: with THP "madvise"
			 * a huge page fault may compact memory first, which stalled the
			 * leader's deserialize for 20 ms at times.
			 */
			if (st->chunkleft == 0)
			{
				char	   *raw = MemoryContextAllocExtended(st->pagecxt, 2 * CHUNK_BYTES, MCXT_ALLOC_HUGE);

				st->chunk = (char *) TYPEALIGN(CHUNK_BYTES, raw);
#ifdef MADV_HUGEPAGE
				if (st->hugepages)
					(void) madvise(st->chunk, CHUNK_BYTES, MADV_HUGEPAGE);
#endif
				st->chunkleft = CHUNK_BYTES / (PAGE_SIZE * sizeof(CompactEnt));
			}
			st->cpages[pageno] = (CompactEnt *) st->chunk;
			memset(st->chunk, 0, PAGE_SIZE * sizeof(CompactEnt));
			st->chunk += PAGE_SIZE * sizeof(CompactEnt);
			st->chunkleft--;
		}
		st->ncpages++;
	}
	return &st->cpages[pageno][actor & (PAGE_SIZE - 1)];
}

/* Turn the compact entry c of actor into a wide one; returns the wide entry. */
ActorEnt *
CompactToWide(MatrixState *st, CompactEnt *c, int64 actor)
{
	ActorEnt   *e;
	ActorEnt	w;

	CompactWiden(c, actor, &w);
	if (!CE_EMPTY(c))
		st->ncompact--;
	c->first = 0;
	c->bits = 0;
	c->base = CE_WIDE;
	e = WideGet(st, actor);
	if (e->first != NO_FIRST || e->base != NO_BASE || e->n != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid retention matrix state"),
				 errdetail("An actor appears twice.")));
	e->first = w.first;
	e->base = w.base;
	e->bits[0] = w.bits[0];
	e->bits[1] = 0;
	return e;
}

/*
 * Return periods (base, biased, and a bitmap from it) past the last period
 * that matters for an actor whose first start period is first (biased), in
 * bitmap mode with a limit (max_period or the last bracket): dropped for
 * "on" and brackets, kept as one period past the limit for "on or after"
 * (ActorApply's rule).  The first start period only moves earlier, so they
 * never matter again.  Without this, a row out of time order (a scan that
 * starts mid-table and wraps around, as synchronized scans do) or the merge
 * of a worker's part whose periods all lie past the limit widens the entry
 * when the union spans more than 64 periods, though the periods beyond the
 * limit are dropped at the end anyway.  base becomes 0 when no bit is left.
 */
static inline void
CompactTrim(const MatrixState *st, uint32 first, uint32 *base, uint64 *bits)
{
	bool		after = st->opts.mode == CM_ON_OR_AFTER;
	int64		cut = (int64) first + st->limit + (after ? 1 : 0);
	int64		d;
	uint64		over;

	if (*bits == 0 || *base == 0)
		return;
	d = cut - (int64) *base;	/* the bit of the last period kept */
	if (d >= 63)
		return;
	if (d < 0)
	{
		/* every period is past the cut */
		if (after)
		{
			*base = (uint32) cut;
			*bits = 1;
		}
		else
		{
			*base = 0;
			*bits = 0;
		}
		return;
	}
	over = *bits & ~((UINT64CONST(1) << (d + 1)) - 1);
	if (over == 0)
		return;
	*bits &= ~over;
	if (after)
		*bits |= UINT64CONST(1) << d;
	if (*bits == 0)
		*base = 0;
}

/*
 * OR the return periods sbase (biased) + bit of sbits into a compact entry;
 * the entry is rebased when the union still spans 64 periods, else widened.
 */
void
CompactAddBits(MatrixState *st, CompactEnt *c, int64 actor, uint32 sbase, uint64 sbits)
{
	uint32		lo,
				hi;
	uint64		blo,
				bhi;
	ActorEnt   *e;

	if (sbits == 0)
		return;
	if (st->limit >= 0 && c->first != 0)
	{
		/* periods past the limit first: they must not widen the entry */
		CompactTrim(st, c->first, &c->base, &c->bits);
		CompactTrim(st, c->first, &sbase, &sbits);
		if (sbits == 0)
			return;
	}
	/* no bits yet, or the same window: OR */
	if (c->base == 0 || c->base == sbase)
	{
		c->base = sbase;
		c->bits |= sbits;
		return;
	}
	if (c->base < sbase)
	{
		lo = c->base;
		blo = c->bits;
		hi = sbase;
		bhi = sbits;
	}
	else
	{
		lo = sbase;
		blo = sbits;
		hi = c->base;
		bhi = c->bits;
	}
	/* the union fits one window from lo when no bit of bhi shifts out */
	if (hi - lo < 64 && ((bhi << (hi - lo)) >> (hi - lo)) == bhi)
	{
		c->base = lo;
		c->bits = blo | (bhi << (hi - lo));
		return;
	}
	/* too wide: a 64-byte entry with a 128-period bitmap and a list */
	e = CompactToWide(st, c, actor);
	while (sbits)
	{
		ActorSetBit(st, e, CE_DEC(sbase) + pg_rightmost_one_pos64(sbits));
		sbits &= sbits - 1;
	}
}

/* Apply one row (ActorApply's rules) to the compact entry c of actor. */
static inline void
CompactApply(MatrixState *st, CompactEnt *c, int64 actor, int64 key, int flags)
{
	uint64		d;

	/* a period beyond +-2^30 does not fit the biased 32-bit fields */
	if (!CE_FITS(key))
	{
		ActorApply(st, CompactToWide(st, c, actor), key, flags, 0);
		return;
	}
	if (CE_EMPTY(c))
		st->ncompact++;
	if ((flags & 1) && (c->first == 0 || CE_ENC(key) < c->first))
		c->first = CE_ENC(key);
	if (!(flags & 2))
		return;
	if (st->limit >= 0 && c->first != 0 && key - CE_DEC(c->first) > st->limit)
	{
		if (st->opts.mode != CM_ON_OR_AFTER)
			return;
		key = CE_DEC(c->first) + st->limit + 1;
		if (!CE_FITS(key))
		{
			ActorSetBit(st, CompactToWide(st, c, actor), key);
			return;
		}
	}
	/* the common case: the period is within the entry's 64-period window */
	d = (uint64) CE_ENC(key) - (uint64) c->base;
	if (c->base != 0 && d < 64)
		c->bits |= UINT64CONST(1) << d;
	else
		CompactAddBits(st, c, actor, CE_ENC(key), 1);
}

/*
 * Apply the buffered rows.  The actors' entries are spread over memory and
 * each row touches another one: the addresses of the whole batch are computed
 * and prefetched first, so the cache misses overlap instead of queueing.
 *
 * Phases: compact layout: the slots of the batch (allocating pages), then
 * the rows, in arrival order; paged layout: the same with 64-byte entries
 * (an entry is initialized on its first row); any other layout, or a move
 * to another layout while the slots were computed (no row was applied yet),
 * the rows one by one through ActorGet.  Every state is flushed before it
 * is combined, serialized or finalized: the batch is part of the state.
 */
void
MatrixFlush(MatrixState *st)
{
	int			n = st->nbatch;
	int			i;
	ActorEnt   *slot[ROW_BATCH];

	st->nbatch = 0;
	if (n == 0)
		return;
	if (st->layout == ML_COMPACT)
	{
		CompactEnt *cslot[ROW_BATCH];

		for (i = 0; i < n; i++)
		{
			cslot[i] = CompactSlot(st, st->batch[i].actor, true);
			if (st->layout != ML_COMPACT)
				break;			/* moved to the hash table or to pages */
			if (cslot[i])
				PGG_PREFETCH(cslot[i], 1, 3);
		}
		if (i == n)
		{
			for (i = 0; i < n; i++)
			{
				CompactEnt *c = cslot[i];

				if (c && c->base != CE_WIDE)
					CompactApply(st, c, st->batch[i].actor, st->batch[i].key, st->batch[i].flags);
				else
					ActorApply(st, WideGet(st, st->batch[i].actor), st->batch[i].key,
							   st->batch[i].flags, 0);
			}
			return;
		}
	}
	if (st->layout == ML_PAGED)
	{
		for (i = 0; i < n; i++)
		{
			slot[i] = PagedSlot(st, st->batch[i].actor);
			if (slot[i] == NULL)
				break;			/* moved to the hash table */
			PGG_PREFETCH(slot[i], 1, 0);
		}
		if (i == n)
		{
			for (i = 0; i < n; i++)
			{
				ActorEnt   *e = slot[i];

				if (!e->status)
				{
					e->status = 1;
					e->actor = st->batch[i].actor;
					e->first = NO_FIRST;
					e->base = NO_BASE;
					e->keys = NULL;
					e->n = 0;
					e->cap = 0;
					e->sorted = true;
					st->nactors++;
				}
				ActorApply(st, e, st->batch[i].key, st->batch[i].flags, st->batch[i].v);
			}
			st->last = NULL;
			return;
		}
	}
	for (i = 0; i < n; i++)
		ActorApply(st, ActorGet(st, st->batch[i].actor), st->batch[i].key,
				   st->batch[i].flags, st->batch[i].v);
}

/*
 * Add one row to the state: its key (the timestamp with rolling windows,
 * else the calendar period of the row in the options' zone), queued in the
 * batch (applied at once for retention_actor's single actor).
 */
static inline void
MatrixAddRow(MatrixState *st, int64 actor, TimestampTz ts, bool is_start,
			 bool is_ret, double v)
{
	const MatrixOpts *o = &st->opts;
	int64		key;
	int			flags = (is_start ? 1 : 0) | (is_ret ? 2 : 0);
	BatchRow   *b;

	if (flags == 0)
		return;
	key = o->rolling ? ts : pgg_cal_index(&st->cal, ts);
	if (st->layout == ML_SINGLE)
	{
		ActorApply(st, ActorGet(st, actor), key, flags, v);
		return;
	}
	b = &st->batch[st->nbatch++];
	b->actor = actor;
	b->key = key;
	b->flags = flags;
	b->v = v;
	if (st->nbatch == ROW_BATCH)
		MatrixFlush(st);
}

/*
 * Check that every row of a query passes the same options: the state was
 * built for one definition, and a matrix of mixed definitions would mean
 * nothing.
 */
static inline void
MatrixCheckOpts(MatrixState *st, text *opts, const char *fname)
{
	if (VARSIZE_ANY_EXHDR(opts) != VARSIZE_ANY_EXHDR(st->optstext) ||
		memcmp(VARDATA_ANY(opts), VARDATA_ANY(st->optstext), VARSIZE_ANY_EXHDR(opts)) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s options must be the same on every row", fname)));
	st->optsptr = (void *) opts;
}

/*
 * Shared body of the transition functions: (state, [actor,] ts, options
 * [, start_event, return_event [, value]]); single: retention_actor (no
 * actor argument); acttype: the SQL type of the actor argument (a constant
 * in each caller, so the bigint path compiles to what it was).
 *
 * Phases: the fast path (a constant options argument seen on the last row:
 * its address is compared, no text); otherwise the state is created on the
 * first row (options parsed, the calendar set up) or the options text is
 * compared with the state's; then the row: NULL or infinite timestamps and
 * NULL actors are skipped, NULL conditions count as false, the value must be
 * finite; the row's time may move the observation end; a text or uuid
 * actor is numbered by the dictionary (only for a row that starts or
 * returns); MatrixAddRow queues it.
 */
static pg_attribute_always_inline Datum
MatrixTrans(FunctionCallInfo fcinfo, bool single, int acttype)
{
	MemoryContext aggcxt;
	PggState   *ps = NULL;
	MatrixState *st = NULL;
	int			tsarg = single ? 1 : 2;
	int			nargs = PG_NARGS();
	bool		has_value = nargs > tsarg + 4;
	bool		is_start = true,
				is_ret = true;
	double		v = 0;
	int64		actor = 0;
	TimestampTz ts;
	text	   *opts;

	/* each aggregate has transition functions of its own: name it in errors */
	const char *fname = single ? "retention_actor" : "retention_matrix";

	if (PG_ARGISNULL(tsarg + 1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s options must not be NULL", fname),
				 errhint("Pass '' for the defaults.")));
	if (likely(!PG_ARGISNULL(0)))
	{
		/* the running state (a flat one only from a hand-made call) */
		aggcxt = VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(PG_GETARG_DATUM(0))) ? NULL :
			pgg_agg_context(fcinfo, "retention transition function");
		ps = MatrixStateArg(fcinfo, aggcxt);
		st = (MatrixState *) ps->ptr;
		if (st->opts_const && PG_GETARG_POINTER(tsarg + 1) == st->optsptr)
			goto row;			/* the usual case: the same (constant) options as on the last row */
	}
	opts = PG_GETARG_TEXT_PP(tsarg + 1);
	if (PG_ARGISNULL(0))
	{
		aggcxt = pgg_agg_context(fcinfo, "retention transition function");
		st = MatrixStateCreate(aggcxt, opts, has_value, single, false, acttype, fcinfo);
		ps = pgg_state_new(aggcxt, &pgg_retention_matrix_family, st);
		/* rows reach the entries in random order: see CompactSlotSlow */
		st->hugepages = true;
		/* a constant options argument keeps its address: compare pointers */
		{
			Aggref	   *ar = AggGetAggref(fcinfo);

			if (ar && list_length(ar->args) > tsarg)
			{
				TargetEntry *te = (TargetEntry *) list_nth(ar->args, tsarg);

				st->opts_const = IsA(te->expr, Const);
			}
		}
	}
	else
		MatrixCheckOpts(st, opts, fname);
	/* remember the argument as passed, before any detoasting */
	st->optsptr = PG_GETARG_POINTER(tsarg + 1);

row:
	if (PG_ARGISNULL(tsarg) || (!single && PG_ARGISNULL(1)))
		PGG_RETURN_STATE(ps);
	ts = PG_GETARG_TIMESTAMPTZ(tsarg);
	if (TIMESTAMP_NOT_FINITE(ts))
		PGG_RETURN_STATE(ps);
	/* as_of: the observation ends there, later rows are not seen */
	if (unlikely(st->opts.has_as_of) && ts >= st->opts.as_of)
		PGG_RETURN_STATE(ps);
	if (ts > st->last_ts)
		st->last_ts = ts;
	if (nargs > tsarg + 2)
	{
		is_start = !PG_ARGISNULL(tsarg + 2) && PG_GETARG_BOOL(tsarg + 2);
		is_ret = !PG_ARGISNULL(tsarg + 3) && PG_GETARG_BOOL(tsarg + 3);
	}
	if (single)
		actor = 0;
	else if (acttype == ACT_INT8)
		actor = PG_GETARG_INT64(1);
	else if (acttype == ACT_INT4)
		actor = PG_GETARG_INT32(1);
	else if (acttype == ACT_INT2)
		actor = PG_GETARG_INT16(1);
	else if (!is_start && !is_ret)
		PGG_RETURN_STATE(ps);	/* no row to add: no dictionary entry */
	else if (acttype == ACT_TEXT)
	{
		text	   *t = PG_GETARG_TEXT_PP(1);

		actor = DictId(st->dict, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
	}
	else
		actor = DictId(st->dict, (const char *) PG_GETARG_UUID_P(1)->data, UUID_LEN);
	if (has_value && !PG_ARGISNULL(tsarg + 4))
	{
		v = PG_GETARG_FLOAT8(tsarg + 4);
		if (!isfinite(v))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s value must be a finite number", fname)));
	}
	MatrixAddRow(st, actor, ts, is_start, is_ret, v);
	PGG_RETURN_STATE(ps);
}

/*
 * A value sum overflowed float8 (RetValueAdd in retention.h).  The message
 * names no cell: the same sum may overflow in a worker's transition, in the
 * combine function or in the final function depending on the plan, and the
 * error must not depend on it.
 */
void
RetValueOverflow(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("retention value sum is out of range for type double precision"),
			 errdetail("The values summed into one cell of the matrix add up to more than 1.8e308 in absolute value."),
			 errhint("Scale the values down (for example to thousands) before passing them.")));
}

/* retention_matrix transition: (internal, actor bigint, ts, options[, start, return[, value]]) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_cohort_matrix_trans);
Datum
pgg_cohort_matrix_trans(PG_FUNCTION_ARGS)
{
	return MatrixTrans(fcinfo, false, ACT_INT8);
}

/* the same with an integer actor */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_cohort_matrix_trans_int4);
Datum
pgg_cohort_matrix_trans_int4(PG_FUNCTION_ARGS)
{
	return MatrixTrans(fcinfo, false, ACT_INT4);
}

/* the same with a smallint actor */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_cohort_matrix_trans_int2);
Datum
pgg_cohort_matrix_trans_int2(PG_FUNCTION_ARGS)
{
	return MatrixTrans(fcinfo, false, ACT_INT2);
}

/* the same with a text actor (varchar arguments resolve to it) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_cohort_matrix_trans_text);
Datum
pgg_cohort_matrix_trans_text(PG_FUNCTION_ARGS)
{
	return MatrixTrans(fcinfo, false, ACT_TEXT);
}

/* the same with a uuid actor */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_cohort_matrix_trans_uuid);
Datum
pgg_cohort_matrix_trans_uuid(PG_FUNCTION_ARGS)
{
	return MatrixTrans(fcinfo, false, ACT_UUID);
}

/* retention_actor transition: (internal, ts, options[, start, return[, value]]) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_cohort_actor_trans);
Datum
pgg_cohort_actor_trans(PG_FUNCTION_ARGS)
{
	return MatrixTrans(fcinfo, true, ACT_INT8);
}
