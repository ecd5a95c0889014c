/*-------------------------------------------------------------------------
 *
 * src/engagement/active_state.c
 *	  The active-days state of active_users() and lifecycle() between
 *	  processes: combine, serialize, deserialize.  The flat form lists
 *	  integer actors in ascending key order, so the combine function keeps
 *	  the flat states it is given and merges them at once, linearly, into
 *	  the sorted form (no look-up tables); any other order is merged
 *	  through the look-up tables (engagement/active.c).
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "core/args.h"
#include "core/codec.h"
#include "core/state.h"
#include "engagement/active.h"
#include "engagement/active_int.h"

#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "port/pg_bitutils.h"
#include "utils/memutils.h"
#include "utils/uuid.h"

#define SER_MAGIC	0x70674144	/* "pgAD" */
#define SER_VERSION 1

/* ---- combine, serialize, deserialize ------------------------------------- */

static void AdMismatch(AdState *a, int kind, int acttype, int unit, const char *tz, int tzlen);
static AdState *AdReadFlat(bytea *b, MemoryContext ctx, AdState *into);
static void AdKeepFlat(AdState *st, bytea *b);

/* the header of a flat state */
typedef struct AdFlatHdr
{
	int			kind;
	int			acttype;
	int			unit;
	int			tzlen;
	const char *tz;
	uint64		nkeys;
} AdFlatHdr;

static void AdFlatBegin(StringInfo buf, bytea *b, AdFlatHdr *h);

/*
 * Add n actors of a sorted form (keys, block starts, blocks) to st through
 * its look-up tables.
 */
static void
AdAddSorted(AdState *st, int32 n, const int64 *key, const int64 *start, const AdBlock *blk)
{
	int32		i;
	int64		j;

	for (i = 0; i < n; i++)
	{
		int32		s;

		if ((i & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		s = AdSlotInt(st, key[i]);
		for (j = start[i]; j < start[i + 1]; j++)
			AdPushBlock(st, s, blk[j].bn, blk[j].bits);
	}
}

/*
 * _pgg_active_days_combine(pgg_state, pgg_state): b's actors and blocks
 * into a.  Citus and parallel workers send flat states: the first becomes
 * the state (deserialized straight into the aggregate context), the others
 * are merged from their bytes, with no copy built.  An expanded b is merged
 * the same way from its arrays.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_active_days_combine);
Datum
pgg_active_days_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = pgg_agg_context(fcinfo, "_pgg_active_days_combine");
	PggState   *pst;
	AdState    *a;
	AdState    *b;
	int32	   *remap;
	int32		i;
	int64		j;

	if (PG_ARGISNULL(1))
		return pgg_combine_first(fcinfo);
	if (pgg_state_arg_is_flat(fcinfo, 1))
	{
		bytea	   *flat = DatumGetByteaPP(PG_GETARG_DATUM(1));

		if (PG_ARGISNULL(0))
		{
			/*
			 * The first partial state becomes the state: integer actors in
			 * the sorted form (no look-up tables to build), others with
			 * their look-up tables.
			 */
			StringInfoData buf;
			AdFlatHdr	h;

			AdFlatBegin(&buf, flat, &h);
			if (h.acttype == AD_INT8)
			{
				a = AdNew(aggcxt, h.kind, h.acttype, h.unit, h.tz, h.tzlen, false);
				a->sorted = true;
				AdKeepFlat(a, flat);
				pst = pgg_state_new(aggcxt, &pgg_active_days_family, a);
			}
			else
				pst = pgg_state_arg(fcinfo, 1, &pgg_active_days_family, aggcxt);
			PGG_RETURN_STATE(pst);
		}
		pst = pgg_state_arg(fcinfo, 0, &pgg_active_days_family, aggcxt);
		a = (AdState *) pst->ptr;
		AdCheckState(a, 0, "_pgg_active_days_combine");
		/* merged straight from its bytes (both readers check them all) */
		if (a->sorted)
		{
			StringInfoData buf;
			AdFlatHdr	h;

			/* kept, to be merged with the others at once */
			AdFlatBegin(&buf, flat, &h);
			AdMismatch(a, h.kind, h.acttype, h.unit, h.tz, h.tzlen);
			AdKeepFlat(a, flat);
			PGG_RETURN_STATE(pst);
		}
		(void) AdReadFlat(flat, NULL, a);
		PGG_RETURN_STATE(pst);
	}
	b = (AdState *) pgg_state_read(fcinfo, 1, &pgg_active_days_family, CurrentMemoryContext);
	AdCheckState(b, 0, "_pgg_active_days_combine");
	AdSyncCur(b);
	if (PG_ARGISNULL(0))
	{
		a = AdNew(aggcxt, b->kind, b->acttype, b->unit, b->tzname, b->tzlen, true);
		pst = pgg_state_new(aggcxt, &pgg_active_days_family, a);
	}
	else
	{
		pst = pgg_state_arg(fcinfo, 0, &pgg_active_days_family, aggcxt);
		a = (AdState *) pst->ptr;
		AdCheckState(a, 0, "_pgg_active_days_combine");
	}
	AdMismatch(a, b->kind, b->acttype, b->unit, b->tzname, b->tzlen);
	if (a->sorted)
		AdUnsort(a);
	if (b->sorted)
	{
		AdAddSorted(a, b->sn, b->skey, b->sstart, b->sblk);
		PGG_RETURN_STATE(pst);
	}
	remap = palloc(Max(b->nslots, 1) * sizeof(int32));
	for (i = 0; i < b->nslots; i++)
	{
		if ((i & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		if (a->acttype == AD_ANON)
		{
			/* each slot is an actor of its own: append */
			AdGrowSlots(a);
			remap[i] = a->nslots++;
		}
		else
			remap[i] = a->acttype == AD_INT8 ? AdSlotInt(a, b->ikey[i])
				: AdSlotBytes(a, b->tkey[i], b->tlen[i]);
	}
	for (j = 0; j < b->nlog; j++)
	{
		if ((j & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		AdPushBlock(a, remap[b->log[j].slot], b->log[j].bn, b->log[j].bits);
	}
	for (i = 0; i < b->nslots; i++)
		if (b->cur[i].bits != 0)
			AdPushBlock(a, remap[i], b->cur[i].bn, b->cur[i].bits);
	pfree(remap);
	PGG_RETURN_STATE(pst);
}

static void
put_varint(StringInfo buf, uint64 v)
{
	uint8		tmp[10];
	uint8	   *e = pgg_put_varint(tmp, v);

	appendBinaryStringInfo(buf, (char *) tmp, e - tmp);
}

static uint64
get_varint(StringInfo buf)
{
	uint64		v;
	const uint8 *p = (const uint8 *) buf->data + buf->cursor;
	const uint8 *e = pgg_get_varint(p, (const uint8 *) buf->data + buf->len, &v);

	if (e == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("active days state is corrupt: bad varint")));
	buf->cursor += e - p;
	return v;
}

static int64
get_zigzag(StringInfo buf)
{
	uint64		u = get_varint(buf);

	return (int64) (u >> 1) ^ -(int64) (u & 1);
}

static void
corrupt(const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("active days state is corrupt: %s", what)));
}

static int
AdBlockCmp(const void *a, const void *b)
{
	int32		x = ((const AdBlock *) a)->bn,
				y = ((const AdBlock *) b)->bn;

	return (x > y) - (x < y);
}


/*
 * One actor's k blocks in ascending number, one per number (the blocks of
 * equal number ORed); returns how many are left.  They are almost always
 * in order already.
 */
static int64
AdBlocksNormalize(AdBlock *p, int64 k)
{
	int64		j,
				w = 0;

	for (j = 1; j < k; j++)
		if (p[j].bn < p[j - 1].bn)
		{
			if (k <= 32)
			{
				/* insertion sort: a handful of blocks */
				int64		x;

				for (x = 1; x < k; x++)
				{
					AdBlock		t = p[x];
					int64		y = x - 1;

					while (y >= 0 && p[y].bn > t.bn)
					{
						p[y + 1] = p[y];
						y--;
					}
					p[y + 1] = t;
				}
			}
			else
				qsort(p, k, sizeof(AdBlock), AdBlockCmp);
			break;
		}
	for (j = 0; j < k; j++)
	{
		if (w > 0 && p[w - 1].bn == p[j].bn)
			p[w - 1].bits |= p[j].bits;
		else
			p[w++] = p[j];
	}
	return w;
}

/* Each group's blocks in ascending number, one per number (ORed). */
static void
AdGroupNormalize(AdGroups *g, int32 ns)
{
	int32		i;

	g->nblocks = 0;
	for (i = 0; i < ns; i++)
	{
		int64		w;

		if ((i & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		w = AdBlocksNormalize(g->blk + g->start[i], g->start[i + 1] - g->start[i]);
		g->cnt[i] = (int32) w;
		g->nblocks += w;
	}
}

/*
 * AdGroupBlocks for integer actors with look-up tables: groups in ascending
 * key order, each actor's filled blocks (log, in push order) then the block
 * it is filling, read from its look-up entry in key order (no copy to cur[]).
 */
typedef struct AdKeyEnt
{
	int64		key;
	AdDirEnt   *d;
} AdKeyEnt;

static int
AdKeyEntCmp(const void *a, const void *b)
{
	int64		x = ((const AdKeyEnt *) a)->key,
				y = ((const AdKeyEnt *) b)->key;

	return (x > y) - (x < y);
}

static void
AdGroupInt(AdState *st, AdGroups *g)
{
	int32		ns = st->nslots;
	int32	   *grp;
	int64	   *fill;
	AdKeyEnt   *hk = NULL;
	int64		nh = 0,
				r,
				k,
				j,
				nb = st->nlog;

	grp = (int32 *) palloc_extended(Max(ns, 1) * sizeof(int32), MCXT_ALLOC_HUGE);
	g->key = (int64 *) palloc_extended(Max(ns, 1) * sizeof(int64), MCXT_ALLOC_HUGE);
	g->start = (int64 *) palloc_extended(((Size) ns + 1) * sizeof(int64), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	g->cnt = (int32 *) palloc_extended(Max(ns, 1) * sizeof(int32), MCXT_ALLOC_HUGE);
	if (st->h != NULL && st->h->members > 0)
	{
		adh_iterator it;
		AdhEnt	   *e;

		hk = (AdKeyEnt *) palloc_extended(st->h->members * sizeof(AdKeyEnt), MCXT_ALLOC_HUGE);
		adh_start_iterate(st->h, &it);
		while ((e = adh_iterate(st->h, &it)) != NULL)
		{
			hk[nh].key = e->key;
			hk[nh++].d = &e->d;
		}
		qsort(hk, nh, sizeof(AdKeyEnt), AdKeyEntCmp);
	}
	/* ranks: the hash's negative keys, direct[], the hash's others */
#define AD_EACH_ACTOR(BODY) \
	do { \
		r = 0; \
		for (k = 0; k < nh && hk[k].key < 0; k++) \
		{ AdDirEnt *d = hk[k].d; int64 key = hk[k].key; BODY; r++; } \
		for (j = 0; j < st->dcap; j++) \
		{ \
			AdDirEnt   *d = &st->direct[j]; \
			int64		key = j; \
			if ((j & PGG_CFI_MASK) == 0) \
				CHECK_FOR_INTERRUPTS(); \
			if (d->slot < 0) \
				continue; \
			BODY; r++; \
		} \
		for (; k < nh; k++) \
		{ AdDirEnt *d = hk[k].d; int64 key = hk[k].key; BODY; r++; } \
	} while (0)
	AD_EACH_ACTOR({
		grp[d->slot] = (int32) r;
		g->key[r] = key;
		if (d->bits != 0)
		{
			g->start[r + 1]++;
			nb++;
		}
	});
	if (r != ns)
		elog(ERROR, "active days state: %lld keys for %d actors (cannot happen)", (long long) r, ns);
	for (j = 0; j < st->nlog; j++)
		g->start[grp[st->log[j].slot] + 1]++;
	for (k = 0; k < ns; k++)
		g->start[k + 1] += g->start[k];
	g->blk = (AdBlock *) palloc_extended(Max(nb, 1) * sizeof(AdBlock), MCXT_ALLOC_HUGE);
	fill = (int64 *) palloc_extended(Max(ns, 1) * sizeof(int64), MCXT_ALLOC_HUGE);
	memcpy(fill, g->start, ns * sizeof(int64));
	for (j = 0; j < st->nlog; j++)
	{
		if ((j & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		g->blk[fill[grp[st->log[j].slot]]++] = st->log[j];
	}
	AD_EACH_ACTOR({
		(void) key;
		if (d->bits != 0)
		{
			AdBlock    *o = &g->blk[fill[r]++];

			o->slot = d->slot;
			o->bn = d->bn;
			o->bits = d->bits;
		}
	});
#undef AD_EACH_ACTOR
	pfree(fill);
	pfree(grp);
	if (hk)
		pfree(hk);
	AdGroupNormalize(g, ns);
}

/*
 * Every actor's blocks, grouped: group i has blocks blk[start[i]] ..
 * blk[start[i] + cnt[i] - 1], in ascending block number, one per number
 * (the blocks of equal number ORed together).  Integer actors are grouped
 * in ascending key order (key[i] the key of group i), other actors by slot.
 * The log and the blocks being filled are read (AdSyncCur first), the
 * state's contents are not changed.  Linear but for the keys outside
 * direct[] (sorted): a counting sort by group; an actor's blocks are almost
 * always in order already.
 */
void
AdGroupBlocks(AdState *st, AdGroups *g)
{
	int32		ns;
	int64		nb;
	int64	   *fill;
	int64		j;
	int32		i;

	/* first: they may add actors and blocks */
	if (st->nflats > 0)
		AdMaterialize(st);
	if (st->npend > 0)
		AdApplyPending(st);
	if (st->acttype != AD_INT8)
		AdSyncCur(st);			/* (integer actors' entries are read in place) */
	memset(g, 0, sizeof(*g));
	if (st->sorted)
	{
		g->borrowed = true;
		g->start = st->sstart;
		g->blk = st->sblk;
		g->key = st->skey;
		g->nblocks = st->sstart[st->sn];
		g->cnt = (int32 *) palloc_extended(Max(st->sn, 1) * sizeof(int32), MCXT_ALLOC_HUGE);
		for (i = 0; i < st->sn; i++)
			g->cnt[i] = (int32) (st->sstart[i + 1] - st->sstart[i]);
		return;
	}
	ns = st->nslots;
	nb = st->nlog;
	if (st->acttype == AD_INT8)
	{
		AdGroupInt(st, g);
		return;
	}
#define AD_GRP(slot) (slot)
	for (i = 0; i < ns; i++)
		if (st->cur[i].bits != 0)
			nb++;
	g->start = (int64 *) palloc_extended(((Size) ns + 1) * sizeof(int64), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	g->cnt = (int32 *) palloc_extended(Max(ns, 1) * sizeof(int32), MCXT_ALLOC_HUGE);
	g->blk = (AdBlock *) palloc_extended(Max(nb, 1) * sizeof(AdBlock), MCXT_ALLOC_HUGE);
	for (j = 0; j < st->nlog; j++)
		g->start[AD_GRP(st->log[j].slot) + 1]++;
	for (i = 0; i < ns; i++)
		if (st->cur[i].bits != 0)
			g->start[AD_GRP(i) + 1]++;
	for (i = 0; i < ns; i++)
		g->start[i + 1] += g->start[i];
	fill = (int64 *) palloc_extended(Max(ns, 1) * sizeof(int64), MCXT_ALLOC_HUGE);
	memcpy(fill, g->start, ns * sizeof(int64));
	for (j = 0; j < st->nlog; j++)
	{
		int32		s = AD_GRP(st->log[j].slot);

		if ((j & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		g->blk[fill[s]++] = st->log[j];
	}
	for (i = 0; i < ns; i++)
		if (st->cur[i].bits != 0)
		{
			AdBlock    *d = &g->blk[fill[AD_GRP(i)]++];

			d->slot = i;
			d->bn = st->cur[i].bn;
			d->bits = st->cur[i].bits;
		}
#undef AD_GRP
	pfree(fill);
	AdGroupNormalize(g, ns);
}

void
AdFreeGroups(AdGroups *g)
{
	if (!g->borrowed)
	{
		pfree(g->start);
		pfree(g->blk);
		if (g->key)
			pfree(g->key);
	}
	pfree(g->cnt);
}

/*
 * The flat form of a state (the pgg_state family "active_days").  Format 1
 * after the magic "pgAD" and the version: kind, actor type, unit and
 * zone-name length (a byte each), the zone name, varint actors, then per
 * actor (integer actors: in ascending key order, which the combine function
 * uses but does not require) its key (zigzag varint, or varint length and bytes; uuid: 16
 * bytes), varint blocks and per block its number (the first: zigzag varint;
 * the next: varint distance to the one before, at least 1) and its bitmap as
 * a byte whose bit j says that byte j (bits 8j .. 8j + 7) is not zero,
 * followed by those bytes, low first.  Sparse activity costs a few bytes a
 * block.
 */
static bytea *
AdSerialize(void *state)
{
	AdState    *st = (AdState *) state;
	StringInfoData buf;
	AdGroups	g;
	int32		i,
				ns;

	AdCheckState(st, 0, "active days state");
	AdGroupBlocks(st, &g);
	pgg_ser_begin(&buf, SER_MAGIC, SER_VERSION);
	pq_sendbyte(&buf, st->kind);
	pq_sendbyte(&buf, st->acttype);
	pq_sendbyte(&buf, st->unit);
	pq_sendbyte(&buf, (uint8) st->tzlen);
	pq_sendbytes(&buf, st->tzname, st->tzlen);
	ns = st->sorted ? st->sn : st->nslots;
	put_varint(&buf, (uint64) ns);
	for (i = 0; i < ns; i++)
	{
		const AdBlock *p = g.blk + g.start[i];
		int32		k;
		uint8	   *o;
		uint32		klen = st->acttype == AD_TEXT ? st->tlen[i] : 0;

		if ((i & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		/* room for the actor at most: key, count, 19 bytes a block */
		if ((Size) g.cnt[i] * 19 + klen + 40 >= (Size) (MaxAllocSize - buf.len))
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("%s: state too large to send", AdKindName(st->kind))));
		enlargeStringInfo(&buf, (int) (g.cnt[i] * 19 + klen + 40));
		o = (uint8 *) buf.data + buf.len;
		if (st->acttype == AD_ANON)
			;					/* no key */
		else if (st->acttype == AD_INT8)
		{
			int64		v = g.key[i];	/* ascending */

			o = pgg_put_varint(o, ((uint64) v << 1) ^ (uint64) (v >> 63));
		}
		else if (st->acttype == AD_UUID)
		{
			memcpy(o, st->tkey[i], UUID_LEN);
			o += UUID_LEN;
		}
		else
		{
			o = pgg_put_varint(o, klen);
			memcpy(o, st->tkey[i], klen);
			o += klen;
		}
		o = pgg_put_varint(o, (uint64) g.cnt[i]);
		for (k = 0; k < g.cnt[i]; k++)
		{
			uint8	   *mask;
			int			b;

			if (k == 0)
			{
				int64		v = p[k].bn;

				o = pgg_put_varint(o, ((uint64) v << 1) ^ (uint64) (v >> 63));
			}
			else
				o = pgg_put_varint(o, (uint64) ((int64) p[k].bn - p[k - 1].bn));
			mask = o++;
			*mask = 0;
			for (b = 0; b < 8; b++)
			{
				uint8		v = (uint8) (p[k].bits >> (8 * b));

				if (v != 0)
				{
					*mask |= (uint8) (1 << b);
					*o++ = v;
				}
			}
		}
		buf.len = (int) ((char *) o - buf.data);
	}
	buf.data[buf.len] = '\0';
	AdFreeGroups(&g);
	return pgg_ser_end(&buf);
}

/* block numbers of days a timestamptz can fall on, in any zone */
#define AD_BN_MIN	(-(1 << 16))
#define AD_BN_MAX	(1 << 21)

/* The error of two partial states that cannot be combined. */
static void
AdMismatch(AdState *a, int kind, int acttype, int unit, const char *tz, int tzlen)
{
	if (a->kind != kind || a->acttype != acttype)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("%s cannot combine a state of %s or of another actor type",
						AdKindName(a->kind), AdKindName(kind))));
	if (a->unit != unit || a->tzlen != tzlen || memcmp(a->tzname, tz, tzlen) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s time zone and period must be the same on every row",
						AdKindName(a->kind)),
				 errdetail("Partial states of \"%s\" and \"%.*s\" met.", a->tzname,
						   Min(tzlen, 200), tz)));
}

/* Check and read the header of flat state b; buf then is at the first actor. */
static void
AdFlatBegin(StringInfo buf, bytea *b, AdFlatHdr *h)
{
	pgg_deser_begin(buf, b, SER_MAGIC, SER_VERSION, "active days");
	pgg_deser_need(buf, 4, "active days");
	h->kind = pq_getmsgbyte(buf);
	h->acttype = pq_getmsgbyte(buf);
	h->unit = pq_getmsgbyte(buf);
	h->tzlen = pq_getmsgbyte(buf);
	if ((h->kind != AD_ACTIVE && h->kind != AD_LIFECYCLE) || h->acttype > AD_ANON ||
		(h->kind == AD_ACTIVE && h->unit != PGG_CAL_DAY) ||
		(h->unit != PGG_CAL_DAY && h->unit != PGG_CAL_WEEK && h->unit != PGG_CAL_MONTH))
		corrupt("bad header");
	pgg_deser_need(buf, h->tzlen, "active days");
	h->tz = pq_getmsgbytes(buf, h->tzlen);
	h->nkeys = get_varint(buf);
	if (h->nkeys > (uint64) (buf->len - buf->cursor))
		corrupt("bad actor count");
}

/* an actor's block count: each block takes three bytes at least */
static inline uint64
AdFlatCount(StringInfo buf)
{
	uint64		nb = get_varint(buf);

	if (nb > (uint64) (buf->len - buf->cursor) / 3)
		corrupt("bad block count");
	return nb;
}

/* the error of a truncated flat state */
static pg_noinline void
AdTruncated(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid active days state"),
			 errdetail("The serialized state is truncated.")));
}

/*
 * The next block of an actor: *bn the previous block's number (first:
 * none).  Read in place, every byte checked (the merge's inner loop).
 */
static inline void
AdFlatBlock(StringInfo buf, bool first, int64 *bn, uint64 *bits)
{
	const uint8 *p = (const uint8 *) buf->data + buf->cursor;
	const uint8 *end = (const uint8 *) buf->data + buf->len;
	uint64		v,
				r = 0;
	uint32		mask;

	p = pgg_get_varint(p, end, &v);
	if (unlikely(p == NULL))
		corrupt("bad varint");
	if (first)
		*bn = (int64) (v >> 1) ^ -(int64) (v & 1);
	else
	{
		if (v == 0 || v > (uint64) (AD_BN_MAX - AD_BN_MIN))
			corrupt("blocks out of order");
		*bn += (int64) v;
	}
	if (*bn < AD_BN_MIN || *bn > AD_BN_MAX)
		corrupt("bad block");
	if (unlikely(p >= end))
		AdTruncated();
	mask = *p++;
	if (mask == 0)
		corrupt("empty block");
	if (unlikely(end - p < pg_popcount32(mask)))
		AdTruncated();
	while (mask != 0)
	{
		int			b = pg_rightmost_one_pos32(mask);
		uint64		byte = *p++;

		if (byte == 0)
			corrupt("bad block bitmap");
		r |= byte << (8 * b);
		mask &= mask - 1;
	}
	*bits = r;
	buf->cursor = (int) ((const char *) p - buf->data);
}

/*
 * Read a flat state.  into == NULL: a new state in ctx, with its look-up
 * tables (so that a transition or combine function can go on adding to
 * it).  Else the flat state is merged into "into" directly (the combine
 * function: no copy of it is built), its actors mapped to into's slots.
 * Everything is checked: kinds, types, units, the zone, key lengths,
 * distinct keys (new states), slot numbers, block numbers, non-empty
 * bitmaps, no bytes left over.
 */
static AdState *
AdReadFlat(bytea *b, MemoryContext ctx, AdState *into)
{
	StringInfoData buf;
	AdFlatHdr	h;
	AdState    *st = into;
	int64		j;
	int32		i;

	AdFlatBegin(&buf, b, &h);
	if (into != NULL)
	{
		AdMismatch(into, h.kind, h.acttype, h.unit, h.tz, h.tzlen);
		if (into->sorted)
			AdUnsort(into);
	}
	else
		st = AdNew(ctx, h.kind, h.acttype, h.unit, h.tz, h.tzlen, false);
	if (into == NULL)
	{
		if (h.acttype == AD_INT8)
			st->h = adh_create(st->cxt, Max(Min(h.nkeys, 1024), 16), NULL);
		else if (h.acttype != AD_ANON)
			st->th = adt_create(st->cxt, Max(h.nkeys, 16), NULL);
	}
	for (i = 0; (uint64) i < h.nkeys; i++)
	{
		int32		s;
		uint64		nb;
		int64		bn = 0;

		if ((i & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		if (h.acttype == AD_ANON)
		{
			AdGrowSlots(st);
			s = st->nslots++;
		}
		else if (h.acttype == AD_INT8)
			s = AdSlotInt(st, get_zigzag(&buf));
		else
		{
			uint64		len = h.acttype == AD_UUID ? UUID_LEN : get_varint(&buf);

			if (len > (uint64) (buf.len - buf.cursor) || len > MaxAllocSize)
				corrupt("bad key length");
			s = AdSlotBytes(st, buf.data + buf.cursor, (uint32) len);
			buf.cursor += (int) len;
		}
		if (into == NULL && s != i)
			corrupt("duplicate actor");
		nb = AdFlatCount(&buf);
		for (j = 0; (uint64) j < nb; j++)
		{
			uint64		bits;

			AdFlatBlock(&buf, j == 0, &bn, &bits);
			AdPushBlock(st, s, (int32) bn, bits);
		}
	}
	pgg_deser_end(&buf, "active days");
	return st;
}

/*
 * Convert a state of the sorted form back to slots, log and look-up tables
 * (for a transition, or a combine with a state not in ascending key order).
 */
void
AdUnsort(AdState *st)
{
	int32		n;
	int64	   *key,
			   *start;
	AdBlock    *blk;

	if (st->nflats > 0)
		AdMaterialize(st);		/* may leave the sorted form itself */
	if (!st->sorted)
		return;
	n = st->sn;
	key = st->skey;
	start = st->sstart;
	blk = st->sblk;
	Assert(st->acttype == AD_INT8);
	st->sorted = false;
	st->sn = 0;
	st->skey = NULL;
	st->sstart = NULL;
	st->sblk = NULL;
	if (st->h == NULL)
		st->h = adh_create(st->cxt, Max(Min(n, 1024), 16), NULL);
	AdAddSorted(st, n, key, start, blk);
	if (key)
	{
		pfree(key);
		pfree(start);
		pfree(blk);
	}
}

/* room for n more blocks in a growing array */
static inline void
AdBlkRoom(AdBlock **blk, int64 *cap, int64 used, int64 n)
{
	if (used + n <= *cap)
		return;
	*cap = Max(*cap * 2, used + n + 1024);
	if ((Size) *cap * sizeof(AdBlock) > MaxAllocHugeSize / 2)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("active days: too many active days to keep in memory")));
	*blk = *blk == NULL ?
		MemoryContextAllocExtended(CurrentMemoryContext, *cap * sizeof(AdBlock), MCXT_ALLOC_HUGE) :
		repalloc_huge(*blk, *cap * sizeof(AdBlock));
}

/*
 * Keep flat state b (its header already checked against st) to be merged
 * into st's sorted form with the others kept (AdMaterialize).
 */
static void
AdKeepFlat(AdState *st, bytea *b)
{
	Size		sz = VARSIZE_ANY(b);
	bytea	   *copy;

	Assert(st->sorted);
	if (st->nflats == AD_MAXFLATS)
		AdMaterialize(st);
	if (!st->sorted)
	{
		/* the merge met a state in another order: the look-up path from now on */
		(void) AdReadFlat(b, NULL, st);
		return;
	}
	if (st->flats == NULL)
		st->flats = MemoryContextAlloc(st->cxt, AD_MAXFLATS * sizeof(bytea *));
	copy = MemoryContextAllocExtended(st->cxt, sz, MCXT_ALLOC_HUGE);
	memcpy(copy, b, sz);
	st->flats[st->nflats++] = copy;
}

/* one flat state being read by AdMergeFlats */
typedef struct AdFlatCur
{
	StringInfoData buf;
	uint64		left;			/* actors not read yet */
	int64		key;			/* the current actor's key */
	bool		has;			/* an actor is current */
} AdFlatCur;

/*
 * Merge the kept flat states into the sorted form at once: a k-way merge of
 * ascending key lists, each actor's blocks of equal number ORed.  false,
 * with the state unchanged, when a flat state turns out not to list its
 * actors in ascending key order.  Every byte is checked as AdReadFlat
 * checks it.
 */
static bool
AdMergeFlats(AdState *st)
{
	int			k = st->nflats,
				f;
	AdFlatCur	cur[AD_MAXFLATS];
	int64		an = st->sorted ? st->sn : 0,
				ia = 0,
				ncap = an,
				nb = 0,
				bcap = 0,
				blocks_in = an > 0 ? st->sstart[an] : 0;
	int64	   *okey,
			   *ostart;
	AdBlock    *oblk = NULL;
	int32		no = 0;
	MemoryContext old = MemoryContextSwitchTo(st->cxt);

	for (f = 0; f < k; f++)
	{
		AdFlatHdr	h;

		AdFlatBegin(&cur[f].buf, st->flats[f], &h);
		cur[f].left = h.nkeys;
		cur[f].has = false;
		ncap += (int64) h.nkeys;
		blocks_in += (int64) h.nkeys;
		if (cur[f].left > 0)
		{
			cur[f].key = get_zigzag(&cur[f].buf);
			cur[f].left--;
			cur[f].has = true;
		}
	}
	if (ncap >= PG_INT32_MAX / 2)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s: too many distinct actors", AdKindName(st->kind))));
	okey = (int64 *) palloc_extended(Max(ncap, 1) * sizeof(int64), MCXT_ALLOC_HUGE);
	ostart = (int64 *) palloc_extended((ncap + 1) * sizeof(int64), MCXT_ALLOC_HUGE);
	AdBlkRoom(&oblk, &bcap, 0, blocks_in + 1024);
	for (;;)
	{
		int64		kmin = 0,
					s0 = nb;
		bool		any = false;
		int			nsrc = 0;

		if (ia < an)
		{
			kmin = st->skey[ia];
			any = true;
		}
		for (f = 0; f < k; f++)
			if (cur[f].has && (!any || cur[f].key < kmin))
			{
				kmin = cur[f].key;
				any = true;
			}
		if (!any)
			break;
		if ((no & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		okey[no] = kmin;
		ostart[no++] = nb;
		if (ia < an && st->skey[ia] == kmin)
		{
			int64		m = st->sstart[ia + 1] - st->sstart[ia];

			AdBlkRoom(&oblk, &bcap, nb, m);
			memcpy(oblk + nb, st->sblk + st->sstart[ia], m * sizeof(AdBlock));
			nb += m;
			ia++;
			nsrc++;
		}
		for (f = 0; f < k; f++)
		{
			uint64		n,
						j;
			int64		bn = 0;

			if (!cur[f].has || cur[f].key != kmin)
				continue;
			n = AdFlatCount(&cur[f].buf);
			AdBlkRoom(&oblk, &bcap, nb, (int64) n);
			for (j = 0; j < n; j++)
			{
				AdFlatBlock(&cur[f].buf, j == 0, &bn, &oblk[nb].bits);
				oblk[nb].slot = 0;
				oblk[nb++].bn = (int32) bn;
			}
			nsrc++;
			if (cur[f].left == 0)
				cur[f].has = false;
			else
			{
				int64		next = get_zigzag(&cur[f].buf);

				cur[f].left--;
				if (next <= cur[f].key)
				{
					/* not in ascending order: leave the state as it was */
					MemoryContextSwitchTo(old);
					pfree(okey);
					pfree(ostart);
					pfree(oblk);
					return false;
				}
				cur[f].key = next;
			}
		}
		if (nsrc > 1)
		{
			/* blocks of several states: in order, equal numbers ORed */
			nb = s0 + AdBlocksNormalize(oblk + s0, nb - s0);
		}
	}
	for (f = 0; f < k; f++)
		pgg_deser_end(&cur[f].buf, "active days");
	ostart[no] = nb;
	if (st->skey)
	{
		pfree(st->skey);
		pfree(st->sstart);
		pfree(st->sblk);
	}
	st->skey = okey;
	st->sstart = ostart;
	st->sblk = oblk;
	st->sn = no;
	MemoryContextSwitchTo(old);
	return true;
}

/*
 * Merge the flat states kept by the combine function into the state (the
 * sorted form; when one is not in ascending key order, the state goes back
 * to look-up tables and every kept state is merged through them).
 */
void
AdMaterialize(AdState *st)
{
	int			k = st->nflats,
				f;

	if (k == 0)
		return;
	if (!AdMergeFlats(st))
	{
		st->nflats = 0;
		AdUnsort(st);
		for (f = 0; f < k; f++)
			(void) AdReadFlat(st->flats[f], NULL, st);
	}
	for (f = 0; f < k; f++)
		pfree(st->flats[f]);
	st->nflats = 0;
}

/* the family's deserialize function: a new state in ctx */
static void *
AdDeserialize(bytea *b, MemoryContext ctx)
{
	return AdReadFlat(b, ctx, NULL);
}

const PggStateFamily pgg_active_days_family = {
	SER_MAGIC, "active_days", AdSerialize, AdDeserialize
};


