/*-------------------------------------------------------------------------
 *
 * src/funnel/window_funnel_value.c
 *	  window_funnel_value: the value a column had on the row of one step of
 *	  the chosen chain (first- and last-touch attribution).  Its state, a
 *	  FunnelValueState (funnel/funnel.h), keeps 16-byte events in a core
 *	  event buffer (core/evbuf.h) and the values of the rows that match the
 *	  step read.
 *
 * Semantics: doc/funnel.md, "Which chain the step times and values
 * describe": the chain of window_funnel_times, the value of its row at the
 * step, the smallest of tied rows' values.
 *
 * Since 0.3.0 the aggregate has support functions of its own
 * (_pgg_window_funnel_value_combine, _serialize, _deserialize); before, it named
 * window_funnel's, which hand its states over to the functions here.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "funnel/funnel.h"

#include "catalog/pg_type.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "utils/typcache.h"

/* Create the per-actor state in the aggregate context. */
static FunnelValueState *
ValueStateNew(MemoryContext ctx, const FunnelConfig *cfg)
{
	FunnelValueState *st = MemoryContextAllocZero(ctx, sizeof(FunnelValueState));
	MemoryContext old = MemoryContextSwitchTo(ctx);

	st->hdr.family = FUNNEL_FAMILY_VALUE;
	st->hdr.version = FUNNEL_STATE_VERSION;
	st->cfg = *cfg;
	pgg_evbuf_init(&st->buf, 8);
	MemoryContextSwitchTo(old);
	return st;
}

/* Shared transition: layout (state, window, [mode], ts, conds...). */
static FunnelValueState *
FunnelTransCommon(FunctionCallInfo fcinfo, bool has_mode, int extra_args,
				  int64 *ts, uint32 *mask, bool *keep, MemoryContext *aggctx)
{
	FunnelCache *c;
	FunnelValueState *st;
	FunnelConfig cfg;
	int			tsarg = has_mode ? 3 : 2;
	int			nconds;

	*aggctx = pgg_agg_context(fcinfo, "window_funnel transition function");
	c = FunnelGetCache(fcinfo, tsarg + 1 + extra_args, has_mode, "window_funnel_value");
	*mask = FunnelRowMask(fcinfo, c, c->fname, &nconds);

	st = PG_ARGISNULL(0) ? NULL : (FunnelValueState *) PG_GETARG_POINTER(0);
	if (st == NULL)
	{
		FunnelRowConfig(fcinfo, c, 1, nconds, &cfg);
		st = ValueStateNew(*aggctx, &cfg);
	}
	else if (!FunnelStable(fcinfo, c, 1))
	{
		/* window, mode or condition count may change: every row is checked */
		FunnelRowConfig(fcinfo, c, 1, nconds, &cfg);
		FunnelSameConfig(&st->cfg, &cfg, NULL, c->fname);
	}

	*keep = false;
	if (PG_ARGISNULL(tsarg))
		return st;
	*ts = PG_GETARG_INT64(tsarg);
	if (TIMESTAMP_NOT_FINITE(*ts))
		return st;				/* infinite timestamps are ignored like NULL */
	*keep = FunnelKeepRow(&st->cfg, *mask);
	return st;
}

/*
 * The most events one actor's state keeps: 1 GB of 16-byte events (plus the
 * values), about window_funnel's 512 MB run limit in rows (doc/funnel.md).
 */
#define WFV_MAX_EVENTS ((int64) 1 << 26)

/* The error of an actor with more than WFV_MAX_EVENTS events. */
static pg_noinline void
ValueTooManyRows(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("too many rows for window_funnel_value in one group")));
}

/* Copy a value into the state's value store; returns its index. */
static uint32
FunnelStoreValue(FunnelValueState *st, Datum v, bool isnull)
{
	if (st->nvals == st->capvals)
	{
		st->capvals = st->capvals ? st->capvals * 2 : 8;
		if (st->capvals > (int64) PG_UINT32_MAX)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many rows for window_funnel_value in one group")));
		if (st->vals)
		{
			st->vals = repalloc_huge(st->vals, st->capvals * sizeof(Datum));
			st->valnull = repalloc_huge(st->valnull, st->capvals * sizeof(bool));
		}
		else
		{
			st->vals = palloc(st->capvals * sizeof(Datum));
			st->valnull = palloc(st->capvals * sizeof(bool));
		}
	}
	st->valnull[st->nvals] = isnull;
	st->vals[st->nvals] = isnull ? (Datum) 0 : datumCopy(v, st->valbyval, st->vallen);
	return (uint32) st->nvals++;
}

/* _pgg_window_funnel_value_trans(internal, interval, text, ts, integer, anyelement, VARIADIC "any") */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_value_trans);
Datum
pgg_window_funnel_value_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggctx;
	int64		ts = 0;
	uint32		mask = 0;
	bool		keep;
	FunnelValueState *st = FunnelTransCommon(fcinfo, true, 2, &ts, &mask, &keep, &aggctx);
	int			at_step;

	if (PG_ARGISNULL(4))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("window_funnel_value step must not be NULL")));
	at_step = PG_GETARG_INT32(4);
	if (st->valtype == InvalidOid)
	{
		if (at_step < 0 || at_step > st->cfg.nsteps)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("window_funnel_value step %d is out of range", at_step),
					 errdetail("Pass a step number from 1 to %d, or 0 for the deepest step reached.",
							   st->cfg.nsteps)));
		st->at_step = at_step;
		st->valtype = get_fn_expr_argtype(fcinfo->flinfo, 5);
		get_typlenbyval(st->valtype, &st->vallen, &st->valbyval);
	}
	else if (at_step != st->at_step)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("window_funnel_value step must be the same on every row of a group")));

	if (keep)
	{
		MemoryContext old = MemoryContextSwitchTo(aggctx);
		uint32		aux = 0;

		if (unlikely(st->buf.n >= WFV_MAX_EVENTS))
			ValueTooManyRows();
		/* keep the value only where it can be read */
		if (st->at_step == 0 ? (mask & ((st->cfg.nsteps >= 32) ? 0xFFFFFFFFu : ((((uint32) 1) << st->cfg.nsteps) - 1))) != 0
			: (mask & (((uint32) 1) << (st->at_step - 1))) != 0)
			aux = FunnelStoreValue(st, PG_GETARG_DATUM(5), PG_ARGISNULL(5)) + 1;
		pgg_evbuf_push(&st->buf, &st->last_ts, &st->last_mask, ts, mask, aux);
		MemoryContextSwitchTo(old);
	}
	PG_RETURN_POINTER(st);
}

/*
 * The events of a state in (ts, mask) order, for the final function: the
 * state's own buffer when sorted, else a sorted copy in a buffer of the call
 * site.  The state itself is never sorted in place: in a running window the
 * transitions go on after the final function, and pgg_evbuf_push checks the
 * order against the last event pushed, not against the sorted array.
 */
static PggEventBuffer *
ValueSortedEvents(FunctionCallInfo fcinfo, FunnelValueState *st)
{
	PggEventBuffer *buf = fcinfo->flinfo->fn_extra;
	MemoryContext old;

	if (st->buf.sorted)
		return &st->buf;
	if (buf == NULL)
	{
		buf = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(PggEventBuffer));
		fcinfo->flinfo->fn_extra = buf;
	}
	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	buf->n = 0;
	buf->sorted = true;
	pgg_evbuf_append(buf, &st->buf);
	MemoryContextSwitchTo(old);
	pgg_evbuf_sort(buf);
	return buf;
}

/* _pgg_window_funnel_value_final(internal, ...) returns anyelement */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_value_final);
Datum
pgg_window_funnel_value_final(PG_FUNCTION_ARGS)
{
	FunnelValueState *st;
	FunnelPath	path;
	int			step;
	int64		r,
				g;
	uint32		bit;
	TypeCacheEntry *tc;
	uint32		best_aux;
	PggEventBuffer *ev;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (FunnelValueState *) PG_GETARG_POINTER(0);
	FunnelCheckState(&st->hdr, FUNNEL_FAMILY_VALUE, "_pgg_window_funnel_value_final");
	ev = ValueSortedEvents(fcinfo, st);
	FunnelLevel(&st->cfg, ev, &path, "window_funnel_value");
	step = st->at_step == 0 ? path.level : st->at_step;
	if (step == 0 || step > path.level)
		PG_RETURN_NULL();
	r = path.ev[step - 1];
	bit = ((uint32) 1) << (step - 1);
	best_aux = ev->ev[r].aux;

	/*
	 * Rows tied on timestamp and conditions are interchangeable for the
	 * chain: read the smallest of their values (by the type's default
	 * ordering, NULLs last) so that the answer does not depend on row order.
	 */
	tc = lookup_type_cache(st->valtype, TYPECACHE_CMP_PROC_FINFO);
	for (g = r - 1; g >= 0 && ev->ev[g].ts == ev->ev[r].ts; g--)
		;
	for (g = g + 1; g < ev->n && ev->ev[g].ts == ev->ev[r].ts; g++)
	{
		uint32		a = ev->ev[g].aux;

		if (g == r || ev->ev[g].mask != ev->ev[r].mask || !(ev->ev[g].mask & bit) || a == 0)
			continue;
		if (st->valnull[a - 1])
			continue;
		if (st->valnull[best_aux - 1])
			best_aux = a;
		else if (OidIsValid(tc->cmp_proc_finfo.fn_oid) &&
				 DatumGetInt32(FunctionCall2Coll(&tc->cmp_proc_finfo, PG_GET_COLLATION(),
												 st->vals[a - 1], st->vals[best_aux - 1])) < 0)
			best_aux = a;
	}
	if (best_aux == 0 || st->valnull[best_aux - 1])
		PG_RETURN_NULL();
	PG_RETURN_DATUM(st->vals[best_aux - 1]);
}


/*
 * Combine two value states (a may be NULL): b's events and values are
 * appended to a's, in the aggregate context.  The order (a, then b) does not
 * matter: the final function sorts the events, and tied rows are read by
 * value, not by position.
 */
Datum
FunnelValueCombine(FunctionCallInfo fcinfo, MemoryContext aggctx,
				   FunnelValueState *a, FunnelValueState *b)
{
	MemoryContext old;
	int64		i;

	/*
	 * A state made by our deserialize function lives in the aggregate
	 * context already and is used once: take it over instead of copying,
	 * when that context is this combine's (a guard: deserialize runs before
	 * the transitions and sees the context of the last grouping set used).
	 */
	if (a == NULL && b->adoptable && GetMemoryChunkContext(b) == aggctx)
	{
		b->adoptable = false;
		PG_RETURN_POINTER(b);
	}
	if ((a ? a->buf.n : 0) + b->buf.n > WFV_MAX_EVENTS)
		ValueTooManyRows();
	old = MemoryContextSwitchTo(aggctx);
	if (a == NULL)
	{
		a = ValueStateNew(aggctx, &b->cfg);
		a->at_step = b->at_step;
		a->valtype = b->valtype;
		a->vallen = b->vallen;
		a->valbyval = b->valbyval;
	}
	else
	{
		FunnelSameConfig(&a->cfg, &b->cfg, NULL, "window_funnel_value");
		if (a->at_step != b->at_step || a->valtype != b->valtype)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot combine window_funnel_value states of different steps or types")));
	}
	if (!OidIsValid(b->valtype))
	{
		pgg_evbuf_append(&a->buf, &b->buf); /* no values: one copy */
		i = b->buf.n;
	}
	else
		i = 0;
	for (; i < b->buf.n; i++)
	{
		PggEvent   *e = &b->buf.ev[i];
		uint32		aux = 0;

		if ((i & FUNNEL_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();

		if (e->aux)
			aux = FunnelStoreValue(a, b->vals[e->aux - 1], b->valnull[e->aux - 1]) + 1;
		pgg_evbuf_add(&a->buf, e->ts, e->mask, aux);
	}
	if (b->adoptable)
	{
		/* a deserialized state is not used again: give its memory back */
		if (b->vals)
		{
			pfree(b->vals);
			pfree(b->valnull);
		}
		pfree(b->buf.ev);
		pfree(b);
	}
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(a);
}

/*
 * Serialize a value state: magic "PGFW", format version, the configuration,
 * a byte 1 (values follow), the step read, the value type, the event count,
 * then per event its timestamp, mask and value (0: none, 1: NULL, 2: the
 * type's send bytes).
 */
bytea *
FunnelValueSerialize(FunnelValueState *st)
{
	StringInfoData buf;
	int64		i;
	Oid			sendfn = InvalidOid;
	bool		isvarlena;
	FmgrInfo	sendinfo;

	/* the transition sets the value type on the first row */
	if (!OidIsValid(st->valtype))
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("window_funnel_value state without a value type")));
	pgg_ser_begin(&buf, FUNNEL_MAGIC, FUNNEL_SER_VERSION);
	FunnelSendConfig(&buf, &st->cfg);
	pq_sendbyte(&buf, 1);
	pq_sendint32(&buf, st->at_step);
	pq_sendint32(&buf, st->valtype);
	getTypeBinaryOutputInfo(st->valtype, &sendfn, &isvarlena);
	fmgr_info(sendfn, &sendinfo);
	pq_sendint64(&buf, st->buf.n);
	for (i = 0; i < st->buf.n; i++)
	{
		PggEvent   *e = &st->buf.ev[i];

		if ((i & FUNNEL_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		pq_sendint64(&buf, e->ts);
		pq_sendint32(&buf, e->mask);
		if (e->aux == 0)
			pq_sendbyte(&buf, 0);
		else if (st->valnull[e->aux - 1])
			pq_sendbyte(&buf, 1);
		else
		{
			bytea	   *v = SendFunctionCall(&sendinfo, st->vals[e->aux - 1]);

			pq_sendbyte(&buf, 2);
			pq_sendint32(&buf, VARSIZE(v) - VARHDRSZ);
			pq_sendbytes(&buf, VARDATA(v), VARSIZE(v) - VARHDRSZ);
			pfree(v);			/* one per value: do not let them pile up */
		}
	}
	return pgg_ser_end(&buf);
}

/* Check the mask of a deserialized event against the configuration. */
static inline void
FunnelCheckMask(const FunnelConfig *cfg, uint32 mask, const char *what)
{
	if (cfg->nconds < 32 && (mask >> cfg->nconds) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid %s state", what),
				 errdetail("An event carries a condition bit beyond the number of conditions.")));
}

/*
 * Read the bytes of FunnelValueSerialize into a new state in the aggregate
 * context (adoptable: the combine function may take it over), checking every
 * field; the values go through the type's receive function.
 */
FunnelValueState *
FunnelValueDeserialize(MemoryContext aggctx, bytea *b)
{
	MemoryContext old;
	StringInfoData buf;
	FunnelConfig cfg;
	FunnelValueState *st;
	int64		n,
				i;
	FmgrInfo	recvinfo;
	Oid			recvfn;
	Oid			typioparam = InvalidOid;
	const char *what = "window_funnel";
	MemoryContext recvctx;
	StringInfoData vb;

	pgg_deser_begin(&buf, b, FUNNEL_MAGIC, FUNNEL_SER_VERSION, what);
	FunnelRecvConfig(&buf, &cfg, what);
	pgg_deser_need(&buf, 1, what);
	if (pq_getmsgbyte(&buf) == 0)
		FunnelRunCorrupt(what);	/* window_funnel's states have their own magic */
	st = ValueStateNew(aggctx, &cfg);
	pgg_deser_need(&buf, 4, what);
	st->at_step = (int32) pq_getmsgint(&buf, 4);
	if (st->at_step < 0 || st->at_step > cfg.nsteps)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid %s state", what)));
	pgg_deser_need(&buf, 4, what);
	st->valtype = FunnelRecvType(&buf, what);
	get_typlenbyval(st->valtype, &st->vallen, &st->valbyval);
	getTypeBinaryInputInfo(st->valtype, &recvfn, &typioparam);
	fmgr_info(recvfn, &recvinfo);
	pgg_deser_need(&buf, 8, what);
	n = pq_getmsgint64(&buf);
	pgg_deser_need(&buf, n < 0 ? -1 : (n > PG_INT32_MAX ? -1 : n * 12), what);

	/*
	 * One buffer for the bytes of every value, and the values received in a
	 * context of their own, reset as we go: only the copy in the value store
	 * goes to the aggregate context.  (A buffer and a received copy per
	 * value in the aggregate context made a parallel plan hold about 1 kB
	 * per value until the end of the query.)
	 */
	initStringInfo(&vb);
	recvctx = AllocSetContextCreate(CurrentMemoryContext, "window_funnel_value receive",
									ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(aggctx);
	if (n > st->buf.cap)
	{
		/* exactly n: a received state is not extended (only copied from) */
		st->buf.ev = repalloc_huge(st->buf.ev, n * sizeof(PggEvent));
		st->buf.cap = n;
	}
	for (i = 0; i < n; i++)
	{
		int64		ts;
		uint32		mask;
		uint32		aux = 0;
		int			kind;

		if ((i & FUNNEL_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		pgg_deser_need(&buf, 12, what);
		ts = pq_getmsgint64(&buf);
		mask = pq_getmsgint(&buf, 4);
		FunnelCheckMask(&cfg, mask, what);
		pgg_deser_need(&buf, 1, what);
		kind = pq_getmsgbyte(&buf);
		if (kind == 1)
			aux = FunnelStoreValue(st, (Datum) 0, true) + 1;
		else if (kind == 2)
		{
			int			len;
			Datum		v;

			pgg_deser_need(&buf, 4, what);
			len = (int32) pq_getmsgint(&buf, 4);
			pgg_deser_need(&buf, len, what);
			MemoryContextSwitchTo(recvctx);
			resetStringInfo(&vb);
			appendBinaryStringInfo(&vb, pq_getmsgbytes(&buf, len), len);
			v = ReceiveFunctionCall(&recvinfo, &vb, typioparam, -1);
			MemoryContextSwitchTo(aggctx);
			aux = FunnelStoreValue(st, v, false) + 1;	/* copies v */
			if ((aux & 1023) == 0)
				MemoryContextReset(recvctx);
		}
		else if (kind != 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid %s state", what)));
		pgg_evbuf_add(&st->buf, ts, mask, aux);
	}
	MemoryContextSwitchTo(old);
	pfree(vb.data);
	MemoryContextDelete(recvctx);
	pgg_deser_end(&buf, what);
	st->adoptable = true;
	return st;
}

/* _pgg_window_funnel_value_combine(internal, internal) returns internal (since 0.3.0) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_value_combine);
Datum
pgg_window_funnel_value_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggctx;
	FunnelValueState *a,
			   *b;

	aggctx = pgg_agg_context(fcinfo, "_pgg_window_funnel_value_combine");
	a = PG_ARGISNULL(0) ? NULL : (FunnelValueState *) PG_GETARG_POINTER(0);
	b = PG_ARGISNULL(1) ? NULL : (FunnelValueState *) PG_GETARG_POINTER(1);
	if (b == NULL)
		PG_RETURN_POINTER(a);
	if (a != NULL)
		FunnelCheckState(&a->hdr, FUNNEL_FAMILY_VALUE, "_pgg_window_funnel_value_combine");
	FunnelCheckState(&b->hdr, FUNNEL_FAMILY_VALUE, "_pgg_window_funnel_value_combine");
	return FunnelValueCombine(fcinfo, aggctx, a, b);
}

/* _pgg_window_funnel_value_serialize(internal) returns bytea (since 0.3.0) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_value_serialize);
Datum
pgg_window_funnel_value_serialize(PG_FUNCTION_ARGS)
{
	FunnelValueState *st = (FunnelValueState *) PG_GETARG_POINTER(0);

	FunnelCheckState(&st->hdr, FUNNEL_FAMILY_VALUE, "_pgg_window_funnel_value_serialize");
	PG_RETURN_BYTEA_P(FunnelValueSerialize(st));
}

/* _pgg_window_funnel_value_deserialize(bytea, internal) returns internal (since 0.3.0) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_value_deserialize);
Datum
pgg_window_funnel_value_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext aggctx;

	aggctx = pgg_agg_context(fcinfo, "_pgg_window_funnel_value_deserialize");
	PG_RETURN_POINTER(FunnelValueDeserialize(aggctx, PG_GETARG_BYTEA_PP(0)));
}
