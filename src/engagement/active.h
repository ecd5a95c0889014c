/*-------------------------------------------------------------------------
 *
 * src/engagement/active.h
 *	  Active days per actor: the aggregate state shared by active_users()
 *	  (engagement/active.c: the state, transition, DAU/WAU/MAU;
 *	  engagement/active_state.c: combine, serialize, deserialize) and
 *	  lifecycle() (engagement/lifecycle.c).
 *
 * Semantics: doc/engagement.md, "Active users and stickiness" and
 * "Lifecycle, churn and win-back".
 *
 * The state numbers the actors densely (slots, in order of first sight) and
 * keeps per slot the 64-day block (aligned: block b holds local days 64b to
 * 64b + 63) it is filling, as a bitmap (integer actors: in their look-up
 * entry, so that a row touches one cache line; rows are applied in batches,
 * those entries prefetched).  Integer actors from 0 up to a few times the
 * number of actors seen (dense ids, the common case) are looked up by index
 * in an array, others in a hash table.  A row on a day of another block
 * pushes the filled block to a log of (slot, block, bits) and starts the new
 * one, so a row costs an actor look-up and an OR; the final functions sort
 * the log by actor (a counting sort, linear) and read each actor's active
 * days in order.  Between processes a state travels flat, integer actors in
 * ascending key order; the combine function merges such states linearly
 * into a sorted form (below) with no look-up tables.  Days are local
 * calendar days of the pinned time zone (core/calendar.h, unit day);
 * lifecycle derives weeks and months from them.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef PGG_ENGAGEMENT_ACTIVE_H
#define PGG_ENGAGEMENT_ACTIVE_H

#include "core/pg_growth.h"
#include "core/calendar.h"

#include "pgtime.h"
#include "utils/array.h"


/* the aggregate a state belongs to (serialized: never renumber) */
#define AD_ACTIVE		1		/* active_users() */
#define AD_LIFECYCLE	2		/* lifecycle() */

/* actor id types (serialized: never renumber) */
#define AD_INT8			0		/* bigint (and integer, widened) */
#define AD_TEXT			1		/* text, varchar */
#define AD_UUID			2		/* uuid */
#define AD_ANON			3		/* stored activities (engagement/activity.c):
								 * each value is one actor, no key kept */

/* Most periods a result may span (the issue of ranges: a hint, not a cap on data). */
#define AD_MAX_PERIODS	100000

/* flat states the combine function keeps before merging them (AdState.flats) */
#define AD_MAXFLATS		8

/* rows of integer actors applied at a time (AdState.pendkey) */
#define AD_PEND			1024

/* the in-memory marker of a state (internal states cannot come from SQL, but check) */
#define AD_STATE_MAGIC	0x70674164	/* "pgAd" */

/* one filled block of one actor */
typedef struct AdBlock
{
	int32		slot;
	int32		bn;				/* block number: days 64 bn .. 64 bn + 63 */
	uint64		bits;			/* bit i: day 64 bn + i */
} AdBlock;

/* the block an actor is filling (bits == 0: none yet) */
typedef struct AdCur
{
	int32		bn;
	int32		pad;
	uint64		bits;
} AdCur;

struct adh_hash;
struct adt_hash;

typedef struct AdState
{
	/* what a row reads first (one or two cache lines): */
	uint32		magic;
	uint8		kind;			/* AD_ACTIVE, AD_LIFECYCLE */
	uint8		acttype;		/* AD_INT8, AD_TEXT, AD_UUID */
	uint8		unit;			/* lifecycle: PGG_CAL_DAY, _WEEK, _MONTH; else day */
	bool		sorted;			/* the sorted form, below */
	/*
	 * Integer actors: rows not yet applied.  Rows arrive in time order, so
	 * each touches the look-up entry of a random actor (a cache miss);
	 * applied a batch at a time, the entries are prefetched ahead and the
	 * misses overlap.  AdSyncCur applies them before the state is read.
	 */
	int32		npend;
	int64	   *pendkey;		/* AD_PEND entries */
	int32	   *pendday;
	/*
	 * The zone (and lifecycle's period) arguments last checked, when they
	 * are constants of the call (AdConstArg): the same pointer then means
	 * the same value, checked already.
	 */
	const void *tzok;
	const void *unitok;
	PggCalendar cal;			/* unit day, in the zone */
	/* the rest */
	int			tzlen;
	char		tzname[TZ_STRLEN_MAX + 1];
	MemoryContext cxt;			/* everything below */
	/* actors: slot -> key (int ids) or bytes (text, uuid) */
	int32		nslots;
	int32		slotcap;
	AdCur	   *cur;
	int64	   *ikey;			/* AD_INT8 */
	char	  **tkey;			/* AD_TEXT, AD_UUID: the bytes */
	uint32	   *tlen;
	struct adh_hash *h;			/* int key -> slot, for keys outside direct[] */
	struct AdDirEnt *direct;	/* int keys 0 .. dcap - 1: slot and block, by key */
	int64		dcap;
	struct adt_hash *th;		/* bytes -> slot */
	char	   *arena;			/* bump allocator of key bytes */
	Size		arena_left;
	/* the last actor seen */
	bool		haslast;
	int64		lastkey;
	int32		lastslot;
	struct AdDirEnt *lastent;	/* integer actors: the entry of lastkey */
	/* the filled blocks */
	AdBlock    *log;
	int64		nlog;
	int64		logcap;

	/*
	 * The sorted form (integer actors; made by the combine function from
	 * flat states, which list integer actors in ascending key order): actor
	 * i has key skey[i], ascending, and the blocks sblk[sstart[i]] ..
	 * sblk[sstart[i + 1] - 1], in ascending block number.  Merging another
	 * flat state is then a linear merge, with no look-up; the slots, the
	 * log and the look-up tables above are unused (AdUnsort converts back).
	 */
	int32		sn;
	int32		nflats;			/* flat states kept to be merged at once */
	bytea	  **flats;
	int64	   *skey;
	int64	   *sstart;
	AdBlock    *sblk;			/* slot unused */
} AdState;

/*
 * The active days of every actor, in order: actor i has days
 * days[off[i]] .. days[off[i + 1] - 1], ascending and distinct.  min/max
 * over all (valid when ndays > 0).
 */
typedef struct AdDays
{
	int32		nactors;
	int64	   *off;
	int32	   *days;
	int64		ndays;
	int32		minday;
	int32		maxday;
} AdDays;

extern void AdCheckState(AdState *st, int kind, const char *fname);
extern int	AdParseUnit(text *t);

/*
 * Stored activities: a state of anonymous actors (AD_ANON) and one actor's
 * active days, given as n runs start[i]..end[i] (ascending, disjoint).
 */
extern AdState *AdNewAnon(MemoryContext aggcxt, int kind, int unit, const char *tz, int tzlen);
extern void AdAddAnonRuns(AdState *st, const int32 *start, const int32 *end, int n);

/* the pgg_state family of active_users() and lifecycle() (core/state.h) */
struct PggStateFamily;
extern const struct PggStateFamily pgg_active_days_family;
extern void AdCollect(AdState *st, AdDays *out);

/* the result value (bigint[]): header fields, then rows */
#define AV_MAGIC		INT64CONST(1885823317)	/* 0x70674155 "pgAU" */
#define AV_FORMAT		1
#define AVH_MAGIC		0
#define AVH_FORMAT		1
#define AVH_KIND		2		/* AD_ACTIVE, AD_LIFECYCLE */
#define AVH_UNIT		3		/* PggCalUnit */
#define AVH_FIRST		4		/* index of the first row's period */
#define AVH_LAST		5		/* last period with activity */
#define AVH_NROWS		6		/* rows stored */
#define AV_HDR			7

extern ArrayType *AvMake(int kind, int unit, int64 first, int64 last, int64 nrows,
						 int width, const int64 *cells);
extern const int64 *AvRead(ArrayType *a, int kind, int width, int64 *hdr,
						   const char *fname);

/* the local days (since 1970-01-01) a result may hold: 4714-11-24 BC to 294277 AD, with margin */
#define AD_DAY_MIN		(-INT64CONST(2500000))
#define AD_DAY_MAX		(INT64CONST(107000000))

/* Days since 1970-01-01 to a date (days since 2000-01-01) and back. */
#define AD_DATE_SHIFT	((int64) (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE))

#endif							/* PGG_ENGAGEMENT_ACTIVE_H */
