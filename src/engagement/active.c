/*-------------------------------------------------------------------------
 *
 * src/engagement/active.c
 *	  Active users: active_users(actor, ts, tz [, condition]) and the reader
 *	  active_users_rows(value, from_day, to_day); the per-actor active-day
 *	  state it shares with lifecycle() (engagement/lifecycle.c): look-up
 *	  tables and transition (combine, serialize and deserialize:
 *	  engagement/active_state.c).
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
#include "engagement/active_int.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "nodes/primnodes.h"
#include "miscadmin.h"
#include "port/pg_bitutils.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/memutils.h"
#include "utils/uuid.h"



const char *
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
AdState *
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
void
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
char *
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
bool
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



/* how many look-up entries ahead AdApplyPending prefetches */
#define AD_PREFETCH		64

static inline void
AdPrefetch(AdState *st, int64 key)
{
	if ((uint64) key < (uint64) st->dcap)
		PGG_PREFETCH(&st->direct[key], 1, 3);
}

/*
 * Apply the pending rows of integer actors (AdState.pendkey): each marks
 * its day in its actor's entry, the entries AD_PREFETCH rows ahead already
 * on their way to the cache.  The order of rows does not matter (a day is a
 * bit; blocks of one number are ORed when read).
 */
void
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
void
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


void
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
