/*-------------------------------------------------------------------------
 *
 * src/engagement/active.c
 *	  Active users: active_users(actor, ts, tz [, condition]) and the reader
 *	  active_users_rows(value, from_day, to_day); the per-actor active-day
 *	  state it shares with lifecycle() (engagement/lifecycle.c): transition,
 *	  combine, serialize, deserialize.
 *
 * Semantics: doc/engagement.md, "Active users and stickiness".  DAU of day
 * d counts the actors with an event on d, WAU the actors with one on d - 6
 * .. d, MAU on d - 29 .. d (PostHog's rolling windows), all exact.  The
 * final function walks each actor's active days once: a day adds 1 to DAU,
 * and the union of the windows [a, a + 6] (and [a, a + 29]) over the
 * actor's days a, merged into runs, adds 1 to WAU (MAU) over each run
 * through a difference array: linear in the actor-days.
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

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "funcapi.h"
#include "nodes/primnodes.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "port/pg_bitutils.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/memutils.h"
#include "utils/uuid.h"


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

#define SER_MAGIC	0x70674144	/* "pgAD" */
#define SER_VERSION 1

static const char *
AdKindName(int kind)
{
	return kind == AD_LIFECYCLE ? "lifecycle" : "active_users";
}

void
AdCheckState(AdState *st, int kind, const char *fname)
{
	if (st->magic != AD_STATE_MAGIC || (kind != 0 && st->kind != kind))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s was given a state of another aggregate", fname)));
}

/* A new empty state in aggcxt; hashed: with the look-up tables (not for deserialize). */
static AdState *
AdNew(MemoryContext aggcxt, int kind, int acttype, int unit, const char *tz, int tzlen,
	  bool hashed)
{
	AdState    *st;
	pg_tz	   *z;
	MemoryContext cxt = AllocSetContextCreate(aggcxt, "pg_growth active days",
											  ALLOCSET_DEFAULT_SIZES);

	st = MemoryContextAllocZero(cxt, sizeof(AdState));
	st->magic = AD_STATE_MAGIC;
	st->kind = kind;
	st->acttype = acttype;
	st->unit = unit;
	st->cxt = cxt;
	if (tzlen <= 0 || tzlen > TZ_STRLEN_MAX)
		z = NULL;
	else
	{
		memcpy(st->tzname, tz, tzlen);
		st->tzname[tzlen] = '\0';
		z = (strlen(st->tzname) == (size_t) tzlen) ? pgg_tz_lookup(st->tzname) : NULL;
	}
	if (z == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: time zone \"%.*s\" not recognized", AdKindName(kind),
						Min(Max(tzlen, 0), 200), tz),
				 errhint("Pass a zone name of pg_timezone_names, such as 'UTC' or 'Europe/Berlin'.")));
	st->tzlen = tzlen;
	pgg_cal_init(&st->cal, PGG_CAL_DAY, false, z, cxt);
	if (hashed && acttype != AD_ANON)
	{
		if (acttype == AD_INT8)
			st->h = adh_create(cxt, 1024, NULL);
		else
			st->th = adt_create(cxt, 1024, NULL);
	}
	if (acttype == AD_INT8)
	{
		st->pendkey = MemoryContextAlloc(cxt, AD_PEND * sizeof(int64));
		st->pendday = MemoryContextAlloc(cxt, AD_PEND * sizeof(int32));
	}
	return st;
}

/* Room for one more slot. */
static void
AdGrowSlots(AdState *st)
{
	int32		ncap;

	if (st->nslots < st->slotcap)
		return;
	if (st->nslots >= PG_INT32_MAX / 2)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s: too many distinct actors", AdKindName(st->kind))));
	ncap = Max(st->slotcap * 2, 1024);
	if (st->cur == NULL)
	{
		st->cur = MemoryContextAllocExtended(st->cxt, ncap * sizeof(AdCur), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
		if (st->acttype == AD_INT8)
			st->ikey = MemoryContextAllocExtended(st->cxt, ncap * sizeof(int64), MCXT_ALLOC_HUGE);
		else if (st->acttype != AD_ANON)
		{
			st->tkey = MemoryContextAllocExtended(st->cxt, ncap * sizeof(char *), MCXT_ALLOC_HUGE);
			st->tlen = MemoryContextAllocExtended(st->cxt, ncap * sizeof(uint32), MCXT_ALLOC_HUGE);
		}
	}
	else
	{
		st->cur = repalloc_huge(st->cur, ncap * sizeof(AdCur));
		memset(st->cur + st->slotcap, 0, (ncap - st->slotcap) * sizeof(AdCur));
		if (st->acttype == AD_INT8)
			st->ikey = repalloc_huge(st->ikey, ncap * sizeof(int64));
		else if (st->acttype != AD_ANON)
		{
			st->tkey = repalloc_huge(st->tkey, ncap * sizeof(char *));
			st->tlen = repalloc_huge(st->tlen, ncap * sizeof(uint32));
		}
	}
	st->slotcap = ncap;
}

/* A copy of len key bytes in the state's arena. */
static char *
AdArenaCopy(AdState *st, const char *p, uint32 len)
{
	char	   *d;

	if (len > st->arena_left)
	{
		Size		sz = Max((Size) 65536, (Size) len);

		st->arena = MemoryContextAlloc(st->cxt, sz);
		st->arena_left = sz;
	}
	d = st->arena;
	memcpy(d, p, len);
	st->arena += len;
	st->arena_left -= len;
	return d;
}

/*
 * Grow direct[] to cover key (0 <= key < AD_DIRECT_MAX), moving the hash
 * entries of the keys it now covers into it; false when that would make it
 * too sparse.
 */
static bool
AdDirectGrow(AdState *st, int64 key)
{
	int64		ncap = Max(st->dcap, 1024);
	int64		i,
				nmove = 0;
	int64	   *move;
	adh_iterator it;
	AdhEnt	   *e;

	while (ncap <= key)
		ncap *= 2;
	if (ncap > AD_DIRECT_MAX ||
		ncap > AD_DIRECT_SLACK * ((int64) st->nslots + 1) + AD_DIRECT_MIN)
		return false;
	st->direct = st->direct == NULL ?
		MemoryContextAllocExtended(st->cxt, ncap * sizeof(AdDirEnt), MCXT_ALLOC_HUGE) :
		repalloc_huge(st->direct, ncap * sizeof(AdDirEnt));
	for (i = st->dcap; i < ncap; i++)
		st->direct[i].slot = -1;
	/* the hash entries of keys dcap .. ncap - 1 move to direct[] */
	move = palloc(Max(st->h->members, 1) * sizeof(int64));
	adh_start_iterate(st->h, &it);
	while ((e = adh_iterate(st->h, &it)) != NULL)
		if (e->key >= st->dcap && e->key < ncap)
		{
			st->direct[e->key] = e->d;
			move[nmove++] = e->key;
		}
	for (i = 0; i < nmove; i++)
		adh_delete(st->h, move[i]);
	pfree(move);
	st->dcap = ncap;
	st->haslast = false;		/* entries moved */
	return true;
}

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

static void AdPushBlock(AdState *st, int32 slot, int32 bn, uint64 bits);
static void AdUnsort(AdState *st);
static void AdMaterialize(AdState *st);

/* how many look-up entries ahead AdApplyPending prefetches */
#define AD_PREFETCH		64

static inline void
AdPrefetch(AdState *st, int64 key)
{
#if defined(__GNUC__) || defined(__clang__)
	if ((uint64) key < (uint64) st->dcap)
		__builtin_prefetch(&st->direct[key], 1);
#endif
}

/*
 * Apply the pending rows of integer actors (AdState.pendkey): each marks
 * its day in its actor's entry, the entries AD_PREFETCH rows ahead already
 * on their way to the cache.  The order of rows does not matter (a day is a
 * bit; blocks of one number are ORed when read).
 */
static void
AdApplyPending(AdState *st)
{
	int32		n = st->npend,
				i;
	const int64 *key = st->pendkey;
	const int32 *day = st->pendday;

	st->npend = 0;
	for (i = 0; i < Min(n, AD_PREFETCH); i++)
		AdPrefetch(st, key[i]);
	for (i = 0; i < n; i++)
	{
		AdDirEnt   *e;
		int32		bn = day[i] >> 6;	/* arithmetic shift: floor */
		uint64		bit = UINT64CONST(1) << (day[i] & 63);

		if (i + AD_PREFETCH < n)
			AdPrefetch(st, key[i + AD_PREFETCH]);
		e = AdEntInt(st, key[i]);
		if (likely(e->bits != 0 && e->bn == bn))
			e->bits |= bit;
		else
		{
			if (e->bits != 0)
				AdPushBlock(st, e->slot, e->bn, e->bits);
			e->bn = bn;
			e->bits = bit;
		}
	}
}

/*
 * Apply the pending rows and copy the blocks integer actors are filling to
 * st->cur (idempotent): every reader of a state calls this first.
 */
static void
AdSyncCur(AdState *st)
{
	adh_iterator it;
	AdhEnt	   *e;
	int64		n = 0;

	if (st->nflats > 0)
		AdMaterialize(st);
	if (st->npend > 0)
		AdApplyPending(st);
	if (st->acttype != AD_INT8 || st->h == NULL)
		return;
	adh_start_iterate(st->h, &it);
	while ((e = adh_iterate(st->h, &it)) != NULL)
	{
		if ((++n & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		st->cur[e->d.slot].bn = e->d.bn;
		st->cur[e->d.slot].bits = e->d.bits;
	}
	for (n = 0; n < st->dcap; n++)
	{
		AdDirEnt   *d = &st->direct[n];

		if ((n & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		if (d->slot >= 0)
		{
			st->cur[d->slot].bn = d->bn;
			st->cur[d->slot].bits = d->bits;
		}
	}
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

static void
AdPushBlock(AdState *st, int32 slot, int32 bn, uint64 bits)
{
	if (st->nlog == st->logcap)
	{
		int64		ncap = Max(st->logcap * 2, 4096);

		if ((Size) ncap * sizeof(AdBlock) > MaxAllocHugeSize / 2)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("%s: too many active days to keep in memory", AdKindName(st->kind))));
		st->log = st->log == NULL ?
			MemoryContextAllocExtended(st->cxt, ncap * sizeof(AdBlock), MCXT_ALLOC_HUGE) :
			repalloc_huge(st->log, ncap * sizeof(AdBlock));
		st->logcap = ncap;
	}
	st->log[st->nlog].slot = slot;
	st->log[st->nlog].bn = bn;
	st->log[st->nlog].bits = bits;
	st->nlog++;
}

/* Mark day active for slot. */
static inline void
AdAddDay(AdState *st, int32 slot, int64 day)
{
	AdCur	   *c = &st->cur[slot];
	int32		bn = (int32) (day >> 6);	/* arithmetic shift: floor */
	uint64		bit = UINT64CONST(1) << (day & 63);

	if (c->bits != 0 && c->bn == bn)
	{
		c->bits |= bit;
		return;
	}
	if (c->bits != 0)
		AdPushBlock(st, slot, c->bn, c->bits);
	c->bn = bn;
	c->bits = bit;
}

/* the unit argument of lifecycle() */
int
AdParseUnit(text *t)
{
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);

	if (len == 3 && pg_strncasecmp(s, "day", 3) == 0)
		return PGG_CAL_DAY;
	if (len == 4 && pg_strncasecmp(s, "week", 4) == 0)
		return PGG_CAL_WEEK;
	if (len == 5 && pg_strncasecmp(s, "month", 5) == 0)
		return PGG_CAL_MONTH;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("lifecycle period must be 'day', 'week' or 'month', got \"%.*s\"",
					Min(len, 100), s)));
	return 0;					/* not reached */
}

/*
 * The pointer of argument argno of a transition function when it is the
 * value of a constant of the aggregate's call (a Const of its Aggref, alive
 * as long as the query: the same pointer on a later row is the same value);
 * else NULL.  Without an Aggref (Citus' worker_partial_agg calls the
 * function itself) or when the argument is a column or an expression, NULL:
 * every row is then checked.
 */
static const void *
AdConstArg(FunctionCallInfo fcinfo, int argno)
{
	Aggref	   *ag = AggGetAggref(fcinfo);
	TargetEntry *te;
	Const	   *c;

	if (ag == NULL || argno < 1 || list_length(ag->args) < argno)
		return NULL;
	te = (TargetEntry *) list_nth(ag->args, argno - 1);
	if (!IsA(te, TargetEntry) || te->expr == NULL || !IsA(te->expr, Const))
		return NULL;
	c = (Const *) te->expr;
	if (c->constisnull || c->constbyval ||
		DatumGetPointer(c->constvalue) != DatumGetPointer(PG_GETARG_DATUM(argno)))
		return NULL;
	return DatumGetPointer(c->constvalue);
}

/*
 * The transition of active_users() (kind AD_ACTIVE: state, actor, ts, tz
 * [, condition]) and lifecycle() (AD_LIFECYCLE: state, actor, ts, tz,
 * period [, condition]).  The actor type is the caller's (one C entry point
 * per SQL type, so no look at the call's expression); the time zone and the
 * period must be the same on every row.  Rows with a NULL actor or
 * timestamp, an infinite timestamp, or a condition that is not true are
 * skipped.
 */
static pg_attribute_always_inline Datum
AdTrans(FunctionCallInfo fcinfo, int kind, int acttype)
{
	PggState   *pst = NULL;
	AdState    *st = NULL;
	int			condarg = kind == AD_LIFECYCLE ? 5 : 4;
	const char *fname = AdKindName(kind);
	text	   *tz;
	TimestampTz ts;
	int64		day;
	int32		slot;

	if (PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s time zone must not be NULL", fname),
				 errhint("Pass a zone name such as 'UTC'.")));
	if (kind == AD_LIFECYCLE && PG_ARGISNULL(4))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("lifecycle period must not be NULL"),
				 errhint("Pass 'day', 'week' or 'month'.")));
	tz = PG_GETARG_TEXT_PP(3);
	if (likely((pst = pgg_state_arg_rw(fcinfo, 0, &pgg_active_days_family)) != NULL))
	{
		/* every row but the first: the state this function returned */
		st = (AdState *) pst->ptr;
	}
	else if (!PG_ARGISNULL(0) &&
			 VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(PG_GETARG_DATUM(0))))
	{
		/* the checks and errors of pgg_state_arg */
		pst = pgg_state_arg(fcinfo, 0, &pgg_active_days_family, NULL);
		st = (AdState *) pst->ptr;
	}
	else
	{
		MemoryContext aggcxt = pgg_agg_context(fcinfo, "active days transition function");

		if (!PG_ARGISNULL(0))
		{
			/* a flat state (its look-up tables are rebuilt by deserialize) */
			pst = pgg_state_arg(fcinfo, 0, &pgg_active_days_family, aggcxt);
			st = (AdState *) pst->ptr;
		}
		else
		{
			int			unit = kind == AD_LIFECYCLE ? AdParseUnit(PG_GETARG_TEXT_PP(4)) : PGG_CAL_DAY;

			st = AdNew(aggcxt, kind, acttype, unit, VARDATA_ANY(tz), VARSIZE_ANY_EXHDR(tz), true);
			pst = pgg_state_new(aggcxt, &pgg_active_days_family, st);
		}
	}
	if (unlikely(st->sorted))
		AdUnsort(st);
	if (unlikely(st->kind != kind || st->acttype != acttype))
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("%s was given a state of another aggregate or actor type", fname)));
	if (DatumGetPointer(PG_GETARG_DATUM(3)) != st->tzok ||
		(kind == AD_LIFECYCLE && DatumGetPointer(PG_GETARG_DATUM(4)) != st->unitok))
	{
		if ((int) VARSIZE_ANY_EXHDR(tz) != st->tzlen ||
			memcmp(VARDATA_ANY(tz), st->tzname, st->tzlen) != 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s time zone must be the same on every row", fname),
					 errdetail("One row has \"%s\", another \"%.*s\".", st->tzname,
							   Min((int) VARSIZE_ANY_EXHDR(tz), 200), VARDATA_ANY(tz))));
		if (kind == AD_LIFECYCLE && AdParseUnit(PG_GETARG_TEXT_PP(4)) != st->unit)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("lifecycle period must be the same on every row")));
		st->tzok = AdConstArg(fcinfo, 3);
		st->unitok = kind == AD_LIFECYCLE ? AdConstArg(fcinfo, 4) : NULL;
	}
	if (PG_NARGS() > condarg && (PG_ARGISNULL(condarg) || !PG_GETARG_BOOL(condarg)))
		PGG_RETURN_STATE(pst);
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PGG_RETURN_STATE(pst);
	ts = PG_GETARG_TIMESTAMPTZ(2);
	if (TIMESTAMP_NOT_FINITE(ts))
		PGG_RETURN_STATE(pst);
	day = pgg_cal_index(&st->cal, ts);
	if (acttype == AD_INT8)
	{
		/* kept for a batch (AdApplyPending): the look-ups then overlap */
		st->pendkey[st->npend] = PG_GETARG_INT64(1);
		st->pendday[st->npend] = (int32) day;
		if (++st->npend == AD_PEND)
			AdApplyPending(st);
		PGG_RETURN_STATE(pst);
	}
	else if (acttype == AD_UUID)
		slot = AdSlotBytes(st, (const char *) PG_GETARG_UUID_P(1)->data, UUID_LEN);
	else
	{
		text	   *t = PG_GETARG_TEXT_PP(1);

		slot = AdSlotBytes(st, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
	}
	AdAddDay(st, slot, day);
	PGG_RETURN_STATE(pst);
}

/*
 * The entry points: integer actors widen to bigint (PG_GETARG_INT64 of an
 * int4 would be wrong, hence their own entry points).
 */
static pg_attribute_always_inline Datum
AdTransInt4(FunctionCallInfo fcinfo, int kind)
{
	/* widen the actor in the call's own argument array, then the bigint path */
	if (!PG_ARGISNULL(1))
		fcinfo->args[1].value = Int64GetDatum((int64) PG_GETARG_INT32(1));
	return AdTrans(fcinfo, kind, AD_INT8);
}

/* _pgg_active_users_trans(internal, actor, ts, tz [, condition]) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_active_users_trans_int8);
Datum
pgg_active_users_trans_int8(PG_FUNCTION_ARGS)
{
	return AdTrans(fcinfo, AD_ACTIVE, AD_INT8);
}

PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_active_users_trans_int4);
Datum
pgg_active_users_trans_int4(PG_FUNCTION_ARGS)
{
	return AdTransInt4(fcinfo, AD_ACTIVE);
}

PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_active_users_trans_text);
Datum
pgg_active_users_trans_text(PG_FUNCTION_ARGS)
{
	return AdTrans(fcinfo, AD_ACTIVE, AD_TEXT);
}

PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_active_users_trans_uuid);
Datum
pgg_active_users_trans_uuid(PG_FUNCTION_ARGS)
{
	return AdTrans(fcinfo, AD_ACTIVE, AD_UUID);
}

/* _pgg_lifecycle_trans(internal, actor, ts, tz, period [, condition]) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_lifecycle_trans_int8);
Datum
pgg_lifecycle_trans_int8(PG_FUNCTION_ARGS)
{
	return AdTrans(fcinfo, AD_LIFECYCLE, AD_INT8);
}

PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_lifecycle_trans_int4);
Datum
pgg_lifecycle_trans_int4(PG_FUNCTION_ARGS)
{
	return AdTransInt4(fcinfo, AD_LIFECYCLE);
}

PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_lifecycle_trans_text);
Datum
pgg_lifecycle_trans_text(PG_FUNCTION_ARGS)
{
	return AdTrans(fcinfo, AD_LIFECYCLE, AD_TEXT);
}

PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_lifecycle_trans_uuid);
Datum
pgg_lifecycle_trans_uuid(PG_FUNCTION_ARGS)
{
	return AdTrans(fcinfo, AD_LIFECYCLE, AD_UUID);
}


/* ---- stored activities (engagement/activity.c) --------------------------- */

/* A state of anonymous actors: each activity value added is one actor. */
AdState *
AdNewAnon(MemoryContext aggcxt, int kind, int unit, const char *tz, int tzlen)
{
	return AdNew(aggcxt, kind, AD_ANON, unit, tz, tzlen, true);
}

/* A new actor active on the days of n runs (ascending, disjoint). */
void
AdAddAnonRuns(AdState *st, const int32 *start, const int32 *end, int n)
{
	int32		slot;
	int			i;

	if (st->acttype != AD_ANON)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("%s was given a state of another actor type", AdKindName(st->kind))));
	AdGrowSlots(st);
	slot = st->nslots++;
	for (i = 0; i < n; i++)
	{
		int64		d = start[i];

		while (d <= end[i])
		{
			int64		bn = d >> 6;
			int64		hi = Min((int64) end[i], bn * 64 + 63);
			int			lo = (int) (d & 63);
			int			w = (int) (hi - d + 1);
			uint64		bits = (w == 64 ? ~UINT64CONST(0) : ((UINT64CONST(1) << w) - 1)) << lo;
			AdCur	   *c = &st->cur[slot];

			if (c->bits != 0 && c->bn == (int32) bn)
				c->bits |= bits;
			else
			{
				if (c->bits != 0)
					AdPushBlock(st, slot, c->bn, c->bits);
				c->bn = (int32) bn;
				c->bits = bits;
			}
			d = hi + 1;
		}
	}
}


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
		/* b's actors and blocks from its sorted form */
		for (i = 0; i < b->sn; i++)
		{
			int32		s;

			if ((i & PGG_CFI_MASK) == 0)
				CHECK_FOR_INTERRUPTS();
			s = AdSlotInt(a, b->skey[i]);
			for (j = b->sstart[i]; j < b->sstart[i + 1]; j++)
				AdPushBlock(a, s, b->sblk[j].bn, b->sblk[j].bits);
		}
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

typedef struct AdGroups
{
	int64	   *start;			/* ngroups + 1 */
	int32	   *cnt;			/* ngroups */
	AdBlock    *blk;
	int64		nblocks;		/* after merging */
	int64	   *key;			/* integer actors: the key of each group */
	bool		borrowed;		/* start and blk are the sorted form's */
} AdGroups;

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
/* Each group's blocks in ascending number, one per number (ORed). */
static void
AdGroupNormalize(AdGroups *g, int32 ns)
{
	int64		j;
	int32		i;

	g->nblocks = 0;
	for (i = 0; i < ns; i++)
	{
		AdBlock    *p = g->blk + g->start[i];
		int64		k = g->start[i + 1] - g->start[i],
					w = 0;

		if ((i & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		if (k > 1)
		{
			for (j = 1; j < k; j++)
				if (p[j].bn < p[j - 1].bn)
				{
					qsort(p, k, sizeof(AdBlock), AdBlockCmp);
					break;
				}
		}
		for (j = 0; j < k; j++)
		{
			if (w > 0 && p[w - 1].bn == p[j].bn)
				p[w - 1].bits |= p[j].bits;
			else
				p[w++] = p[j];
		}
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
		elog(ERROR, "active days state: %lld keys for %d actors", (long long) r, ns);
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

static void
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

static void
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
static void
AdUnsort(AdState *st)
{
	int32		n,
				i;
	int64	   *key,
			   *start,
				j;
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
	for (i = 0; i < n; i++)
	{
		int32		s;

		if ((i & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		s = AdSlotInt(st, key[i]);
		for (j = start[i]; j < start[i + 1]; j++)
			AdPushBlock(st, s, blk[j].bn, blk[j].bits);
	}
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

static int
AdBlockBnCmp(const void *a, const void *b)
{
	int32		x = ((const AdBlock *) a)->bn,
				y = ((const AdBlock *) b)->bn;

	return (x > y) - (x < y);
}

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
			AdBlock    *p = oblk + s0;
			int64		m = nb - s0,
						w = 0,
						x;

			if (m <= 32)
			{
				for (x = 1; x < m; x++)
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
				qsort(p, m, sizeof(AdBlock), AdBlockBnCmp);
			for (x = 0; x < m; x++)
			{
				if (w > 0 && p[w - 1].bn == p[x].bn)
					p[w - 1].bits |= p[x].bits;
				else
					p[w++] = p[x];
			}
			nb = s0 + w;
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
static void
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


/* ---- the active days of every actor -------------------------------------- */

/*
 * The active days of every actor, in order (AdGroupBlocks).  The state is
 * left as it was (READ_ONLY finals).
 */
void
AdCollect(AdState *st, AdDays *out)
{
	AdGroups	g;
	int32		ns;
	int64		j,
				total = 0,
				nd = 0;
	int32		i;
	int32		mind = PG_INT32_MAX,
				maxd = PG_INT32_MIN;

	AdGroupBlocks(st, &g);		/* first: it applies pending rows */
	ns = st->sorted ? st->sn : st->nslots;
	for (i = 0; i < ns; i++)
	{
		const AdBlock *p = g.blk + g.start[i];
		int32		w = g.cnt[i];

		for (j = 0; j < w; j++)
			total += pg_popcount64(p[j].bits);
		if (w > 0)
		{
			mind = Min(mind, (int32) (p[0].bn * 64 + pg_rightmost_one_pos64(p[0].bits)));
			maxd = Max(maxd, (int32) (p[w - 1].bn * 64 + pg_leftmost_one_pos64(p[w - 1].bits)));
		}
	}
	out->nactors = ns;
	out->off = (int64 *) palloc_extended(((Size) ns + 1) * sizeof(int64), MCXT_ALLOC_HUGE);
	out->days = (int32 *) palloc_extended(Max(total, 1) * sizeof(int32), MCXT_ALLOC_HUGE);
	for (i = 0; i < ns; i++)
	{
		const AdBlock *p = g.blk + g.start[i];

		if ((i & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		out->off[i] = nd;
		for (j = 0; j < g.cnt[i]; j++)
		{
			uint64		bits = p[j].bits;

			while (bits != 0)
			{
				int			b = pg_rightmost_one_pos64(bits);

				out->days[nd++] = p[j].bn * 64 + b;
				bits &= bits - 1;
			}
		}
	}
	out->off[ns] = nd;
	out->ndays = nd;
	out->minday = mind;
	out->maxday = maxd;
	AdFreeGroups(&g);
}


/* ---- the result value ---------------------------------------------------- */

ArrayType *
AvMake(int kind, int unit, int64 first, int64 last, int64 nrows, int width,
	   const int64 *cells)
{
	int64		n = AV_HDR + nrows * width;
	ArrayType  *a;
	int64	   *d;
	Size		sz = ARR_OVERHEAD_NONULLS(1) + n * sizeof(int64);

	a = (ArrayType *) palloc0(sz);
	SET_VARSIZE(a, sz);
	a->ndim = 1;
	a->dataoffset = 0;
	a->elemtype = INT8OID;
	*ARR_DIMS(a) = (int) n;
	*ARR_LBOUND(a) = 1;
	d = (int64 *) ((char *) a + ARR_OVERHEAD_NONULLS(1));
	d[AVH_MAGIC] = AV_MAGIC;
	d[AVH_FORMAT] = AV_FORMAT;
	d[AVH_KIND] = kind;
	d[AVH_UNIT] = unit;
	d[AVH_FIRST] = first;
	d[AVH_LAST] = last;
	d[AVH_NROWS] = nrows;
	memcpy(d + AV_HDR, cells, nrows * width * sizeof(int64));
	return a;
}

static void
AvBad(const char *fname, const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("%s was given a value that is not a valid %s result: %s", fname,
					strcmp(fname, "lifecycle_rows") == 0 ? "lifecycle()" : "active_users()", what)));
}

/*
 * Read and check a result value: header (magic, format, kind, unit, range)
 * and cells (non-negative).  Returns the cells; hdr receives the header.
 */
const int64 *
AvRead(ArrayType *a, int kind, int width, int64 *hdr, const char *fname)
{
	const int64 *d;
	int64		n,
				i;

	if (ARR_NDIM(a) != 1 || ARR_HASNULL(a) || ARR_ELEMTYPE(a) != INT8OID)
		AvBad(fname, "not a one-dimensional bigint array without NULLs");
	n = ARR_DIMS(a)[0];
	if (n < AV_HDR)
		AvBad(fname, "too short");
	d = (const int64 *) ((const char *) a + ARR_OVERHEAD_NONULLS(1));
	memcpy(hdr, d, AV_HDR * sizeof(int64));
	if (hdr[AVH_MAGIC] != AV_MAGIC || hdr[AVH_FORMAT] != AV_FORMAT)
		AvBad(fname, "unknown header or format");
	if (hdr[AVH_KIND] != kind)
		AvBad(fname, "a value of the other aggregate");
	if (hdr[AVH_UNIT] != PGG_CAL_DAY && hdr[AVH_UNIT] != PGG_CAL_WEEK && hdr[AVH_UNIT] != PGG_CAL_MONTH)
		AvBad(fname, "bad period unit");
	if (hdr[AVH_NROWS] < 1 || hdr[AVH_NROWS] > AD_MAX_PERIODS + 64 ||
		n != AV_HDR + hdr[AVH_NROWS] * width)
		AvBad(fname, "bad number of rows");
	/* periods of days a timestamptz can fall on (4714 BC to 294277 AD) */
	{
		int64		lo = AD_DAY_MIN,
					hi = AD_DAY_MAX;

		if (hdr[AVH_UNIT] == PGG_CAL_WEEK)
		{
			lo = pgg_floor_div(lo + 3, 7);
			hi = pgg_floor_div(hi + 3, 7);
		}
		else if (hdr[AVH_UNIT] == PGG_CAL_MONTH)
		{
			lo = (INT64CONST(-4714) - 1970) * 12;
			hi = (INT64CONST(294278) - 1970) * 12;
		}
		if (hdr[AVH_FIRST] < lo || hdr[AVH_FIRST] + hdr[AVH_NROWS] - 1 > hi ||
			hdr[AVH_LAST] < hdr[AVH_FIRST] || hdr[AVH_LAST] >= hdr[AVH_FIRST] + hdr[AVH_NROWS])
			AvBad(fname, "bad period range");
	}
	for (i = AV_HDR; i < n; i++)
		if (d[i] < 0)
			AvBad(fname, "negative count");
	return d + AV_HDR;
}


/* ---- active_users() ------------------------------------------------------ */

#define AU_WAU	7
#define AU_MAU	30

/* add 1 over the union of the windows [d, d + w - 1] of the days */
static inline void
AuRuns(int64 *diff, const int32 *days, int64 n, int32 first, int w)
{
	int64		j;
	int32		s = days[0],
				e = days[0] + w - 1;

	for (j = 1; j < n; j++)
	{
		if (days[j] <= e + 1)
			e = days[j] + w - 1;
		else
		{
			diff[s - first]++;
			diff[e + 1 - first]--;
			s = days[j];
			e = days[j] + w - 1;
		}
	}
	diff[s - first]++;
	diff[e + 1 - first]--;
}

/*
 * _pgg_active_users_final(internal) returns bigint[]: per day from the
 * first active day F to L + 29 (L the last), DAU, WAU, MAU; NULL when no
 * row counted.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_active_users_final);
Datum
pgg_active_users_final(PG_FUNCTION_ARGS)
{
	AdState    *st;
	AdDays		ad;
	int64		nrows,
				i;
	int64	   *dau,
			   *wau,
			   *mau,
			   *cells;
	int32		a;
	ArrayType  *res;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (AdState *) pgg_state_read(fcinfo, 0, &pgg_active_days_family, CurrentMemoryContext);
	AdCheckState(st, AD_ACTIVE, "_pgg_active_users_final");
	AdCollect(st, &ad);
	if (ad.ndays == 0)
		PG_RETURN_NULL();
	if ((int64) ad.maxday - ad.minday + 1 > AD_MAX_PERIODS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("active_users spans %lld days, more than %d",
						(long long) ((int64) ad.maxday - ad.minday + 1), AD_MAX_PERIODS),
				 errhint("Restrict the rows to a shorter time range, for example with WHERE ts >= ...; a stray timestamp far in the past or future does this.")));
	nrows = (int64) ad.maxday - ad.minday + AU_MAU;
	dau = (int64 *) palloc0((nrows + 1) * sizeof(int64));
	wau = (int64 *) palloc0((nrows + 1) * sizeof(int64));
	mau = (int64 *) palloc0((nrows + 1) * sizeof(int64));
	for (a = 0; a < ad.nactors; a++)
	{
		const int32 *d = ad.days + ad.off[a];
		int64		k = ad.off[a + 1] - ad.off[a];

		if ((a & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		if (k == 0)
			continue;
		for (i = 0; i < k; i++)
			dau[d[i] - ad.minday]++;
		AuRuns(wau, d, k, ad.minday, AU_WAU);
		AuRuns(mau, d, k, ad.minday, AU_MAU);
	}
	cells = (int64 *) palloc((nrows * 3) * sizeof(int64));
	{
		int64		w = 0,
					m = 0;

		for (i = 0; i < nrows; i++)
		{
			w += wau[i];
			m += mau[i];
			cells[3 * i] = dau[i];
			cells[3 * i + 1] = w;
			cells[3 * i + 2] = m;
		}
	}
	res = AvMake(AD_ACTIVE, PGG_CAL_DAY, ad.minday, ad.maxday, nrows, 3, cells);
	PG_RETURN_ARRAYTYPE_P(res);
}

static int64
AuDateArg(FunctionCallInfo fcinfo, int argno, int64 dflt, const char *argname)
{
	DateADT		d;

	if (PG_ARGISNULL(argno))
		return dflt;
	d = PG_GETARG_DATEADT(argno);
	if (DATE_NOT_FINITE(d))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("active_users_rows %s must be a finite date", argname)));
	return (int64) d + AD_DATE_SHIFT;
}

/*
 * active_users_rows(value bigint[], from_day date, to_day date) returns
 * table (day date, dau bigint, wau bigint, mau bigint, stickiness float8):
 * every day from from_day (default: the first active day) to to_day
 * (default: the last), zeros outside the days the value covers, stickiness
 * = dau / mau (NULL when mau is 0).
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_active_users_rows);
Datum
pgg_active_users_rows(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	ArrayType  *a;
	int64		hdr[AV_HDR];
	const int64 *cells;
	int64		from,
				to,
				d;

	if (PG_ARGISNULL(0))
	{
		/* no rows were aggregated: no days */
		InitMaterializedSRF(fcinfo, 0);
		return (Datum) 0;
	}
	a = PG_GETARG_ARRAYTYPE_P(0);
	cells = AvRead(a, AD_ACTIVE, 3, hdr, "active_users_rows");
	if (hdr[AVH_UNIT] != PGG_CAL_DAY)
		AvBad("active_users_rows", "bad period unit");
	for (d = 0; d < hdr[AVH_NROWS]; d++)
	{
		const int64 *c = cells + 3 * d;

		if (c[0] > c[1] || c[1] > c[2])
			AvBad("active_users_rows", "DAU above WAU or WAU above MAU");
	}
	from = AuDateArg(fcinfo, 1, hdr[AVH_FIRST], "from_day");
	to = AuDateArg(fcinfo, 2, hdr[AVH_LAST], "to_day");
	if (to < from)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("active_users_rows to_day must not be before from_day")));
	if (to - from + 1 > AD_MAX_PERIODS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("active_users_rows range spans %lld days, more than %d",
						(long long) (to - from + 1), AD_MAX_PERIODS),
				 errhint("Pass a shorter range of from_day to to_day.")));
	InitMaterializedSRF(fcinfo, 0);
	for (d = from; d <= to; d++)
	{
		Datum		v[5];
		bool		nulls[5] = {false, false, false, false, false};
		int64		k = d - hdr[AVH_FIRST];
		int64		dau = 0,
					wau = 0,
					mau = 0;

		if (k >= 0 && k < hdr[AVH_NROWS])
		{
			dau = cells[3 * k];
			wau = cells[3 * k + 1];
			mau = cells[3 * k + 2];
		}
		v[0] = DateADTGetDatum((DateADT) (d - AD_DATE_SHIFT));
		v[1] = Int64GetDatum(dau);
		v[2] = Int64GetDatum(wau);
		v[3] = Int64GetDatum(mau);
		if (mau > 0)
			v[4] = Float8GetDatum((double) dau / (double) mau);
		else
			nulls[4] = true;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, nulls);
	}
	return (Datum) 0;
}
