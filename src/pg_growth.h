/*-------------------------------------------------------------------------
 *
 * pg_growth.h
 *	  Shared declarations of the pg_growth extension.
 *
 * Everything that differs between PostgreSQL major versions (15, 17, 18) is
 * kept behind PG_VERSION_NUM tests in this one header.  The shared helpers
 * declared here live in common.c:
 *
 *	- argument checking (intervals to fixed durations, VARIADIC "any"
 *	  boolean arguments, float arguments, probabilities);
 *	- the event buffer: a growable array of (timestamp, bit mask) pairs kept
 *	  in the aggregate memory context, 16 bytes per stored row;
 *	- versioned, byte-order independent serialization of aggregate states on
 *	  top of the pq_send and pq_getmsg routines of PostgreSQL.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef PG_GROWTH_H
#define PG_GROWTH_H

#include "postgres.h"

#include "common/int.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/timestamp.h"

/* ---- version compatibility ---------------------------------------------- */

#if PG_VERSION_NUM < 150000
#error "pg_growth requires PostgreSQL 15 or later"
#endif

/*
 * The overflow-checked integer helpers (pg_add_s64_overflow and friends) are
 * declared in common/int.h.  Up to PostgreSQL 17 access/htup_details.h pulled
 * it in through access/tupmacs.h; PostgreSQL 18 no longer does, so it is
 * included above for every version.
 */

#if PG_VERSION_NUM >= 160000
#define PGG_FUNCTION_PREFIX
#else
#define PGG_FUNCTION_PREFIX PGDLLEXPORT
#endif

/* Declare an SQL-callable V1 function. */
#define PGG_FUNCTION(name) \
	PGG_FUNCTION_PREFIX PG_FUNCTION_INFO_V1(name); \
	PGG_FUNCTION_PREFIX Datum name(PG_FUNCTION_ARGS)

#define PGG_VERSION_STRING "0.2.1"

/* ---- limits --------------------------------------------------------------- */

/* Most conditions a funnel or retention call may take (ClickHouse allows 32). */
#define PGG_MAX_STEPS 32

/* ---- hashing ------------------------------------------------------------- */

/* The splitmix64 finalizer (Steele, Lea and Flood 2014): a fast 64-bit mixer. */
static inline uint64
pgg_hash_mix64(uint64 h)
{
	h ^= h >> 30;
	h *= UINT64CONST(0xbf58476d1ce4e5b9);
	h ^= h >> 27;
	h *= UINT64CONST(0x94d049bb133111eb);
	h ^= h >> 31;
	return h;
}

/* ---- argument checking (common.c) ----------------------------------------- */

/*
 * Convert an interval to a fixed number of microseconds: a month is 30 days
 * and a day 24 hours (ClickHouse and Amplitude use the same convention).
 * Raises an error naming argname when the interval is not positive or does
 * not fit in 64 bits.
 */
extern int64 pgg_interval_usec(const Interval *iv, const char *argname);

/*
 * Check the VARIADIC "any" arguments from position first to the end: each
 * must be boolean (or unknown/NULL literal).  Returns their number, raising
 * an error when there are none or more than maxn.  fname names the SQL
 * function in messages.  The result is cached in flinfo->fn_extra by the
 * caller when it needs to skip the check on later calls.
 */
extern int	pgg_check_bool_args(FunctionCallInfo fcinfo, int first, int maxn,
								const char *fname);

/*
 * Collect the boolean arguments from position first into a bit mask (bit i
 * is set when argument first+i is true; NULL counts as false).  When the
 * call passed an explicit VARIADIC boolean[] array, it is read instead.
 * *nargs receives the number of conditions.
 */
extern uint32 pgg_bool_args_mask(FunctionCallInfo fcinfo, int first, int maxn,
								 const char *fname, int *nargs);

/* Raise an error unless x is finite; argname names the argument. */
extern void pgg_check_finite(double x, const char *argname);

/* Raise an error unless 0 < p < 1; argname names the argument. */
extern void pgg_check_open_unit(double p, const char *argname);

/*
 * Form the result row of a function with float8 OUT parameters from n
 * values: NaN becomes NULL, and so does an infinity when finite_only.
 * Raises an error when the call's result type is not a composite of n
 * columns.
 */
extern Datum pgg_float8_row(FunctionCallInfo fcinfo, const double *v, int n,
							bool finite_only);

/* ---- event buffer (common.c) ---------------------------------------------- */

typedef struct PggEvent
{
	int64		ts;				/* microseconds (TimestampTz or Timestamp) */
	uint32		mask;			/* which conditions held on the row */
	uint32		aux;			/* free for the caller (e.g. a value index) */
} PggEvent;

typedef struct PggEventBuffer
{
	int64		n;				/* events stored */
	int64		cap;			/* allocated slots */
	bool		sorted;			/* events are in (ts, mask) order */
	PggEvent   *ev;
} PggEventBuffer;

extern void pgg_evbuf_init(PggEventBuffer *buf, int64 initial);
extern void pgg_evbuf_add(PggEventBuffer *buf, int64 ts, uint32 mask, uint32 aux);
extern void pgg_evbuf_append(PggEventBuffer *dst, const PggEventBuffer *src);
extern void pgg_evbuf_sort(PggEventBuffer *buf);

/* ---- serialization (common.c) --------------------------------------------- */

/*
 * Every serialized state starts with a four-byte magic naming the state kind
 * and a one-byte format version; all integers go in network byte order and
 * floats through their IEEE bit pattern (pq_sendfloat8), so states may cross
 * machines (parallel workers, Citus nodes).  pgg_deser_begin checks magic and
 * version and raises a clear error on a foreign or truncated state.
 */
extern void pgg_ser_begin(StringInfo buf, uint32 magic, uint8 version);
extern void pgg_ser_begin_sized(StringInfo buf, uint32 magic, uint8 version, int payload);
extern bytea *pgg_ser_end(StringInfo buf);
extern void pgg_deser_begin(StringInfo buf, bytea *b, uint32 magic,
							uint8 version, const char *what);
extern void pgg_deser_end(StringInfo buf, const char *what);
extern void pgg_deser_need(StringInfo buf, int64 nbytes, const char *what);

/*
 * Unsigned LEB128 varints (seven bits per byte, low groups first, the high
 * bit set on every byte but the last): byte-order independent.  The writer
 * needs 10 bytes of room; the reader returns NULL when the varint is
 * malformed or runs past end.
 */
static inline uint8 *
pgg_put_varint(uint8 *p, uint64 v)
{
	while (v >= 0x80)
	{
		*p++ = (uint8) (v | 0x80);
		v >>= 7;
	}
	*p++ = (uint8) v;
	return p;
}

static inline const uint8 *
pgg_get_varint(const uint8 *p, const uint8 *end, uint64 *v)
{
	uint64		r = 0;
	int			shift = 0;

	while (p < end)
	{
		uint8		b = *p++;

		if (shift == 63 && b > 1)
			return NULL;
		r |= (uint64) (b & 0x7F) << shift;
		if (!(b & 0x80))
		{
			*v = r;
			return p;
		}
		shift += 7;
	}
	return NULL;
}

#endif							/* PG_GROWTH_H */
