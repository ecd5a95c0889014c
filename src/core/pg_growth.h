/*-------------------------------------------------------------------------
 *
 * src/core/pg_growth.h
 *	  The header every pg_growth source file includes first.
 *
 * The source tree is layered: src/core/ holds what every capability shares
 * and never includes a capability's header; each capability (src/funnel/,
 * src/retention/, src/rfm/, src/clv/, src/lift/, src/engagement/) includes
 * core headers and its own, never another capability's.  The core headers:
 *
 *	core/compat.h	PostgreSQL-version and compiler differences
 *	core/args.h		argument checks (intervals, conditions, numbers, rows)
 *	core/evbuf.h	the per-actor event buffer
 *	core/codec.h	versioned, byte-order independent state serialization
 *	core/calendar.h	calendar periods of a time zone (day, week, month, ...)
 *	core/specfun.h	the numeric layer: distributions, incomplete beta and
 *					gamma (specfun.c), lgamma, digamma, 2F1 (gammafun.c)
 *	core/optim.h	the BFGS optimizer
 *
 * doc/contributing.md describes how to add a capability.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef PG_GROWTH_H
#define PG_GROWTH_H

#include "core/compat.h"

#include "lib/stringinfo.h"
#include "utils/timestamp.h"

/* The version of the library; test/test.sh checks it against the control file. */
#define PGG_VERSION_STRING "0.3.0"

/* Most conditions a funnel or retention call may take (ClickHouse allows 32). */
#define PGG_MAX_STEPS 32

/*
 * Loops over the rows, events or entries of a state (combine, serialize,
 * deserialize, final) call CHECK_FOR_INTERRUPTS() once every PGG_CFI_MASK + 1
 * iterations: 64K iterations take well under a millisecond, and one check in
 * 64K costs nothing measurable.  A sort of a large state uses an instance of
 * lib/sort_template.h with ST_CHECK_FOR_INTERRUPTS (the algorithm of
 * PostgreSQL's qsort, so the same order), since qsort cannot be interrupted.
 */
#define PGG_CFI_MASK 0xFFFF

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

#endif							/* PG_GROWTH_H */
