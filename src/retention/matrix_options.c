/*-------------------------------------------------------------------------
 *
 * matrix_options.c
 *	  The options text of retention_matrix() and retention_actor():
 *	  'period=week cohort=first count=on window=calendar tz=UTC ...'.
 *
 * Semantics of each option: doc/retention.md, "Options" and "Definitions".
 * The counting modes follow Amplitude's and Mixpanel's Return On / On or
 * After, the brackets PostHog's and Amplitude's custom brackets, rolling
 * windows Amplitude's 24-hour windows (a week is 7 days, a month 30 days).
 *
 * The options are parsed once per state (the text is kept and compared on
 * every row, see MatrixCheckOpts in matrix.c) and again on deserialize: the
 * serialized state carries the text, not the parsed form.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "core/args.h"
#include "retention/retention.h"

#include <ctype.h>

#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/timestamp.h"



/*
 * Raise an options error (22023): msg, an optional detail, and a hint that
 * shows the syntax and the options text as given.
 */
/* the call whose options are parsed: errors name its function (pgg_fn_name) */
static FunctionCallInfo opt_fcinfo = NULL;

#define OPT_FN() pgg_fn_name(opt_fcinfo)

static void
OptError(const char *optstr, const char *msg, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s", msg),
			 detail ? errdetail("%s", detail) : 0,
			 errhint("Options look like 'period=week cohort=first count=on window=calendar tz=UTC'; "
					 "see doc/retention.md (options given: \"%s\").", optstr)));
}


/* OptError with a message naming the function: fmt has one %s for it */
static void
OptErrorFn(const char *optstr, const char *fmt, const char *detail)
{
	char		m[256];

	snprintf(m, sizeof(m), fmt, OPT_FN());
	OptError(optstr, m, detail);
}

/*
 * Parse a bracket list such as "0,1-3,4-7": increasing, not overlapping,
 * each a single period or an inclusive range, periods 0 to MAX_PERIOD.
 * A bracket counts an actor retained when it returned in any period of the
 * range (PostHog's and Amplitude's custom brackets).
 */
static void
ParseBrackets(MatrixOpts *o, const char *s, const char *optstr)
{
	const char *p = s;

	o->nbr = 0;
	while (*p)
	{
		long		lo,
					hi;
		char	   *end;

		while (*p == ' ' || *p == ',' || *p == ';')
			p++;
		if (!*p)
			break;
		if (!isdigit((unsigned char) *p))
			OptErrorFn(optstr, "invalid %s bracket list",
					 "A bracket is a period number or a range such as 1-3.");
		errno = 0;
		lo = strtol(p, &end, 10);
		p = end;
		hi = lo;
		if (*p == '-')
		{
			p++;
			if (!isdigit((unsigned char) *p))
				OptErrorFn(optstr, "invalid %s bracket list",
						 "A bracket is a period number or a range such as 1-3.");
			hi = strtol(p, &end, 10);
			p = end;
		}
		if (errno != 0 || lo > MAX_PERIOD || hi > MAX_PERIOD)
			OptErrorFn(optstr, "%s bracket out of range", "Periods go from 0 to 100000.");
		if (*p && *p != ',' && *p != ';' && *p != ' ')
			OptErrorFn(optstr, "invalid %s bracket list",
					 "A bracket is a period number or a range such as 1-3.");
		if (hi < lo)
			OptErrorFn(optstr, "%s bracket ends before it starts",
					 "Write a bracket as first-last with first <= last.");
		if (o->nbr > 0 && lo <= o->br_hi[o->nbr - 1])
			OptErrorFn(optstr, "%s brackets must be increasing and must not overlap",
					 "Each bracket must start after the previous one ends.");
		if (o->nbr >= MAX_BRACKETS)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many %s brackets", OPT_FN()),
					 errdetail("At most %d brackets are allowed.", MAX_BRACKETS)));
		o->br_lo[o->nbr] = (int32) lo;
		o->br_hi[o->nbr] = (int32) hi;
		o->nbr++;
	}
	if (o->nbr == 0)
		OptErrorFn(optstr, "empty %s bracket list", NULL);
}

/*
 * Parse the as_of value: a timestamptz literal; without a zone of its own it
 * is a local time of the matrix's zone (tz=, else the session's), so a
 * pinned tz= gives the same instant in every session.  timestamptz_in
 * reads local times in the session zone: it is switched to the matrix's
 * zone for the call.  Special values (now, today, infinity...) are refused:
 * the observation end is a fixed, finite instant.
 */
static void
ParseAsOf(MatrixOpts *o, const char *val, const char *optstr)
{
	pg_tz	   *save = session_timezone;
	volatile TimestampTz ts = 0;
	volatile bool ok = true;
	/* no special values: they are not fixed instants */
	{
		static const char *const special[] = {"now", "today", "tomorrow", "yesterday",
		"epoch", "infinity", "allballs"};
		char		low[128];
		int			i;

		for (i = 0; val[i] && i < (int) sizeof(low) - 1; i++)
			low[i] = pg_ascii_tolower((unsigned char) val[i]);
		low[i] = '\0';
		for (i = 0; i < (int) lengthof(special); i++)
			if (strstr(low, special[i]) != NULL)
				ok = false;
	}
	if (ok)
	{
		session_timezone = o->tz;
		PG_TRY();
		{
			ts = DatumGetTimestampTz(DirectFunctionCall3(timestamptz_in, CStringGetDatum(val),
														 ObjectIdGetDatum(InvalidOid),
														 Int32GetDatum(-1)));
		}
		PG_FINALLY();
		{
			session_timezone = save;
		}
		PG_END_TRY();
	}
	if (!ok || TIMESTAMP_NOT_FINITE(ts))
	{
		char		m[200];

		snprintf(m, sizeof(m), "invalid value \"%s\" for %s option \"as_of\"", val, OPT_FN());
		OptError(optstr, m, "Valid values: a finite timestamp such as 2024-06-01 or \"2024-06-01 12:00+02\".");
	}
	o->has_as_of = true;
	o->as_of = ts;
}

/*
 * Read the next option of the text at *pp into key (lower-cased, at most 63
 * bytes) and val (at most TZ_STRLEN_MAX + 1 bytes); false at the end of
 * the text.  A value may be quoted ("...") or a bracket list ([...]).  A bare
 * word is its own value, and its key is the option it belongs to: 'week'
 * means period=week, 'rolling' window=rolling, and so on.
 *
 * Phases: separators (blanks and commas) skipped; the key, up to '=' or a
 * separator; with '=' the value, quoted, bracketed or plain; without, the
 * bare word mapped to its option; an empty value refused.  Values are not
 * checked here (MatrixParseOpts does), and the time-zone name is the
 * longest value, hence the size of val.
 */
static bool
OptNext(const char **pp, const char *optstr, char *key, int keysize,
		char *val, int valsize)
{
	const char *p = *pp;
	int			kl = 0,
				vl = 0;
	bool		has_val = false;

	while (*p == ' ' || *p == ',' || *p == '\t' || *p == '\n')
		p++;
	if (!*p)
	{
		*pp = p;
		return false;
	}
	while (*p && *p != '=' && *p != ' ' && *p != ',' && *p != '\t' && *p != '\n')
	{
		if (kl >= keysize - 1)
			OptErrorFn(optstr, "unknown %s option", NULL);
		key[kl++] = pg_ascii_tolower((unsigned char) *p);
		p++;
	}
	key[kl] = '\0';
	if (*p == '=')
	{
		has_val = true;
		p++;
		if (*p == '"')
		{
			p++;
			while (*p && *p != '"')
			{
				if (vl >= valsize - 1)
					OptErrorFn(optstr, "%s option value is too long", NULL);
				val[vl++] = *p++;
			}
			if (*p != '"')
				OptErrorFn(optstr, "unterminated quoted %s option value", NULL);
			p++;
		}
		else if (*p == '[')
		{
			p++;
			while (*p && *p != ']')
			{
				if (vl >= valsize - 1)
					OptErrorFn(optstr, "%s option value is too long", NULL);
				val[vl++] = *p++;
			}
			if (*p != ']')
				OptErrorFn(optstr, "unterminated %s bracket list", "Close the list with ].");
			p++;
		}
		else
		{
			while (*p && *p != ' ' && *p != ',' && *p != '\t' && *p != '\n')
			{
				if (vl >= valsize - 1)
					OptErrorFn(optstr, "%s option value is too long", NULL);
				val[vl++] = *p++;
			}
		}
		val[vl] = '\0';
	}
	else
	{
		/* a bare word: its own value */
		strlcpy(val, key, valsize);
		if (strcmp(key, "hour") == 0 || strcmp(key, "day") == 0 ||
			strcmp(key, "week") == 0 || strcmp(key, "month") == 0)
			strlcpy(key, "period", keysize);
		else if (strcmp(key, "first") == 0 || strcmp(key, "first_time") == 0 ||
				 strcmp(key, "recurring") == 0)
			strlcpy(key, "cohort", keysize);
		else if (strcmp(key, "on") == 0 || strcmp(key, "on_or_after") == 0)
			strlcpy(key, "count", keysize);
		else if (strcmp(key, "calendar") == 0 || strcmp(key, "rolling") == 0)
			strlcpy(key, "window", keysize);
		else if (strcmp(key, "monday") == 0 || strcmp(key, "sunday") == 0)
			strlcpy(key, "week_start", keysize);
		else
		{
			char		msg[128];

			snprintf(msg, sizeof(msg), "unknown %s option \"%s\"", OPT_FN(), val);
			OptError(optstr, msg, NULL);
		}
		has_val = true;
	}
	if (!has_val || val[0] == '\0')
	{
		char		msg[128];

		snprintf(msg, sizeof(msg), "%s option \"%s\" needs a value", OPT_FN(), key);
		OptError(optstr, msg, NULL);
	}
	*pp = p;
	return true;
}

/*
 * Parse the options text of the matrix aggregates into o.
 *
 * Phases: defaults (period=day, count=on, calendar windows, first-time
 * cohorts, the session's time zone, no max_period); each option read by
 * OptNext and checked (known key, valid value, not given twice); the
 * bracket list, parsed last because count= may come after it; the checks
 * between options; the rolling window length of the unit.
 */
void
MatrixParseOpts(MatrixOpts *o, const char *optstr, FunctionCallInfo fcinfo)
{
	const char *p = optstr;
	bool		seen_period = false,
				seen_cohort = false,
				seen_count = false,
				seen_window = false,
				seen_ws = false,
				seen_tz = false,
				seen_max = false,
				seen_br = false,
				seen_asof = false;
	char		brbuf[1024];
	char		asofbuf[128];
	char		key[64];
	char		val[TZ_STRLEN_MAX + 2];

	opt_fcinfo = fcinfo;
	/* the defaults (doc/retention.md, "Options") */
	memset(o, 0, sizeof(*o));
	o->unit = PGG_CAL_DAY;
	o->mode = CM_ON;
	o->max_period = -1;
	o->tz = session_timezone;

	/*
	 * Each option once; values are matched without regard to case, as
	 * keys (lower-cased by OptNext).
	 */
	while (OptNext(&p, optstr, key, sizeof(key), val, sizeof(val)))
	{
#define DUP(flag) do { if (flag) { char m_[128]; snprintf(m_, sizeof(m_), "%s option \"%s\" is given twice", OPT_FN(), key); OptError(optstr, m_, NULL); } flag = true; } while (0)
#define BADVAL(expected) do { char m_[400]; snprintf(m_, sizeof(m_), "invalid value \"%s\" for %s option \"%s\"", val, OPT_FN(), key); OptError(optstr, m_, "Valid values: " expected "."); } while (0)

		if (strcmp(key, "period") == 0)
		{
			DUP(seen_period);
			if (pg_strcasecmp(val, "hour") == 0)
				o->unit = PGG_CAL_HOUR;
			else if (pg_strcasecmp(val, "day") == 0)
				o->unit = PGG_CAL_DAY;
			else if (pg_strcasecmp(val, "week") == 0)
				o->unit = PGG_CAL_WEEK;
			else if (pg_strcasecmp(val, "month") == 0)
				o->unit = PGG_CAL_MONTH;
			else
				BADVAL("hour, day, week, month");
		}
		else if (strcmp(key, "cohort") == 0)
		{
			DUP(seen_cohort);
			if (pg_strcasecmp(val, "first") == 0 || pg_strcasecmp(val, "first_time") == 0)
				o->recurring = false;
			else if (pg_strcasecmp(val, "recurring") == 0)
				o->recurring = true;
			else
				BADVAL("first, recurring");
		}
		else if (strcmp(key, "count") == 0)
		{
			DUP(seen_count);
			if (pg_strcasecmp(val, "on") == 0)
				o->mode = CM_ON;
			else if (pg_strcasecmp(val, "on_or_after") == 0)
				o->mode = CM_ON_OR_AFTER;
			else if (pg_strcasecmp(val, "brackets") == 0)
				o->mode = CM_BRACKETS;
			else
				BADVAL("on, on_or_after, brackets");
		}
		else if (strcmp(key, "brackets") == 0)
		{
			/* parsed after the loop (count= may come later) */
			DUP(seen_br);
			strlcpy(brbuf, val, sizeof(brbuf));
		}
		else if (strcmp(key, "window") == 0)
		{
			DUP(seen_window);
			if (pg_strcasecmp(val, "calendar") == 0)
				o->rolling = false;
			else if (pg_strcasecmp(val, "rolling") == 0)
				o->rolling = true;
			else
				BADVAL("calendar, rolling");
		}
		else if (strcmp(key, "week_start") == 0)
		{
			DUP(seen_ws);
			if (pg_strcasecmp(val, "monday") == 0)
				o->sunday = false;
			else if (pg_strcasecmp(val, "sunday") == 0)
				o->sunday = true;
			else
				BADVAL("monday, sunday");
		}
		else if (strcmp(key, "tz") == 0 || strcmp(key, "timezone") == 0 ||
				 strcmp(key, "time_zone") == 0)
		{
			/* a zone name (pg_timezone_names), looked up by pg_tzset */
			DUP(seen_tz);
			o->tz = pgg_tz_lookup(val);
			if (o->tz == NULL)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("time zone \"%s\" of %s not recognized", val, OPT_FN()),
						 errhint("Use a name from pg_timezone_names, such as Europe/Berlin or UTC.")));
			o->tz_pinned = true;
		}
		else if (strcmp(key, "as_of") == 0)
		{
			/* parsed after the loop, in the matrix's zone (tz= may come later) */
			DUP(seen_asof);
			if (strlen(val) >= sizeof(asofbuf))
				BADVAL("a timestamp such as 2024-06-01 or \"2024-06-01 12:00+02\"");
			strlcpy(asofbuf, val, sizeof(asofbuf));
		}
		else if (strcmp(key, "max_period") == 0)
		{
			char	   *end;
			long		v;

			DUP(seen_max);
			errno = 0;
			v = strtol(val, &end, 10);
			if (errno != 0 || *end != '\0' || v < 0 || v > MAX_PERIOD)
				BADVAL("an integer from 0 to 100000");
			o->max_period = (int32) v;
		}
		else
		{
			char		msg[128];

			snprintf(msg, sizeof(msg), "unknown %s option \"%s\"", OPT_FN(), key);
			OptError(optstr, msg, "Known options: period, cohort, count, brackets, window, week_start, tz, max_period, as_of.");
		}
	}

	if (seen_asof)
		ParseAsOf(o, asofbuf, optstr);
	/* the bracket list last: count= may come after brackets= */
	if (seen_br)
	{
		if (seen_count && o->mode != CM_BRACKETS)
			OptErrorFn(optstr, "%s brackets need count=brackets", NULL);
		o->mode = CM_BRACKETS;
		ParseBrackets(o, brbuf, optstr);
	}
	else if (o->mode == CM_BRACKETS)
		OptErrorFn(optstr, "count=brackets of %s needs a bracket list",
				 "Pass brackets=[1-3,4-7,8-14], for example.");
	if (o->mode == CM_BRACKETS && seen_max)
		OptErrorFn(optstr, "max_period of %s does not apply to brackets",
				 "The last bracket already bounds the periods.");
	/* options that have no meaning together are refused, not ignored */
	if (seen_ws && o->unit != PGG_CAL_WEEK)
		OptErrorFn(optstr, "week_start of %s applies only to period=week", NULL);
	if (o->recurring && o->rolling)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("recurring cohorts of %s need calendar periods", OPT_FN()),
				 errdetail("Rolling windows start at the actor's first start event, so an actor has one cohort."),
				 errhint("Use window=calendar with cohort=recurring, or cohort=first with window=rolling.")));
	/* rolling window lengths (Amplitude's: a week is 7 days, a month 30) */
	switch (o->unit)
	{
		case PGG_CAL_HOUR:
			o->window_usec = USECS_PER_HOUR;
			break;
		case PGG_CAL_DAY:
			o->window_usec = USECS_PER_DAY;
			break;
		case PGG_CAL_WEEK:
			o->window_usec = 7 * USECS_PER_DAY;
			break;
		default:
			o->window_usec = 30 * USECS_PER_DAY;
			break;
	}
	opt_fcinfo = NULL;
}
