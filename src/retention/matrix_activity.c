/*-------------------------------------------------------------------------
 *
 * src/retention/matrix_activity.c
 *	  retention_matrix(act activity, options) over a table of stored
 *	  activities (core/activity.h), one row per actor: each value's days
 *	  become its periods and go through GridAddActor (matrix_final.c), so
 *	  the value is the one retention_matrix(actor, ts, options) makes over
 *	  the events, byte for byte.  doc/engagement.md, "Stored activity".
 *
 *	  The state is a pgg_state (core/state.h) of the family
 *	  "retention_matrix_activity": the matrix cells so far, so that Citus
 *	  splits the aggregate with a partial state of the size of a matrix.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "core/activity.h"
#include "core/args.h"
#include "core/calendar.h"
#include "core/codec.h"
#include "core/state.h"
#include "retention/retention.h"

#include "catalog/pg_type.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"

/* the serialized state: magic "pgAr", version */
#define ACTR_SER_MAGIC	0x70674172
#define ACTR_SER_VERSION 1

extern const PggStateFamily pgg_activity_retention_family;


/* ---- retention_matrix(act, options) -------------------------------------- */

#define ACTR_MAGIC	0x70674152	/* "pgAR": in-memory marker */

typedef struct ActRetState
{
	uint32		magic;
	char	   *optstr;			/* the options as given */
	int			optlen;
	MatrixOpts	opts;			/* with tz= of the activities */
	PggCalendar cal;			/* the matrix's unit in that zone */
	char		tz[ACT_TZ_MAX + 1];
	int			tzlen;
	int64		asof_day;		/* days from here on are not seen (as_of), or PG_INT64_MAX */
	TimestampTz last;			/* latest event time, DT_NOBEGIN: none */
	Grid		g;
	PggDayRun	   *runs;			/* scratch: one value's runs */
	int32		runcap;
	int32	   *ks;				/* scratch: one actor's period distances */
	double	   *vs;
	int			kcap;
} ActRetState;

/*
 * The options of a matrix over activities of zone tz: parsed as
 * retention_matrix() parses them, with tz= of the activities when absent
 * (a different tz= is refused); first-time calendar cohorts of days, weeks
 * or months only, and as_of at a local midnight.
 */
static ActRetState *
ActRetNew(MemoryContext aggcxt, const char *optstr, int optlen, const char *tz,
		  FunctionCallInfo fcinfo)
{
	MemoryContext old = MemoryContextSwitchTo(aggcxt);
	ActRetState *st = palloc0(sizeof(ActRetState));
	char	   *s = palloc(optlen + 1);

	memcpy(s, optstr, optlen);
	s[optlen] = '\0';
	st->magic = ACTR_MAGIC;
	st->optstr = s;
	st->optlen = optlen;
	strlcpy(st->tz, tz, sizeof(st->tz));
	st->tzlen = strlen(st->tz);
	MatrixParseOpts(&st->opts, s, fcinfo);
	if (!st->opts.tz_pinned)
	{
		/* the activities' zone, as if tz= had been given */
		char	   *withtz = psprintf(optlen > 0 ? "tz=%s,%s" : "tz=%s%s", tz, s);

		MatrixParseOpts(&st->opts, withtz, fcinfo);
	}
	else if (strcmp(pg_get_timezone_name(st->opts.tz), tz) != 0)
		ActMix("retention_matrix", pg_get_timezone_name(st->opts.tz), tz);
	if (st->opts.unit == PGG_CAL_HOUR || st->opts.rolling || st->opts.recurring)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("retention_matrix over activities supports first-time calendar cohorts of days, weeks or months"),
				 errdetail("Activities keep active days: hours, rolling windows and recurring cohorts need the events."),
				 errhint("Run retention_matrix(actor, ts, options) over the events for these.")));
	pgg_cal_init(&st->cal, st->opts.unit, st->opts.sunday, st->opts.tz, aggcxt);
	st->asof_day = PG_INT64_MAX;
	if (st->opts.has_as_of)
	{
		PggCalendar dc;
		int64		d;

		pgg_cal_init(&dc, PGG_CAL_DAY, false, st->opts.tz, CurrentMemoryContext);
		d = pgg_cal_index(&dc, st->opts.as_of);
		if (pgg_secs_to_ts(pgg_cal_period_start(&dc, d)) != st->opts.as_of)
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("retention_matrix over activities: as_of must be a local midnight of zone %s", tz),
					 errhint("Activities keep whole days: pass as_of=YYYY-MM-DD.")));
		st->asof_day = d;
	}
	st->last = DT_NOBEGIN;
	GridInit(&st->g, &st->opts, &st->cal, false, DT_NOBEGIN);
	MemoryContextSwitchTo(old);
	return st;
}

/* the period of a local day in the matrix's unit */
static inline int64
ActPeriod(const ActRetState *st, int64 day)
{
	if (st->opts.unit == PGG_CAL_DAY)
		return day;
	if (st->opts.unit == PGG_CAL_WEEK)
		return pgg_floor_div(day + (st->opts.sunday ? 4 : 3), 7);
	{
		int			y,
					m,
					d;

		j2date((int) (day + UNIX_EPOCH_JDATE), &y, &m, &d);
		return (int64) (y - 1970) * 12 + (m - 1);
	}
}

/* one actor's days into the grid */
static void
ActRetAdd(ActRetState *st, const ActValue *v)
{
	int32		i;
	int			nk = 0;
	int64		first = 0,
				prev = PG_INT64_MIN;

	for (i = 0; i < v->n; i++)
	{
		int64		s = v->runs[i].start,
					e = Min(v->runs[i].end, st->asof_day - 1),
					ps,
					pe,
					p;

		if (s > e)
			break;
		ps = ActPeriod(st, s);
		pe = ActPeriod(st, e);
		if (nk == 0)
			first = ps;
		for (p = Max(ps, prev + 1); p <= pe; p++)
		{
			int64		k = p - first;

			if (nk == st->kcap)
			{
				st->kcap = Max(64, st->kcap * 2);
				st->ks = st->ks ? repalloc(st->ks, st->kcap * sizeof(int32)) : palloc(st->kcap * sizeof(int32));
				st->vs = st->vs ? repalloc(st->vs, st->kcap * sizeof(double)) : palloc(st->kcap * sizeof(double));
			}
			st->ks[nk] = (int32) k;
			st->vs[nk] = 0;
			nk++;
		}
		prev = Max(prev, pe);
	}
	if (nk > 0)
		GridAddActor(&st->g, &st->opts, first, st->ks, st->vs, nk);
}

/* _pgg_activity_retention_trans(pgg_state, act activity, options text) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_activity_retention_trans);
Datum
pgg_activity_retention_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = pgg_agg_context(fcinfo, "retention_matrix");
	MemoryContext old;
	PggState   *ps = PG_ARGISNULL(0) ? NULL :
		pgg_state_arg(fcinfo, 0, &pgg_activity_retention_family, aggcxt);
	ActRetState *st = ps ? (ActRetState *) ps->ptr : NULL;
	text	   *opts;
	ActValue	v;

	if (PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("retention_matrix options must not be NULL"),
				 errhint("Pass '' for the defaults.")));
	opts = PG_GETARG_TEXT_PP(2);
	if (st != NULL && (st->optlen != (int) VARSIZE_ANY_EXHDR(opts) ||
					   memcmp(st->optstr, VARDATA_ANY(opts), st->optlen) != 0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("retention_matrix options must be the same on every row")));
	if (PG_ARGISNULL(1))
	{
		/* no activity: no events (the matrix over no events is NULL) */
		if (st == NULL)
			PG_RETURN_NULL();
		PGG_RETURN_STATE(ps);
	}
	if (st == NULL)
	{
		ActDecode(DatumGetActivityPP(PG_GETARG_DATUM(1)), &v, false, "retention_matrix");
		st = ActRetNew(aggcxt, VARDATA_ANY(opts), VARSIZE_ANY_EXHDR(opts), v.tz, fcinfo);
		ps = pgg_state_new(aggcxt, &pgg_activity_retention_family, st);
	}
	else
	{
		if (!ActDecodeRow(DatumGetActivityPP(PG_GETARG_DATUM(1)), &v, "retention_matrix",
						  &st->runs, &st->runcap, GetMemoryChunkContext(st), st->tz, st->tzlen))
			ActMix("retention_matrix", st->tz, v.tz);
	}
	old = MemoryContextSwitchTo(GetMemoryChunkContext(st));
	if (v.runs[0].start < st->asof_day)
	{
		ActRetAdd(st, &v);
		/* the observation end: the latest event before as_of (whole days) */
		if (v.last > st->last)
			st->last = v.last;
	}
	MemoryContextSwitchTo(old);
	PGG_RETURN_STATE(ps);
}

/* b's cells into a */
static void
ActRetAddGrid(ActRetState *a, const Grid *b)
{
	int			i,
				j;

	if (b->ncols > 0)
		GridEnsureCols(&a->g, b->ncols);
	for (i = 0; i < b->nrows; i++)
	{
		const GridRow *src = &b->rows[i];
		GridRow    *r = GridRowFor(&a->g, src->cidx, src->start);

		r->size += src->size;
		for (j = 0; j < b->ncols; j++)
			r->cnt[j] += src->cnt[j];
	}
}

/*
 * _pgg_activity_retention_combine(pgg_state, pgg_state): b's cells into a.
 * b may be flat (a parallel worker's or a Citus worker's partial state); a
 * NULL a becomes an empty state of b's options in the aggregate context.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_activity_retention_combine);
Datum
pgg_activity_retention_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = pgg_agg_context(fcinfo, "retention_matrix");
	MemoryContext old;
	PggState   *ps;
	ActRetState *a,
			   *b;

	if (PG_ARGISNULL(1))
		return pgg_combine_first(fcinfo);
	b = (ActRetState *) pgg_state_read(fcinfo, 1, &pgg_activity_retention_family,
									   CurrentMemoryContext);
	if (PG_ARGISNULL(0))
	{
		a = ActRetNew(aggcxt, b->optstr, b->optlen, b->tz, fcinfo);
		ps = pgg_state_new(aggcxt, &pgg_activity_retention_family, a);
	}
	else
	{
		ps = pgg_state_arg(fcinfo, 0, &pgg_activity_retention_family, aggcxt);
		a = (ActRetState *) ps->ptr;
		if (a->optlen != b->optlen || memcmp(a->optstr, b->optstr, a->optlen) != 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("retention_matrix options must be the same on every row")));
		if (strcmp(a->tz, b->tz) != 0)
			ActMix("retention_matrix", a->tz, b->tz);
	}
	old = MemoryContextSwitchTo(GetMemoryChunkContext(a));
	ActRetAddGrid(a, &b->g);
	if (b->last > a->last)
		a->last = b->last;
	MemoryContextSwitchTo(old);
	PGG_RETURN_STATE(ps);
}

/* the matrix value of a state */
static ArrayType *
ActRetValue(ActRetState *st)
{
	Grid		g = st->g;

	MatrixObservation(&st->opts, st->last, &g.obskind, &g.obs);
	return GridToArray(&g);
}

/*
 * The flat form (pgg_state family "retention_matrix_activity"): magic
 * "pgAr", version, the options (int32 length, bytes), the zone name (byte
 * length, bytes), the latest event time (int64), then the matrix value of
 * the cells (the float8 elements in network order, preceded by their
 * number).
 */
static bytea *
ActRetSerialize(void *state)
{
	ActRetState *st = (ActRetState *) state;
	StringInfoData buf;
	ArrayType  *a;
	int			n,
				i,
				tzlen = strlen(st->tz);
	double	   *d;

	a = ActRetValue(st);
	n = ArrayGetNItems(ARR_NDIM(a), ARR_DIMS(a));
	d = RM_DATA(a);
	pgg_ser_begin_sized(&buf, ACTR_SER_MAGIC, ACTR_SER_VERSION, 20 + st->optlen + tzlen + n * 8);
	pq_sendint32(&buf, (uint32) st->optlen);
	pq_sendbytes(&buf, st->optstr, st->optlen);
	pq_sendbyte(&buf, (uint8) tzlen);
	pq_sendbytes(&buf, st->tz, tzlen);
	pq_sendint64(&buf, st->last);
	pq_sendint32(&buf, (uint32) n);
	for (i = 0; i < n; i++)
		pq_sendfloat8(&buf, d[i]);
	pfree(a);
	return pgg_ser_end(&buf);
}

/* A state from its flat form, in aggcxt; any other bytes are 22P03. */
static void *
ActRetDeserialize(bytea *b, MemoryContext aggcxt)
{
	MemoryContext old;
	StringInfoData buf;
	ActRetState *st;
	int32		optlen,
				n,
				i;
	int			tzlen;
	const char *optstr;
	char		tz[ACT_TZ_MAX + 1];
	char		canon[ACT_TZ_MAX + 1];
	TimestampTz last;
	ArrayType  *a;
	MatrixView	mv;

	pgg_deser_begin(&buf, b, ACTR_SER_MAGIC, ACTR_SER_VERSION, "retention_matrix");
	pgg_deser_need(&buf, 4, "retention_matrix");
	optlen = (int32) pq_getmsgint(&buf, 4);
	if (optlen < 0)
		ActCorrupt("retention_matrix", "The state's options have a bad length.");
	pgg_deser_need(&buf, (int64) optlen + 1, "retention_matrix");
	optstr = pq_getmsgbytes(&buf, optlen);
	tzlen = pq_getmsgbyte(&buf);
	pgg_deser_need(&buf, tzlen + 12, "retention_matrix");
	memcpy(tz, pq_getmsgbytes(&buf, tzlen), tzlen);
	tz[tzlen] = '\0';
	if (ActZone(tz, tzlen, canon) == NULL || strcmp(tz, canon) != 0 ||
		memchr(optstr, '\0', optlen) != NULL)
		ActCorrupt("retention_matrix", "The state's zone or options are bad.");
	last = pq_getmsgint64(&buf);
	if (last != DT_NOBEGIN && (TIMESTAMP_NOT_FINITE(last) || !IS_VALID_TIMESTAMP(last)))
		ActCorrupt("retention_matrix", "The state's latest event time is out of range.");
	n = (int32) pq_getmsgint(&buf, 4);
	if (n < 0 || n > MAX_CELLS)
		ActCorrupt("retention_matrix", "The state's matrix has a bad size.");
	pgg_deser_need(&buf, (int64) n * 8, "retention_matrix");
	{
		Size		sz = ARR_OVERHEAD_NONULLS(1) + (Size) n * sizeof(double);
		double	   *d;

		a = (ArrayType *) palloc0(sz);
		SET_VARSIZE(a, sz);
		a->ndim = 1;
		a->dataoffset = 0;
		a->elemtype = FLOAT8OID;
		*ARR_DIMS(a) = n;
		*ARR_LBOUND(a) = 1;
		d = RM_DATA(a);
		for (i = 0; i < n; i++)
			d[i] = pq_getmsgfloat8(&buf);
	}
	pgg_deser_end(&buf, "retention_matrix");
	st = ActRetNew(aggcxt, optstr, optlen, tz, NULL);
	MatrixRead(a, &mv, true);
	if (mv.has_value || mv.defcode != st->g.defcode || mv.mode != st->g.mode ||
		mv.maxp != st->g.maxp || strcmp(mv.tzname, st->g.tzname) != 0 ||
		mv.nbr != st->g.nbr)
		ActCorrupt("retention_matrix", "The state's matrix is of another definition.");
	old = MemoryContextSwitchTo(aggcxt);
	GridAddView(&st->g, &mv);
	MemoryContextSwitchTo(old);
	st->last = last;
	return st;
}

const PggStateFamily pgg_activity_retention_family = {
	ACTR_SER_MAGIC, "retention_matrix_activity", ActRetSerialize, ActRetDeserialize
};

/* _pgg_activity_retention_final(pgg_state) returns float8[] */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_activity_retention_final);
Datum
pgg_activity_retention_final(PG_FUNCTION_ARGS)
{
	ActRetState *st;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (ActRetState *) pgg_state_read(fcinfo, 0, &pgg_activity_retention_family,
										CurrentMemoryContext);
	if (st->magic != ACTR_MAGIC)
		elog(ERROR, "retention_matrix: foreign state (cannot happen)");
	PG_RETURN_ARRAYTYPE_P(ActRetValue(st));
}
