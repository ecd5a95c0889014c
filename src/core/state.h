/*-------------------------------------------------------------------------
 *
 * src/core/state.h
 *	  pgg_state: the transition state type of the summary aggregates whose
 *	  state is a C structure (funnel_counts, retention_matrix, the CLV fits,
 *	  active users, lifecycle, ...), in place of `internal` (core/state.c).
 *
 * Why: Citus splits an aggregate across its workers only when the state
 * type is a real type: a worker sends its partial state as text (the type's
 * output function) and the coordinator reads it back (the input function)
 * before the combine function; an `internal` state cannot travel, so Citus
 * pulls every row to the coordinator instead (doc/citus.md).
 *
 * How: in memory a state is an expanded object (utils/expandeddatum.h): a
 * small header in a memory context of its own, pointing at the family's C
 * structure, which the transition and combine functions change in place
 * (the executor keeps a read-write expanded state as it is, as it does for
 * arrays).  Flat, it is the family's serialized form (magic, format
 * version, payload; core/codec.h), so a state crosses parallel workers and
 * Citus nodes in the format the family already defines and validates.  The
 * text form is "<family>:<base64 of the flat bytes>".  The input and
 * receive functions validate a value completely (the family's deserialize
 * function, run into a scratch context) before accepting it.
 *
 * A family is one C state structure with its serialize and deserialize
 * functions; its aggregates declare STYPE = pgg_state.  Families register
 * themselves at load time (pgg_state_register, from _PG_init in src/module.c).
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef PGG_STATE_H
#define PGG_STATE_H

#include "core/pg_growth.h"

#include "utils/expandeddatum.h"

typedef struct PggStateFamily
{
	uint32		magic;			/* the first four bytes of its serialized form */
	const char *name;			/* the text form's prefix: a user aggregate name */

	/* the flat form of a state: a bytea made by pgg_ser_begin/pgg_ser_end */
	bytea	   *(*serialize) (void *state);

	/*
	 * A state from its flat form, allocated in ctx; raises a clean error
	 * (22P03) on any bytes it was not made from.
	 */
	void	   *(*deserialize) (bytea *flat, MemoryContext ctx);
} PggStateFamily;

/* a state in memory: the expanded object */
typedef struct PggState
{
	ExpandedObjectHeader hdr;
	uint32		magic;			/* PGG_STATE_MAGIC */
	const PggStateFamily *family;
	void	   *ptr;			/* the family's structure */
	bytea	   *flat;			/* flat form, kept while the state is unchanged */
} PggState;

extern void pgg_state_register(const PggStateFamily *family);

/* Wrap a family structure into a new state whose parent context is aggctx. */
extern PggState *pgg_state_new(MemoryContext aggctx, const PggStateFamily *family,
							   void *ptr);

/*
 * The state of argument argno (not NULL) for a transition or combine function
 * that changes it: a read-write state as it is, a flat one deserialized into
 * aggctx and wrapped.  Return PGG_STATE_DATUM(st).
 */
extern PggState *pgg_state_arg(FunctionCallInfo fcinfo, int argno,
							   const PggStateFamily *family, MemoryContext aggctx);

#define PGG_STATE_MAGIC 0x50475354	/* "PGST" */
extern const ExpandedObjectMethods pgg_state_methods;

/*
 * The fast path of pgg_state_arg for a transition function's every row but
 * the first: the read-write state of family it returned, with no flat form
 * kept; NULL for anything else (then call pgg_state_arg).
 */
static inline PggState *
pgg_state_arg_rw(FunctionCallInfo fcinfo, int argno, const PggStateFamily *family)
{
	Datum		d = PG_GETARG_DATUM(argno);
	varatt_expanded ptr;
	PggState   *st;

	if (PG_ARGISNULL(argno) || !VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(d)))
		return NULL;
	memcpy(&ptr, VARDATA_EXTERNAL(DatumGetPointer(d)), sizeof(ptr));
	st = (PggState *) ptr.eohptr;
	if (st->hdr.eoh_methods != &pgg_state_methods || st->magic != PGG_STATE_MAGIC ||
		st->family != family || st->flat != NULL)
		return NULL;
	return st;
}

/*
 * The family structure of argument argno (not NULL), to read: an expanded
 * state's structure, or a flat one deserialized into ctx.
 */
extern void *pgg_state_read(FunctionCallInfo fcinfo, int argno,
							const PggStateFamily *family, MemoryContext ctx);

/* whether argument argno is a flat state (deserialized by pgg_state_read) */
extern bool pgg_state_arg_is_flat(FunctionCallInfo fcinfo, int argno);

/*
 * The serialize and deserialize functions named by aggregates of an older
 * install script (STYPE = internal), so that such an aggregate still runs
 * with this library before ALTER EXTENSION ... UPDATE: its "internal" state
 * is then the expanded pgg_state, which these flatten and rebuild.
 */
extern Datum pgg_state_serialize_compat(FunctionCallInfo fcinfo);
extern Datum pgg_state_deserialize_compat(FunctionCallInfo fcinfo,
										  const PggStateFamily *family);

#define PGG_STATE_DATUM(st) EOHPGetRWDatum(&(st)->hdr)
#define PGG_RETURN_STATE(st) return PGG_STATE_DATUM(st)

#endif							/* PGG_STATE_H */
