/*-------------------------------------------------------------------------
 *
 * src/engagement/active_int.h
 *	  The inside of the active-days state (engagement/active.h), shared by
 *	  its two source files: engagement/active.c (look-up tables, transition,
 *	  DAU/WAU/MAU) and engagement/active_state.c (combine, serialize,
 *	  deserialize: the flat form, the sorted form and their merges).
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef PGG_ENGAGEMENT_ACTIVE_INT_H
#define PGG_ENGAGEMENT_ACTIVE_INT_H

#include "core/pg_growth.h"
#include "engagement/active.h"

#include "common/hashfn.h"

/* ---- actor look-up tables ------------------------------------------------ */

/*
 * An integer actor: its slot and, inline (one cache line touched per row),
 * the block it is filling; AdSyncCur copies the blocks to st->cur before the
 * state is read.
 */
typedef struct AdDirEnt
{
	int32		slot;			/* -1: no such actor (direct[] only) */
	int32		bn;
	uint64		bits;
} AdDirEnt;

typedef struct AdhEnt
{
	int64		key;
	AdDirEnt	d;
	char		status;
} AdhEnt;

/*
 * direct[] covers the integer keys 0 .. dcap - 1; it grows (doubling) to
 * take a new key while it stays within AD_DIRECT_SLACK entries per actor
 * (plus AD_DIRECT_MIN), so 16 bytes an entry cost at most about 128 bytes
 * an actor (a hash entry costs about 40); keys beyond (sparse or negative
 * ids) go to the hash table.  Dense ids seen in random order (rows in time
 * order) reach the array once an eighth of them has been seen.
 */
#define AD_DIRECT_MIN	(INT64CONST(1) << 16)
#define AD_DIRECT_SLACK	8
#define AD_DIRECT_MAX	(INT64CONST(1) << 28)

#define SH_PREFIX adh
#define SH_ELEMENT_TYPE AdhEnt
#define SH_KEY_TYPE int64
#define SH_KEY key
#define SH_HASH_KEY(tb, key) ((uint32) pgg_hash_mix64((uint64) (key)))
#define SH_EQUAL(tb, a, b) ((a) == (b))
#define SH_SCOPE static inline
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"

typedef struct AdtKey
{
	const char *p;
	uint32		len;
	uint32		hash;
} AdtKey;

typedef struct AdtEnt
{
	AdtKey		key;
	int32		slot;
	char		status;
} AdtEnt;

#define SH_PREFIX adt
#define SH_ELEMENT_TYPE AdtEnt
#define SH_KEY_TYPE AdtKey
#define SH_KEY key
#define SH_HASH_KEY(tb, k) ((k).hash)
#define SH_EQUAL(tb, a, b) ((a).len == (b).len && memcmp((a).p, (b).p, (a).len) == 0)
#define SH_STORE_HASH
#define SH_GET_HASH(tb, a) ((a)->key.hash)
#define SH_SCOPE static inline
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"

extern const char *AdKindName(int kind);
extern AdState *AdNew(MemoryContext aggcxt, int kind, int acttype, int unit, const char *tz,
					  int tzlen, bool hashed);
extern void AdGrowSlots(AdState *st);
extern char *AdArenaCopy(AdState *st, const char *p, uint32 len);
extern bool AdDirectGrow(AdState *st, int64 key);
extern void AdApplyPending(AdState *st);
extern void AdSyncCur(AdState *st);
extern void AdPushBlock(AdState *st, int32 slot, int32 bn, uint64 bits);

/* engagement/active_state.c */
extern void AdUnsort(AdState *st);
extern void AdMaterialize(AdState *st);

typedef struct AdGroups
{
	int64	   *start;			/* ngroups + 1 */
	int32	   *cnt;			/* ngroups */
	AdBlock    *blk;
	int64		nblocks;		/* after merging */
	int64	   *key;			/* integer actors: the key of each group */
	bool		borrowed;		/* start and blk are the sorted form's */
} AdGroups;

extern void AdGroupBlocks(AdState *st, AdGroups *g);
extern void AdFreeGroups(AdGroups *g);

/*
 * The entry of an integer actor, added when new.  The last entry is
 * remembered: entries move only when an insert grows a table, and the
 * entry an insert returns is the one remembered.
 */
static inline AdDirEnt *
AdEntInt(AdState *st, int64 key)
{
	bool		found;
	AdDirEnt   *d;

	if (st->haslast && key == st->lastkey)
		return st->lastent;
	if ((uint64) key < (uint64) st->dcap ||
		(key >= 0 && key < AD_DIRECT_MAX && AdDirectGrow(st, key)))
	{
		d = &st->direct[key];
		found = d->slot >= 0;
	}
	else
		d = &adh_insert(st->h, key, &found)->d;
	if (!found)
	{
		AdGrowSlots(st);
		d->slot = st->nslots;
		d->bits = 0;
		st->ikey[st->nslots++] = key;
	}
	st->haslast = true;
	st->lastkey = key;
	st->lastslot = d->slot;
	st->lastent = d;
	return d;
}

static inline int32
AdSlotInt(AdState *st, int64 key)
{
	return AdEntInt(st, key)->slot;
}

static inline int32
AdSlotBytes(AdState *st, const char *p, uint32 len)
{
	AdtKey		k;
	AdtEnt	   *e;
	bool		found;

	if (st->haslast && st->tlen[st->lastslot] == len &&
		memcmp(st->tkey[st->lastslot], p, len) == 0)
		return st->lastslot;
	k.p = p;
	k.len = len;
	k.hash = hash_bytes((const unsigned char *) p, (int) len);
	e = adt_insert(st->th, k, &found);
	if (!found)
	{
		AdGrowSlots(st);
		e->key.p = AdArenaCopy(st, p, len);
		e->slot = st->nslots;
		st->tkey[st->nslots] = (char *) e->key.p;
		st->tlen[st->nslots] = len;
		st->nslots++;
	}
	st->haslast = true;
	st->lastslot = e->slot;
	return e->slot;
}

#endif							/* PGG_ENGAGEMENT_ACTIVE_INT_H */
