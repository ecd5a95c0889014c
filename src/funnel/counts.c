/*-------------------------------------------------------------------------
 *
 * src/funnel/counts.c
 *	  funnel_counts: the number of actors reaching each step, over all
 *	  actors in one pass and one state (CountsState, funnel/funnel.h).  The
 *	  SQL-callable functions, and the table of actors used for actor types
 *	  other than integers (text, uuid, ...): each actor with its event run.
 *	  Integer actors take the partitioned path of counts_rows.c.
 *
 * Semantics: doc/funnel.md, "funnel_counts": element k of the result is the
 * number of actors whose level (window_funnel's, same modes) is at least k.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "funnel/funnel.h"
#include "core/state.h"

#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "executor/nodeHash.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"
#include "utils/typcache.h"


/* Hash an actor key: the type's hash function, or splitmix64 for integers. */
static inline uint32
CountsHash(CountsState *cs, Datum key)
{
	if (cs->fastkey)
		return (uint32) pgg_hash_mix64((uint64) key);
	return DatumGetUInt32(FunctionCall1Coll(&cs->hashfn, cs->collation, key));
}

/* Compare two actor keys: the type's equality operator, or the bits. */
static inline bool
CountsEq(CountsState *cs, Datum a, Datum b)
{
	if (cs->fastkey)
		return a == b;
	return DatumGetBool(FunctionCall2Coll(&cs->eqfn, cs->collation, a, b));
}

/*
 * The table of actors: lib/simplehash.h with the hash stored in the entry
 * (compared before the type's equality function is called, and not
 * recomputed when the table grows).  The hash function is the actor type's
 * (CountsHash), the bucket its low bits, and the table keeps the load under
 * 3/4 and doubles, as the open-addressing table it replaces did.
 */
#define SH_PREFIX actors
#define SH_ELEMENT_TYPE ActorEntry
#define SH_KEY_TYPE Datum
#define SH_KEY key
#define SH_HASH_KEY(tb, k) CountsHash((CountsState *) (tb)->private_data, (k))
#define SH_EQUAL(tb, a, b) CountsEq((CountsState *) (tb)->private_data, (a), (b))
#define SH_STORE_HASH
#define SH_GET_HASH(tb, a) ((a)->hash)
#define SH_FILLFACTOR (0.75)
#define SH_SCOPE static inline
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"

/* simplehash's largest table (its SH_MAX_SIZE) */
#define COUNTS_MAX_SLOTS (((uint64) PG_UINT32_MAX) + 1)

/* the first table: 1024 slots (768 actors at the load of 3/4) */
#define COUNTS_FIRST_ACTORS 768

/* Set up the actor type functions. */
static void
CountsInitType(CountsState *cs, Oid actor_type, Oid collation)
{
	TypeCacheEntry *tc;

	cs->actor_type = actor_type;
	cs->collation = collation;
	get_typlenbyval(actor_type, &cs->typlen, &cs->typbyval);
	cs->fastkey = (actor_type == INT8OID || actor_type == INT4OID ||
				   actor_type == INT2OID || actor_type == OIDOID ||
				   actor_type == DATEOID);
	if (!cs->fastkey)
	{
		tc = lookup_type_cache(actor_type, TYPECACHE_HASH_PROC_FINFO | TYPECACHE_EQ_OPR_FINFO);
		if (!OidIsValid(tc->hash_proc_finfo.fn_oid) || !OidIsValid(tc->eq_opr_finfo.fn_oid))
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_FUNCTION),
					 errmsg("funnel_counts needs a hashable actor type, %s has no hash function",
							format_type_be(actor_type)),
					 errhint("Cast the actor to text or bigint.")));
		fmgr_info_cxt(tc->hash_proc_finfo.fn_oid, &cs->hashfn, cs->ctx);
		fmgr_info_cxt(tc->eq_opr_finfo.fn_oid, &cs->eqfn, cs->ctx);
	}
}

/* Create an empty funnel_counts state. */
static CountsState *
CountsNew(MemoryContext ctx, const FunnelConfig *cfg, Oid actor_type, Oid collation)
{
	CountsState *cs = MemoryContextAllocZero(ctx, sizeof(CountsState));

	cs->version = FUNNEL_STATE_VERSION;
	cs->cfg = *cfg;
	cs->ctx = ctx;
	CountsInitType(cs, actor_type, collation);
	if (cs->fastkey)
	{
		/* aligned to cache lines: a stage then spans as few lines as it can */
		cs->parts = (CountsPart *) TYPEALIGN(64, MemoryContextAllocZero(ctx, CP_PARTS * sizeof(CountsPart) + 64));
		cs->compact_rows = Max((int64) (get_hash_memory_limit() / COUNTS_ROW_BYTES), 1024);
	}
	else
		cs->actors = actors_create(ctx, COUNTS_FIRST_ACTORS, cs);
	return cs;
}

/* Raise an error unless a state received by a support function is current. */
static inline void
CountsCheckState(const CountsState *cs, const char *fname)
{
	if (unlikely(cs->version != FUNNEL_STATE_VERSION))
		elog(ERROR, "%s got a state of version %d (cannot happen)", fname, cs->version);
}

/* Raise the error of a table of actors that cannot grow any more. */
static pg_noinline void
CountsTooManyActors(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("too many actors for funnel_counts")));
}

/*
 * Grow the table to hold n actors at once.  Tables are filled in the slot
 * order of other tables (combine, deserialize), that is in hash order: the
 * table must then be at least as large as the one it is filled from, or the
 * keys pile up in long probing clusters.
 */
static void
CountsReserve(CountsState *cs, uint64 n)
{
	uint64		nsize = cs->actors->size;

	while (n * 4 > nsize * 3)
		nsize *= 2;
	if (nsize > COUNTS_MAX_SLOTS)
		CountsTooManyActors();
	if (nsize > cs->actors->size)
		actors_grow(cs->actors, nsize);
}

/* Find or insert an actor; returns its entry (valid until the next insertion). */
static inline ActorEntry *
CountsLookup(CountsState *cs, Datum key, uint32 h, bool copykey)
{
	ActorEntry *e;
	bool		found;

	/* simplehash would raise its own error at its largest size */
	if (unlikely(cs->actors->members >= cs->actors->grow_threshold) &&
		cs->actors->size >= COUNTS_MAX_SLOTS)
		CountsTooManyActors();
	e = actors_insert_hash(cs->actors, key, h, &found);
	if (!found)
	{
		e->last_ts = 0;
		e->data = NULL;
		e->len = 0;
		e->cap = 0;
		e->n = 0;
		e->rebase = false;
		if (copykey)
			e->key = datumCopy(key, cs->typbyval, cs->typlen);
	}
	return e;
}

/* Make room for extra more bytes in an actor's run. */
static pg_noinline void
CountsGrowRun(CountsState *cs, ActorEntry *e, uint32 extra)
{
	uint64		need = (uint64) e->len + extra;
	uint64		cap = Max(e->cap, 64);

	if (need > EVRUN_MAX_BYTES)
		FunnelRunTooLarge();
	while (cap < need)
		cap *= 2;
	cap = Min(cap, (uint64) EVRUN_MAX_BYTES);
	if (e->data != NULL && e->cap == 0)
	{
		/* a borrowed run (in a received state): copy it out */
		uint8	   *d = MemoryContextAlloc(cs->ctx, cap);

		memcpy(d, e->data, e->len);
		e->data = d;
	}
	else
		e->data = e->data ? repalloc(e->data, cap) : MemoryContextAlloc(cs->ctx, cap);
	e->cap = (uint32) cap;
}

/* Append an event to an actor. */
static inline void
CountsAdd(CountsState *cs, ActorEntry *e, int64 ts, uint32 mask)
{
	uint8	   *p;

	if (unlikely(e->len + EVRUN_MAX_ADD > e->cap))
		CountsGrowRun(cs, e, EVRUN_MAX_ADD);
	p = EvPutNext(e->data + e->len, &e->last_ts, &e->rebase, ts, mask);
	e->len = (uint32) (p - e->data);
	e->n++;
}

/*
 * Append a run of n events (len bytes, first event against 0) to an actor.
 * An empty actor borrows the run instead (when it lives as long as the
 * state: a received state's bytes, or a combined state's runs).
 */
static void
CountsAppendRun(CountsState *cs, ActorEntry *e, uint8 *data, uint32 len, uint32 n, bool borrow)
{
	uint64		need;

	if (n == 0)
		return;
	if (e->n == 0 && borrow)
	{
		if (e->data && e->cap > 0)
			pfree(e->data);
		e->data = data;
		e->cap = 0;
		e->len = len;
	}
	else
	{
		need = EvAppendSize(e->n, len);
		if (e->len + need > e->cap)
			CountsGrowRun(cs, e, need);
		e->len += EvAppendRun(e->data + e->len, e->n, data, len);
	}
	e->n += n;
	e->rebase = true;
	e->last_ts = 0;
}

/*
 * The transition: (state, actor, window, [mode], ts, conds...).
 *
 * actor_type: the actor's type, fixed by the entry point of an overload with
 * exact argument types (which Citus can split: it calls the function without
 * a call expression and with a fresh FmgrInfo per row, so nothing may come
 * from fn_expr or survive in fn_extra), or InvalidOid for the anyelement
 * overloads (the type of the call).  form: how the steps are passed.
 *
 * Phases: (1) the row's condition mask and, on the first row, a new state
 * in the aggregate context (the actor type decides its layout); on later
 * rows the configuration check unless it is stable; (2) rows that change
 * nothing return at once: NULL actor or timestamp, no step matched (outside
 * strict_order), infinite timestamps; (3) an integer actor's row goes to its
 * partition (counts_rows.c); another actor's event joins its run in the
 * table of actors.
 */
static pg_attribute_always_inline Datum
CountsTrans(FunctionCallInfo fcinfo, bool has_mode, Oid actor_type, FunnelForm form)
{
	MemoryContext aggctx;
	MemoryContext old;
	FunnelCache *c;
	PggState   *st;
	CountsState *cs;
	FunnelConfig cfg;
	int			tsarg = has_mode ? 4 : 3;
	int			nconds;
	uint32		mask;
	int64		ts;
	Datum		key;
	ActorEntry *e;

	/* phase 1 */
	c = fcinfo->flinfo->fn_extra;
	if (unlikely(c == NULL))
		c = FunnelNewCacheForm(fcinfo, tsarg + 1, has_mode, "funnel_counts", form);
	mask = FunnelRowMask(fcinfo, c, c->fname, &nconds);
	if (unlikely(PG_ARGISNULL(0)))
	{
		Oid			collation = PG_GET_COLLATION();

		/* only an aggregate passes a state, so check the context here */
		aggctx = pgg_agg_context(fcinfo, "funnel_counts transition function");
		FunnelRowConfig(fcinfo, c, 2, nconds, &cfg);
		if (!OidIsValid(actor_type))
		{
			actor_type = get_fn_expr_argtype(fcinfo->flinfo, 1);
			if (!OidIsValid(actor_type))
				ereport(ERROR,
						(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
						 errmsg("funnel_counts could not determine the actor type"),
						 errhint("Cast the actor to bigint, integer, smallint, text or uuid.")));
		}
		/* a call without a collation (Citus' worker_partial_agg) */
		if (!OidIsValid(collation) && type_is_collatable(actor_type))
			collation = DEFAULT_COLLATION_OID;
		cs = CountsNew(aggctx, &cfg, actor_type, collation);
		st = pgg_state_new(aggctx, &pgg_funnel_counts_family, cs);
	}
	else
	{
		/* the running state; a flat one (a hand-made call) is read into the aggregate context */
		aggctx = likely(VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(PG_GETARG_DATUM(0)))) ?
			NULL : pgg_agg_context(fcinfo, "funnel_counts transition function");
		st = pgg_state_arg(fcinfo, 0, &pgg_funnel_counts_family, aggctx);
		cs = (CountsState *) st->ptr;
		if (!FunnelStable(fcinfo, c, 2))
		{
			FunnelRowConfig(fcinfo, c, 2, nconds, &cfg);
			FunnelSameConfig(&cs->cfg, &cfg, NULL, c->fname);
		}
	}

	/* phase 2 */
	if (PG_ARGISNULL(1) || PG_ARGISNULL(tsarg))
		PGG_RETURN_STATE(st);	/* NULL actors and timestamps are ignored */
	if (!FunnelKeepRow(&cs->cfg, mask))
		PGG_RETURN_STATE(st);
	ts = PG_GETARG_INT64(tsarg);
	if (TIMESTAMP_NOT_FINITE(ts))
		PGG_RETURN_STATE(st);

	/* phase 3 */
	key = PG_GETARG_DATUM(1);
	if (!cs->typbyval && cs->typlen == -1)
		key = PointerGetDatum(PG_DETOAST_DATUM_PACKED(key));
	if (cs->parts)
	{
		CountsPartAdd(cs, (int64) key, ts, mask);
		PGG_RETURN_STATE(st);
	}
	old = MemoryContextSwitchTo(cs->ctx);
	e = CountsLookup(cs, key, CountsHash(cs, key), true);
	CountsAdd(cs, e, ts, mask);
	MemoryContextSwitchTo(old);
	PGG_RETURN_STATE(st);
}

/* _pgg_funnel_counts_trans(pgg_state, anyelement, interval, timestamptz, VARIADIC "any") */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_funnel_counts_trans);
Datum
pgg_funnel_counts_trans(PG_FUNCTION_ARGS)
{
	return CountsTrans(fcinfo, false, InvalidOid, FUNNEL_FORM_EXPR);
}

/* funnel_counts_mode_trans(pgg_state, anyelement, interval, text, timestamptz, VARIADIC "any") */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_funnel_counts_mode_trans);
Datum
pgg_funnel_counts_mode_trans(PG_FUNCTION_ARGS)
{
	return CountsTrans(fcinfo, true, InvalidOid, FUNNEL_FORM_EXPR);
}

/*
 * The overloads with exact argument types, one entry point per actor type
 * and mode: (pgg_state, actor, interval, [text,] ts, VARIADIC boolean[]) or
 * (..., ts, event text, steps text[]); the argument count tells the forms.
 */
#define COUNTS_TYPED_TRANS(suffix, typoid) \
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_funnel_counts_trans_##suffix); \
Datum \
pgg_funnel_counts_trans_##suffix(PG_FUNCTION_ARGS) \
{ \
	if (PG_NARGS() == 5) \
		return CountsTrans(fcinfo, false, typoid, FUNNEL_FORM_ARRAY); \
	return CountsTrans(fcinfo, false, typoid, FUNNEL_FORM_NAMED); \
} \
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_funnel_counts_mode_trans_##suffix); \
Datum \
pgg_funnel_counts_mode_trans_##suffix(PG_FUNCTION_ARGS) \
{ \
	if (PG_NARGS() == 6) \
		return CountsTrans(fcinfo, true, typoid, FUNNEL_FORM_ARRAY); \
	return CountsTrans(fcinfo, true, typoid, FUNNEL_FORM_NAMED); \
}

/*
 * The fixed-arity overloads: (pgg_state, actor, interval, [text,] ts,
 * boolean, ...), one to eight conditions.  A call with boolean conditions
 * resolves to them before the VARIADIC boolean[] form (PostgreSQL prefers
 * a non-variadic match), so no array is built per row.
 */
#define COUNTS_FIXED_TRANS(suffix, typoid) \
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_funnel_counts_fixed_trans_##suffix); \
Datum \
pgg_funnel_counts_fixed_trans_##suffix(PG_FUNCTION_ARGS) \
{ \
	return CountsTrans(fcinfo, false, typoid, FUNNEL_FORM_FIXED); \
} \
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_funnel_counts_fixed_mode_trans_##suffix); \
Datum \
pgg_funnel_counts_fixed_mode_trans_##suffix(PG_FUNCTION_ARGS) \
{ \
	return CountsTrans(fcinfo, true, typoid, FUNNEL_FORM_FIXED); \
}

COUNTS_FIXED_TRANS(int8, INT8OID)
COUNTS_FIXED_TRANS(int4, INT4OID)
COUNTS_FIXED_TRANS(text, TEXTOID)
COUNTS_FIXED_TRANS(uuid, UUIDOID)

COUNTS_TYPED_TRANS(int8, INT8OID)
COUNTS_TYPED_TRANS(int4, INT4OID)
COUNTS_TYPED_TRANS(int2, INT2OID)
COUNTS_TYPED_TRANS(text, TEXTOID)
COUNTS_TYPED_TRANS(uuid, UUIDOID)

/*
 * _pgg_funnel_counts_final(pgg_state) returns bigint[].  Reads the state without
 * changing it (FINALFUNC_MODIFY = READ_ONLY): the events of each actor are
 * decoded into a buffer of the call site (or the grouping workspace of
 * counts_rows.c), never into the state.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_funnel_counts_final);
Datum
pgg_funnel_counts_final(PG_FUNCTION_ARGS)
{
	CountsState *cs;
	int64		counts[PGG_MAX_STEPS + 1];
	Datum		out[PGG_MAX_STEPS];
	int			k;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	cs = (CountsState *) pgg_state_read(fcinfo, 0, &pgg_funnel_counts_family, CurrentMemoryContext);
	CountsCheckState(cs, "_pgg_funnel_counts_final");
	memset(counts, 0, sizeof(counts));
	if (cs->parts)
		CountsPartLevels(cs, counts);
	else
	{
		PggEventBuffer *scratch = fcinfo->flinfo->fn_extra;
		ActorEntry *slots = cs->actors->data;
		uint64		size = cs->actors->size;
		uint64		i;

		if (scratch == NULL)
		{
			scratch = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(PggEventBuffer));
			fcinfo->flinfo->fn_extra = scratch;
		}
		for (i = 0; i < size; i++)
		{
			ActorEntry *e = &slots[i];

			/* the runs are scattered: fetch a later actor's while decoding this one */
			if (i + 8 < size && slots[i + 8].status == actors_SH_IN_USE)
				PGG_PREFETCH(slots[i + 8].data, 0, 3);
			if (e->status != actors_SH_IN_USE)
				continue;
			if ((i & 1023) == 0)
				CHECK_FOR_INTERRUPTS();
			if (e->n == 0)
			{
				counts[0]++;
				continue;
			}
			FunnelRunDecode(e->data, e->len, NULL, 0, e->n, cs->cfg.nconds, scratch, "funnel_counts");
			counts[FunnelLevel(&cs->cfg, scratch, NULL, "funnel_counts")]++;
		}
	}
	/* element k = actors whose level is at least k */
	for (k = cs->cfg.nsteps - 1; k >= 1; k--)
		counts[k] += counts[k + 1];
	for (k = 0; k < cs->cfg.nsteps; k++)
		out[k] = Int64GetDatum(counts[k + 1]);
	PG_RETURN_ARRAYTYPE_P(construct_array(out, cs->cfg.nsteps, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/*
 * _pgg_funnel_counts_combine(pgg_state, pgg_state).  b's actors go to a: an
 * actor of both gets b's run after its own (a reset marker between), which
 * the final function sorts, so the combine order does not matter.
 *
 * Phases: (1) a flat b (a parallel worker's or a Citus worker's state) is
 * deserialized into the aggregate context, and with no a taken over whole;
 * (2) a new a in the aggregate context, or a check that a and b agree; (3)
 * integer actors: a collects b's rows and received states (counts_rows.c);
 * (4) other actors: the table grows to b's size first (b is read in its
 * slot order), then each of b's actors is looked up in a and its run
 * appended (borrowed when b's bytes outlive the combine); (5) a
 * deserialized b is freed.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_funnel_counts_combine);
Datum
pgg_funnel_counts_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggctx;
	MemoryContext old;
	PggState   *st;
	CountsState *a,
			   *b;
	ActorEntry *bslots;
	uint64		bsize;
	uint64		i;

	aggctx = pgg_agg_context(fcinfo, "_pgg_funnel_counts_combine");
	if (PG_ARGISNULL(1))
		return pgg_combine_first(fcinfo);
	/* phase 1: a flat b is deserialized into the aggregate context: ours to take */
	b = (CountsState *) pgg_state_read(fcinfo, 1, &pgg_funnel_counts_family, aggctx);
	b->adoptable = pgg_state_arg_is_flat(fcinfo, 1);
	CountsCheckState(b, "_pgg_funnel_counts_combine");
	if (PG_ARGISNULL(0) && b->adoptable)
	{
		b->adoptable = false;
		st = pgg_state_new(aggctx, &pgg_funnel_counts_family, b);
		PGG_RETURN_STATE(st);
	}
	if (PG_ARGISNULL(0))
	{
		a = NULL;
		st = NULL;
	}
	else
	{
		st = pgg_state_arg(fcinfo, 0, &pgg_funnel_counts_family, aggctx);
		a = (CountsState *) st->ptr;
	}

	/* phase 2 */
	old = MemoryContextSwitchTo(aggctx);
	if (a == NULL)
	{
		a = CountsNew(aggctx, &b->cfg, b->actor_type, b->collation);
		st = pgg_state_new(aggctx, &pgg_funnel_counts_family, a);
	}
	else
	{
		CountsCheckState(a, "_pgg_funnel_counts_combine");
		FunnelSameConfig(&a->cfg, &b->cfg, NULL, "funnel_counts");
		if (a->actor_type != b->actor_type)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("cannot combine funnel_counts states of different actor types")));
	}

	/* phase 3 */
	if (a->parts)
	{
		CountsPartCombine(a, b);
		MemoryContextSwitchTo(old);
		PGG_RETURN_STATE(st);
	}

	/* phase 4 */
	if (a->actors->size < b->actors->size)
		actors_grow(a->actors, b->actors->size);	/* filled in b's hash order */
	bslots = b->actors->data;
	bsize = b->actors->size;
	for (i = 0; i < bsize; i++)
	{
		ActorEntry *be = &bslots[i];
		ActorEntry *ae;

		/* fetch the slot of a later actor and the run of this one's match */
		if (i + 8 < bsize && bslots[i + 8].status == actors_SH_IN_USE)
			PGG_PREFETCH(&a->actors->data[bslots[i + 8].hash & a->actors->sizemask], 0, 3);
		if (be->status != actors_SH_IN_USE)
			continue;
		ae = CountsLookup(a, be->key, be->hash, true);

		/*
		 * A received state's runs stay where they are (its bytes are kept
		 * until the end); an empty actor of a borrows them.
		 */
		CountsAppendRun(a, ae, be->data, be->len, be->n, b->adoptable);
		if (b->adoptable && be->cap > 0 && ae->data != be->data)
			pfree(be->data);
	}

	/* phase 5 */
	if (b->adoptable)
	{
		actors_destroy(b->actors);
		pfree(b);
	}
	MemoryContextSwitchTo(old);
	PGG_RETURN_STATE(st);
}

/*
 * The flat form of a state (the pgg_state family "funnel_counts"): magic "PGFC", format
 * version, the configuration, actor type and collation, a layout byte, then
 * either the partitions of integer actors (CountsPartWrite) or the actors of
 * the table: the actor (8 bytes, or its type's send bytes), its event count,
 * run length and run.
 */
static bytea *
CountsSerialize(void *state)
{
	CountsState *cs = (CountsState *) state;
	StringInfoData buf;
	Oid			sendfn;
	bool		isvarlena;
	FmgrInfo	sendinfo;
	ActorEntry *slots;
	uint64		i;

	CountsCheckState(cs, "_pgg_funnel_counts_serialize");
	pgg_ser_begin(&buf, FUNNEL_COUNTS_MAGIC, FUNNEL_SER_VERSION);
	FunnelSendConfig(&buf, &cs->cfg);
	pq_sendint32(&buf, cs->actor_type);
	pq_sendint32(&buf, cs->collation);
	pq_sendbyte(&buf, cs->parts ? 1 : 0);	/* layout: partitions, or an actor table */
	if (cs->parts)
	{
		CountsPartWrite(cs, &buf);
		return pgg_ser_end(&buf);
	}
	getTypeBinaryOutputInfo(cs->actor_type, &sendfn, &isvarlena);
	fmgr_info(sendfn, &sendinfo);
	pq_sendint64(&buf, cs->actors->members);
	slots = cs->actors->data;
	for (i = 0; i < cs->actors->size; i++)
	{
		ActorEntry *e = &slots[i];

		if (e->status != actors_SH_IN_USE)
			continue;
		if (cs->fastkey)
			pq_sendint64(&buf, (int64) e->key);
		else
		{
			bytea	   *v = SendFunctionCall(&sendinfo, e->key);

			pq_sendint32(&buf, VARSIZE(v) - VARHDRSZ);
			pq_sendbytes(&buf, VARDATA(v), VARSIZE(v) - VARHDRSZ);
		}
		pq_sendint32(&buf, e->n);
		pq_sendint32(&buf, e->len);
		pq_sendbytes(&buf, (const char *) e->data, e->len);
	}
	return pgg_ser_end(&buf);
}

/*
 * A state from its flat form, in ctx (core/state.h).
 *
 * Phases: (1) the header is checked and the bytes copied once into ctx (the runs stay there, borrowed, and are checked when the
 * final function decodes them); (2) configuration, actor type and
 * collation, each checked; (3) the layout must match the actor type;
 * partitions are kept as they are (their sections are checked when
 * grouped); (4) the actors of a table: the table is sized first (they come
 * in the sender's hash order), then each actor is received and borrows its
 * run.
 */
static void *
CountsDeserialize(bytea *b, MemoryContext aggctx)
{
	MemoryContext old;
	StringInfoData buf;
	FunnelConfig cfg;
	CountsState *cs;
	Oid			actor_type;
	Oid			collation;
	Oid			recvfn,
				typioparam;
	FmgrInfo	recvinfo;
	int64		nact,
				i;
	uint32		n,
				len;
	char	   *copy;
	const char *what = "funnel_counts";

	/* phase 1 */
	pgg_deser_begin(&buf, b, FUNNEL_COUNTS_MAGIC, FUNNEL_SER_VERSION, what);
	copy = MemoryContextAllocHuge(aggctx, Max(buf.len, 1));
	memcpy(copy, buf.data, buf.len);
	buf.data = copy;

	/* phase 2 */
	FunnelRecvConfig(&buf, &cfg, what);
	actor_type = FunnelRecvType(&buf, what);
	pgg_deser_need(&buf, 4, what);
	collation = (Oid) pq_getmsgint(&buf, 4);
	if (OidIsValid(collation) && !SearchSysCacheExists1(COLLOID, ObjectIdGetDatum(collation)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid %s state", what),
				 errdetail("The serialized state names an unknown collation.")));

	/* phase 3 */
	old = MemoryContextSwitchTo(aggctx);
	cs = CountsNew(aggctx, &cfg, actor_type, collation);
	pgg_deser_need(&buf, 1, what);
	if (pq_getmsgbyte(&buf) != (cs->parts ? 1 : 0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid %s state", what),
				 errdetail("The layout does not match the actor type.")));
	if (cs->parts)
	{
		CountsAddRecv(cs, CountsPartRecv((const uint8 *) buf.data + buf.cursor,
										 (uint32) (buf.len - buf.cursor), what));
		MemoryContextSwitchTo(old);
		return cs;
	}

	/* phase 4 */
	getTypeBinaryInputInfo(actor_type, &recvfn, &typioparam);
	fmgr_info(recvfn, &recvinfo);
	pgg_deser_need(&buf, 8, what);
	nact = pq_getmsgint64(&buf);
	if (nact < 0)
		pgg_deser_need(&buf, -1, what);
	CountsReserve(cs, (uint64) Min(nact, (int64) (buf.len - buf.cursor) / 12 + 1));
	for (i = 0; i < nact; i++)
	{
		Datum		key;
		ActorEntry *e;

		if (cs->fastkey)
		{
			pgg_deser_need(&buf, 8, what);
			key = (Datum) pq_getmsgint64(&buf);
		}
		else
		{
			int			len;
			StringInfoData vb;

			pgg_deser_need(&buf, 4, what);
			len = (int32) pq_getmsgint(&buf, 4);
			pgg_deser_need(&buf, len, what);
			initStringInfo(&vb);
			appendBinaryStringInfo(&vb, pq_getmsgbytes(&buf, len), len);
			key = ReceiveFunctionCall(&recvinfo, &vb, typioparam, -1);
		}
		pgg_deser_need(&buf, 8, what);
		n = (uint32) pq_getmsgint(&buf, 4);
		len = (uint32) pq_getmsgint(&buf, 4);
		if (len > EVRUN_MAX_BYTES || n > len)
			FunnelRunCorrupt(what);
		pgg_deser_need(&buf, len, what);
		e = CountsLookup(cs, key, CountsHash(cs, key), false);
		CountsAppendRun(cs, e, (uint8 *) buf.data + buf.cursor, len, n, true);
		buf.cursor += len;
	}
	MemoryContextSwitchTo(old);
	pgg_deser_end(&buf, what);
	return cs;
}

const PggStateFamily pgg_funnel_counts_family = {
	FUNNEL_COUNTS_MAGIC, "funnel_counts", CountsSerialize, CountsDeserialize
};

/*
 * _pgg_funnel_counts_serialize / _deserialize: named by the aggregates of
 * install scripts before 0.3.0 (state internal); see core/state.h.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_funnel_counts_serialize);
Datum
pgg_funnel_counts_serialize(PG_FUNCTION_ARGS)
{
	return pgg_state_serialize_compat(fcinfo);
}

PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_funnel_counts_deserialize);
Datum
pgg_funnel_counts_deserialize(PG_FUNCTION_ARGS)
{
	return pgg_state_deserialize_compat(fcinfo, &pgg_funnel_counts_family);
}
