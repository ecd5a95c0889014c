/*-------------------------------------------------------------------------
 *
 * retention.c
 *	  Retention: the ClickHouse-compatible retention(cond1, ..., condN)
 *	  aggregate.
 *
 * retention() is a per-actor aggregate.  Element 1 of its result is 1 when
 * cond1 held on some row of the group; element i > 1 is 1 when cond1 held on
 * some row and cond i held on some (possibly other) row; every element is 0
 * when cond1 never held.  This is ClickHouse's retention() (see
 * doc/retention.md).
 *
 * The state is a plain bigint (not internal): the low 32 bits hold the
 * conditions seen so far, bits 32..39 the number of conditions.  ORing two
 * states combines them, so the aggregate runs in parallel plans and Citus can
 * split it across nodes with no serialization functions.  The exception is
 * the VARIADIC "any" form kept for views of 0.2: its state is that bigint in
 * an internal cell (with serialize and deserialize functions), because Citus
 * would try to split a bigint-state aggregate and its workers refuse the
 * "any" argument; with internal, Citus pulls the rows instead.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "core/args.h"
#include "core/codec.h"

#include "catalog/pg_type.h"
#include "libpq/pqformat.h"
#include "utils/array.h"

#define RET_MASK(s)		((uint32) ((uint64) (s) & 0xFFFFFFFFu))
#define RET_N(s)		((int) (((uint64) (s) >> 32) & 0xFF))
#define RET_STATE(m, n)	((int64) (((uint64) (n) << 32) | (uint64) (m)))

/* Validate a state that may have been built by hand. */
static void
RetentionCheckState(int64 s)
{
	int			n = RET_N(s);

	if ((((uint64) s) >> 40) != 0 || n < 1 || n > PGG_MAX_STEPS ||
		(n < 32 && (RET_MASK(s) >> n) != 0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid retention state %lld", (long long) s)));
}

/* _pgg_retention_trans(state bigint, VARIADIC "any") */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_retention_trans);
Datum
pgg_retention_trans(PG_FUNCTION_ARGS)
{
	int			n;
	uint32		mask = pgg_bool_args_mask(fcinfo, 1, PGG_MAX_STEPS, "retention", &n);

	if (!PG_ARGISNULL(0))
	{
		int64		s = PG_GETARG_INT64(0);

		if (RET_N(s) != n)
			ereport(ERROR,
					(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
					 errmsg("retention got %d conditions on one row and %d on another", n, RET_N(s)),
					 errhint("Pass the same number of conditions on every row.")));
		mask |= RET_MASK(s);
	}
	PG_RETURN_INT64(RET_STATE(mask, n));
}

/*
 * _pgg_retention_trans(state bigint, conditions boolean[]): the transition
 * of retention(VARIADIC conditions boolean[]), the overload every call with
 * boolean conditions resolves to.  Its declared argument type is exact and
 * it reads no call expression, so Citus can split it (worker_partial_agg
 * checks the argument types against the declaration and passes no call
 * expression).
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_retention_trans_array);
Datum
pgg_retention_trans_array(PG_FUNCTION_ARGS)
{
	int			n;
	uint32		mask;

	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("the VARIADIC condition array of retention must not be NULL")));
	mask = pgg_bool_array_mask(PG_GETARG_ARRAYTYPE_P(1), PGG_MAX_STEPS, "retention", &n);
	if (!PG_ARGISNULL(0))
	{
		int64		s = PG_GETARG_INT64(0);

		if (RET_N(s) != n)
			ereport(ERROR,
					(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
					 errmsg("retention got %d conditions on one row and %d on another", n, RET_N(s)),
					 errhint("Pass the same number of conditions on every row.")));
		mask |= RET_MASK(s);
	}
	PG_RETURN_INT64(RET_STATE(mask, n));
}

/*
 * _pgg_retention_trans(state bigint, boolean, ...): the transition of the
 * fixed-arity overloads retention(c1 boolean, ..., cN boolean), N = 1 to 8,
 * which calls with up to eight boolean conditions resolve to (PostgreSQL
 * prefers a non-variadic match): the conditions are read as arguments, with
 * no array built per row.  Exact types, no call expression: Citus splits it.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_retention_trans_fixed);
Datum
pgg_retention_trans_fixed(PG_FUNCTION_ARGS)
{
	int			n = PG_NARGS() - 1;
	uint32		mask = 0;
	int			i;

	if (n < 1 || n > PGG_MAX_STEPS)
		elog(ERROR, "retention: %d fixed conditions (cannot happen)", n);
	for (i = 0; i < n; i++)
		if (!PG_ARGISNULL(i + 1) && PG_GETARG_BOOL(i + 1))
			mask |= ((uint32) 1) << i;
	if (!PG_ARGISNULL(0))
	{
		int64		s = PG_GETARG_INT64(0);

		if (RET_N(s) != n)
			ereport(ERROR,
					(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
					 errmsg("retention got %d conditions on one row and %d on another", n, RET_N(s)),
					 errhint("Pass the same number of conditions on every row.")));
		mask |= RET_MASK(s);
	}
	PG_RETURN_INT64(RET_STATE(mask, n));
}

/* ---- the VARIADIC "any" form: the bigint state in an internal cell ---- */

#define RET_SER_MAGIC	0x70675274	/* "pgRt" */

extern Datum pgg_retention_final(PG_FUNCTION_ARGS);	/* below */
#define RET_SER_VERSION 1

static int64 *
RetentionCell(FunctionCallInfo fcinfo, int64 s)
{
	MemoryContext aggctx = pgg_agg_context(fcinfo, "retention");
	int64	   *cell = (int64 *) MemoryContextAlloc(aggctx, sizeof(int64));

	*cell = s;
	return cell;
}

/* _pgg_retention_any_trans(internal, VARIADIC "any") returns internal */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_retention_any_trans);
Datum
pgg_retention_any_trans(PG_FUNCTION_ARGS)
{
	int			n;
	uint32		mask = pgg_bool_args_mask(fcinfo, 1, PGG_MAX_STEPS, "retention", &n);
	int64	   *cell;

	if (PG_ARGISNULL(0))
		PG_RETURN_POINTER(RetentionCell(fcinfo, RET_STATE(mask, n)));
	cell = (int64 *) PG_GETARG_POINTER(0);
	if (RET_N(*cell) != n)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("retention got %d conditions on one row and %d on another", n, RET_N(*cell)),
				 errhint("Pass the same number of conditions on every row.")));
	*cell |= mask;
	PG_RETURN_POINTER(cell);
}

/* _pgg_retention_any_combine(internal, internal) returns internal */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_retention_any_combine);
Datum
pgg_retention_any_combine(PG_FUNCTION_ARGS)
{
	int64	   *a,
			   *b;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_POINTER(PG_GETARG_POINTER(0));
	}
	b = (int64 *) PG_GETARG_POINTER(1);
	RetentionCheckState(*b);
	if (PG_ARGISNULL(0))
		PG_RETURN_POINTER(RetentionCell(fcinfo, *b));
	a = (int64 *) PG_GETARG_POINTER(0);
	RetentionCheckState(*a);
	if (RET_N(*a) != RET_N(*b))
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("cannot combine retention states of %d and %d conditions",
						RET_N(*a), RET_N(*b))));
	*a |= RET_MASK(*b);
	PG_RETURN_POINTER(a);
}

/* _pgg_retention_any_serialize(internal) returns bytea: magic, version, the bigint */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_retention_any_serialize);
Datum
pgg_retention_any_serialize(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pgg_agg_context(fcinfo, "retention");
	pgg_ser_begin_sized(&buf, RET_SER_MAGIC, RET_SER_VERSION, 8);
	pq_sendint64(&buf, *(int64 *) PG_GETARG_POINTER(0));
	PG_RETURN_BYTEA_P(pgg_ser_end(&buf));
}

/* _pgg_retention_any_deserialize(bytea, internal) returns internal */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_retention_any_deserialize);
Datum
pgg_retention_any_deserialize(PG_FUNCTION_ARGS)
{
	StringInfoData buf;
	int64		s;

	pgg_deser_begin(&buf, PG_GETARG_BYTEA_PP(0), RET_SER_MAGIC, RET_SER_VERSION, "retention");
	pgg_deser_need(&buf, 8, "retention");
	s = pq_getmsgint64(&buf);
	pgg_deser_end(&buf, "retention");
	RetentionCheckState(s);
	PG_RETURN_POINTER(RetentionCell(fcinfo, s));
}

/* _pgg_retention_any_final(internal) returns integer[] */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_retention_any_final);
Datum
pgg_retention_any_final(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	return DirectFunctionCall1(pgg_retention_final,
							   Int64GetDatum(*(int64 *) PG_GETARG_POINTER(0)));
}

/* _pgg_retention_combine(bigint, bigint): OR the seen-condition masks */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_retention_combine);
Datum
pgg_retention_combine(PG_FUNCTION_ARGS)
{
	int64		a,
				b;

	if (PG_ARGISNULL(0))
	{
		if (PG_ARGISNULL(1))
			PG_RETURN_NULL();
		PG_RETURN_INT64(PG_GETARG_INT64(1));
	}
	if (PG_ARGISNULL(1))
		PG_RETURN_INT64(PG_GETARG_INT64(0));
	a = PG_GETARG_INT64(0);
	b = PG_GETARG_INT64(1);
	RetentionCheckState(a);
	RetentionCheckState(b);
	if (RET_N(a) != RET_N(b))
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("cannot combine retention states of %d and %d conditions",
						RET_N(a), RET_N(b))));
	PG_RETURN_INT64(RET_STATE(RET_MASK(a) | RET_MASK(b), RET_N(a)));
}

/* _pgg_retention_final(bigint) returns integer[] */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_retention_final);
Datum
pgg_retention_final(PG_FUNCTION_ARGS)
{
	int64		s = PG_GETARG_INT64(0);
	int			n;
	uint32		mask;
	Datum		out[PGG_MAX_STEPS];
	int			i;
	bool		first;

	RetentionCheckState(s);
	n = RET_N(s);
	mask = RET_MASK(s);
	first = (mask & 1) != 0;
	for (i = 0; i < n; i++)
		out[i] = Int32GetDatum(first && (mask & (((uint32) 1) << i)) ? 1 : 0);
	PG_RETURN_ARRAYTYPE_P(construct_array(out, n, INT4OID, sizeof(int32), true, TYPALIGN_INT));
}
