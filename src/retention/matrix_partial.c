/*-------------------------------------------------------------------------
 *
 * matrix_partial.c
 *	  Retention: partial aggregation of retention_matrix() and
 *	  retention_actor(): the combine, serialize and deserialize functions.
 *
 * Semantics: doc/retention.md, "Parallel query and Citus" (the partial
 * states of parallel workers are serialized, passed through the tuple
 * queue, deserialized and combined by the leader).
 *
 * The serialized state (magic "pgCH", format 4; core/codec.h for the
 * envelope): has_value and single bytes, the options text, the actor type
 * byte (ActorType), the latest row time (int64, DT_NOBEGIN when none), for
 * text and uuid actors the dictionary (a count, then each id as an int32
 * length and its bytes, in the order of their numbers), a layout byte (1:
 * compact pages follow, 0: a list of actors), then either the compact pages
 * (SerCompactPage) and the wide actors, or the actors, each in list form
 * (SerActor).  Format 3 is format 4 without the actor type, the latest row
 * time and the dictionary (bigint actors); it is still read.  States written
 * by earlier builds must keep being read: do not change a byte without a new
 * format number.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "core/args.h"
#include "core/codec.h"
#include "retention/retention.h"

#include <math.h>

#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/uuid.h"


/* ---- combine ------------------------------------------------------------- */

static void MergeEnt(MatrixState *dst, ActorEnt *d, const ActorEnt *s);

/*
 * Merge the compact entry c (of another state) into dst's entry d of actor,
 * an entry of a page of dst: copied when d is empty, merged into the wide
 * entry when d is wide, else the earlier first period and the bitmaps ORed.
 */
static inline void
CompactMergeOne(MatrixState *dst, CompactEnt *d, int64 actor, const CompactEnt *c)
{
	if (CE_EMPTY(d))
	{
		*d = *c;
		dst->ncompact++;
	}
	else if (d->base == CE_WIDE)
	{
		ActorEnt	w;

		CompactWiden(c, actor, &w);
		MergeEnt(dst, MatrixWideGet(dst, actor), &w);
	}
	else
	{
		if (c->first != 0 && (d->first == 0 || c->first < d->first))
			d->first = c->first;
		CompactAddBits(dst, d, actor, c->base, c->bits);
	}
}

/*
 * CompactMergeOne for an actor renumbered by the dictionary: its slot in
 * dst may be beyond the pages (a wide actor then).
 */
static void
CompactMergeEnt(MatrixState *dst, int64 actor, const CompactEnt *c)
{
	CompactEnt *d = CompactSlot(dst, actor, false);

	if (d)
		CompactMergeOne(dst, d, actor, c);
	else
	{
		ActorEnt	w;

		CompactWiden(c, actor, &w);
		MergeEnt(dst, MatrixWideGet(dst, actor), &w);
	}
}

/*
 * Merge compact src into compact dst; remap (text and uuid actors, NULL
 * otherwise) gives dst's number of each actor number of src.
 *
 * Phases, in this order: the pages of src, page by page (a page dst lacks is
 * copied whole, wide markers included; otherwise entry by entry: the first
 * period is the earlier one, the bitmaps are ORed, and an entry that no
 * longer spans 64 periods is widened); then the wide actors of src, each
 * merged into dst's wide entry after widening dst's compact entry if it has
 * one.  The order matters: a src entry that is compact meets a dst entry
 * that is compact or wide in the first phase, and a src wide actor may widen
 * a dst entry in the second, so every actor ends compact or wide in dst,
 * never both (CompactToWide checks it).  With remap the pages are merged
 * entry by entry (no page is copied whole: the numbers differ).
 */
static void
CompactMerge(MatrixState *dst, MatrixState *src, const int64 *remap)
{
	int64		p;
	int			i;

	for (p = 0; p < CPAGES_MAX; p++)
	{
		CompactEnt *sp = src->cpages[p];
		CompactEnt *dp;

		if (sp == NULL)
			continue;
		CHECK_FOR_INTERRUPTS();
		if (remap)
		{
			/* renumbered actors (text, uuid): entry by entry */
			for (i = 0; i < PAGE_SIZE; i++)
				if (!CE_EMPTY(&sp[i]) && sp[i].base != CE_WIDE)
					CompactMergeEnt(dst, remap[p * PAGE_SIZE + i], &sp[i]);
			continue;
		}
		if (dst->cpages[p] == NULL)
		{
			/* a page dst does not have: copy it whole (wide markers too) */
			dp = CompactSlotSlow(dst, p * PAGE_SIZE, false);
			memcpy(dp, sp, PAGE_SIZE * sizeof(CompactEnt));
			for (i = 0; i < PAGE_SIZE; i++)
				dst->ncompact += !CE_EMPTY(&sp[i]) && sp[i].base != CE_WIDE;
			continue;
		}
		dp = dst->cpages[p];
		for (i = 0; i < PAGE_SIZE; i++)
		{
			const CompactEnt *c = &sp[i];

			if (CE_EMPTY(c) || c->base == CE_WIDE)
				continue;		/* wide actors of src: below */
			CompactMergeOne(dst, &dp[i], p * PAGE_SIZE + i, c);
		}
	}
	if (src->h)
	{
		acth_iterator hit;
		ActorEnt   *s;

		int64		done = 0;

		acth_start_iterate(src->h, &hit);
		while ((s = acth_iterate(src->h, &hit)) != NULL)
		{
			int64		actor = remap ? remap[s->actor] : s->actor;
			CompactEnt *d = CompactSlot(dst, actor, false);
			ActorEnt   *w;

			if ((++done & 4095) == 0)
				CHECK_FOR_INTERRUPTS();
			if (d && d->base != CE_WIDE)
				w = CompactToWide(dst, d, actor);
			else
				w = MatrixWideGet(dst, actor);
			MergeEnt(dst, w, s);
		}
	}
	dst->last = NULL;
}

/*
 * The numbers in dst's dictionary of the actor numbers of src (text and
 * uuid actors): src's ids added to dst's dictionary in the order of their
 * numbers.  NULL when every number stays the same (dst had no ids, or the
 * same first ones: the first combine copies a state), so the pages of a
 * compact state can still be copied whole.
 */
static int64 *
DictRemap(MatrixState *dst, MatrixState *src)
{
	int64		n = DictCount(src->dict),
				i;
	int64	   *remap;
	bool		same = true;

	if (n == 0)
		return NULL;
	remap = MemoryContextAllocHuge(CurrentMemoryContext, n * sizeof(int64));
	for (i = 0; i < n; i++)
	{
		uint32		len;
		const char *k = DictKey(src->dict, i, &len);

		if ((i & 4095) == 0)
			CHECK_FOR_INTERRUPTS();
		remap[i] = DictId(dst->dict, k, len);
		same &= remap[i] == i;
	}
	if (same)
	{
		pfree(remap);
		return NULL;
	}
	return remap;
}

/*
 * Merge the actors of src into dst (the combine function's work).  The
 * matrix does not depend on the order in which states are combined (up to
 * the rounding of value sums): per actor the first period is the minimum,
 * the return periods the union, and the value sums are added (the final
 * function sorts the keys and sums equal ones).
 *
 * Phases: the options and the actor type must be the same; the rows still
 * queued in both batches are applied first (a batch is part of its state);
 * the latest row time is the later one; text and uuid actors of src are
 * renumbered through dst's dictionary (DictRemap); then two compact states
 * merge page by page (CompactMerge); otherwise dst is brought to a layout
 * that takes inserts (a compact dst moves to ML_HASH, a deserialized ML_FLAT
 * dst to ML_SINGLE or ML_HASH) and every actor of src, whatever its layout,
 * is merged into dst's entry.
 */
static void
MatrixStateMerge(MatrixState *dst, MatrixState *src)
{
	ActorIter	it;
	ActorEnt   *s;
	int64	   *remap = NULL;

	if (dst->acttype != src->acttype)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot combine retention states of different actor types"),
				 errdetail("One state has %s actors, the other %s actors.",
						   ActorTypeName(dst->acttype), ActorTypeName(src->acttype))));
	if (dst->has_value != src->has_value ||
		VARSIZE_ANY_EXHDR(dst->optstext) != VARSIZE_ANY_EXHDR(src->optstext) ||
		memcmp(VARDATA_ANY(dst->optstext), VARDATA_ANY(src->optstext),
			   VARSIZE_ANY_EXHDR(dst->optstext)) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot combine retention states of different options")));
	MatrixFlush(dst);
	MatrixFlush(src);
	dst->last = NULL;
	if (src->last_ts > dst->last_ts)
		dst->last_ts = src->last_ts;
	if (ACT_HAS_DICT(src->acttype))
		remap = DictRemap(dst, src);
	if (dst->layout == ML_COMPACT && src->layout == ML_COMPACT)
	{
		CompactMerge(dst, src, remap);
		return;
	}
	if (dst->layout == ML_COMPACT)
		CompactToHash(dst);
	if (dst->layout == ML_FLAT && dst->single)
	{
		/* a deserialized one-actor state as target */
		if (dst->nflat > 1)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid retention matrix state"),
					 errdetail("A one-actor state holds %lld actors.", (long long) dst->nflat)));
		if (dst->nflat == 1)
		{
			dst->one = dst->flat[0];
			dst->one.status = 1;
		}
		dst->flat = NULL;
		dst->nflat = 0;
		dst->layout = ML_SINGLE;
	}
	else if (dst->layout == ML_FLAT)
	{
		/* a deserialized (flat) state as target: hash its actors first */
		ActorEnt   *flat = dst->flat;
		int64		n = dst->nflat,
					k;

		dst->h = acth_create(dst->cxt, Max(n, 64), NULL);
		for (k = 0; k < n; k++)
		{
			bool		found;
			ActorEnt   *e;
			char		status;

			if ((k & 4095) == 0)
				CHECK_FOR_INTERRUPTS();
			e = acth_insert(dst->h, flat[k].actor, &found);
			status = e->status;

			if (found)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
						 errmsg("invalid retention matrix state"),
						 errdetail("An actor appears twice.")));
			*e = flat[k];
			e->status = status;
		}
		dst->flat = NULL;
		dst->nflat = 0;
		dst->layout = ML_HASH;
	}
	StateStart(src, &it);
	while ((s = StateNext(src, &it)) != NULL)
	{
		CHECK_FOR_INTERRUPTS();
		MergeEnt(dst, MatrixActorGet(dst, remap ? remap[s->actor] : s->actor), s);
		dst->last = NULL;
	}
}

/* Merge the actor entry s (of another state) into d, an entry of dst. */
static void
MergeEnt(MatrixState *dst, ActorEnt *d, const ActorEnt *s)
{
	int			i;

	{
		/* the earlier first period; the union of the return periods */
		if (s->first < d->first)
			d->first = s->first;
		if (s->base != NO_BASE)
		{
			if (d->base == NO_BASE || d->base == s->base)
			{
				/* the common cases: copy or OR the words */
				d->base = s->base;
				d->bits[0] |= s->bits[0];
				d->bits[1] |= s->bits[1];
			}
			else
			{
				int			w;

				for (w = 0; w < BITS_SPAN / 64; w++)
				{
					uint64		m = s->bits[w];

					while (m)
					{
						int			b = pg_rightmost_one_pos64(m);

						ActorSetBit(dst, d, s->base + w * 64 + b);
						m &= m - 1;
					}
				}
			}
		}
		for (i = 0; i < s->n; i++)
			ActorPush(dst, d, s->keys[i], dst->has_value ? EVALS(s)[i] : 0);
	}
}

/*
 * A fresh state in aggcxt with b's definition (the first combine, or a flat
 * state met as the running state): b may be a deserialized state in
 * short-lived memory; when b is not compact, the fresh state starts with
 * 64-byte pages (CompactOff) rather than moving to the hash table on the
 * first actor.  b is merged into it.
 */
static MatrixState *
MatrixCopyState(MemoryContext aggcxt, MatrixState *b, FunctionCallInfo fcinfo)
{
	MatrixState *a;

	MatrixStateCheck(b);
	a = MatrixStateCreate(aggcxt, b->optstext, b->has_value, b->single, false, b->acttype,
						  fcinfo);
	if (a->layout == ML_COMPACT && b->layout != ML_COMPACT)
		CompactOff(a);
	MatrixStateMerge(a, b);
	return a;
}

/*
 * The running state of a transition or combine function (argument 0, not
 * NULL), to change: the expanded state as it is; a flat one (which only a
 * hand-made call passes) is read and copied into a fresh state.
 */
PggState *
MatrixStateArg(FunctionCallInfo fcinfo, MemoryContext aggcxt)
{
	MatrixState *b;

	if (likely(VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(PG_GETARG_DATUM(0)))))
		return pgg_state_arg(fcinfo, 0, &pgg_retention_matrix_family, aggcxt);
	b = (MatrixState *) pgg_state_read(fcinfo, 0, &pgg_retention_matrix_family,
									   CurrentMemoryContext);
	return pgg_state_new(aggcxt, &pgg_retention_matrix_family,
						 MatrixCopyState(aggcxt, b, fcinfo));
}

/*
 * combine(pgg_state, pgg_state): b is merged into a and a returned.  The
 * first non-NULL b is copied into a fresh state in the aggregate context
 * (MatrixCopyState).
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_cohort_combine);
Datum
pgg_cohort_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	PggState   *st;
	MatrixState *a,
			   *b;

	aggcxt = pgg_agg_context(fcinfo, "retention combine function");
	if (PG_ARGISNULL(1))
		return pgg_combine_first(fcinfo);
	b = (MatrixState *) pgg_state_read(fcinfo, 1, &pgg_retention_matrix_family,
									   CurrentMemoryContext);
	if (PG_ARGISNULL(0))
	{
		st = pgg_state_new(aggcxt, &pgg_retention_matrix_family,
						   MatrixCopyState(aggcxt, b, fcinfo));
		PGG_RETURN_STATE(st);
	}
	st = MatrixStateArg(fcinfo, aggcxt);
	a = (MatrixState *) st->ptr;
	MatrixStateCheck(a);
	MatrixStateCheck(b);
	MatrixStateMerge(a, b);
	PGG_RETURN_STATE(st);
}

/* ---- serialize ----------------------------------------------------------- */

/*
 * Write one actor entry (list form): actor, first, in bitmap mode base and
 * the 128-bit bitmap, the key count, the keys, with a value column the sums.
 */
static void
SerActor(StringInfo buf, MatrixState *st, const ActorEnt *e)
{
	int			i;

	pq_sendint64(buf, e->actor);
	pq_sendint64(buf, e->first);
	if (st->bitmap)
	{
		pq_sendint64(buf, e->base);
		for (i = 0; i < BITS_SPAN / 64; i++)
			pq_sendint64(buf, (int64) e->bits[i]);
	}
	pq_sendint32(buf, e->n);
	for (i = 0; i < e->n; i++)
		pq_sendint64(buf, e->keys[i]);
	if (st->has_value)
		for (i = 0; i < e->n; i++)
			pq_sendfloat8(buf, EVALS(e)[i]);
}

/*
 * One compact page in a serialized state (format 3): the page number and the
 * length of the body as int32, then the body: a bitmap of the entries in use
 * (PAGE_SIZE bits), the smallest first start period of the page as a varint
 * (0 when none), and per entry in use three varints: F = 0 (no start period)
 * or first - smallest + 1; B = 0 (no return period), 1 (a wide actor: its
 * entry is in the hash table section) or 2 + the zigzag of base minus first
 * (minus the smallest when F = 0); and when B >= 2 the bitmap.  An entry
 * takes about 6 bytes on the bench (16 in memory): the states pass through
 * the 64 kB tuple queue of a parallel plan faster.
 */
static void
SerCompactPage(StringInfo buf, int64 p, const CompactEnt *page)
{
	uint8	   *out,
			   *body;
	uint32		fmin = 0;
	int			i;

	for (i = 0; i < PAGE_SIZE; i++)
		if (page[i].first != 0 && (fmin == 0 || page[i].first < fmin))
			fmin = page[i].first;
	pq_sendint32(buf, (int32) p);
	/* the body at most: bitmap, varint, three varints per entry */
	enlargeStringInfo(buf, 4 + PAGE_SIZE / 8 + 10 + PAGE_SIZE * 30);
	body = (uint8 *) buf->data + buf->len + 4;
	memset(body, 0, PAGE_SIZE / 8);
	out = pgg_put_varint(body + PAGE_SIZE / 8, fmin);
	for (i = 0; i < PAGE_SIZE; i++)
	{
		const CompactEnt *c = &page[i];
		uint32		ref = c->first != 0 ? c->first : fmin;
		int64		d;

		if (CE_EMPTY(c))
			continue;
		body[i >> 3] |= (uint8) (1 << (i & 7));
		out = pgg_put_varint(out, c->first == 0 ? 0 : (uint64) (c->first - fmin) + 1);
		if (c->base == 0)
			*out++ = 0;
		else if (c->base == CE_WIDE)
			*out++ = 1;
		else
		{
			d = (int64) c->base - (int64) ref;
			out = pgg_put_varint(out, (((uint64) d << 1) ^ (uint64) (d >> 63)) + 2);
			out = pgg_put_varint(out, c->bits);
		}
	}
	{
		uint32		n = pg_hton32((uint32) (out - body));

		memcpy(buf->data + buf->len, &n, 4);
	}
	buf->len += 4 + (int) (out - body);
	buf->data[buf->len] = '\0';
}

/*
 * The flat form of a state (the pgg_state family "retention_matrix").  It
 * applies the rows still queued (MatrixFlush), which changes no result.
 */
static bytea *
MatrixSerialize(void *state)
{
	MatrixState *st = (MatrixState *) state;
	StringInfoData buf;
	ActorIter	it;
	ActorEnt   *e;
	int			olen = VARSIZE_ANY_EXHDR(st->optstext);

	MatrixStateCheck(st);
	MatrixFlush(st);
	pgg_ser_begin(&buf, MATRIX_STATE_MAGIC, MATRIX_STATE_FORMAT);
	pq_sendbyte(&buf, st->has_value ? 1 : 0);
	pq_sendbyte(&buf, st->single ? 1 : 0);
	pq_sendint32(&buf, olen);
	pq_sendbytes(&buf, VARDATA_ANY(st->optstext), olen);
	pq_sendbyte(&buf, st->acttype);
	pq_sendint64(&buf, st->last_ts);
	if (st->dict)
	{
		int64		n = DictCount(st->dict),
					i;

		pq_sendint64(&buf, n);
		for (i = 0; i < n; i++)
		{
			uint32		len;
			const char *k = DictKey(st->dict, i, &len);

			if ((i & 4095) == 0)
				CHECK_FOR_INTERRUPTS();
			pq_sendint32(&buf, (int32) len);
			pq_sendbytes(&buf, k, (int) len);
		}
	}
	pq_sendbyte(&buf, st->layout == ML_COMPACT ? 1 : 0);
	if (st->layout == ML_COMPACT)
	{
		/* the compact pages (see SerCompactPage), then the wide actors */
		int64		p;

		/* about 6 bytes per actor on the bench: one allocation of the right size */
		enlargeStringInfo(&buf, (int) Min((int64) st->ncpages * (PAGE_SIZE * 6 + 256),
										  (int64) MaxAllocSize / 2));
		pq_sendint32(&buf, (int32) st->ncpages);
		for (p = 0; p < CPAGES_MAX; p++)
		{
			if (st->cpages[p] == NULL)
				continue;
			CHECK_FOR_INTERRUPTS();
			SerCompactPage(&buf, p, st->cpages[p]);
		}
		pq_sendint64(&buf, st->h ? (int64) st->h->members : 0);
		if (st->h)
		{
			acth_iterator hit;

			int64		done = 0;

			acth_start_iterate(st->h, &hit);
			while ((e = acth_iterate(st->h, &hit)) != NULL)
			{
				if ((++done & 4095) == 0)
					CHECK_FOR_INTERRUPTS();
				SerActor(&buf, st, e);
			}
		}
		return pgg_ser_end(&buf);
	}
	pq_sendint64(&buf, StateCount(st));
	StateStart(st, &it);
	while ((e = StateNext(st, &it)) != NULL)
	{
		CHECK_FOR_INTERRUPTS();
		SerActor(&buf, st, e);
	}
	return pgg_ser_end(&buf);
}

/* ---- deserialize --------------------------------------------------------- */

/* Read one actor entry (list form) into e; key arrays in st->cxt. */
static void
DeserActor(StringInfo buf, MatrixState *st, ActorEnt *e, const char *what)
{
	bool		has_value = st->has_value;
	int32		n,
				i;

	pgg_deser_need(buf, 16, what);
	e->actor = pq_getmsgint64(buf);
	e->first = pq_getmsgint64(buf);
	e->base = NO_BASE;
	memset(e->bits, 0, sizeof(e->bits));
	if (st->bitmap)
	{
		pgg_deser_need(buf, 8 + BITS_SPAN / 8, what);
		e->base = pq_getmsgint64(buf);
		for (i = 0; i < BITS_SPAN / 64; i++)
			e->bits[i] = (uint64) pq_getmsgint64(buf);
		if (e->base == NO_BASE && (e->bits[0] | e->bits[1]) != 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid %s state", what),
					 errdetail("A bitmap has no base period.")));
	}
	e->n = 0;
	e->cap = 0;
	e->keys = NULL;
	e->sorted = true;
	e->status = 1;
	pgg_deser_need(buf, 4, what);
	n = pq_getmsgint(buf, 4);
	if (n < 0)
		pgg_deser_need(buf, -1, what);
	pgg_deser_need(buf, (int64) n * (has_value ? 16 : 8), what);
	if (n > 0)
	{
		e->cap = n;
		e->keys = MemoryContextAllocHuge(st->cxt, n * (has_value ? 16 : 8));
		for (i = 0; i < n; i++)
		{
			e->keys[i] = pq_getmsgint64(buf);
			if (i > 0 && e->keys[i] < e->keys[i - 1])
				e->sorted = false;
		}
		if (has_value)
			for (i = 0; i < n; i++)
			{
				EVALS(e)[i] = pq_getmsgfloat8(buf);
				if (!isfinite(EVALS(e)[i]))
					ereport(ERROR,
							(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
							 errmsg("invalid %s state", what),
							 errdetail("A value sum is not finite.")));
			}
		e->n = n;
	}
}

/* error for a malformed compact state */
static void
BadCompact(const char *what, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid %s state", what),
			 errdetail("%s", detail)));
}

/*
 * Read the compact pages and wide actors of a serialized state into st.
 *
 * Phases: the page count; each page (number, length, entry bitmap, the
 * smallest first period, then the entries in use, each checked to decode
 * within the biased 31-bit range; a wide marker counted); the wide actors,
 * each inserted in the hash table, and one in the page range must have its
 * marker; at the end every marker must have had its actor.
 */
static void
DeserCompact(StringInfo buf, MatrixState *st, const char *what)
{
	int32		np,
				k;
	int64		markers = 0,
				nwide,
				a,
				claimed = 0;

	pgg_deser_need(buf, 4, what);
	np = pq_getmsgint(buf, 4);
	if (np < 0 || np > CPAGES_MAX)
		BadCompact(what, "The number of pages is out of range.");
	for (k = 0; k < np; k++)
	{
		int32		p,
					len;
		const uint8 *in,
				   *end,
				   *bitmap;
		uint64		fmin;
		CompactEnt *page;
		int			i;

		CHECK_FOR_INTERRUPTS();
		pgg_deser_need(buf, 4, what);
		p = pq_getmsgint(buf, 4);
		if (p < 0 || p >= CPAGES_MAX || st->cpages[p] != NULL)
			BadCompact(what, "A page number is out of range or repeated.");
		pgg_deser_need(buf, 4, what);
		len = pq_getmsgint(buf, 4);
		if (len < PAGE_SIZE / 8 + 1)
			BadCompact(what, "A page is too short.");
		pgg_deser_need(buf, len, what);
		in = bitmap = (const uint8 *) pq_getmsgbytes(buf, len);
		end = in + len;
		if ((in = pgg_get_varint(in + PAGE_SIZE / 8, end, &fmin)) == NULL || fmin > (uint64) (2 * CE_BIAS - 1))
			BadCompact(what, "A page header is malformed.");
		page = CompactSlotSlow(st, (int64) p * PAGE_SIZE, false);
		for (i = 0; i < PAGE_SIZE; i++)
		{
			CompactEnt *c = &page[i];
			uint64		f,
						b,
						m = 0;
			int64		base;

			if (!(bitmap[i >> 3] & (1 << (i & 7))))
				continue;
			if ((in = pgg_get_varint(in, end, &f)) == NULL ||
				(in = pgg_get_varint(in, end, &b)) == NULL ||
				(b >= 2 && (in = pgg_get_varint(in, end, &m)) == NULL))
				BadCompact(what, "An actor entry is malformed.");
			if (f > (uint64) (2 * CE_BIAS - 1) - fmin + 1 || (f != 0 && fmin == 0))
				BadCompact(what, "An actor entry is out of range.");
			c->first = f == 0 ? 0 : (uint32) (fmin + f - 1);
			if (b == 1)
			{
				if (c->first != 0)
					BadCompact(what, "A wide actor marker carries data.");
				c->base = CE_WIDE;
				markers++;
				continue;
			}
			if (b == 0)
				base = 0;
			else
			{
				uint64		z = b - 2;
				int64		d = (int64) (z >> 1) ^ -(int64) (z & 1);

				if (d < -(int64) (2 * CE_BIAS) || d > (int64) (2 * CE_BIAS))
					BadCompact(what, "An actor entry is out of range.");
				base = (int64) (c->first != 0 ? c->first : fmin) + d;
			}
			if (base < 0 || base > (int64) (2 * CE_BIAS - 1) || (base == 0) != (m == 0) ||
				(c->first == 0 && base == 0))
				BadCompact(what, "An actor entry is out of range.");
			c->base = (uint32) base;
			c->bits = m;
			st->ncompact++;
		}
		if (in != end)
			BadCompact(what, "A page has bytes left over.");
	}
	pgg_deser_need(buf, 8, what);
	nwide = pq_getmsgint64(buf);
	if (nwide < 0 || nwide > (int64) (buf->len - buf->cursor) / 20)
		pgg_deser_need(buf, -1, what);
	if (nwide > 0)
		st->h = acth_create(st->cxt, Max(nwide, 64), NULL);
	for (a = 0; a < nwide; a++)
	{
		ActorEnt	w;
		ActorEnt   *e;
		bool		found;
		char		status;
		uint64		pageno;

		if ((a & 4095) == 0)
			CHECK_FOR_INTERRUPTS();
		DeserActor(buf, st, &w, what);
		pageno = (uint64) w.actor >> PAGE_BITS;
		if (pageno < CPAGES_MAX)
		{
			/* an id in the page range: its page entry must mark it wide */
			if (st->cpages[pageno] == NULL ||
				st->cpages[pageno][w.actor & (PAGE_SIZE - 1)].base != CE_WIDE)
				BadCompact(what, "A wide actor has no marker.");
			claimed++;
		}
		e = acth_insert(st->h, w.actor, &found);
		if (found)
			BadCompact(what, "An actor appears twice.");
		status = e->status;
		*e = w;
		e->status = status;
	}
	if (claimed != markers)
		BadCompact(what, "A wide actor marker has no actor.");
}

/*
 * Read the dictionary of a text or uuid state: the count, then each id
 * (int32 length, bytes); the ids get the numbers 0, 1, ... in order.  A
 * uuid is 16 bytes; an id given twice is refused.
 */
static void
DeserDict(StringInfo buf, MatrixState *st, const char *what)
{
	int64		n,
				i;

	pgg_deser_need(buf, 8, what);
	n = pq_getmsgint64(buf);
	/* an id takes at least its 4-byte length */
	if (n < 0 || n > (int64) (buf->len - buf->cursor) / 4)
		pgg_deser_need(buf, -1, what);
	for (i = 0; i < n; i++)
	{
		int32		len;

		if ((i & 4095) == 0)
			CHECK_FOR_INTERRUPTS();
		pgg_deser_need(buf, 4, what);
		len = pq_getmsgint(buf, 4);
		if (len < 0 || (st->acttype == ACT_UUID && len != UUID_LEN))
			BadCompact(what, "An actor id has an invalid length.");
		pgg_deser_need(buf, len, what);
		if (DictId(st->dict, pq_getmsgbytes(buf, len), (uint32) len) != i)
			BadCompact(what, "An actor id appears twice in the dictionary.");
	}
}

/* Every actor number of a text or uuid state must name an id of its dictionary. */
static void
DeserCheckNumbers(MatrixState *st, const char *what)
{
	ActorIter	it;
	ActorEnt   *e;
	int64		n,
				done = 0;

	if (st->dict == NULL)
		return;
	n = DictCount(st->dict);
	StateStart(st, &it);
	while ((e = StateNext(st, &it)) != NULL)
	{
		if ((++done & 4095) == 0)
			CHECK_FOR_INTERRUPTS();
		if (e->actor < 0 || e->actor >= n)
			BadCompact(what, "An actor number has no id in the dictionary.");
	}
}

/*
 * A state from its flat form, in ctx: a state of the layout ML_FLAT (or
 * ML_COMPACT in bitmap mode) that only feeds a merge (MatrixCopyState,
 * MatrixStateMerge) or the final function.
 */
static void *
MatrixDeserialize(bytea *b, MemoryContext ctx)
{
	StringInfoData buf;
	MatrixState *st;
	bool		has_value,
				single,
				compact;
	int			olen;
	text	   *opts;
	int64		nact,
				a;
	int			version = MATRIX_STATE_FORMAT,
				acttype = ACT_INT8;
	TimestampTz last_ts = DT_NOBEGIN;
	const char *what = "retention matrix";

	/* format 3 (bigint actors, no row time) is still read */
	if (VARSIZE_ANY_EXHDR(b) >= 5 &&
		((const uint8 *) VARDATA_ANY(b))[4] == MATRIX_STATE_FORMAT_OLD)
		version = MATRIX_STATE_FORMAT_OLD;
	/* magic and format first: a state of another format is refused (22P03) */
	pgg_deser_begin(&buf, b, MATRIX_STATE_MAGIC, version, what);
	pgg_deser_need(&buf, 6, what);
	has_value = pq_getmsgbyte(&buf) != 0;
	single = pq_getmsgbyte(&buf) != 0;
	olen = pq_getmsgint(&buf, 4);
	if (olen < 0 || olen > 65536)
		pgg_deser_need(&buf, -1, what);
	pgg_deser_need(&buf, olen, what);
	opts = (text *) palloc(VARHDRSZ + olen);
	SET_VARSIZE(opts, VARHDRSZ + olen);
	memcpy(VARDATA(opts), pq_getmsgbytes(&buf, olen), olen);
	if (version > MATRIX_STATE_FORMAT_OLD)
	{
		pgg_deser_need(&buf, 9, what);
		acttype = pq_getmsgbyte(&buf);
		last_ts = pq_getmsgint64(&buf);
		if (acttype > ACT_MAX || (single && acttype != ACT_INT8))
			BadCompact(what, "The actor type is invalid.");
		if (last_ts != DT_NOBEGIN && !IS_VALID_TIMESTAMP(last_ts))
			BadCompact(what, "The latest row time is invalid.");
	}
	st = MatrixStateCreate(ctx, opts, has_value, single, true, acttype, NULL);
	st->last_ts = last_ts;
	if (st->dict)
		DeserDict(&buf, st, what);
	/* the layout byte must agree with the options (only bitmap mode is compact) */
	pgg_deser_need(&buf, 1, what);
	compact = pq_getmsgbyte(&buf) != 0;
	if (compact && st->layout != ML_COMPACT)
		BadCompact(what, "The layout does not match the options.");
	if (!compact && st->layout == ML_COMPACT)
	{
		/* a bitmap-mode state that moved to the hash table (sparse ids) */
		MemoryContextDelete(st->pagecxt);
		st->pagecxt = NULL;
		st->cpages = NULL;
		st->layout = ML_FLAT;
	}
	if (compact)
	{
		DeserCompact(&buf, st, what);
		pgg_deser_end(&buf, what);
		DeserCheckNumbers(st, what);
		return st;
	}
	/* the list form: an actor takes at least 20 bytes, which bounds nact */
	pgg_deser_need(&buf, 8, what);
	nact = pq_getmsgint64(&buf);
	if (nact < 0 || nact > (int64) (buf.len - buf.cursor) / 20)
		pgg_deser_need(&buf, -1, what);
	st->flat = MemoryContextAllocHuge(st->cxt, Max(nact, 1) * sizeof(ActorEnt));
	st->nflat = nact;
	for (a = 0; a < nact; a++)
	{
		if ((a & 4095) == 0)
			CHECK_FOR_INTERRUPTS();
		DeserActor(&buf, st, &st->flat[a], what);
	}
	pgg_deser_end(&buf, what);
	DeserCheckNumbers(st, what);
	return st;
}

const PggStateFamily pgg_retention_matrix_family = {
	MATRIX_STATE_MAGIC, "retention_matrix", MatrixSerialize, MatrixDeserialize
};

/*
 * _pgg_retention_cohort_serialize / _deserialize: named by the aggregates of
 * install scripts before 0.3.0 (state internal); see core/state.h.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_cohort_serialize);
Datum
pgg_cohort_serialize(PG_FUNCTION_ARGS)
{
	return pgg_state_serialize_compat(fcinfo);
}

PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_cohort_deserialize);
Datum
pgg_cohort_deserialize(PG_FUNCTION_ARGS)
{
	return pgg_state_deserialize_compat(fcinfo, &pgg_retention_matrix_family);
}
