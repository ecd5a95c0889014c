/*-------------------------------------------------------------------------
 *
 * src/core/activity.c
 *	  The stored activity value (core/activity.h): encoding, decoding and
 *	  checking, zone names, the errors every reader raises.  The functions
 *	  of the type live with the capabilities that read it: engagement
 *	  (engagement/activity.c: the type's I/O, activity(), activity_union,
 *	  active_users, lifecycle, streaks) and retention
 *	  (retention/matrix_activity.c: retention_matrix over activities).
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "core/activity.h"
#include "core/calendar.h"
#include "core/codec.h"

#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"


/* ---- errors -------------------------------------------------------------- */

void
ActCorrupt(const char *fname, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("%s: invalid activity value", fname),
			 errdetail_internal("%s", detail)));
}

void
ActSpanError(const char *fname, int64 span)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("%s: an activity would span %lld days, more than %d", fname,
					(long long) span, PGG_ACT_MAX_DAYS),
			 errhint("Restrict the rows to a shorter time range, for example with WHERE ts >= ...; a stray timestamp far in the past or future does this.")));
}

void
ActMix(const char *fname, const char *a, const char *b)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: activities of different time zones do not mix", fname),
			 errdetail("One value is in \"%s\", another in \"%s\".", a, b),
			 errhint("Build every activity of a table with the same time zone.")));
}


/* ---- time zones ---------------------------------------------------------- */

/*
 * The zone of a name as the user gave it: its PostgreSQL spelling into
 * canon (what values store and compare); NULL when unknown.
 */
pg_tz *
ActZone(const char *name, int len, char *canon)
{
	char		buf[ACT_TZ_MAX + 1];
	pg_tz	   *tz;
	const char *c;

	if (len < 1 || len > ACT_TZ_MAX || memchr(name, '\0', len) != NULL ||
		memchr(name, '"', len) != NULL)
		return NULL;
	memcpy(buf, name, len);
	buf[len] = '\0';
	tz = pgg_tz_lookup(buf);
	if (tz == NULL)
		return NULL;
	c = pg_get_timezone_name(tz);
	if (c == NULL || c[0] == '\0' || strlen(c) > ACT_TZ_MAX || strchr(c, '"') != NULL)
		return NULL;
	strcpy(canon, c);
	return tz;
}

void
ActUnknownZone(const char *fname, const char *name, int len)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: time zone \"%.*s\" not recognized", fname, Min(Max(len, 0), 200), name),
			 errhint("Pass a zone name of pg_timezone_names, such as 'UTC' or 'Europe/Berlin'.")));
}


/* ---- encoding ------------------------------------------------------------ */

/* Encode runs (ascending, separated by inactive days, n >= 1) as a value. */
struct varlena *
ActEncode(const char *tz, TimestampTz last, const PggDayRun *runs, int64 n, const char *fname)
{
	int			tzlen = strlen(tz);
	Size		cap;
	uint8	   *p,
			   *base;
	struct varlena *v;
	int64		i;

	if (n < 1)
		elog(ERROR, "%s: empty activity (cannot happen)", fname);
	if (runs[n - 1].end - runs[0].start + 1 > PGG_ACT_MAX_DAYS)
		ActSpanError(fname, runs[n - 1].end - runs[0].start + 1);
	cap = VARHDRSZ + 3 + tzlen + 10 + 10 + (Size) n * 20;
	v = (struct varlena *) palloc(cap);
	base = p = (uint8 *) VARDATA(v);
	*p++ = ACT_FORMAT;
	*p++ = PGG_CAL_DAY;
	*p++ = (uint8) tzlen;
	memcpy(p, tz, tzlen);
	p += tzlen;
	p = pgg_put_varint(p, ActZig(last));
	p = pgg_put_varint(p, (uint64) n);
	for (i = 0; i < n; i++)
	{
		if (i == 0)
			p = pgg_put_varint(p, ActZig(runs[0].start));
		else
			p = pgg_put_varint(p, (uint64) (runs[i].start - runs[i - 1].end - 2));
		p = pgg_put_varint(p, (uint64) (runs[i].end - runs[i].start));
	}
	SET_VARSIZE(v, VARHDRSZ + (p - base));
	return v;
}

/*
 * Decode and check a value: the format, the unit, the zone name (its
 * bytes; full: also that it is a known zone spelled as PostgreSQL spells
 * it, and that the latest event falls on the last active day), the latest
 * event time, the runs (within the days a timestamp can fall on, separated,
 * at most PGG_ACT_MAX_DAYS days in all), no bytes left over.  The runs are
 * allocated in the current memory context, or go to the caller's buffer
 * *scratch (grown in scratchcxt) on the per-row paths of the summaries.
 */
static bool ActDecodeImpl(const struct varlena *val, ActValue *out, bool full, const char *fname,
						  PggDayRun **scratch, int32 *scratchcap, MemoryContext scratchcxt,
						  const char *zone, int zonelen);

void
ActDecodeScratch(const struct varlena *val, ActValue *out, bool full, const char *fname,
				 PggDayRun **scratch, int32 *scratchcap, MemoryContext scratchcxt)
{
	(void) ActDecodeImpl(val, out, full, fname, scratch, scratchcap, scratchcxt, NULL, 0);
}

/*
 * The per-row decode of the summaries over activities: the runs into the
 * caller's buffer, and the zone compared with the state's (zone, already
 * checked) by its bytes.  True when they are the same (out->tz is then not
 * filled); false with out->tz filled, for the caller's error.
 */
bool
ActDecodeRow(const struct varlena *val, ActValue *out, const char *fname,
			 PggDayRun **scratch, int32 *scratchcap, MemoryContext scratchcxt,
			 const char *zone, int zonelen)
{
	return ActDecodeImpl(val, out, false, fname, scratch, scratchcap, scratchcxt, zone, zonelen);
}

static bool
ActDecodeImpl(const struct varlena *val, ActValue *out, bool full, const char *fname,
			  PggDayRun **scratch, int32 *scratchcap, MemoryContext scratchcxt,
			  const char *zone, int zonelen)
{
	bool		same = true;
	const uint8 *p = (const uint8 *) VARDATA_ANY(val);
	const uint8 *end = p + VARSIZE_ANY_EXHDR(val);
	uint64		u = 0,
				n = 0,
				len = 0;
	int64		i,
				prev_end = 0;

	if (end - p < 3)
		ActCorrupt(fname, "The value is too short.");
	if (p[0] != ACT_FORMAT)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("%s: activity value of unknown format version %d", fname, p[0]),
				 errhint("This version of pg_growth reads activity values of format %d.", ACT_FORMAT)));
	if (p[1] != PGG_CAL_DAY)
		ActCorrupt(fname, "The period unit is unknown.");
	out->unit = p[1];
	out->tzlen = p[2];
	p += 3;
	if (out->tzlen < 1 || end - p < out->tzlen)
		ActCorrupt(fname, "The time zone name has a bad length.");
	if (zone == NULL || out->tzlen != zonelen || memcmp(p, zone, zonelen) != 0)
	{
		/* not the zone of the caller's state (or none given): check and copy it */
		if (memchr(p, '\0', out->tzlen) != NULL || memchr(p, '"', out->tzlen) != NULL)
			ActCorrupt(fname, "The time zone name holds a zero byte or a quote.");
		memcpy(out->tz, p, out->tzlen);
		out->tz[out->tzlen] = '\0';
		same = (zone == NULL);
	}
	p += out->tzlen;
	if ((p = ActVarint(p, end, &u)) == NULL)
		ActCorrupt(fname, "The latest event time is malformed.");
	out->last = ActUnzig(u);
	if (TIMESTAMP_NOT_FINITE(out->last) || !IS_VALID_TIMESTAMP(out->last))
		ActCorrupt(fname, "The latest event time is out of range.");
	if ((p = ActVarint(p, end, &n)) == NULL)
		ActCorrupt(fname, "The number of runs is malformed.");
	/* each run takes two bytes at least; the span bounds the runs too */
	if (n < 1 || n > (uint64) (end - p) / 2 || n > (uint64) PGG_ACT_MAX_DAYS)
		ActCorrupt(fname, "The number of runs does not fit the value.");
	out->n = (int32) n;
	if (scratch != NULL)
	{
		/* the caller's buffer, grown as needed (in its memory context) */
		if (*scratchcap < (int32) n)
		{
			int32		cap = Max((int32) n, Max(*scratchcap * 2, 16));

			*scratch = *scratch == NULL
				? MemoryContextAlloc(scratchcxt, cap * sizeof(PggDayRun))
				: repalloc(*scratch, cap * sizeof(PggDayRun));
			*scratchcap = cap;
		}
		out->runs = *scratch;
	}
	else
		out->runs = (PggDayRun *) palloc(n * sizeof(PggDayRun));
	for (i = 0; (uint64) i < n; i++)
	{
		int64		s;

		if ((p = ActVarint(p, end, &u)) == NULL || (p = ActVarint(p, end, &len)) == NULL)
			ActCorrupt(fname, "A run is malformed.");
		if (i == 0)
		{
			s = ActUnzig(u);
			if (s < PGG_ACT_DAY_MIN || s > PGG_ACT_DAY_MAX)
				ActCorrupt(fname, "A run lies outside the days a timestamp can fall on.");
		}
		else
		{
			if (u > (uint64) PGG_ACT_MAX_DAYS)
				ActCorrupt(fname, "The runs span too many days.");
			s = prev_end + 2 + (int64) u;
		}
		if (len >= (uint64) PGG_ACT_MAX_DAYS || s + (int64) len > PGG_ACT_DAY_MAX)
			ActCorrupt(fname, "A run lies outside the days a timestamp can fall on.");
		out->runs[i].start = s;
		out->runs[i].end = prev_end = s + (int64) len;
		if (prev_end - out->runs[0].start + 1 > PGG_ACT_MAX_DAYS)
			ActCorrupt(fname, "The runs span too many days.");
	}
	if (p != end)
		ActCorrupt(fname, "Bytes are left over after the runs.");
	if (full)
	{
		char		canon[ACT_TZ_MAX + 1];
		pg_tz	   *tz = ActZone(out->tz, out->tzlen, canon);
		PggCalendar cal;

		if (tz == NULL || strcmp(canon, out->tz) != 0)
			ActCorrupt(fname, "The time zone is unknown or not spelled as PostgreSQL spells it.");
		pgg_cal_init(&cal, PGG_CAL_DAY, false, tz, CurrentMemoryContext);
		if (pgg_cal_index(&cal, out->last) != out->runs[n - 1].end)
			ActCorrupt(fname, "The latest event time is not on the last active day.");
	}
	return same;
}
