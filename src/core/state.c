/*-------------------------------------------------------------------------
 *
 * src/core/state.c
 *	  The pgg_state type: expanded in memory, the family's serialized form
 *	  when flat, "<family>:<base64>" as text (core/state.h).
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/state.h"

#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "parser/scansup.h"
#include "utils/memutils.h"

#define PGG_STATE_MAX_FAMILIES 16

static const PggStateFamily *families[PGG_STATE_MAX_FAMILIES];
static int	nfamilies = 0;

void
pgg_state_register(const PggStateFamily *family)
{
	int			i;

	for (i = 0; i < nfamilies; i++)
		if (families[i] == family)
			return;
	if (nfamilies >= PGG_STATE_MAX_FAMILIES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many pg_growth state families")));
	families[nfamilies++] = family;
}

/* The magic of a flat state's bytes (0 when too short). */
static uint32
FlatMagic(bytea *b)
{
	const uint8 *p = (const uint8 *) VARDATA_ANY(b);

	if (VARSIZE_ANY_EXHDR(b) < 5)
		return 0;
	return ((uint32) p[0] << 24) | ((uint32) p[1] << 16) | ((uint32) p[2] << 8) | p[3];
}

static const PggStateFamily *
FamilyByMagic(uint32 magic)
{
	int			i;

	for (i = 0; i < nfamilies; i++)
		if (families[i]->magic == magic)
			return families[i];
	return NULL;
}

/* ---- the expanded object --------------------------------------------------- */

static Size StateFlatSize(ExpandedObjectHeader *eohptr);
static void StateFlatten(ExpandedObjectHeader *eohptr, void *result, Size allocated_size);

const ExpandedObjectMethods pgg_state_methods = {
	StateFlatSize,
	StateFlatten
};

static Size
StateFlatSize(ExpandedObjectHeader *eohptr)
{
	PggState   *st = (PggState *) eohptr;

	if (st->flat == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(st->hdr.eoh_context);

		st->flat = st->family->serialize(st->ptr);
		MemoryContextSwitchTo(old);
	}
	return VARSIZE(st->flat);
}

static void
StateFlatten(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	PggState   *st = (PggState *) eohptr;

	Assert(st->flat != NULL && VARSIZE(st->flat) == allocated_size);
	memcpy(result, st->flat, allocated_size);
}

/*
 * The context of the states of one aggregate context: a child of aggctx
 * shared by all its states, not one per state.
 *
 * Why: the executor keeps a read-write expanded transition value as it is
 * when its context is a child of the aggregate context; with one child per
 * state, a hash aggregate with many groups (retention_actor ... GROUP BY
 * user_id) gets one child context per group, and PostgreSQL's hash memory
 * check (MemoryContextMemAllocated, recursive, run for every new group) then
 * walks them all for each new group: quadratic, 10 s instead of 0.9 s at
 * 50,000 groups.  Sharing is safe because an aggregate's state is never
 * deleted alone: the support functions return the state they are given
 * (the executor deletes a read-write expanded value only when a transition
 * returns another one), and the states go when the aggregate context is
 * reset or deleted, which deletes this child too.
 *
 * The last one used is cached (a reset callback forgets it when the context
 * goes); otherwise the first children of aggctx are searched by name.
 */
#define STATES_CXT_NAME "pg_growth states"
static MemoryContext states_parent = NULL;
static MemoryContext states_cxt = NULL;

static void
StatesContextGone(void *arg)
{
	if (states_cxt == (MemoryContext) arg)
	{
		states_cxt = NULL;
		states_parent = NULL;
	}
}

static MemoryContext
StatesContext(MemoryContext aggctx)
{
	MemoryContext c;
	MemoryContextCallback *cb;
	int			n = 0;

	if (states_cxt != NULL && states_parent == aggctx)
		return states_cxt;
	for (c = aggctx->firstchild; c != NULL && n < 16; c = c->nextchild, n++)
		if (strcmp(c->name, STATES_CXT_NAME) == 0)
			break;
	if (c == NULL || strcmp(c->name, STATES_CXT_NAME) != 0)
	{
		c = AllocSetContextCreate(aggctx, STATES_CXT_NAME, ALLOCSET_DEFAULT_SIZES);
		cb = (MemoryContextCallback *) MemoryContextAlloc(c, sizeof(MemoryContextCallback));
		cb->func = StatesContextGone;
		cb->arg = c;
		MemoryContextRegisterResetCallback(c, cb);
	}
	states_parent = aggctx;
	states_cxt = c;
	return c;
}

PggState *
pgg_state_new(MemoryContext aggctx, const PggStateFamily *family, void *ptr)
{
	MemoryContext objctx;
	PggState   *st;

	objctx = StatesContext(aggctx);
	st = (PggState *) MemoryContextAllocZero(objctx, sizeof(PggState));
	EOH_init_header(&st->hdr, &pgg_state_methods, objctx);
	st->magic = PGG_STATE_MAGIC;
	st->family = family;
	st->ptr = ptr;
	return st;
}

/* An expanded argument's header, checked to be a state of family. */
static PggState *
ExpandedState(Datum d, const PggStateFamily *family)
{
	PggState   *st = (PggState *) DatumGetEOHP(d);

	if (st->hdr.eoh_methods != &pgg_state_methods || st->magic != PGG_STATE_MAGIC)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("%s got an expanded value that is not a pg_growth state", family->name)));
	if (st->family != family)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("%s cannot take a state of %s", family->name, st->family->name)));
	return st;
}

/* A flat argument's bytes, checked to be a state of family. */
static bytea *
FlatState(Datum d, const PggStateFamily *family)
{
	bytea	   *b = DatumGetByteaPP(d);
	const PggStateFamily *f = FamilyByMagic(FlatMagic(b));

	if (f != family)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("%s cannot take a state of %s", family->name,
						f ? f->name : "an unknown aggregate")));
	return b;
}

PggState *
pgg_state_arg(FunctionCallInfo fcinfo, int argno, const PggStateFamily *family,
			  MemoryContext aggctx)
{
	Datum		d = PG_GETARG_DATUM(argno);
	PggState   *st;

	if (VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(d)))
	{
		st = ExpandedState(d, family);
		if (st->flat != NULL)
		{
			pfree(st->flat);	/* the state is about to change */
			st->flat = NULL;
		}
		return st;
	}
	return pgg_state_new(aggctx, family,
						 family->deserialize(FlatState(d, family), aggctx));
}

void *
pgg_state_read(FunctionCallInfo fcinfo, int argno, const PggStateFamily *family,
			   MemoryContext ctx)
{
	Datum		d = PG_GETARG_DATUM(argno);

	if (VARATT_IS_EXTERNAL_EXPANDED(DatumGetPointer(d)))
		return ExpandedState(d, family)->ptr;
	return family->deserialize(FlatState(d, family), ctx);
}

bool
pgg_state_arg_is_flat(FunctionCallInfo fcinfo, int argno)
{
	return !VARATT_IS_EXTERNAL_EXPANDED(DatumGetPointer(PG_GETARG_DATUM(argno)));
}

Datum
pgg_state_serialize_compat(FunctionCallInfo fcinfo)
{
	PG_RETURN_BYTEA_P(PG_DETOAST_DATUM_COPY(PG_GETARG_DATUM(0)));
}

Datum
pgg_state_deserialize_compat(FunctionCallInfo fcinfo, const PggStateFamily *family)
{
	MemoryContext aggctx;
	PggState   *st;

	if (!AggCheckCallContext(fcinfo, &aggctx))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("deserialize function of %s called in non-aggregate context", family->name)));
	st = pgg_state_new(aggctx, family,
					   family->deserialize(FlatState(PG_GETARG_DATUM(0), family), aggctx));
	PG_RETURN_DATUM(PGG_STATE_DATUM(st));
}

/* ---- input and output ------------------------------------------------------ */

static const char b64chars[] =
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int
B64Value(char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	if (c == '/')
		return 63;
	return -1;
}

static void
BadText(const char *str, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type pgg_state"),
			 errdetail("%s", detail),
			 errhint("A pgg_state value is the partial state of a pg_growth aggregate, written by pg_growth itself.")));
}

/*
 * Check that b is a complete, valid state of a registered family: its
 * deserialize function reads it into a scratch context, which is then
 * dropped.
 */
static void
ValidateFlat(bytea *b)
{
	const PggStateFamily *f = FamilyByMagic(FlatMagic(b));
	MemoryContext scratch;
	MemoryContext old;

	if (f == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid pgg_state value"),
				 errdetail("The value does not start with the marker of a pg_growth aggregate state.")));
	scratch = AllocSetContextCreate(CurrentMemoryContext, "pgg_state check", ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(scratch);
	(void) f->deserialize(b, scratch);
	MemoryContextSwitchTo(old);
	MemoryContextDelete(scratch);
}

/* _pgg_state_in(cstring) returns pgg_state: "<family>:<base64>" */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_state_in);
Datum
pgg_state_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	const char *colon = strchr(str, ':');
	const char *p;
	size_t		n64;
	size_t		nbytes;
	bytea	   *b;
	uint8	   *out;
	const PggStateFamily *f;
	uint32		acc = 0;
	int			bits = 0;
	int			pad = 0;

	char	   *packed;
	char	   *q;

	if (colon == NULL)
		BadText(str, "The value has no \"<aggregate>:\" prefix.");

	/* white space in the base64 part is skipped (encode() breaks lines) */
	packed = q = palloc(strlen(colon + 1) + 1);
	for (p = colon + 1; *p; p++)
		if (!scanner_isspace(*p))
			*q++ = *p;
	*q = '\0';
	p = packed;
	n64 = strlen(p);
	if (n64 == 0 || n64 % 4 != 0)
		BadText(str, "The base64 part is empty or not a multiple of four characters long.");
	if (p[n64 - 1] == '=')
		pad = (p[n64 - 2] == '=') ? 2 : 1;
	nbytes = n64 / 4 * 3 - pad;
	if (nbytes + VARHDRSZ > MaxAllocSize)
		BadText(str, "The value is too long.");
	b = (bytea *) palloc(VARHDRSZ + nbytes + 3);
	out = (uint8 *) VARDATA(b);
	for (size_t i = 0; i < n64; i++)
	{
		int			v;

		if (i >= n64 - pad)
		{
			if (p[i] != '=')
				BadText(str, "The base64 part is malformed.");
			continue;
		}
		v = B64Value(p[i]);
		if (v < 0)
			BadText(str, "The base64 part has a character outside the base64 alphabet.");
		acc = (acc << 6) | (uint32) v;
		bits += 6;
		if (bits >= 8)
		{
			bits -= 8;
			*out++ = (uint8) (acc >> bits);
		}
	}
	if ((acc & ((1u << bits) - 1)) != 0)
		BadText(str, "The base64 part has stray bits in its last character.");
	Assert((size_t) (out - (uint8 *) VARDATA(b)) == nbytes);
	SET_VARSIZE(b, VARHDRSZ + nbytes);

	f = FamilyByMagic(FlatMagic(b));
	if (f == NULL || strlen(f->name) != (size_t) (colon - str) ||
		strncmp(f->name, str, colon - str) != 0)
		BadText(str, "The prefix does not name the aggregate whose state follows.");
	ValidateFlat(b);
	PG_RETURN_BYTEA_P(b);
}

/* _pgg_state_out(pgg_state) returns cstring */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_state_out);
Datum
pgg_state_out(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	const uint8 *p = (const uint8 *) VARDATA_ANY(b);
	size_t		n = VARSIZE_ANY_EXHDR(b);
	const PggStateFamily *f = FamilyByMagic(FlatMagic(b));
	StringInfoData s;
	size_t		i;

	initStringInfo(&s);
	appendStringInfoString(&s, f ? f->name : "unknown");
	appendStringInfoChar(&s, ':');
	enlargeStringInfo(&s, (int) ((n + 2) / 3 * 4 + 1));
	for (i = 0; i + 2 < n; i += 3)
	{
		uint32		v = ((uint32) p[i] << 16) | ((uint32) p[i + 1] << 8) | p[i + 2];

		s.data[s.len++] = b64chars[(v >> 18) & 63];
		s.data[s.len++] = b64chars[(v >> 12) & 63];
		s.data[s.len++] = b64chars[(v >> 6) & 63];
		s.data[s.len++] = b64chars[v & 63];
	}
	if (i < n)
	{
		uint32		v = (uint32) p[i] << 16;

		if (i + 1 < n)
			v |= (uint32) p[i + 1] << 8;
		s.data[s.len++] = b64chars[(v >> 18) & 63];
		s.data[s.len++] = b64chars[(v >> 12) & 63];
		s.data[s.len++] = (i + 1 < n) ? b64chars[(v >> 6) & 63] : '=';
		s.data[s.len++] = '=';
	}
	s.data[s.len] = '\0';
	PG_RETURN_CSTRING(s.data);
}

/* _pgg_state_recv(internal) returns pgg_state: the flat bytes */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_state_recv);
Datum
pgg_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			n = buf->len - buf->cursor;
	bytea	   *b = (bytea *) palloc(VARHDRSZ + n);

	SET_VARSIZE(b, VARHDRSZ + n);
	pq_copymsgbytes(buf, VARDATA(b), n);
	ValidateFlat(b);
	PG_RETURN_BYTEA_P(b);
}

/* _pgg_state_send(pgg_state) returns bytea: the flat bytes */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_state_send);
Datum
pgg_state_send(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_P_COPY(0);

	PG_RETURN_BYTEA_P(b);
}
