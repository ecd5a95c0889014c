/*-------------------------------------------------------------------------
 *
 * matrix_definition.c
 *	  Retention: retention_definition(matrix), the definition a matrix
 *	  value records (period, week start, window, cohort kind, counting,
 *	  brackets, max_period, value column, time zone, observation end) as
 *	  one row of plain columns, so that a stored matrix says how it was
 *	  built and why retention_merge refuses to add two of them.
 *
 * Semantics: doc/retention.md, "The matrix value".
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "retention/retention.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/timestamp.h"

/* the columns of retention_definition() */
enum
{
	DEF_FORMAT,
	DEF_PERIOD,
	DEF_WEEK_START,
	DEF_WINDOW,
	DEF_COHORT,
	DEF_COUNTING,
	DEF_BRACKETS,
	DEF_MAX_PERIOD,
	DEF_HAS_VALUE,
	DEF_TZ,
	DEF_TZ_PINNED,
	DEF_OBSERVATION,
	DEF_OBSERVED_UNTIL,
	DEF_COHORTS,
	DEF_COLUMNS,
	DEF_NCOLS
};

/*
 * retention_definition(matrix float8[]) -> one row: format, period,
 * week_start (weeks only), window, cohort, counting, brackets, max_period,
 * value_column, tz, tz_pinned, observation, observed_until, cohorts,
 * columns.  What format 1 (0.2) did not record reads NULL.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_retention_definition);
Datum
pgg_retention_definition(PG_FUNCTION_ARGS)
{
	MatrixView	v;
	TupleDesc	tupdesc;
	Datum		values[DEF_NCOLS];
	bool		nulls[DEF_NCOLS];
	int			unit;
	const char *obs;

	MatrixRead(PG_GETARG_ARRAYTYPE_P(0), &v, false);
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning record called in context that cannot accept type record")));
	tupdesc = BlessTupleDesc(tupdesc);
	if (tupdesc->natts != DEF_NCOLS)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("result row has %d columns, expected %d", tupdesc->natts, DEF_NCOLS)));
	memset(nulls, false, sizeof(nulls));
	unit = v.defcode % 10;

	values[DEF_FORMAT] = Int32GetDatum(v.format);
	values[DEF_PERIOD] = CStringGetTextDatum(MatrixUnitNames[unit]);
	if (unit == PGG_CAL_WEEK)
		values[DEF_WEEK_START] = CStringGetTextDatum((v.defcode / 10) % 10 ? "sunday" : "monday");
	else
		nulls[DEF_WEEK_START] = true;
	values[DEF_WINDOW] = CStringGetTextDatum((v.defcode / 100) % 10 ? "rolling" : "calendar");
	values[DEF_COHORT] = CStringGetTextDatum(v.defcode / 1000 ? "recurring" : "first");
	values[DEF_COUNTING] = CStringGetTextDatum(MatrixModeNames[v.mode]);
	if (v.mode == CM_BRACKETS)
		values[DEF_BRACKETS] = CStringGetTextDatum(MatrixBracketsText(&v));
	else
		nulls[DEF_BRACKETS] = true;
	/* format 1 recorded no max_period, zone or observation end */
	values[DEF_MAX_PERIOD] = Int32GetDatum(v.maxp);
	nulls[DEF_MAX_PERIOD] = v.format < 2 || v.maxp < 0;
	values[DEF_HAS_VALUE] = BoolGetDatum(v.has_value);
	if (v.format >= 2)
	{
		values[DEF_TZ] = CStringGetTextDatum(v.tzname);
		values[DEF_TZ_PINNED] = BoolGetDatum(v.tz_pinned);
	}
	else
		nulls[DEF_TZ] = nulls[DEF_TZ_PINNED] = true;
	switch (v.obskind)
	{
		case OBS_LAST_EVENT:
			obs = "last_event";
			break;
		case OBS_AS_OF:
			obs = "as_of";
			break;
		case OBS_NONE:
			obs = "none";
			break;
		default:
			obs = "unknown";
			break;
	}
	values[DEF_OBSERVATION] = CStringGetTextDatum(obs);
	values[DEF_OBSERVED_UNTIL] = TimestampTzGetDatum(v.obs);
	nulls[DEF_OBSERVED_UNTIL] = v.obskind != OBS_LAST_EVENT && v.obskind != OBS_AS_OF;
	values[DEF_COHORTS] = Int32GetDatum(v.nrows);
	values[DEF_COLUMNS] = Int32GetDatum(v.ncols);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
