/*-------------------------------------------------------------------------
 *
 * matrix_read.c
 *	  Retention: the matrix value (float8[]) read back: MatrixRead, the
 *	  one function that reads and validates it, and the SQL functions on
 *	  values: retention_merge (a sum of values), retention_rows,
 *	  retention_array and retention_average.
 *
 * Semantics: doc/retention.md, "The matrix value", "Readers" (the weighted
 * average is Amplitude's and Mixpanel's summary line and PostHog's
 * "weighted" mean, mean_rate PostHog's "simple" one) and "Parallel query
 * and Citus" (retention_merge has a plain float8[] state with itself as
 * combine function, so Citus can split it across nodes).
 *
 * Users keep matrix values in tables and merge or read them later, so the
 * layout (retention.h) never changes in place: a new layout needs a new
 * RM_FORMAT, and MatrixRead refuses formats it does not know.  Format 2
 * (0.3.0) records the time zone, max_period and the observation end; the
 * readers return NULL for cells not observed by then (ObsCheck), and
 * retention_merge refuses different definitions (MatrixSameDefinition).
 * Format 1 values (0.2) are still read, every cell observed.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "core/args.h"
#include "retention/retention.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "common/int.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"


/* ---- reading and validating a matrix value ------------------------------- */

/*
 * Raise "invalid retention matrix" (22023, as since 0.1.0: tests and users
 * match it) with detail naming the broken rule.
 */
static void
BadState(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid retention matrix"),
			 errdetail("%s", detail),
			 errhint("Pass the result of retention_matrix(), retention_actor() or retention_merge().")));
}

/* x is an integer in [lo, hi] (false for NaN) */
static inline bool
IsIntIn(double x, double lo, double hi)
{
	return x >= lo && x <= hi && x == floor(x);
}

/*
 * Read the fields of format 2 after the format 1 header: max_period, the
 * observation end, the zone (pinned or not) and its name, each checked.
 * Returns the number of header elements.
 */
static int
MatrixReadHeader2(const double *d, int64 len, MatrixView *v)
{
	int			tzlen,
				n,
				i,
				j;

	if (len < RM_HDR2)
		BadState("The array is shorter than the header.");
	if (!IsIntIn(d[RMH_MAXP], -1, MAX_PERIOD) || !IsIntIn(d[RMH_OBSKIND], OBS_NONE, OBS_AS_OF) ||
		!IsIntIn(d[RMH_OBSSEC], (double) (MIN_TIMESTAMP / USECS_PER_SEC + PGG_UNIX_OFFSET_SECS),
				 (double) (END_TIMESTAMP / USECS_PER_SEC + PGG_UNIX_OFFSET_SECS - 1)) ||
		!IsIntIn(d[RMH_OBSUSEC], 0, USECS_PER_SEC - 1) || !IsIntIn(d[RMH_TZPIN], 0, 1) ||
		!IsIntIn(d[RMH_TZLEN], 1, TZ_STRLEN_MAX))
		BadState("The header holds an invalid field.");
	v->maxp = (int) d[RMH_MAXP];
	v->obskind = (int) d[RMH_OBSKIND];
	v->obs = ((int64) d[RMH_OBSSEC] - PGG_UNIX_OFFSET_SECS) * USECS_PER_SEC + (int64) d[RMH_OBSUSEC];
	if (v->obskind != OBS_NONE && !IS_VALID_TIMESTAMP(v->obs))
		BadState("The observation end is not a valid time.");
	v->tz_pinned = d[RMH_TZPIN] != 0;
	tzlen = (int) d[RMH_TZLEN];
	n = (tzlen + RM_TZ_PACK - 1) / RM_TZ_PACK;
	if (len < RM_HDR2 + n)
		BadState("The array is shorter than the header.");
	/* the name: printable ASCII, six bytes to an element, no bytes past it */
	for (i = 0; i < n; i++)
	{
		double		x = d[RM_HDR2 + i];
		uint64		w;

		if (!IsIntIn(x, 0, (double) ((UINT64CONST(1) << (8 * RM_TZ_PACK)) - 1)))
			BadState("The time zone name is invalid.");
		w = (uint64) x;
		for (j = 0; j < RM_TZ_PACK; j++, w >>= 8)
		{
			int			c = (int) (w & 0xFF);

			if (i * RM_TZ_PACK + j < tzlen)
			{
				if (c < 0x21 || c > 0x7E)
					BadState("The time zone name is invalid.");
				v->tzname[i * RM_TZ_PACK + j] = (char) c;
			}
			else if (c != 0)
				BadState("The time zone name is invalid.");
		}
	}
	v->tzname[tzlen] = '\0';
	return RM_HDR2 + n;
}

/*
 * Read a matrix value into v (retention.h: MatrixView, the header fields).
 * Every reader (retention_merge, retention_rows, retention_array,
 * retention_average) goes through here.  full = false checks the header and
 * layout only (for the transition state retention_merge built itself);
 * full = true checks every cell, as for any value a user may have crafted.
 *
 * Phases: the array shape; the marker (RM_MAGIC, else "invalid retention
 * matrix", 22023); the format (1 or 2; a marked array of another format is
 * refused with 22P03: its layout may differ); the header fields, each an
 * integer in range, with format 2 also max_period, the observation end and
 * the zone name (MatrixReadHeader2); the brackets against the columns; the
 * length against the header; max_period against the columns; the bracket
 * bounds; with full, every row: increasing cohort indexes, a valid start
 * time, a positive size, counts between 0 and the size, finite value sums.
 */
void
MatrixRead(ArrayType *a, MatrixView *v, bool full)
{
	double	   *d;
	int64		len;
	int			i,
				j;
	int			defcode;
	int			hdr;

	if (ARR_ELEMTYPE(a) != FLOAT8OID || ARR_NDIM(a) != 1 || ARR_HASNULL(a))
		BadState("A retention matrix is a one-dimensional float8 array without NULLs.");
	len = ArrayGetNItems(ARR_NDIM(a), ARR_DIMS(a));
	if (len < RM_HDR)
		BadState("The array is shorter than the header.");
	d = RM_DATA(a);
	if (d[RMH_MAGIC] != RM_MAGIC)
		BadState("The array does not start with the retention matrix marker and version.");
	if (d[RMH_FORMAT] != RM_FORMAT && d[RMH_FORMAT] != RM_FORMAT_V1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported retention matrix format version %g", d[RMH_FORMAT]),
				 errdetail("This build of pg_growth reads format versions 1 and %g.", RM_FORMAT),
				 errhint("Build the matrix again with this version of pg_growth.")));
	v->hdr = d;
	v->format = (int) d[RMH_FORMAT];
	hdr = RM_HDR;
	v->maxp = -1;
	v->obskind = OBS_UNKNOWN;
	v->obs = 0;
	v->tz_pinned = false;
	v->tzname[0] = '\0';
	if (v->format != (int) RM_FORMAT_V1)
		hdr = MatrixReadHeader2(d, len, v);
	if (!IsIntIn(d[RMH_DEFCODE], 1, 1114) || !IsIntIn(d[RMH_MODE], 0, 2) ||
		!IsIntIn(d[RMH_NCOLS], 0, MAX_CELLS) || !IsIntIn(d[RMH_HAS_VALUE], 0, 1) ||
		!IsIntIn(d[RMH_NROWS], 0, MAX_CELLS) || !IsIntIn(d[RMH_NBR], 0, MAX_BRACKETS))
		BadState("The header holds an invalid field.");
	/* unit 1-4, Sunday only for weeks, rolling and recurring 0 or 1 */
	defcode = (int) d[RMH_DEFCODE];
	if (defcode % 10 < PGG_CAL_HOUR || defcode % 10 > PGG_CAL_MONTH || (defcode / 10) % 10 > 1 ||
		(defcode / 100) % 10 > 1 || defcode / 1000 > 1 || (defcode / 10 % 10 == 1 && defcode % 10 != PGG_CAL_WEEK))
		BadState("The header holds an invalid definition code.");
	v->defcode = defcode;
	v->mode = (int) d[RMH_MODE];
	v->ncols = (int) d[RMH_NCOLS];
	v->has_value = d[RMH_HAS_VALUE] != 0;
	v->nrows = (int) d[RMH_NROWS];
	v->nbr = (int) d[RMH_NBR];
	if ((v->mode == CM_BRACKETS) != (v->nbr > 0) ||
		(v->mode == CM_BRACKETS && v->ncols != v->nbr))
		BadState("The brackets do not match the columns.");
	v->width = RM_ROWFIX + v->ncols * (1 + (v->has_value ? 1 : 0));
	if (len != hdr + 2 * (int64) v->nbr + (int64) v->nrows * v->width)
		BadState("The array length does not match the header.");
	if (v->maxp >= 0 && (v->mode == CM_BRACKETS || v->ncols > v->maxp + 1))
		BadState("The header holds an invalid field.");
	v->br = d + hdr;
	v->rows = d + hdr + 2 * v->nbr;
	for (i = 0; i < v->nbr; i++)
	{
		if (!IsIntIn(v->br[2 * i], 0, MAX_PERIOD) || !IsIntIn(v->br[2 * i + 1], v->br[2 * i], MAX_PERIOD) ||
			(i > 0 && v->br[2 * i] <= v->br[2 * i - 1]))
			BadState("The brackets are not increasing ranges of periods.");
	}
	if (!full)
		return;
	for (i = 0; i < v->nrows; i++)
	{
		double	   *r = v->rows + (int64) i * v->width;

		CHECK_FOR_INTERRUPTS();
		/* cohort indexes: hours from 4713 BC to 294276 AD fit in +-2.6e9 */
		if (!IsIntIn(r[RMR_COHORT], -4.0e9, 4.0e9) || (i > 0 && r[RMR_COHORT] <= r[RMR_COHORT - v->width]))
			BadState("The cohort indexes are not increasing integers.");
		if (!IsIntIn(r[RMR_START], (double) (MIN_TIMESTAMP / USECS_PER_SEC + PGG_UNIX_OFFSET_SECS),
					 (double) (END_TIMESTAMP / USECS_PER_SEC + PGG_UNIX_OFFSET_SECS - 1)))
			BadState("A cohort start is not a valid time.");
		if (!IsIntIn(r[RMR_SIZE], 1, 9.0e15))
			BadState("A cohort size is not a positive integer.");
		for (j = 0; j < v->ncols; j++)
		{
			if (!IsIntIn(r[RM_ROWFIX + j], 0, r[RMR_SIZE]))
				BadState("A retained count is not an integer between 0 and the cohort size.");
			if (v->has_value && !isfinite(r[RM_ROWFIX + v->ncols + j]))
				BadState("A value sum is not finite.");
		}
	}
}

/* names of the parts of a definition, for the errors of MatrixSameDefinition */
const char *const MatrixUnitNames[] = {"", "hour", "day", "week", "month"};
const char *const MatrixModeNames[] = {"on", "on_or_after", "brackets"};

/* refuse a merge: "cannot merge retention matrices with different WHAT" */
static void
DefDiffers(const char *what, const char *a, const char *b)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("cannot merge retention matrices with different %s", what),
			 errdetail("One uses \"%s\", the other \"%s\".", a, b),
			 errhint("Build the matrices with the same options.")));
}

/* the bracket list of a value as text, [1-3,4-7] */
char *
MatrixBracketsText(const MatrixView *v)
{
	StringInfoData s;
	int			i;

	initStringInfo(&s);
	appendStringInfoChar(&s, '[');
	for (i = 0; i < v->nbr; i++)
	{
		if (i > 0)
			appendStringInfoChar(&s, ',');
		if (v->br[2 * i] == v->br[2 * i + 1])
			appendStringInfo(&s, "%d", (int) v->br[2 * i]);
		else
			appendStringInfo(&s, "%d-%d", (int) v->br[2 * i], (int) v->br[2 * i + 1]);
	}
	appendStringInfoChar(&s, ']');
	return s.data;
}

/*
 * Two values can be summed only when their definitions agree: the layout
 * (format 1 records no zone, max_period or observation end), the period,
 * week start, window, cohort kind, counting mode, brackets, max_period,
 * value column, time zone and whether as_of pinned the observation end.
 * Each difference is refused (22023) with a message naming it and a detail
 * naming both sides.  The observation ends themselves may differ (see
 * MergeObservation).
 */
static void
MatrixSameDefinition(const MatrixView *a, const MatrixView *b)
{
	int			ua = a->defcode % 10,
				ub = b->defcode % 10;
	char		na[16],
				nb[16];

	if (a->format != b->format)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot merge retention matrices of format versions %d and %d", a->format, b->format),
				 errdetail("A matrix of format version 1 (pg_growth 0.2) records no time zone, max_period or observation end, so its definition cannot be compared."),
				 errhint("Build the older matrix again with this version of pg_growth.")));
	if (ua != ub)
		DefDiffers("periods", MatrixUnitNames[ua], MatrixUnitNames[ub]);
	if ((a->defcode / 10) % 10 != (b->defcode / 10) % 10)
		DefDiffers("week starts", (a->defcode / 10) % 10 ? "sunday" : "monday",
				   (b->defcode / 10) % 10 ? "sunday" : "monday");
	if ((a->defcode / 100) % 10 != (b->defcode / 100) % 10)
		DefDiffers("windows", (a->defcode / 100) % 10 ? "rolling" : "calendar",
				   (b->defcode / 100) % 10 ? "rolling" : "calendar");
	if (a->defcode / 1000 != b->defcode / 1000)
		DefDiffers("cohort kinds", a->defcode / 1000 ? "recurring" : "first",
				   b->defcode / 1000 ? "recurring" : "first");
	if (a->mode != b->mode)
		DefDiffers("counting modes", MatrixModeNames[a->mode], MatrixModeNames[b->mode]);
	if (a->nbr != b->nbr ||
		memcmp(a->br, b->br, 2 * a->nbr * sizeof(double)) != 0)
		DefDiffers("brackets", MatrixBracketsText(a), MatrixBracketsText(b));
	if (a->maxp != b->maxp)
	{
		snprintf(na, sizeof(na), "%d", a->maxp);
		snprintf(nb, sizeof(nb), "%d", b->maxp);
		DefDiffers("max_period", a->maxp < 0 ? "none" : na, b->maxp < 0 ? "none" : nb);
	}
	if (a->has_value != b->has_value)
		DefDiffers("value columns", a->has_value ? "a value" : "no value",
				   b->has_value ? "a value" : "no value");
	if (strcmp(a->tzname, b->tzname) != 0)
		DefDiffers("time zones", a->tzname, b->tzname);
	if ((a->obskind == OBS_AS_OF) != (b->obskind == OBS_AS_OF))
		DefDiffers("observation ends", a->obskind == OBS_AS_OF ? "as_of" : "its last event",
				   b->obskind == OBS_AS_OF ? "as_of" : "its last event");
}

/*
 * The observation end of the sum of two values (of the same definition):
 *
 *	as_of on both sides: the earlier one.  The parts hold disjoint actors,
 *	each observed until its as_of; a cell of the sum is complete only when
 *	it is complete in every part, so the conservative end is the minimum.
 *	the latest row time on both sides: the later one.  This is what one
 *	retention_matrix over the union of the rows records, which is what the
 *	two-stage form (retention_actor per actor, whose last row is only that
 *	actor's) must reproduce; a part without rows (OBS_NONE) adds nothing.
 *
 * Mixing the two kinds is refused by MatrixSameDefinition.
 */
static void
MergeObservation(int ka, TimestampTz oa, int kb, TimestampTz ob, int *k, TimestampTz *o)
{
	if (ka == OBS_AS_OF)
	{
		*k = OBS_AS_OF;
		*o = Min(oa, ob);
	}
	else if (kb == OBS_NONE || (ka == OBS_LAST_EVENT && oa >= ob))
	{
		*k = ka;
		*o = oa;
	}
	else
	{
		*k = kb;
		*o = ob;
	}
}

/*
 * Add the rows of a matrix value to a matrix under construction: sizes,
 * counts and value sums add up cell by cell, which is right because the
 * values merged are of disjoint actor sets (doc/retention.md, "Parallel
 * query and Citus").  Cohort starts are taken from the value.
 */
void
GridAddView(Grid *g, const MatrixView *v)
{
	int			i,
				j;

	if (v->ncols > 0)
		GridEnsureCols(g, v->ncols);
	for (i = 0; i < v->nrows; i++)
	{
		double	   *src = v->rows + (int64) i * v->width;
		GridRow    *r = GridRowFor(g, (int64) src[RMR_COHORT], src[RMR_START]);

		r->size += src[RMR_SIZE];
		for (j = 0; j < v->ncols; j++)
		{
			r->cnt[j] += src[RM_ROWFIX + j];
			if (g->has_value)
				r->val[j] = RetValueAdd(r->val[j], src[RM_ROWFIX + v->ncols + j]);
		}
	}
}

/* Sum two matrix values of the same definition into a new one. */
static ArrayType *
MergeViews(const MatrixView *a, const MatrixView *b)
{
	Grid		g;

	memset(&g, 0, sizeof(g));
	g.format = a->format;
	g.maxp = a->maxp;
	MergeObservation(a->obskind, a->obs, b->obskind, b->obs, &g.obskind, &g.obs);
	g.tz_pinned = a->tz_pinned && b->tz_pinned;
	strlcpy(g.tzname, a->tzname, sizeof(g.tzname));
	g.defcode = a->defcode;
	g.mode = a->mode;
	g.nbr = a->nbr;
	memcpy(g.br, a->br, 2 * a->nbr * sizeof(double));
	g.has_value = a->has_value;
	g.ncols = (a->mode == CM_BRACKETS) ? a->nbr : 0;
	GridAddView(&g, a);
	GridAddView(&g, b);
	return GridToArray(&g);
}

/*
 * Add b into a in place when a already has every row and column of b (the
 * usual case once the first values of a merge have been summed): no new
 * array per row.  Phase one only checks, so a is left untouched when the
 * answer is no.
 */
static bool
MergeInPlace(MatrixView *a, const MatrixView *b)
{
	int			i = 0,
				j,
				c;

	if (b->ncols > a->ncols)
		return false;
	/* every cohort of b must be a row of a (both sorted) */
	for (j = 0; j < b->nrows; j++)
	{
		double		key = b->rows[(int64) j * b->width + RMR_COHORT];

		while (i < a->nrows && a->rows[(int64) i * a->width + RMR_COHORT] < key)
			i++;
		if (i >= a->nrows || a->rows[(int64) i * a->width + RMR_COHORT] != key)
			return false;
	}
	if (a->format != (int) RM_FORMAT_V1)
	{
		/* the header: pinned only when both were, the observation end merged */
		int			k;
		TimestampTz o;
		int64		secs;

		MergeObservation(a->obskind, a->obs, b->obskind, b->obs, &k, &o);
		secs = k == OBS_NONE ? 0 : pgg_unix_secs(o);
		a->obskind = k;
		a->obs = o;
		a->tz_pinned = a->tz_pinned && b->tz_pinned;
		a->hdr[RMH_OBSKIND] = k;
		a->hdr[RMH_OBSSEC] = (double) secs;
		a->hdr[RMH_OBSUSEC] = k == OBS_NONE ? 0 : (double) (o - (secs - PGG_UNIX_OFFSET_SECS) * USECS_PER_SEC);
		a->hdr[RMH_TZPIN] = a->tz_pinned ? 1 : 0;
	}
	i = 0;
	for (j = 0; j < b->nrows; j++)
	{
		double	   *src = b->rows + (int64) j * b->width;
		double	   *dst;

		while (a->rows[(int64) i * a->width + RMR_COHORT] < src[RMR_COHORT])
			i++;
		dst = a->rows + (int64) i * a->width;
		dst[RMR_SIZE] += src[RMR_SIZE];
		for (c = 0; c < b->ncols; c++)
		{
			dst[RM_ROWFIX + c] += src[RM_ROWFIX + c];
			if (a->has_value)
				dst[RM_ROWFIX + a->ncols + c] = RetValueAdd(dst[RM_ROWFIX + a->ncols + c],
														   src[RM_ROWFIX + b->ncols + c]);
		}
	}
	return true;
}

/* ---- retention_merge(float8[]): sum matrices ------------------------------ */

/*
 * _pgg_retention_merge_trans(float8[], float8[]) returns float8[]; also the
 * combine function.  The first value is copied (a fresh array in the
 * aggregate context); later ones are added in place when the state is the
 * aggregate's own array (AGG_CONTEXT_AGGREGATE, not detoasted), else into a
 * new array.  A window aggregate never modifies its argument.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_retention_merge_trans);
Datum
pgg_retention_merge_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	int			ctx = AggCheckCallContext(fcinfo, &aggcxt);
	ArrayType  *a,
			   *b;
	MatrixView	va,
				vb;

	if (PG_ARGISNULL(1))
		return pgg_combine_first(fcinfo);
	b = PG_GETARG_ARRAYTYPE_P(1);
	MatrixRead(b, &vb, true);
	if (PG_ARGISNULL(0))
	{
		MatrixView	empty = vb;

		empty.nrows = 0;
		PG_RETURN_ARRAYTYPE_P(MergeViews(&vb, &empty));
	}
	a = PG_GETARG_ARRAYTYPE_P(0);
	/* the transition state is ours: check its layout, not every cell */
	MatrixRead(a, &va, ctx != AGG_CONTEXT_AGGREGATE);
	MatrixSameDefinition(&va, &vb);
	if (ctx == AGG_CONTEXT_AGGREGATE && (void *) a == (void *) DatumGetPointer(PG_GETARG_DATUM(0)) &&
		MergeInPlace(&va, &vb))
		PG_RETURN_ARRAYTYPE_P(a);
	PG_RETURN_ARRAYTYPE_P(MergeViews(&va, &vb));
}

/* ---- the readers ---------------------------------------------------------- */

/* a cohort start (Unix seconds, validated by MatrixRead) as a timestamptz */
static inline TimestampTz
StartToTimestamp(double secs)
{
	return (TimestampTz) ((int64) secs - PGG_UNIX_OFFSET_SECS) * USECS_PER_SEC;
}

/*
 * The periods of column j: a bracket's bounds, or period j itself; with On
 * or After the column counts period j and later, so period_end is NULL.
 */
static void
ColBounds(const MatrixView *v, int j, int32 *lo, int32 *hi, bool *hi_null)
{
	*hi_null = false;
	if (v->mode == CM_BRACKETS)
	{
		*lo = (int32) v->br[2 * j];
		*hi = (int32) v->br[2 * j + 1];
	}
	else
	{
		*lo = j;
		*hi = j;
		*hi_null = (v->mode == CM_ON_OR_AFTER);
	}
}

/*
 * Which cells of a value are fully observed.  A cell (cohort c, column j
 * whose periods end with period hi) is observed when the end of its last
 * period is at or before the observation end: with calendar periods when
 * period c + hi ends by then, i.e. c + hi is before the period holding the
 * observation end (obsidx); with rolling windows, whose periods start at
 * each actor's first event in the cohort period, when the cohort period's
 * end plus hi + 1 windows is.  Column 0 (and a bracket holding period 0)
 * counts every member by definition: always observed.  Values of format 1
 * record no observation end: every cell is observed, as 0.2 read them.
 */
typedef struct ObsCheck
{
	bool		active;
	bool		rolling;
	int64		window_usec;
	TimestampTz obs;
	int64		obsidx;
	PggCalendar cal;
} ObsCheck;

static void
ObsInit(const MatrixView *v, ObsCheck *oc)
{
	pg_tz	   *tz;
	int			unit = v->defcode % 10;

	memset(oc, 0, sizeof(*oc));
	if (v->obskind != OBS_LAST_EVENT && v->obskind != OBS_AS_OF)
		return;
	tz = pgg_tz_lookup(v->tzname);
	if (tz == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("time zone \"%s\" of the retention matrix not recognized", v->tzname),
				 errhint("The matrix was built on a server that knows this zone; read it there, or build it again with tz= set to a zone of pg_timezone_names.")));
	oc->active = true;
	oc->rolling = (v->defcode / 100) % 10 == 1;
	oc->obs = v->obs;
	pgg_cal_init(&oc->cal, (PggCalUnit) unit, (v->defcode / 10) % 10 == 1, tz, CurrentMemoryContext);
	oc->obsidx = pgg_cal_index(&oc->cal, v->obs);
	oc->window_usec = unit == PGG_CAL_HOUR ? USECS_PER_HOUR :
		unit == PGG_CAL_DAY ? USECS_PER_DAY :
		unit == PGG_CAL_WEEK ? 7 * USECS_PER_DAY : 30 * USECS_PER_DAY;
}

/* the cell of cohort index cidx and column periods lo..hi is fully observed */
static bool
ObsCell(ObsCheck *oc, double cidx, int32 lo, int32 hi)
{
	int64		c = (int64) cidx;
	TimestampTz end;

	if (!oc->active || lo == 0)
		return true;
	if (!oc->rolling)
		return c + hi < oc->obsidx;
	end = pgg_secs_to_ts(pgg_cal_period_start(&oc->cal, c + 1));
	if (pg_add_s64_overflow(end, (int64) (hi + 1) * oc->window_usec, &end))
		return false;
	return end <= oc->obs;
}

/*
 * retention_rows(matrix float8[], include_empty boolean) returns
 * setof (cohort, period, period_end, cohort_size, retained, rate, value)
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_retention_rows);
Datum
pgg_retention_rows(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	ArrayType  *a = PG_GETARG_ARRAYTYPE_P(0);
	bool		include_empty = PG_GETARG_BOOL(1);
	MatrixView	v;
	ObsCheck	oc;
	int			i,
				j;

	MatrixRead(a, &v, true);
	ObsInit(&v, &oc);
	InitMaterializedSRF(fcinfo, 0);
	for (i = 0; i < v.nrows; i++)
	{
		double	   *r = v.rows + (int64) i * v.width;

		CHECK_FOR_INTERRUPTS();
		for (j = 0; j < v.ncols; j++)
		{
			Datum		vals[7];
			bool		nulls[7] = {0};
			int32		lo,
						hi;
			bool		hn;
			bool		seen;
			double		c = r[RM_ROWFIX + j];

			ColBounds(&v, j, &lo, &hi, &hn);
			seen = ObsCell(&oc, r[RMR_COHORT], lo, hi);
			/*
			 * Empty cells only on request (heatmaps want them): a missing row
			 * is a zero.  Cells not fully observed always have a row, with
			 * NULL counts: unknown, not zero.
			 */
			if (c == 0 && seen && !include_empty)
				continue;
			vals[0] = TimestampTzGetDatum(StartToTimestamp(r[RMR_START]));
			vals[1] = Int32GetDatum(lo);
			vals[2] = Int32GetDatum(hi);
			nulls[2] = hn;
			vals[3] = Int64GetDatum((int64) r[RMR_SIZE]);
			vals[4] = Int64GetDatum((int64) c);
			vals[5] = Float8GetDatum(c / r[RMR_SIZE]);
			nulls[4] = nulls[5] = !seen;
			if (v.has_value && seen)
				vals[6] = Float8GetDatum(r[RM_ROWFIX + v.ncols + j]);
			else
				nulls[6] = true;
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, vals, nulls);
		}
	}
	return (Datum) 0;
}

/* retention_array(matrix float8[], what text) returns float8[][] (cohorts x periods) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_retention_array);
Datum
pgg_retention_array(PG_FUNCTION_ARGS)
{
	ArrayType  *a = PG_GETARG_ARRAYTYPE_P(0);
	char	   *what = text_to_cstring(PG_GETARG_TEXT_PP(1));
	MatrixView	v;
	ObsCheck	oc;
	int			kind;
	Datum	   *out;
	bool	   *onull;
	bool		anynull = false;
	int			dims[2],
				lbs[2] = {1, 1};
	int			i,
				j;

	MatrixRead(a, &v, true);
	if (strcmp(what, "retained") == 0)
		kind = 0;
	else if (strcmp(what, "rate") == 0)
		kind = 1;
	else if (strcmp(what, "value") == 0)
		kind = 2;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown retention_array kind \"%s\"", what),
				 errhint("Use 'retained', 'rate' or 'value'.")));
	if (kind == 2 && !v.has_value)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("this retention matrix has no value column"),
				 errhint("Build it with the value argument of retention_matrix().")));
	if (v.nrows == 0 || v.ncols == 0)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(FLOAT8OID));
	/* row-major: element [i][j] is cohort i, column j; NULL: not fully observed */
	ObsInit(&v, &oc);
	out = palloc((Size) v.nrows * v.ncols * sizeof(Datum));
	onull = palloc0((Size) v.nrows * v.ncols * sizeof(bool));
	for (i = 0; i < v.nrows; i++)
	{
		double	   *r = v.rows + (int64) i * v.width;

		CHECK_FOR_INTERRUPTS();
		for (j = 0; j < v.ncols; j++)
		{
			double		x = r[RM_ROWFIX + j];
			int32		lo,
						hi;
			bool		hn;

			ColBounds(&v, j, &lo, &hi, &hn);
			if (!ObsCell(&oc, r[RMR_COHORT], lo, hi))
			{
				onull[(int64) i * v.ncols + j] = true;
				anynull = true;
				out[(int64) i * v.ncols + j] = (Datum) 0;
				continue;
			}
			if (kind == 1)
				x = x / r[RMR_SIZE];
			else if (kind == 2)
				x = r[RM_ROWFIX + v.ncols + j];
			out[(int64) i * v.ncols + j] = Float8GetDatum(x);
		}
	}
	dims[0] = v.nrows;
	dims[1] = v.ncols;
	PG_RETURN_ARRAYTYPE_P(construct_md_array(out, anynull ? onull : NULL, 2, dims, lbs, FLOAT8OID,
											 sizeof(double), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/*
 * retention_average(matrix float8[]) returns setof (period, period_end,
 * cohorts, cohort_size, retained, rate, mean_rate): per column, over the
 * cohorts that reached its first period within the data (cohort index +
 * first period <= last cohort index), the weighted average
 * sum(retained) / sum(cohort size) and the simple mean of the rates.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_retention_average);
Datum
pgg_retention_average(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	ArrayType  *a = PG_GETARG_ARRAYTYPE_P(0);
	MatrixView	v;
	ObsCheck	oc;
	int			i,
				j;
	double		maxc;

	MatrixRead(a, &v, true);
	ObsInit(&v, &oc);
	InitMaterializedSRF(fcinfo, 0);
	if (v.nrows == 0)
		return (Datum) 0;
	/* the last cohort bounds the observed triangle */
	maxc = v.rows[(int64) (v.nrows - 1) * v.width + RMR_COHORT];
	for (j = 0; j < v.ncols; j++)
	{
		Datum		vals[7];
		bool		nulls[7] = {0};
		int32		lo,
					hi;
		bool		hn;
		int			n = 0;
		double		size = 0,
					ret = 0,
					sumrate = 0;

		ColBounds(&v, j, &lo, &hi, &hn);
		CHECK_FOR_INTERRUPTS();
		/* rows are sorted by cohort: the first cohort too late ends the column */
		for (i = 0; i < v.nrows; i++)
		{
			double	   *r = v.rows + (int64) i * v.width;

			if (v.format == (int) RM_FORMAT_V1)
			{
				/* format 1: the triangle below the last cohort */
				if (r[RMR_COHORT] + lo > maxc)
					break;
			}
			else if (!ObsCell(&oc, r[RMR_COHORT], lo, hi))
				continue;
			n++;
			size += r[RMR_SIZE];
			ret += r[RM_ROWFIX + j];
			sumrate += r[RM_ROWFIX + j] / r[RMR_SIZE];
		}
		if (n == 0)
			continue;
		vals[0] = Int32GetDatum(lo);
		vals[1] = Int32GetDatum(hi);
		nulls[1] = hn;
		vals[2] = Int32GetDatum(n);
		vals[3] = Int64GetDatum((int64) size);
		vals[4] = Int64GetDatum((int64) ret);
		vals[5] = Float8GetDatum(ret / size);
		vals[6] = Float8GetDatum(sumrate / n);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, vals, nulls);
	}
	return (Datum) 0;
}
