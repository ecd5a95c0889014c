/*-------------------------------------------------------------------------
 *
 * src/core/activity.h
 *	  The stored activity value (type activity), shared by the capabilities
 *	  that read it (core/activity.c; doc/engagement.md, "Stored activity").
 *
 * The value (a varlena, all integers byte-order independent):
 *
 *	byte	format version (ACT_FORMAT)
 *	byte	unit (PGG_CAL_DAY: the only unit stored)
 *	byte	length L of the zone name (1 to 255)
 *	L bytes	the zone name, as PostgreSQL spells it (pg_get_timezone_name)
 *	varint	the latest event time, zigzag microseconds since 2000-01-01 UTC
 *	varint	the number of runs n (1 or more)
 *	n runs	first run: zigzag varint start day (local days since
 *			1970-01-01), varint length - 1; each later run: varint of
 *			(start - previous end - 2) (runs are separated by at least one
 *			inactive day), varint length - 1.
 *
 * Varints are LEB128 (core/codec.h), in their shortest form.  A value spans
 * at most PGG_ACT_MAX_DAYS days.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef PGG_ACTIVITY_H
#define PGG_ACTIVITY_H

#include "core/pg_growth.h"
#include "core/codec.h"

#include "datatype/timestamp.h"
#include "pgtime.h"

#define ACT_FORMAT		1
#define ACT_TZ_MAX		255

/* the local days a value may hold (those a timestamptz can fall on, with margin), and its span */
#define PGG_ACT_DAY_MIN		(-INT64CONST(2500000))
#define PGG_ACT_DAY_MAX		(INT64CONST(107000000))
#define PGG_ACT_MAX_DAYS	100000

/* one run of active days: start..end, local days since 1970-01-01 */
typedef struct PggDayRun
{
	int64		start;
	int64		end;
} PggDayRun;

/* a decoded value */
typedef struct ActValue
{
	int			unit;
	int			tzlen;
	char		tz[ACT_TZ_MAX + 1];
	TimestampTz last;
	int32		n;
	PggDayRun  *runs;
} ActValue;

#define DatumGetActivityPP(d)	((struct varlena *) PG_DETOAST_DATUM_PACKED(d))

/* errors: 22P03 for a bad value, 54000 for too long a span, 22023 for zones that mix */
extern void ActCorrupt(const char *fname, const char *detail);
extern void ActSpanError(const char *fname, int64 span);
extern void ActMix(const char *fname, const char *a, const char *b);
extern void ActUnknownZone(const char *fname, const char *name, int len);

/* the zone of a name as given, its PostgreSQL spelling into canon; NULL when unknown */
extern pg_tz *ActZone(const char *name, int len, char *canon);

/* encode runs (ascending, separated, n >= 1) */
extern struct varlena *ActEncode(const char *tz, TimestampTz last, const PggDayRun *runs, int64 n,
								 const char *fname);

/*
 * Decode and check a value (full: also the zone and the latest event's
 * day); the runs go to the caller's buffer *scratch (grown in scratchcxt)
 * when scratch is given, else they are allocated in the current context.
 */
extern bool ActDecodeRow(const struct varlena *val, ActValue *out, const char *fname,
						 PggDayRun **scratch, int32 *scratchcap, MemoryContext scratchcxt,
						 const char *zone, int zonelen);
extern void ActDecodeScratch(const struct varlena *val, ActValue *out, bool full, const char *fname,
							 PggDayRun **scratch, int32 *scratchcap, MemoryContext scratchcxt);

static inline void
ActDecode(const struct varlena *val, ActValue *out, bool full, const char *fname)
{
	ActDecodeScratch(val, out, full, fname, NULL, NULL, NULL);
}

static inline uint64
ActZig(int64 v)
{
	return ((uint64) v << 1) ^ (uint64) (v >> 63);
}

static inline int64
ActUnzig(uint64 u)
{
	return (int64) (u >> 1) ^ -(int64) (u & 1);
}

/* a LEB128 varint in its shortest form; NULL when malformed */
static inline const uint8 *
ActVarint(const uint8 *p, const uint8 *end, uint64 *v)
{
	const uint8 *q = pgg_get_varint(p, end, v);

	/* the shortest form: a last byte of zero only when it is the only byte */
	if (q != NULL && q - p > 1 && q[-1] == 0)
		return NULL;
	return q;
}

#endif							/* PGG_ACTIVITY_H */
