/*-------------------------------------------------------------------------
 *
 * src/funnel/window_funnel.c
 *	  window_funnel and window_funnel_times, the per-actor funnel
 *	  aggregates: transition, final, combine, serialize and deserialize
 *	  functions.  Their state is a WindowFunnelState (funnel/funnel.h,
 *	  runs.c); the levels come from level.c.
 *
 * Semantics: doc/funnel.md, "Semantics" (ClickHouse's windowFunnel, with
 * exact strict modes, any_order and exclusions) and "Which chain the step
 * times and values describe".
 *
 * window_funnel has a transition function of its own since 0.3.0
 * (_pgg_window_funnel_level_trans, pgg_window_funnel_level_trans): its final
 * function needs only the level, so a state whose level reaches the last
 * step keeps no events (LF_LEVELS_ONLY).  _pgg_window_funnel_trans keeps every
 * event; the install scripts before 0.3.0 name it for both aggregates,
 * which stays correct.  PostgreSQL gives aggregates with the same
 * transition function and arguments one shared state, so only aggregates
 * whose final function is _pgg_window_funnel_final may name the levels-only one.
 *
 * The support functions _pgg_window_funnel_combine and _pgg_window_funnel_serialize
 * are also named by window_funnel_value before 0.3.0, whose state is a
 * FunnelValueState: they tell the two families apart by their header
 * (FunnelStateHeader) and hand the value family to window_funnel_value.c.
 * _pgg_window_funnel_deserialize tells them apart by the serialized magic.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "funnel/funnel.h"

#include "catalog/pg_type.h"
#include "utils/array.h"


/*
 * The transition of window_funnel and window_funnel_times, with or without a
 * mode: (state, window, [mode], ts, conds...).  levels_only: the aggregate's
 * final function needs only the level (window_funnel).
 *
 * Phases: (1) the row's condition mask and, on the actor's first row, a new
 * hot state in the aggregate context; on later rows the configuration check
 * unless it is stable; (2) the rows that change nothing return at once: no
 * step matched (outside strict_order), a levels-only state that already
 * reached the last step, NULL or infinite timestamps; (3) the online level
 * (see "levels carried by the parts" in funnel.h), which may saturate a
 * levels-only state; (4) the event joins the run.
 */
static pg_attribute_always_inline Datum
WindowFunnelTrans(FunctionCallInfo fcinfo, bool has_mode, bool levels_only)
{
	MemoryContext aggctx;
	FunnelCache *c;
	WindowFunnelState *st;
	int			tsarg = has_mode ? 3 : 2;
	int			nconds;
	uint32		mask;
	uint32		modes;
	int64		ts;

	/* phase 1 */
	c = FunnelGetCache(fcinfo, tsarg + 1, has_mode,
					   levels_only ? "window_funnel" : "window_funnel_times");
	mask = FunnelRowMask(fcinfo, c, c->fname, &nconds);
	st = PG_ARGISNULL(0) ? NULL : (WindowFunnelState *) PG_GETARG_POINTER(0);
	if (unlikely(st == NULL))
	{
		FunnelConfig cfg;

		/* only an aggregate passes a state, so check the context here */
		aggctx = pgg_agg_context(fcinfo, "window_funnel transition function");
		FunnelRowConfig(fcinfo, c, 1, nconds, &cfg);
		st = LeanNew(aggctx, &cfg, 40, true, levels_only ? LF_LEVELS_ONLY : 0);
		modes = cfg.modes;
	}
	else if (likely(FunnelStable(fcinfo, c, 1)))
		modes = has_mode ? c->mode_bits : 0;	/* same on every row: st untouched */
	else
	{
		FunnelConfig cfg,
					scfg;

		FunnelRowConfig(fcinfo, c, 1, nconds, &cfg);
		LeanConfig(st, &scfg);
		FunnelSameConfig(&scfg, &cfg, NULL, c->fname);
		modes = cfg.modes;
	}

	/* phase 2 */
	if (mask == 0 && !(modes & FM_STRICT_ORDER))
		PG_RETURN_POINTER(st);	/* a row matching no step is not stored */
	if (unlikely(st->level >= st->nconds) && (st->flags & LF_LEVELS_ONLY))
		PG_RETURN_POINTER(st);	/* the last step is reached: the level is known */
	if (PG_ARGISNULL(tsarg))
		PG_RETURN_POINTER(st);
	ts = PG_GETARG_INT64(tsarg);
	if (TIMESTAMP_NOT_FINITE(ts))
		PG_RETURN_POINTER(st);	/* infinite timestamps are ignored like NULL */

	/* phase 3: the online level; the group at last_ts stays pending */
	if (st->flags & LF_DP)
	{
		if (st->n > 0 && ts == st->last_ts)
			st->pend |= mask;
		else if (st->n == 0 || ts > st->last_ts)
		{
			if (st->pend != 0)
			{
				uint32		has = st->has;

				st->level = (uint8) FunnelDpStep(st->data, &has, st->level, st->nconds,
												 (uint64) st->window, st->last_ts, st->pend);
				st->has = (uint8) has;
				if (st->level >= st->nconds && (st->flags & LF_LEVELS_ONLY))
				{
					st = LeanSaturate(st);
					PG_RETURN_POINTER(st);
				}
			}
			st->pend = (uint8) mask;
		}
		else
			st->flags &= ~LF_DP;	/* out of order: the level so far stays a bound */
	}

	/* phase 4 */
	PG_RETURN_POINTER(LeanAdd(st, ts, mask));
}

/*
 * _pgg_window_funnel_trans(internal, interval, timestamptz, VARIADIC "any"): keeps
 * every event (window_funnel_times; window_funnel before 0.3.0)
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_trans);
Datum
pgg_window_funnel_trans(PG_FUNCTION_ARGS)
{
	return WindowFunnelTrans(fcinfo, false, false);
}

/* _pgg_window_funnel_trans(internal, interval, text, timestamptz, VARIADIC "any") */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_mode_trans);
Datum
pgg_window_funnel_mode_trans(PG_FUNCTION_ARGS)
{
	return WindowFunnelTrans(fcinfo, true, false);
}

/*
 * _pgg_window_funnel_level_trans(internal, interval, timestamptz, VARIADIC "any"):
 * window_funnel's, which needs only the level (since 0.3.0)
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_level_trans);
Datum
pgg_window_funnel_level_trans(PG_FUNCTION_ARGS)
{
	return WindowFunnelTrans(fcinfo, false, true);
}

/* _pgg_window_funnel_level_trans(internal, interval, text, timestamptz, VARIADIC "any") */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_level_mode_trans);
Datum
pgg_window_funnel_level_mode_trans(PG_FUNCTION_ARGS)
{
	return WindowFunnelTrans(fcinfo, true, true);
}

/*
 * _pgg_window_funnel_final(internal) returns integer.  Reads the state without
 * changing it (FINALFUNC_MODIFY = READ_ONLY: in a running window the
 * transitions go on after it); the events are decoded into a buffer of the
 * call site.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_final);
Datum
pgg_window_funnel_final(PG_FUNCTION_ARGS)
{
	WindowFunnelState *st;
	FunnelConfig cfg;

	if (PG_ARGISNULL(0))
		PG_RETURN_INT32(0);
	st = (WindowFunnelState *) PG_GETARG_POINTER(0);
	FunnelCheckState(&st->hdr, FUNNEL_FAMILY_WINDOW, "_pgg_window_funnel_final");
	LeanConfig(st, &cfg);
	if (cfg.modes == 0)
	{
		/* the default mode: the level is at most the prefix of steps present */
		int			bound = StepPrefix(st->steps, cfg.nsteps);
		PggEventBuffer *buf;

		if (bound <= 1 || LeanKnownLevel(st) >= bound)
			PG_RETURN_INT32(bound);
		buf = LeanEvents(fcinfo, st);
		pgg_evbuf_sort(buf);
		PG_RETURN_INT32(FunnelLevelDefault(&cfg, buf->ev, buf->n, bound));
	}
	PG_RETURN_INT32(FunnelLevel(&cfg, LeanEvents(fcinfo, st), NULL, "window_funnel"));
}

/* Step times of the chosen chain as an array of the timestamp type (read-only). */
static Datum
FunnelTimesFinal(FunctionCallInfo fcinfo, Oid elemtype)
{
	WindowFunnelState *st;
	FunnelConfig cfg;
	PggEventBuffer *buf;
	FunnelPath	path;
	Datum		out[PGG_MAX_STEPS];
	int			i;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (WindowFunnelState *) PG_GETARG_POINTER(0);
	FunnelCheckState(&st->hdr, FUNNEL_FAMILY_WINDOW, "_pgg_window_funnel_times_final");
	LeanConfig(st, &cfg);
	buf = LeanEvents(fcinfo, st);
	FunnelLevel(&cfg, buf, &path, "window_funnel_times");
	if (path.level == 0)
		PG_RETURN_NULL();
	for (i = 0; i < path.level; i++)
		out[i] = Int64GetDatum(buf->ev[path.ev[i]].ts);
	PG_RETURN_ARRAYTYPE_P(construct_array(out, path.level, elemtype, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/* _pgg_window_funnel_times_final(internal) returns timestamptz[] */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_times_final);
Datum
pgg_window_funnel_times_final(PG_FUNCTION_ARGS)
{
	return FunnelTimesFinal(fcinfo, TIMESTAMPTZOID);
}

/* _pgg_window_funnel_times_ts_final(internal) returns timestamp[] */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_times_ts_final);
Datum
pgg_window_funnel_times_ts_final(PG_FUNCTION_ARGS)
{
	return FunnelTimesFinal(fcinfo, TIMESTAMPOID);
}

/*
 * Combine two states (a state or NULL, and a state or a view): a copy of
 * b's run after a's, in the aggregate context.  The order is a then b, but
 * the events are sorted before any level is computed, so the result does
 * not depend on it.
 */
static WindowFunnelState *
LeanCombine(FunctionCallInfo fcinfo, MemoryContext aggctx, WindowFunnelState *a,
			WindowFunnelState *b)
{
	FunnelConfig ac,
				bc;

	LeanConfig(b, &bc);
	if (a == NULL)
	{
		/* a copy in the aggregate context, with room to grow */
		a = LeanNew(aggctx, &bc, (b->flags & LF_EXT) ? 0 : b->len, false, b->flags & LF_LEVELS_ONLY);
		return LeanAppend(a, b);
	}
	LeanConfig(a, &ac);
	FunnelSameConfig(&ac, &bc, fcinfo, "window_funnel");
	return LeanAppend(a, b);
}

/*
 * _pgg_window_funnel_combine(internal, internal): window_funnel's and
 * window_funnel_times's; before 0.3.0 also window_funnel_value's, whose
 * states go to FunnelValueCombine.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_combine);
Datum
pgg_window_funnel_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggctx;
	FunnelStateHeader *a,
			   *b;

	aggctx = pgg_agg_context(fcinfo, "_pgg_window_funnel_combine");
	a = PG_ARGISNULL(0) ? NULL : (FunnelStateHeader *) PG_GETARG_POINTER(0);
	b = PG_ARGISNULL(1) ? NULL : (FunnelStateHeader *) PG_GETARG_POINTER(1);
	if (b == NULL)
		PG_RETURN_POINTER(a);
	if (a != NULL && a->family != b->family)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("cannot combine window_funnel states of different kinds")));
	if (b->family == FUNNEL_FAMILY_VALUE)
	{
		FunnelCheckState(b, FUNNEL_FAMILY_VALUE, "_pgg_window_funnel_combine");
		return FunnelValueCombine(fcinfo, aggctx, (FunnelValueState *) a, (FunnelValueState *) b);
	}
	FunnelCheckState(b, FUNNEL_FAMILY_WINDOW, "_pgg_window_funnel_combine");
	PG_RETURN_POINTER(LeanCombine(fcinfo, aggctx, (WindowFunnelState *) a, (WindowFunnelState *) b));
}

/*
 * Serialize a state, once per actor: a short header (magic, version, the
 * configuration with the window as a varint, event count, length and steps
 * present as varints, the known level and the flags), then the event run as
 * it is (its two parts one after the other).  A levels-only state whose
 * level reaches the last step ships no events.  Reads the state without
 * changing it.
 */
static bytea *
LeanSerialize(const WindowFunnelState *ls)
{
	int			level = LeanKnownLevel(ls);
	int			nsteps = LeanSteps(ls);
	uint32		n = ls->n;
	const uint8 *head = NULL,
			   *tail = NULL;
	uint32		headlen = 0,
				taillen = 0;
	Size		size;
	bytea	   *out;
	uint8	   *q;
	uint32		m = pg_hton32(FUNNEL_LEAN_MAGIC);

	if ((ls->flags & LF_LEVELS_ONLY) && level >= nsteps)
		n = 0;					/* the level is known: no events needed */
	else
		LeanRunParts(ls, &head, &headlen, &tail, &taillen);
	if ((uint64) headlen + taillen > EVRUN_MAX_BYTES)
		FunnelRunTooLarge();
	size = VARHDRSZ + 5 + 10 + 4 + 5 + 5 + 5 + 2 + (Size) headlen + taillen;
	out = palloc(size);
	q = (uint8 *) VARDATA(out);

	memcpy(q, &m, 4);
	q[4] = FUNNEL_SER_VERSION;
	q = pgg_put_varint(q + 5, (uint64) ls->window);
	*q++ = ls->modes;
	*q++ = ls->nconds;
	*q++ = (uint8) ls->excl_from;
	*q++ = (uint8) ls->excl_to;
	q = pgg_put_varint(q, n);
	q = pgg_put_varint(q, headlen + taillen);
	q = pgg_put_varint(q, ls->steps);
	*q++ = (uint8) level;
	*q++ = ls->flags & LF_LEVELS_ONLY;
	if (headlen > 0)
		memcpy(q, head, headlen);
	q += headlen;
	if (taillen > 0)
		memcpy(q, tail, taillen);
	q += taillen;
	SET_VARSIZE(out, (char *) q - (char *) out);
	return out;
}

/*
 * _pgg_window_funnel_serialize(internal) returns bytea: window_funnel's and
 * window_funnel_times's; before 0.3.0 also window_funnel_value's.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_serialize);
Datum
pgg_window_funnel_serialize(PG_FUNCTION_ARGS)
{
	FunnelStateHeader *h = (FunnelStateHeader *) PG_GETARG_POINTER(0);

	if (h->family == FUNNEL_FAMILY_VALUE)
	{
		FunnelCheckState(h, FUNNEL_FAMILY_VALUE, "_pgg_window_funnel_serialize");
		PG_RETURN_BYTEA_P(FunnelValueSerialize((FunnelValueState *) h));
	}
	FunnelCheckState(h, FUNNEL_FAMILY_WINDOW, "_pgg_window_funnel_serialize");
	PG_RETURN_BYTEA_P(LeanSerialize((WindowFunnelState *) h));
}

/*
 * Read a state written by LeanSerialize: a view of the event run in the
 * serialized bytes (which live as long as the input tuple, while the
 * combine function copies them).  The configuration is checked here, the
 * events when the final function decodes them.
 */
static WindowFunnelState *
LeanDeserialize(bytea *b)
{
	const char *what = "window_funnel";
	const uint8 *p = (const uint8 *) VARDATA_ANY(b);
	const uint8 *end = p + VARSIZE_ANY_EXHDR(b);
	FunnelConfig cfg;
	WindowFunnelState *ls;
	uint64		window,
				n,
				len,
				steps;
	uint8		level,
				flags;

	if (end - p < 5)
		FunnelRunCorrupt(what);
	if (p[4] != FUNNEL_SER_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported %s state format version %d", what, p[4]),
				 errdetail("This build of pg_growth reads version %d.", FUNNEL_SER_VERSION)));
	p = pgg_get_varint(p + 5, end, &window);
	if (p == NULL || end - p < 4)
		FunnelRunCorrupt(what);
	memset(&cfg, 0, sizeof(cfg));
	cfg.window = (int64) window;
	cfg.modes = p[0];
	cfg.nconds = p[1];
	cfg.excl_from = (int8) p[2];
	cfg.excl_to = (int8) p[3];
	p += 4;
	FunnelCheckConfig(&cfg);
	FunnelFinishConfig(&cfg, what);
	p = pgg_get_varint(p, end, &n);
	if (p != NULL)
		p = pgg_get_varint(p, end, &len);
	if (p != NULL)
		p = pgg_get_varint(p, end, &steps);
	if (p == NULL || end - p < 2 || p[0] > cfg.nsteps || (p[1] & ~LF_LEVELS_ONLY) != 0)
		FunnelRunCorrupt(what);
	level = p[0];
	flags = p[1];
	p += 2;
	if (len != (uint64) (end - p) || len > EVRUN_MAX_BYTES || n > len ||
		(cfg.nconds < 32 && (steps >> cfg.nconds) != 0) || steps > PG_UINT32_MAX)
		FunnelRunCorrupt(what);
	ls = palloc0(sizeof(WindowFunnelState) + sizeof(p));
	LeanSetConfig(ls, &cfg);
	ls->n = (uint32) n;
	ls->len = (uint32) len;
	ls->steps = (uint32) steps;
	ls->level = level;
	ls->flags = flags | LF_VIEW;
	memcpy(ls->data, &p, sizeof(p));	/* the view */
	return ls;
}

/*
 * _pgg_window_funnel_deserialize(bytea, internal) returns internal: window_funnel's
 * and window_funnel_times's; before 0.3.0 also window_funnel_value's, whose
 * bytes have their own magic.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_deserialize);
Datum
pgg_window_funnel_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	MemoryContext aggctx;

	aggctx = pgg_agg_context(fcinfo, "_pgg_window_funnel_deserialize");
	if (VARSIZE_ANY_EXHDR(b) >= 4)
	{
		uint32		m;

		memcpy(&m, VARDATA_ANY(b), 4);
		if (pg_ntoh32(m) == FUNNEL_LEAN_MAGIC)
			PG_RETURN_POINTER(LeanDeserialize(b));
	}
	PG_RETURN_POINTER(FunnelValueDeserialize(aggctx, b));
}
