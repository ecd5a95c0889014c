/*-------------------------------------------------------------------------
 *
 * src/engagement/sequence.h
 *	  Sequence patterns (engagement/sequence.c): the parsed pattern, the
 *	  per-actor state of sequence_match, sequence_count and
 *	  sequence_match_events, and the limits.
 *
 * Semantics: doc/engagement.md, "Sequence patterns".
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef PGG_ENGAGEMENT_SEQUENCE_H
#define PGG_ENGAGEMENT_SEQUENCE_H

#include "core/pg_growth.h"
#include "core/evbuf.h"

/* Most atoms a pattern may hold (ClickHouse sets none; patterns are short). */
#define SEQ_MAX_ATOMS 1000

/* the kinds of pattern atoms */
typedef enum SeqAtomKind
{
	SEQ_COND,					/* (?N): an event on which condition N holds */
	SEQ_ANY,					/* .: any one event */
	SEQ_STAR,					/* .*: any number of events, none included */
	SEQ_TIME					/* (?t op S): time from the previous matched event */
} SeqAtomKind;

/* the operators of a time atom */
typedef enum SeqTimeOp
{
	SEQ_LE,						/* <= */
	SEQ_LT,						/* < */
	SEQ_GE,						/* >= */
	SEQ_GT,						/* > */
	SEQ_EQ						/* == */
} SeqTimeOp;

typedef struct SeqAtom
{
	uint8		kind;			/* SeqAtomKind */
	uint8		op;				/* SeqTimeOp of a time atom */
	uint8		cond;			/* 0-based condition of (?N) */
	uint64		usec;			/* S of a time atom in microseconds (saturated) */
} SeqAtom;

/*
 * A parsed pattern.  atoms[0] is the implicit leading .* (matches may start
 * anywhere, as in ClickHouse); atoms[1 .. natoms - 1] are the pattern's.
 */
typedef struct SeqPattern
{
	int			natoms;
	bool		has_time;
	uint32		conds;			/* the conditions the pattern names */
	SeqAtom		atoms[FLEXIBLE_ARRAY_MEMBER];
} SeqPattern;

/*
 * The per-actor state: the pattern text (the same on every row of a group),
 * the number of conditions, and the rows on which some condition held, as
 * events (timestamp, condition mask) of the shared event buffer.  last_ts
 * and last_mask are the tail of the buffer (pgg_evbuf_push's contract).
 */
typedef struct SeqState
{
	uint32		magic;			/* SEQ_STATE_MAGIC: a check of the internal pointer */
	int			nconds;
	int			patlen;
	char	   *pattern;
	int64		last_ts;
	uint32		last_mask;
	PggEventBuffer buf;
} SeqState;

#define SEQ_STATE_MAGIC 0x53455153	/* "SEQS" */

/* serialized states: magic "PGSQ" and the format version */
#define SEQ_SER_MAGIC 0x50475351
#define SEQ_SER_VERSION 1

#endif							/* PGG_ENGAGEMENT_SEQUENCE_H */
