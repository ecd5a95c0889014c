/*-------------------------------------------------------------------------
 *
 * common.c
 *	  Shared helpers of pg_growth: argument checking, the event buffer and
 *	  versioned state serialization.  See pg_growth.h for the contracts.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "pg_growth.h"

#include <math.h>

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "common/int.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#if PG_VERSION_NUM >= 180000
PG_MODULE_MAGIC_EXT(.name = "pg_growth",.version = PGG_VERSION_STRING);
#else
PG_MODULE_MAGIC;
#endif

/* ---- argument checking ---------------------------------------------------- */

int64
pgg_interval_usec(const Interval *iv, const char *argname)
{
	int64		usec;
	int64		days;

	/* a month is 30 days, a day is 24 hours */
	days = (int64) iv->month * 30 + iv->day;
	if (pg_mul_s64_overflow(days, USECS_PER_DAY, &usec) ||
		pg_add_s64_overflow(usec, iv->time, &usec))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("%s is out of range", argname)));
	if (usec <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a positive interval", argname),
				 errdetail("A month counts as 30 days and a day as 24 hours; the interval given adds up to zero or less."),
				 errhint("Pass an interval such as '1 day' or '30 minutes'.")));
	return usec;
}

int
pgg_check_bool_args(FunctionCallInfo fcinfo, int first, int maxn,
					const char *fname)
{
	int			nargs = PG_NARGS();
	int			n = nargs - first;
	int			i;

	if (get_fn_expr_variadic(fcinfo->flinfo))
		return -1;				/* explicit VARIADIC array: checked per call */

	if (n < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s needs at least one condition", fname)));
	if (n > maxn)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s takes at most %d conditions, got %d", fname, maxn, n)));
	for (i = first; i < nargs; i++)
	{
		Oid			t = get_fn_expr_argtype(fcinfo->flinfo, i);

		if (t != BOOLOID && t != UNKNOWNOID)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("argument %d of %s must be boolean, not %s",
							i - first + 1, fname, format_type_be(t)),
					 errhint("Pass one boolean condition per step, such as event_name = 'purchase'.")));
	}
	return n;
}

uint32
pgg_bool_args_mask(FunctionCallInfo fcinfo, int first, int maxn,
				   const char *fname, int *nargs)
{
	uint32		mask = 0;
	int			i;
	int			n;

	/* the argument check runs once per query, cached in fn_extra */
	if (fcinfo->flinfo->fn_extra == NULL)
	{
		int		   *cached = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(int));

		*cached = pgg_check_bool_args(fcinfo, first, maxn, fname);
		fcinfo->flinfo->fn_extra = cached;
	}
	n = *(int *) fcinfo->flinfo->fn_extra;

	if (n < 0)
	{
		/* called as f(..., VARIADIC boolean[]) */
		ArrayType  *arr;
		Datum	   *elems;
		bool	   *nulls;
		int			nelems;

		if (PG_ARGISNULL(first))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("the VARIADIC condition array of %s must not be NULL", fname)));
		arr = PG_GETARG_ARRAYTYPE_P(first);
		if (ARR_ELEMTYPE(arr) != BOOLOID)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("the VARIADIC condition array of %s must be boolean[]", fname)));
		if (ARR_NDIM(arr) > 1)
			ereport(ERROR,
					(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
					 errmsg("the VARIADIC condition array of %s must be one-dimensional", fname)));
		deconstruct_array(arr, BOOLOID, 1, true, TYPALIGN_CHAR,
						  &elems, &nulls, &nelems);
		if (nelems < 1)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s needs at least one condition", fname)));
		if (nelems > maxn)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("%s takes at most %d conditions, got %d", fname, maxn, nelems)));
		for (i = 0; i < nelems; i++)
			if (!nulls[i] && DatumGetBool(elems[i]))
				mask |= ((uint32) 1) << i;
		*nargs = nelems;
		return mask;
	}

	for (i = 0; i < n; i++)
		if (!PG_ARGISNULL(first + i) && PG_GETARG_BOOL(first + i))
			mask |= ((uint32) 1) << i;
	*nargs = n;
	return mask;
}

void
pgg_check_finite(double x, const char *argname)
{
	if (!isfinite(x))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a finite number", argname)));
}

void
pgg_check_open_unit(double p, const char *argname)
{
	if (!(p > 0.0 && p < 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be between 0 and 1 (exclusive), got %g", argname, p)));
}

/* ---- result rows -------------------------------------------------------- */

Datum
pgg_float8_row(FunctionCallInfo fcinfo, const double *v, int n, bool finite_only)
{
	TupleDesc	tupdesc;
	Datum	   *values;
	bool	   *nulls;
	int			i;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning record called in context that cannot accept type record")));
	tupdesc = BlessTupleDesc(tupdesc);
	if (tupdesc->natts != n)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("result row has %d columns, expected %d", tupdesc->natts, n)));
	values = palloc(n * sizeof(Datum));
	nulls = palloc(n * sizeof(bool));
	for (i = 0; i < n; i++)
	{
		nulls[i] = isnan(v[i]) || (finite_only && isinf(v[i]));
		values[i] = Float8GetDatum(nulls[i] ? 0.0 : v[i]);
	}
	return HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls));
}

/* ---- event buffer --------------------------------------------------------- */

void
pgg_evbuf_init(PggEventBuffer *buf, int64 initial)
{
	buf->n = 0;
	buf->cap = Max(initial, 8);
	buf->sorted = true;
	buf->ev = palloc(buf->cap * sizeof(PggEvent));
}

static void
EvbufReserve(PggEventBuffer *buf, int64 need)
{
	int64		newcap;

	if (need <= buf->cap)
		return;
	newcap = buf->cap * 2;
	while (newcap < need)
		newcap *= 2;
	if ((Size) newcap * sizeof(PggEvent) > MaxAllocHugeSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many events for one group: %lld", (long long) need)));
	buf->ev = repalloc_huge(buf->ev, newcap * sizeof(PggEvent));
	buf->cap = newcap;
}

void
pgg_evbuf_add(PggEventBuffer *buf, int64 ts, uint32 mask, uint32 aux)
{
	PggEvent   *e;

	if (buf->n == buf->cap)
		EvbufReserve(buf, buf->n + 1);
	e = &buf->ev[buf->n];
	if (buf->n > 0 && buf->sorted)
	{
		PggEvent   *p = e - 1;

		if (p->ts > ts || (p->ts == ts && p->mask > mask))
			buf->sorted = false;
	}
	e->ts = ts;
	e->mask = mask;
	e->aux = aux;
	buf->n++;
}

void
pgg_evbuf_append(PggEventBuffer *dst, const PggEventBuffer *src)
{
	int64		i;

	EvbufReserve(dst, dst->n + src->n);
	for (i = 0; i < src->n; i++)
		pgg_evbuf_add(dst, src->ev[i].ts, src->ev[i].mask, src->ev[i].aux);
}

static int
EventCmp(const void *a, const void *b)
{
	const PggEvent *x = a;
	const PggEvent *y = b;

	if (x->ts != y->ts)
		return x->ts < y->ts ? -1 : 1;
	if (x->mask != y->mask)
		return x->mask < y->mask ? -1 : 1;
	if (x->aux != y->aux)
		return x->aux < y->aux ? -1 : 1;
	return 0;
}

void
pgg_evbuf_sort(PggEventBuffer *buf)
{
	if (!buf->sorted)
	{
		CHECK_FOR_INTERRUPTS();
		qsort(buf->ev, buf->n, sizeof(PggEvent), EventCmp);
		buf->sorted = true;
	}
}

/* ---- serialization -------------------------------------------------------- */

void
pgg_ser_begin(StringInfo buf, uint32 magic, uint8 version)
{
	pq_begintypsend(buf);
	pq_sendint32(buf, magic);
	pq_sendbyte(buf, version);
}

/*
 * The same with the buffer allocated at its final size (payload bytes after
 * the magic and version): for small states serialized once per group, where
 * the default 1 kB buffer would cost more than the state.
 */
void
pgg_ser_begin_sized(StringInfo buf, uint32 magic, uint8 version, int payload)
{
	buf->maxlen = VARHDRSZ + 5 + payload + 1;
	buf->data = palloc(buf->maxlen);
	buf->len = VARHDRSZ;
	buf->cursor = 0;
	buf->data[buf->len] = '\0';
	pq_sendint32(buf, magic);
	pq_sendbyte(buf, version);
}

bytea *
pgg_ser_end(StringInfo buf)
{
	return pq_endtypsend(buf);
}

void
pgg_deser_begin(StringInfo buf, bytea *b, uint32 magic, uint8 version,
				const char *what)
{
	uint32		m;
	int			v;

	buf->data = VARDATA_ANY(b);
	buf->len = VARSIZE_ANY_EXHDR(b);
	buf->maxlen = buf->len;
	buf->cursor = 0;
	pgg_deser_need(buf, 5, what);
	m = pq_getmsgint(buf, 4);
	v = pq_getmsgbyte(buf);
	if (m != magic)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid %s state", what),
				 errdetail("The serialized state does not start with the %s marker.", what)));
	if (v != version)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported %s state format version %d", what, v),
				 errdetail("This build of pg_growth reads version %d.", version)));
}

void
pgg_deser_need(StringInfo buf, int64 nbytes, const char *what)
{
	if (nbytes < 0 || (int64) buf->len - buf->cursor < nbytes)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid %s state", what),
				 errdetail("The serialized state is truncated.")));
}

void
pgg_deser_end(StringInfo buf, const char *what)
{
	if (buf->cursor != buf->len)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid %s state", what),
				 errdetail("The serialized state has %d trailing bytes.", buf->len - buf->cursor)));
}

/* pg_growth_version(): the version of the loaded library */
PGG_FUNCTION(pgg_version)
{
	PG_RETURN_TEXT_P(cstring_to_text(PGG_VERSION_STRING));
}
