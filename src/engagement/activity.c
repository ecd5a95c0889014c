/*-------------------------------------------------------------------------
 *
 * src/engagement/activity.c
 *	  Stored activity: the type activity (one actor's active local days in a
 *	  pinned time zone), its text and binary I/O, the aggregates activity(ts,
 *	  tz) and activity_merge(activity), activity_union(), activity_days(),
 *	  and the summaries over a table of activities that return the values
 *	  of the raw-event forms: active_users(act), lifecycle(act, period),
 *	  streaks(act, unit [, as_of]) (retention_matrix(act, options) is in
 *	  retention/matrix_activity.c).
 *
 * Semantics: doc/engagement.md, "Stored activity"; the encoding and its
 * checks: core/activity.{h,c}, shared with retention_matrix(act, options)
 * (retention/matrix_activity.c).  Values are checked whenever they are
 * read: a crafted value is refused with 22P03 (binary) or 22P02 (text),
 * never trusted.  The latest event time makes the retention matrix over
 * activities record the same observation end as over the raw events.
 *
 * lifecycle feeds the active-days state of the raw form
 * (engagement/active.c) with one anonymous actor per value, streaks the
 * run set of streaks.c; active_users keeps difference arrays of DAU, WAU
 * and MAU (O(runs) per value, no per-actor days) and makes the value
 * active_users() makes.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "core/args.h"
#include "core/activity.h"
#include "core/calendar.h"
#include "core/codec.h"
#include "core/state.h"
#include "engagement/active.h"
#include "engagement/engagement.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"



/* the serialized aggregate state: magic "pgAc", version */
#define ACT_SER_MAGIC	0x70674163
#define ACT_SER_VERSION	1



StaticAssertDecl(PGG_ACT_DAY_MIN == AD_DAY_MIN && PGG_ACT_DAY_MAX == AD_DAY_MAX &&
				 PGG_ACT_MAX_DAYS == AD_MAX_PERIODS,
				 "activity values and the active-days state cover the same days");
StaticAssertDecl(sizeof(PggDayRun) == sizeof(EngRun), "a run of days is a run");


/* ---- text and binary I/O ------------------------------------------------- */

/* "YYYY-MM-DD" of a local day (ISO, " BC" for years before 1) */
static void
ActAppendDay(StringInfo s, int64 day)
{
	struct pg_tm tm;
	char		buf[MAXDATELEN + 1];

	j2date((int) (day + UNIX_EPOCH_JDATE), &tm.tm_year, &tm.tm_mon, &tm.tm_mday);
	EncodeDateOnly(&tm, USE_ISO_DATES, buf);
	appendStringInfoString(s, buf);
}

static char *
ActToText(const ActValue *v)
{
	StringInfoData s;
	struct pg_tm tm;
	fsec_t		fsec;
	char		buf[MAXDATELEN + 1];
	int32		i;

	initStringInfo(&s);
	appendStringInfo(&s, "{tz=\"%s\",unit=day,last_event=\"", v->tz);
	if (timestamp2tm(v->last, NULL, &tm, &fsec, NULL, NULL) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("activity_out: timestamp out of range")));
	tm.tm_isdst = 0;			/* UTC: print the offset +00 */
	EncodeDateTime(&tm, fsec, true, 0, NULL, USE_ISO_DATES, buf);
	appendStringInfo(&s, "%s\",days=[", buf);
	for (i = 0; i < v->n; i++)
	{
		if (i > 0)
			appendStringInfoChar(&s, ',');
		ActAppendDay(&s, v->runs[i].start);
		if (v->runs[i].end > v->runs[i].start)
		{
			appendStringInfoString(&s, "..");
			ActAppendDay(&s, v->runs[i].end);
		}
	}
	appendStringInfoString(&s, "]}");
	return s.data;
}

/* activity_out(activity) returns cstring */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_activity_out);
Datum
pgg_activity_out(PG_FUNCTION_ARGS)
{
	ActValue	v;

	ActDecode(DatumGetActivityPP(PG_GETARG_DATUM(0)), &v, false, "activity_out");
	PG_RETURN_CSTRING(ActToText(&v));
}

static void
ActSyntax(const char *str, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type activity: \"%.200s\"", str),
			 errdetail("%s", detail),
			 errhint("The form is {tz=\"UTC\",unit=day,last_event=\"2024-01-03 10:00:00+00\",days=[2024-01-01..2024-01-03,2024-02-10]}.")));
}

/* expect the literal lit at *p */
static void
ActExpect(const char *str, const char **p, const char *lit)
{
	size_t		n = strlen(lit);

	if (strncmp(*p, lit, n) != 0)
	{
		char		d[100];

		snprintf(d, sizeof(d), "Expected \"%s\".", lit);
		ActSyntax(str, d);
	}
	*p += n;
}

/* a date YYYY-MM-DD (four digits or more) with an optional " BC": the local day */
static int64
ActParseDay(const char *str, const char **pp)
{
	const char *p = *pp;
	int64		y = 0;
	int			m,
				d,
				nd = 0;
	bool		bc = false;
	int			year;

	while (*p >= '0' && *p <= '9')
	{
		y = y * 10 + (*p++ - '0');
		if (++nd > 7)
			ActSyntax(str, "A year has too many digits.");
	}
	if (nd < 4 || p[0] != '-' || !isdigit((unsigned char) p[1]) || !isdigit((unsigned char) p[2]) ||
		p[3] != '-' || !isdigit((unsigned char) p[4]) || !isdigit((unsigned char) p[5]))
		ActSyntax(str, "A day must be written YYYY-MM-DD.");
	m = (p[1] - '0') * 10 + (p[2] - '0');
	d = (p[4] - '0') * 10 + (p[5] - '0');
	p += 6;
	if (strncmp(p, " BC", 3) == 0)
	{
		bc = true;
		p += 3;
	}
	if (y == 0)
		ActSyntax(str, "There is no year 0.");
	year = bc ? (int) (1 - y) : (int) y;
	if (m < 1 || m > MONTHS_PER_YEAR || d < 1 || d > day_tab[isleap(year)][m - 1])
		ActSyntax(str, "A day does not exist.");
	if (!IS_VALID_JULIAN(year, m, d))
		ActSyntax(str, "A day is out of range.");
	*pp = p;
	return (int64) date2j(year, m, d) - UNIX_EPOCH_JDATE;
}

/*
 * The latest event time as activity_out writes it, in UTC: YYYY-MM-DD
 * HH:MM:SS, optional fraction of up to six digits, "+00", optional " BC".
 */
static TimestampTz
ActParseLast(const char *str, const char *ts)
{
	const char *p = ts;
	struct pg_tm tm;
	fsec_t		fsec = 0;
	Timestamp	r;
	int64		day;
	int			nd;
	const char *bad = "The latest event time must be written YYYY-MM-DD HH:MM:SS+00 (UTC).";

	memset(&tm, 0, sizeof(tm));
	/* the date, strictly (its " BC" comes at the end of the whole text) */
	{
		char		dbuf[MAXDATELEN + 1];
		const char *sp = strchr(ts, ' ');
		const char *bc = strstr(ts, " BC");
		const char *q;

		if (sp == NULL || sp - ts > MAXDATELEN - 3)
			ActSyntax(str, bad);
		memcpy(dbuf, ts, sp - ts);
		dbuf[sp - ts] = '\0';
		if (bc != NULL)
		{
			if (strcmp(bc, " BC") != 0)
				ActSyntax(str, bad);
			strcat(dbuf, " BC");
		}
		q = dbuf;
		day = ActParseDay(str, &q);
		if (*q != '\0')
			ActSyntax(str, bad);
		p = sp + 1;
	}
	j2date((int) (day + UNIX_EPOCH_JDATE), &tm.tm_year, &tm.tm_mon, &tm.tm_mday);
	if (!isdigit((unsigned char) p[0]) || !isdigit((unsigned char) p[1]) || p[2] != ':' ||
		!isdigit((unsigned char) p[3]) || !isdigit((unsigned char) p[4]) || p[5] != ':' ||
		!isdigit((unsigned char) p[6]) || !isdigit((unsigned char) p[7]))
		ActSyntax(str, bad);
	tm.tm_hour = (p[0] - '0') * 10 + (p[1] - '0');
	tm.tm_min = (p[3] - '0') * 10 + (p[4] - '0');
	tm.tm_sec = (p[6] - '0') * 10 + (p[7] - '0');
	p += 8;
	if (tm.tm_hour > 23 || tm.tm_min > 59 || tm.tm_sec > 59)
		ActSyntax(str, "The latest event time does not exist.");
	if (*p == '.')
	{
		int			scale = 100000;

		p++;
		for (nd = 0; isdigit((unsigned char) *p); nd++, p++)
		{
			if (nd >= 6)
				ActSyntax(str, "The latest event time has more than six fractional digits.");
			fsec += (*p - '0') * scale;
			scale /= 10;
		}
		if (nd == 0)
			ActSyntax(str, bad);
	}
	if (strncmp(p, "+00", 3) != 0)
		ActSyntax(str, bad);
	p += 3;
	if (*p != '\0' && strcmp(p, " BC") != 0)
		ActSyntax(str, bad);
	if (tm2timestamp(&tm, fsec, NULL, &r) != 0 || !IS_VALID_TIMESTAMP(r))
		ActSyntax(str, "The latest event time is out of range.");
	return (TimestampTz) r;
}

/*
 * activity_in(cstring) returns activity: the text form, parsed strictly,
 * then encoded and checked as a binary value is (22P02 for both).
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_activity_in);
Datum
pgg_activity_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	const char *p = str,
			   *q;
	char		tzname[ACT_TZ_MAX + 1];
	char		canon[ACT_TZ_MAX + 1];
	char		tsbuf[MAXDATELEN + 1];
	pg_tz	   *tz;
	TimestampTz last;
	PggDayRun	   *runs;
	int64		n = 0,
				cap = 16;
	struct varlena *res;
	ActValue	chk;
	PggCalendar cal;

	ActExpect(str, &p, "{tz=\"");
	q = strchr(p, '"');
	if (q == NULL || q == p || q - p > ACT_TZ_MAX)
		ActSyntax(str, "The time zone name must be quoted, 1 to 255 bytes.");
	memcpy(tzname, p, q - p);
	tzname[q - p] = '\0';
	tz = ActZone(tzname, q - p, canon);
	if (tz == NULL)
		ActSyntax(str, "The time zone is not recognized.");
	p = q + 1;
	ActExpect(str, &p, ",unit=day,last_event=\"");
	q = strchr(p, '"');
	if (q == NULL || q == p || q - p > MAXDATELEN)
		ActSyntax(str, "The latest event time must be quoted.");
	memcpy(tsbuf, p, q - p);
	tsbuf[q - p] = '\0';
	last = ActParseLast(str, tsbuf);
	p = q + 1;
	ActExpect(str, &p, ",days=[");
	runs = palloc(cap * sizeof(PggDayRun));
	for (;;)
	{
		int64		s = ActParseDay(str, &p),
					e = s;

		if (strncmp(p, "..", 2) == 0)
		{
			p += 2;
			e = ActParseDay(str, &p);
			if (e <= s)
				ActSyntax(str, "A range of days must end after it starts.");
		}
		if (n > 0 && s <= runs[n - 1].end + 1)
			ActSyntax(str, "Days and ranges must be ascending, and ranges must not touch or overlap (write 2024-01-01..2024-01-03, not 2024-01-01..2024-01-02,2024-01-03).");
		if (n > 0 && e - runs[0].start + 1 > AD_MAX_PERIODS)
			ActSpanError("activity_in", e - runs[0].start + 1);
		if (n == cap)
		{
			cap *= 2;
			runs = repalloc(runs, cap * sizeof(PggDayRun));
		}
		runs[n].start = s;
		runs[n].end = e;
		n++;
		if (*p == ',')
		{
			p++;
			continue;
		}
		break;
	}
	ActExpect(str, &p, "]}");
	if (*p != '\0')
		ActSyntax(str, "Characters follow the closing brace.");
	if (strcmp(canon, tzname) != 0)
		ActSyntax(str, "The time zone must be spelled as PostgreSQL spells it (pg_timezone_names).");
	pgg_cal_init(&cal, PGG_CAL_DAY, false, tz, CurrentMemoryContext);
	if (pgg_cal_index(&cal, last) != runs[n - 1].end)
		ActSyntax(str, "The latest event time must fall on the last active day, in the time zone.");
	res = ActEncode(canon, last, runs, n, "activity_in");
	ActDecode(res, &chk, false, "activity_in");
	PG_RETURN_POINTER(res);
}

/* activity_recv(internal) returns activity: the value bytes, fully checked */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_activity_recv);
Datum
pgg_activity_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len = buf->len - buf->cursor;
	struct varlena *v = (struct varlena *) palloc(VARHDRSZ + len);
	ActValue	chk;

	SET_VARSIZE(v, VARHDRSZ + len);
	pq_copymsgbytes(buf, VARDATA(v), len);
	ActDecode(v, &chk, true, "activity_recv");
	PG_RETURN_POINTER(v);
}

/* activity_send(activity) returns bytea: the value bytes */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_activity_send);
Datum
pgg_activity_send(PG_FUNCTION_ARGS)
{
	struct varlena *v = DatumGetActivityPP(PG_GETARG_DATUM(0));
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}


/* ---- functions of one value ---------------------------------------------- */

/* activity_days(act activity) returns date[]: the active days, ascending */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_activity_days);
Datum
pgg_activity_days(PG_FUNCTION_ARGS)
{
	ActValue	v;
	Datum	   *d;
	int64		n = 0,
				k;
	int32		i;

	ActDecode(DatumGetActivityPP(PG_GETARG_DATUM(0)), &v, false, "activity_days");
	d = palloc((v.runs[v.n - 1].end - v.runs[0].start + 1) * sizeof(Datum));
	for (i = 0; i < v.n; i++)
		for (k = v.runs[i].start; k <= v.runs[i].end; k++)
			d[n++] = DateADTGetDatum((DateADT) (k - AD_DATE_SHIFT));
	PG_RETURN_ARRAYTYPE_P(construct_array(d, (int) n, DATEOID, sizeof(DateADT), true, TYPALIGN_INT));
}

/* runs a[0..na) and b[0..nb) (each ascending, separated) joined with gap 1 */
static PggDayRun *
ActUnionRuns(const PggDayRun *a, int64 na, const PggDayRun *b, int64 nb, int64 *nout)
{
	PggDayRun	   *r = palloc((na + nb) * sizeof(PggDayRun));
	int64		i = 0,
				j = 0,
				n = 0;

	while (i < na || j < nb)
	{
		const PggDayRun *x = (j >= nb || (i < na && a[i].start <= b[j].start)) ? &a[i++] : &b[j++];

		if (n > 0 && x->start <= r[n - 1].end + 1)
		{
			if (x->end > r[n - 1].end)
				r[n - 1].end = x->end;
		}
		else
			r[n++] = *x;
	}
	*nout = n;
	return r;
}

/*
 * activity_union(a activity, b activity) returns activity: the days of
 * both; NULL when both are NULL, the other when one is.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_activity_union);
Datum
pgg_activity_union(PG_FUNCTION_ARGS)
{
	ActValue	a,
				b;
	PggDayRun	   *r;
	int64		n;

	if (PG_ARGISNULL(0) && PG_ARGISNULL(1))
		PG_RETURN_NULL();
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
	{
		Datum		x = PG_GETARG_DATUM(PG_ARGISNULL(0) ? 1 : 0);

		/* checked, then returned as it is */
		ActDecode(DatumGetActivityPP(x), &a, false, "activity_union");
		PG_RETURN_DATUM(x);
	}
	ActDecode(DatumGetActivityPP(PG_GETARG_DATUM(0)), &a, false, "activity_union");
	ActDecode(DatumGetActivityPP(PG_GETARG_DATUM(1)), &b, false, "activity_union");
	if (strcmp(a.tz, b.tz) != 0)
		ActMix("activity_union", a.tz, b.tz);
	if (a.unit != b.unit)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("activity_union: activities of different period units do not mix")));
	r = ActUnionRuns(a.runs, a.n, b.runs, b.n, &n);
	PG_RETURN_POINTER(ActEncode(a.tz, Max(a.last, b.last), r, n, "activity_union"));
}


/* ---- the aggregates activity(ts, tz) and activity_merge(activity) -------- */

typedef struct ActState
{
	EngRunSet	rs;				/* the active days, gap 1 */
	const char *tz;				/* canonical zone name (shared per call site, or own) */
	TimestampTz last;			/* latest event time, DT_NOBEGIN: none */
} ActState;

/* per call site: the zone of the last tz argument, the names kept */
typedef struct ActCache
{
	bool		valid;
	int			tzlen;
	char		given[ACT_TZ_MAX + 1];	/* the argument as given */
	const char *canon;			/* its canonical name, kept in fn_mcxt */
	int			nkept;
	const char **kept;
	PggCalendar cal;
} ActCache;

static ActCache *
ActGetCache(FunctionCallInfo fcinfo)
{
	ActCache   *c = (ActCache *) fcinfo->flinfo->fn_extra;

	if (c == NULL)
	{
		c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(ActCache));
		fcinfo->flinfo->fn_extra = c;
	}
	return c;
}

/* a canonical zone name that lives as long as the call site */
static const char *
ActKeep(FunctionCallInfo fcinfo, ActCache *c, const char *name)
{
	int			i;

	for (i = 0; i < c->nkept; i++)
		if (strcmp(c->kept[i], name) == 0)
			return c->kept[i];
	if ((c->nkept & (c->nkept - 1)) == 0)
	{
		int			cap = c->nkept == 0 ? 4 : c->nkept * 2;

		c->kept = c->kept == NULL
			? MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, cap * sizeof(char *))
			: repalloc(c->kept, cap * sizeof(char *));
	}
	c->kept[c->nkept] = MemoryContextStrdup(fcinfo->flinfo->fn_mcxt, name);
	return c->kept[c->nkept++];
}

static ActState *
ActNewState(MemoryContext aggcxt, const char *tz)
{
	ActState   *st = MemoryContextAlloc(aggcxt, sizeof(ActState));

	eng_runs_init(&st->rs);
	st->tz = tz;
	st->last = DT_NOBEGIN;
	return st;
}

/*
 * _pgg_activity_trans(internal, ts timestamptz, tz text): the day of ts in
 * tz joins the actor's days.  NULL and infinite timestamps are skipped; a
 * NULL or unknown zone is refused, and so is a zone other than the one of
 * the actor's earlier rows.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_activity_trans);
Datum
pgg_activity_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = pgg_agg_context(fcinfo, "activity");
	MemoryContext old;
	ActState   *st = PG_ARGISNULL(0) ? NULL : (ActState *) PG_GETARG_POINTER(0);
	ActCache   *c = ActGetCache(fcinfo);
	text	   *tzt;
	int			tzlen;
	TimestampTz ts;

	if (PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("activity: tz must not be NULL"),
				 errhint("Pass a time zone name such as 'UTC' or 'Europe/Berlin'.")));
	tzt = PG_GETARG_TEXT_PP(2);
	tzlen = VARSIZE_ANY_EXHDR(tzt);
	if (!c->valid || c->tzlen != tzlen || memcmp(c->given, VARDATA_ANY(tzt), tzlen) != 0)
	{
		char		canon[ACT_TZ_MAX + 1];
		pg_tz	   *tz = ActZone(VARDATA_ANY(tzt), tzlen, canon);

		c->valid = false;
		if (tz == NULL)
			ActUnknownZone("activity", VARDATA_ANY(tzt), tzlen);
		memcpy(c->given, VARDATA_ANY(tzt), tzlen);
		c->tzlen = tzlen;
		c->canon = ActKeep(fcinfo, c, canon);
		pgg_cal_init(&c->cal, PGG_CAL_DAY, false, tz, fcinfo->flinfo->fn_mcxt);
		c->valid = true;
	}
	if (st == NULL)
		st = ActNewState(aggcxt, c->canon);
	else if (st->tz != c->canon && strcmp(st->tz, c->canon) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("activity: tz must be the same on every row of an actor"),
				 errdetail("One row has \"%s\", another \"%s\".", st->tz, c->canon)));
	if (PG_ARGISNULL(1))
		PG_RETURN_POINTER(st);
	ts = PG_GETARG_TIMESTAMPTZ(1);
	if (TIMESTAMP_NOT_FINITE(ts))
		PG_RETURN_POINTER(st);
	if (ts > st->last)
		st->last = ts;
	old = MemoryContextSwitchTo(aggcxt);
	eng_runs_add(&st->rs, pgg_cal_index(&c->cal, ts), 1);
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(st);
}

/*
 * _pgg_activity_merge_trans(internal, act activity): the value's days join
 * the state's.  NULL values are skipped; values of another zone refused.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_activity_merge_trans);
Datum
pgg_activity_merge_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = pgg_agg_context(fcinfo, "activity_merge");
	MemoryContext old;
	ActState   *st = PG_ARGISNULL(0) ? NULL : (ActState *) PG_GETARG_POINTER(0);
	ActValue	v;

	if (PG_ARGISNULL(1))
	{
		if (st == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(st);
	}
	ActDecode(DatumGetActivityPP(PG_GETARG_DATUM(1)), &v, false, "activity_merge");
	if (st == NULL)
		st = ActNewState(aggcxt, ActKeep(fcinfo, ActGetCache(fcinfo), v.tz));
	else if (strcmp(st->tz, v.tz) != 0)
		ActMix("activity_merge", st->tz, v.tz);
	if (v.last > st->last)
		st->last = v.last;
	old = MemoryContextSwitchTo(aggcxt);
	eng_runs_flush(&st->rs, 1);
	{
		EngRun	   *er = palloc(v.n * sizeof(EngRun));
		int32		i;

		for (i = 0; i < v.n; i++)
		{
			er[i].start = v.runs[i].start;
			er[i].end = v.runs[i].end;
		}
		eng_runs_merge(&st->rs, er, v.n, NULL, 1);
		pfree(er);
	}
	st->rs.rows += v.n;
	MemoryContextSwitchTo(old);
	pfree(v.runs);
	PG_RETURN_POINTER(st);
}

/* _pgg_activity_combine(internal, internal) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_activity_combine);
Datum
pgg_activity_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = pgg_agg_context(fcinfo, "activity");
	MemoryContext old;
	ActState   *a,
			   *b;

	if (PG_ARGISNULL(1))
		return pgg_combine_first(fcinfo);
	b = (ActState *) PG_GETARG_POINTER(1);
	old = MemoryContextSwitchTo(aggcxt);
	eng_runs_flush(&b->rs, 1);
	if (PG_ARGISNULL(0))
	{
		a = ActNewState(aggcxt, MemoryContextStrdup(aggcxt, b->tz));
		eng_runs_copy(&a->rs, &b->rs);
		a->last = b->last;
	}
	else
	{
		a = (ActState *) PG_GETARG_POINTER(0);
		if (strcmp(a->tz, b->tz) != 0)
			ActMix("activity", a->tz, b->tz);
		eng_runs_flush(&a->rs, 1);
		eng_runs_union(&a->rs, &b->rs, 1);
		if (b->last > a->last)
			a->last = b->last;
	}
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(a);
}

/*
 * _pgg_activity_serialize(internal) returns bytea: magic "pgAc", version,
 * the zone name (byte length, bytes), the latest event time (int64), the
 * runs (eng_runs_write).
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_activity_serialize);
Datum
pgg_activity_serialize(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = pgg_agg_context(fcinfo, "activity");
	MemoryContext old;
	ActState   *st = (ActState *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	int			tzlen = strlen(st->tz);

	old = MemoryContextSwitchTo(aggcxt);
	eng_runs_flush(&st->rs, 1);
	MemoryContextSwitchTo(old);
	pgg_ser_begin_sized(&buf, ACT_SER_MAGIC, ACT_SER_VERSION, 10 + tzlen + 8 + 20 + (st->rs.n + 1) * 20);
	pq_sendbyte(&buf, (uint8) tzlen);
	pq_sendbytes(&buf, st->tz, tzlen);
	pq_sendint64(&buf, st->last);
	eng_runs_write(&buf, &st->rs);
	PG_RETURN_BYTEA_P(pgg_ser_end(&buf));
}

PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_activity_deserialize);
Datum
pgg_activity_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = pgg_agg_context(fcinfo, "activity");
	MemoryContext old;
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	ActState   *st;
	int			tzlen;
	char	   *tz;

	old = MemoryContextSwitchTo(aggcxt);
	pgg_deser_begin(&buf, b, ACT_SER_MAGIC, ACT_SER_VERSION, "activity");
	pgg_deser_need(&buf, 1, "activity");
	tzlen = pq_getmsgbyte(&buf);
	if (tzlen < 1)
		ActCorrupt("activity", "The state's time zone name is empty.");
	pgg_deser_need(&buf, tzlen + 8, "activity");
	tz = palloc(tzlen + 1);
	memcpy(tz, buf.data + buf.cursor, tzlen);
	tz[tzlen] = '\0';
	buf.cursor += tzlen;
	if ((int) strlen(tz) != tzlen)
		ActCorrupt("activity", "The state's time zone name holds a zero byte.");
	st = ActNewState(aggcxt, tz);
	st->last = pq_getmsgint64(&buf);
	if (st->last != DT_NOBEGIN && (TIMESTAMP_NOT_FINITE(st->last) || !IS_VALID_TIMESTAMP(st->last)))
		ActCorrupt("activity", "The state's latest event time is out of range.");
	eng_runs_read(&buf, &st->rs, 1, AD_DAY_MIN, AD_DAY_MAX, true, "activity");
	pgg_deser_end(&buf, "activity");
	if ((eng_runs_count(&st->rs) > 0) != (st->last != DT_NOBEGIN))
		ActCorrupt("activity", "The state's latest event time does not fit its days.");
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(st);
}

/* _pgg_activity_final(internal) returns activity; NULL when no day */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_activity_final);
Datum
pgg_activity_final(PG_FUNCTION_ARGS)
{
	ActState   *st;
	EngRunSet	tmp;
	const EngRunSet *rs;
	PggDayRun  *runs;
	int64		n,
				i;

	pgg_agg_context(fcinfo, "activity");
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (ActState *) PG_GETARG_POINTER(0);
	rs = &st->rs;
	if (rs->pending != NULL && rs->pending->buf.n > 0)
	{
		eng_runs_flushed_copy(&tmp, rs, 1);
		rs = &tmp;
	}
	n = eng_runs_count(rs);
	if (n == 0)
		PG_RETURN_NULL();
	runs = palloc(n * sizeof(PggDayRun));
	for (i = 0; i < n; i++)
	{
		runs[i].start = eng_run_at(rs, i)->start;
		runs[i].end = eng_run_at(rs, i)->end;
	}
	for (i = 0; i < n; i++)
		if (runs[i].start < AD_DAY_MIN || runs[i].end > AD_DAY_MAX)
			elog(ERROR, "activity: day out of range (cannot happen)");
	PG_RETURN_POINTER(ActEncode(st->tz, st->last, runs, n, pgg_agg_name(fcinfo, "activity")));
}


/* ---- active_users(act) ---------------------------------------------------- */

/*
 * DAU, WAU and MAU over activities need no per-actor state: each value
 * adds 1 to DAU over each of its runs, and 1 to WAU (MAU) over the union of
 * the windows [d, d + 6] ([d, d + 29]) of its days, which is the union of
 * the runs stretched by 6 (29) days: three difference arrays, O(runs) per
 * value.  The final function makes the value active_users(actor, ts, tz)
 * makes (AvMake), the same numbers as its per-actor walk over the days.
 */
#define AU_WAU			7
#define AU_MAU			30
#define ACTAU_MAGIC		0x70674175	/* "pgAu": in memory and serialized */
#define ACTAU_VERSION	1

/* the state is a pgg_state of this family (Citus splits the aggregate) */
extern const PggStateFamily pgg_activity_active_users_family;

typedef struct ActAuState
{
	uint32		magic;
	char		tz[ACT_TZ_MAX + 1];
	int			tzlen;
	bool		any;			/* a day was added */
	bool		toolong;		/* the days span more than AD_MAX_PERIODS: no arrays */
	int64		minday;
	int64		maxday;
	int64		lo;				/* day of slot 0 */
	int64		cap;			/* slots */
	int64	   *diff;			/* 3 per slot: DAU, WAU, MAU differences */
	PggDayRun	   *runs;			/* scratch: one value's runs */
	int32		runcap;
} ActAuState;

static ActAuState *
ActAuNew(MemoryContext aggcxt, const char *tz)
{
	ActAuState *st = MemoryContextAllocZero(aggcxt, sizeof(ActAuState));

	st->magic = ACTAU_MAGIC;
	strlcpy(st->tz, tz, sizeof(st->tz));
	st->tzlen = strlen(st->tz);
	return st;
}

/* Make the slots cover days lo .. hi (within AD_MAX_PERIODS + AU_MAU + 1 days). */
static void
ActAuCover(ActAuState *st, int64 lo, int64 hi)
{
	int64		nlo,
				nhi,
				ncap;
	int64	   *nd;

	if (st->diff != NULL && lo >= st->lo && hi < st->lo + st->cap)
		return;
	if (st->diff != NULL)
	{
		lo = Min(lo, st->lo);
		hi = Max(hi, st->lo + st->cap - 1);
	}
	/* room on both sides, so that a growing range does not copy on every value */
	ncap = Max(hi - lo + 1, 64);
	ncap = Min(ncap * 2, (int64) AD_MAX_PERIODS + AU_MAU + 64);
	ncap = Max(ncap, hi - lo + 1);
	nlo = lo - (ncap - (hi - lo + 1)) / 2;
	nhi = nlo + ncap - 1;
	Assert(nhi >= hi);
	nd = MemoryContextAllocZero(GetMemoryChunkContext(st), ncap * 3 * sizeof(int64));
	if (st->diff != NULL)
	{
		memcpy(nd + 3 * (st->lo - nlo), st->diff, st->cap * 3 * sizeof(int64));
		pfree(st->diff);
	}
	st->diff = nd;
	st->lo = nlo;
	st->cap = ncap;
	(void) nhi;
}

/* add 1 over the union of the runs stretched by w - 1 days (column col) */
static inline void
ActAuWindows(ActAuState *st, const PggDayRun *runs, int32 n, int w, int col)
{
	int64		s = runs[0].start,
				e = runs[0].end + w - 1;
	int32		i;

	for (i = 1; i < n; i++)
	{
		if (runs[i].start <= e + 1)
			e = runs[i].end + w - 1;
		else
		{
			st->diff[3 * (s - st->lo) + col]++;
			st->diff[3 * (e + 1 - st->lo) + col]--;
			s = runs[i].start;
			e = runs[i].end + w - 1;
		}
	}
	st->diff[3 * (s - st->lo) + col]++;
	st->diff[3 * (e + 1 - st->lo) + col]--;
}

static void
ActAuAdd(ActAuState *st, const PggDayRun *runs, int32 n)
{
	int64		first = runs[0].start,
				last = runs[n - 1].end;
	int32		i;

	if (!st->any)
	{
		st->minday = first;
		st->maxday = last;
		st->any = true;
	}
	else
	{
		st->minday = Min(st->minday, first);
		st->maxday = Max(st->maxday, last);
	}
	if (st->toolong || st->maxday - st->minday + 1 > AD_MAX_PERIODS)
	{
		/* refused by the final function, with the whole span: keep the range only */
		st->toolong = true;
		if (st->diff != NULL)
		{
			pfree(st->diff);
			st->diff = NULL;
			st->cap = 0;
		}
		return;
	}
	ActAuCover(st, first, last + AU_MAU);
	for (i = 0; i < n; i++)
	{
		st->diff[3 * (runs[i].start - st->lo)]++;
		st->diff[3 * (runs[i].end + 1 - st->lo)]--;
	}
	ActAuWindows(st, runs, n, AU_WAU, 1);
	ActAuWindows(st, runs, n, AU_MAU, 2);
}

/* _pgg_activity_active_users_trans(pgg_state, act activity) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_activity_active_users_trans);
Datum
pgg_activity_active_users_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = pgg_agg_context(fcinfo, "active_users");
	PggState   *ps = PG_ARGISNULL(0) ? NULL :
		pgg_state_arg(fcinfo, 0, &pgg_activity_active_users_family, aggcxt);
	ActAuState *st = ps ? (ActAuState *) ps->ptr : NULL;
	ActValue	v;

	if (PG_ARGISNULL(1))
	{
		if (st == NULL)
			PG_RETURN_NULL();
		PGG_RETURN_STATE(ps);
	}
	if (st == NULL)
	{
		ActDecode(DatumGetActivityPP(PG_GETARG_DATUM(1)), &v, false, "active_users");
		st = ActAuNew(aggcxt, v.tz);
		ps = pgg_state_new(aggcxt, &pgg_activity_active_users_family, st);
	}
	else
	{
		if (!ActDecodeRow(DatumGetActivityPP(PG_GETARG_DATUM(1)), &v, "active_users",
						  &st->runs, &st->runcap, GetMemoryChunkContext(st), st->tz, st->tzlen))
			ActMix("active_users", st->tz, v.tz);
	}
	ActAuAdd(st, v.runs, v.n);
	PGG_RETURN_STATE(ps);
}

/*
 * _pgg_activity_active_users_combine(pgg_state, pgg_state): b's differences
 * into a.  b may be flat (a parallel worker's or a Citus worker's partial
 * state); a NULL a becomes an empty state of b's zone.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_activity_active_users_combine);
Datum
pgg_activity_active_users_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = pgg_agg_context(fcinfo, "active_users");
	PggState   *ps;
	ActAuState *a,
			   *b;
	int64		d;

	if (PG_ARGISNULL(1))
		return pgg_combine_first(fcinfo);
	b = (ActAuState *) pgg_state_read(fcinfo, 1, &pgg_activity_active_users_family,
									  CurrentMemoryContext);
	if (b->magic != ACTAU_MAGIC)
		elog(ERROR, "active_users: foreign state (cannot happen)");
	if (PG_ARGISNULL(0))
	{
		a = ActAuNew(aggcxt, b->tz);
		ps = pgg_state_new(aggcxt, &pgg_activity_active_users_family, a);
	}
	else
	{
		ps = pgg_state_arg(fcinfo, 0, &pgg_activity_active_users_family, aggcxt);
		a = (ActAuState *) ps->ptr;
		if (strcmp(a->tz, b->tz) != 0)
			ActMix("active_users", a->tz, b->tz);
	}
	if (!b->any)
		PGG_RETURN_STATE(ps);
	if (!a->any)
	{
		a->minday = b->minday;
		a->maxday = b->maxday;
		a->any = true;
	}
	else
	{
		a->minday = Min(a->minday, b->minday);
		a->maxday = Max(a->maxday, b->maxday);
	}
	if (a->toolong || b->toolong || a->maxday - a->minday + 1 > AD_MAX_PERIODS)
	{
		a->toolong = true;
		if (a->diff != NULL)
			pfree(a->diff);
		a->diff = NULL;
		a->cap = 0;
		PGG_RETURN_STATE(ps);
	}
	ActAuCover(a, b->minday, b->maxday + AU_MAU);
	for (d = b->minday; d <= b->maxday + AU_MAU; d++)
	{
		int64	   *x = a->diff + 3 * (d - a->lo);
		const int64 *y = b->diff + 3 * (d - b->lo);

		x[0] += y[0];
		x[1] += y[1];
		x[2] += y[2];
	}
	PGG_RETURN_STATE(ps);
}

/*
 * The flat form (pgg_state family "active_users_activity"): magic "pgAu",
 * version, the zone (byte length, bytes), a flag byte (0 no day, 1 days, 2
 * too long a span: no arrays), the first and last active day (zigzag
 * varints), then per day from the first to 30 days after the last the DAU,
 * WAU and MAU differences (zigzag varints).
 */
static bytea *
ActAuSerialize(void *state)
{
	ActAuState *st = (ActAuState *) state;
	StringInfoData buf;
	int			tzlen = strlen(st->tz);
	uint8		tmp[32];
	uint8	   *p;
	int64		d;

	pgg_ser_begin_sized(&buf, ACTAU_MAGIC, ACTAU_VERSION,
						tzlen + 24 + (st->any && !st->toolong ? (st->maxday - st->minday + AU_MAU + 1) * 3 : 0));
	pq_sendbyte(&buf, (uint8) tzlen);
	pq_sendbytes(&buf, st->tz, tzlen);
	pq_sendbyte(&buf, !st->any ? 0 : (st->toolong ? 2 : 1));
	if (st->any)
	{
		p = pgg_put_varint(tmp, ActZig(st->minday));
		p = pgg_put_varint(p, ActZig(st->maxday));
		appendBinaryStringInfo(&buf, (char *) tmp, p - tmp);
	}
	if (st->any && !st->toolong)
		for (d = st->minday; d <= st->maxday + AU_MAU; d++)
		{
			const int64 *x = st->diff + 3 * (d - st->lo);

			p = pgg_put_varint(tmp, ActZig(x[0]));
			p = pgg_put_varint(p, ActZig(x[1]));
			p = pgg_put_varint(p, ActZig(x[2]));
			appendBinaryStringInfo(&buf, (char *) tmp, p - tmp);
		}
	return pgg_ser_end(&buf);
}

/* A state from its flat form, in aggcxt; any other bytes are 22P03. */
static void *
ActAuDeserialize(bytea *b, MemoryContext aggcxt)
{
	StringInfoData buf;
	ActAuState *st;
	int			tzlen,
				flag;
	char		tz[ACT_TZ_MAX + 1];
	char		canon[ACT_TZ_MAX + 1];
	const uint8 *p,
			   *end;
	uint64		u = 0;
	int64		d,
				sum[3] = {0, 0, 0};

	pgg_deser_begin(&buf, b, ACTAU_MAGIC, ACTAU_VERSION, "active_users");
	pgg_deser_need(&buf, 1, "active_users");
	tzlen = pq_getmsgbyte(&buf);
	pgg_deser_need(&buf, tzlen + 1, "active_users");
	memcpy(tz, pq_getmsgbytes(&buf, tzlen), tzlen);
	tz[tzlen] = '\0';
	if (tzlen < 1 || (int) strlen(tz) != tzlen ||
		ActZone(tz, tzlen, canon) == NULL || strcmp(tz, canon) != 0)
		ActCorrupt("active_users", "The state's time zone name is bad.");
	flag = pq_getmsgbyte(&buf);
	if (flag > 2)
		ActCorrupt("active_users", "The state's flag is unknown.");
	st = ActAuNew(aggcxt, tz);
	p = (const uint8 *) buf.data + buf.cursor;
	end = (const uint8 *) buf.data + buf.len;
	if (flag > 0)
	{
		st->any = true;
		st->toolong = (flag == 2);
		if ((p = ActVarint(p, end, &u)) == NULL)
			ActCorrupt("active_users", "The state's first day is malformed.");
		st->minday = ActUnzig(u);
		if ((p = ActVarint(p, end, &u)) == NULL)
			ActCorrupt("active_users", "The state's last day is malformed.");
		st->maxday = ActUnzig(u);
		if (st->minday < AD_DAY_MIN || st->maxday > AD_DAY_MAX || st->minday > st->maxday ||
			(!st->toolong && st->maxday - st->minday + 1 > AD_MAX_PERIODS) ||
			(st->toolong && st->maxday - st->minday + 1 <= AD_MAX_PERIODS))
			ActCorrupt("active_users", "The state's days are out of range.");
	}
	if (flag == 1)
	{
		ActAuCover(st, st->minday, st->maxday + AU_MAU);
		for (d = st->minday; d <= st->maxday + AU_MAU; d++)
		{
			int64	   *x = st->diff + 3 * (d - st->lo);
			int			c;

			if ((d & PGG_CFI_MASK) == 0)
				CHECK_FOR_INTERRUPTS();
			for (c = 0; c < 3; c++)
			{
				if ((p = ActVarint(p, end, &u)) == NULL)
					ActCorrupt("active_users", "The state's counts are malformed.");
				x[c] = ActUnzig(u);
				if (x[c] < -(int64) PG_INT32_MAX * 64 || x[c] > (int64) PG_INT32_MAX * 64 ||
					(sum[c] += x[c]) < 0)
					ActCorrupt("active_users", "The state's counts are out of range.");
			}
		}
		if (sum[0] != 0 || sum[1] != 0 || sum[2] != 0)
			ActCorrupt("active_users", "The state's counts do not add up.");
	}
	if (p != end)
		ActCorrupt("active_users", "Bytes are left over in the state.");
	return st;
}

const PggStateFamily pgg_activity_active_users_family = {
	ACTAU_MAGIC, "active_users_activity", ActAuSerialize, ActAuDeserialize
};

/* _pgg_activity_active_users_final(pgg_state) returns bigint[]: as active_users() */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_activity_active_users_final);
Datum
pgg_activity_active_users_final(PG_FUNCTION_ARGS)
{
	ActAuState *st;
	int64		nrows,
				i,
				acc[3] = {0, 0, 0};
	int64	   *cells;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (ActAuState *) pgg_state_read(fcinfo, 0, &pgg_activity_active_users_family,
									   CurrentMemoryContext);
	if (st->magic != ACTAU_MAGIC)
		elog(ERROR, "active_users: foreign state (cannot happen)");
	if (!st->any)
		PG_RETURN_NULL();
	if (st->toolong)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("active_users spans %lld days, more than %d",
						(long long) (st->maxday - st->minday + 1), AD_MAX_PERIODS),
				 errhint("Restrict the rows to a shorter time range, for example with WHERE ts >= ...; a stray timestamp far in the past or future does this.")));
	nrows = st->maxday - st->minday + AU_MAU;
	cells = palloc(nrows * 3 * sizeof(int64));
	for (i = 0; i < nrows; i++)
	{
		const int64 *x = st->diff + 3 * (st->minday + i - st->lo);

		acc[0] += x[0];
		acc[1] += x[1];
		acc[2] += x[2];
		cells[3 * i] = acc[0];
		cells[3 * i + 1] = acc[1];
		cells[3 * i + 2] = acc[2];
	}
	PG_RETURN_ARRAYTYPE_P(AvMake(AD_ACTIVE, PGG_CAL_DAY, st->minday, st->maxday, nrows, 3, cells));
}


/* ---- lifecycle(act, period) ------------------------------------------------ */

/*
 * _pgg_activity_lifecycle_trans(pgg_state, act activity, period text): each
 * value is one actor of the active-days state of lifecycle(); its combine
 * and final functions do the rest.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_activity_lifecycle_trans);
Datum
pgg_activity_lifecycle_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = pgg_agg_context(fcinfo, "lifecycle");
	PggState   *pst = PG_ARGISNULL(0) ? NULL : pgg_state_arg(fcinfo, 0, &pgg_active_days_family, aggcxt);
	AdState    *st = pst ? (AdState *) pst->ptr : NULL;
	ActValue	v;
	MemoryContext old;
	int32	   *s,
			   *e;
	int32		i;

	if (PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("lifecycle period must not be NULL"),
				 errhint("Pass 'day', 'week' or 'month'.")));
	if (st == NULL)
	{
		int			unit = AdParseUnit(PG_GETARG_TEXT_PP(2));

		if (PG_ARGISNULL(1))
			PG_RETURN_NULL();
		ActDecode(DatumGetActivityPP(PG_GETARG_DATUM(1)), &v, false, "lifecycle");
		st = AdNewAnon(aggcxt, AD_LIFECYCLE, unit, v.tz, v.tzlen);
		pst = pgg_state_new(aggcxt, &pgg_active_days_family, st);
	}
	else
	{
		AdCheckState(st, AD_LIFECYCLE, "lifecycle");
		if (AdParseUnit(PG_GETARG_TEXT_PP(2)) != st->unit)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("lifecycle period must be the same on every row")));
		if (PG_ARGISNULL(1))
			PGG_RETURN_STATE(pst);
		ActDecode(DatumGetActivityPP(PG_GETARG_DATUM(1)), &v, false, "lifecycle");
		if (v.tzlen != st->tzlen || memcmp(v.tz, st->tzname, v.tzlen) != 0)
			ActMix("lifecycle", st->tzname, v.tz);
	}
	s = palloc(v.n * sizeof(int32));
	e = palloc(v.n * sizeof(int32));
	for (i = 0; i < v.n; i++)
	{
		s[i] = (int32) v.runs[i].start;
		e[i] = (int32) v.runs[i].end;
	}
	old = MemoryContextSwitchTo(aggcxt);
	AdAddAnonRuns(st, s, e, v.n);
	MemoryContextSwitchTo(old);
	pfree(s);
	pfree(e);
	pfree(v.runs);
	PGG_RETURN_STATE(pst);
}


/* ---- streaks(act, unit [, as_of]) ---------------------------------------- */

/*
 * streaks(act activity, unit text [, as_of date]) returns streaks: what
 * the aggregate streaks(ts, unit, tz [, as_of]) returns for the actor's
 * events in the activity's zone.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_activity_streaks);
Datum
pgg_activity_streaks(PG_FUNCTION_ARGS)
{
	ActValue	v;
	PggCalUnit	unit;
	EngRunSet	rs;
	EngRun	   *p;
	int32		i,
				m = 0;
	bool		has_as_of = false;
	DateADT		as_of = 0;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("streaks: unit must not be NULL"),
				 errhint("Pass 'day' or 'week'.")));
	unit = StreakUnit(PG_GETARG_TEXT_PP(1));
	if (PG_NARGS() > 2 && !PG_ARGISNULL(2))
	{
		as_of = PG_GETARG_DATEADT(2);
		if (DATE_NOT_FINITE(as_of))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("streaks: as_of must be a finite date")));
		has_as_of = true;
	}
	ActDecode(DatumGetActivityPP(PG_GETARG_DATUM(0)), &v, false, "streaks");
	/* ISO weeks: a run of days covers the weeks of its first to its last day */
	p = palloc(v.n * sizeof(EngRun));
	for (i = 0; i < v.n; i++)
	{
		int64		s = v.runs[i].start,
					e = v.runs[i].end;

		if (unit == PGG_CAL_WEEK)
		{
			s = pgg_floor_div(s + 3, 7);
			e = pgg_floor_div(e + 3, 7);
		}
		if (m > 0 && s <= p[m - 1].end + 1)
			p[m - 1].end = Max(p[m - 1].end, e);
		else
		{
			p[m].start = s;
			p[m].end = e;
			m++;
		}
	}
	eng_runs_init(&rs);
	eng_runs_merge(&rs, p, m, NULL, 1);
	rs.rows = m;
	return eng_streaks_result(fcinfo, &rs, (uint8) unit, has_as_of, as_of);
}
