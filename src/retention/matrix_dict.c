/*-------------------------------------------------------------------------
 *
 * matrix_dict.c
 *	  Retention: the dictionary of text and uuid actor ids of a
 *	  retention_matrix() state.
 *
 * Semantics: doc/retention.md, "Definitions" (actor types): ids are
 * compared by their bytes, never cast, so '0123' and '123' are two actors.
 *
 * Design.  The state's actor table (matrix.c) is keyed by int64.  A text or
 * uuid id is given a dense number (0, 1, 2, ... in order of first sight) by
 * this dictionary, a simplehash table keyed by the id's bytes, and the rest
 * of the state only sees the number: dense numbers land in the compact pages
 * of bitmap mode as dense bigint ids do.  The bytes are copied once, into
 * blocks of the dictionary's memory context (no per-key allocation header),
 * and an array maps numbers back to bytes for serialization and for the
 * combine function, which renumbers the other state's actors through this
 * dictionary (matrix_partial.c).
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "retention/retention.h"

#include "common/hashfn.h"
#include "miscadmin.h"


/*
 * One id in the hash table: ids of up to DICT_INLINE bytes (a uuid, most
 * text ids) are kept in the entry itself, so a look-up touches one cache
 * line; longer ones point to their bytes in the dictionary's blocks.  A
 * key being looked up always points to its bytes (u.p).  The dense number
 * rides in the key's padding.
 */
#define DICT_INLINE 16

typedef struct DictKeyRef
{
	union
	{
		const char *p;
		char		inl[DICT_INLINE];
	}			u;
	uint32		len;
	uint32		id;				/* entries only: the dense number */
} DictKeyRef;

typedef struct DictEnt
{
	DictKeyRef	key;
	uint32		hash;
	char		status;
} DictEnt;

StaticAssertDecl(sizeof(DictEnt) == 32, "a dictionary entry should be 32 bytes");

/* an entry's key (stored) equals a key being looked up (look) */
static inline bool
DictKeyEq(const DictKeyRef *stored, const DictKeyRef *look)
{
	return stored->len == look->len &&
		memcmp(stored->len <= DICT_INLINE ? stored->u.inl : stored->u.p, look->u.p, look->len) == 0;
}

#define SH_PREFIX adict
#define SH_ELEMENT_TYPE DictEnt
#define SH_KEY_TYPE DictKeyRef
#define SH_KEY key
#define SH_HASH_KEY(tb, k) hash_bytes((const unsigned char *) (k).u.p, (int) (k).len)
#define SH_EQUAL(tb, a, b) DictKeyEq(&(a), &(b))	/* simplehash: a stored, b looked up */
#define SH_STORE_HASH
#define SH_GET_HASH(tb, a) ((a)->hash)
#define SH_SCOPE static inline
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"

#define DICT_BLOCK	(64 * 1024)	/* key bytes are carved from blocks this big */

/* the bytes of a number (for serialization and the combine function) */
typedef struct DictBytes
{
	const char *p;
	uint32		len;
} DictBytes;

struct ActorDict
{
	MemoryContext cxt;
	int			acttype;
	adict_hash *h;
	DictBytes  *keys;			/* number -> bytes */
	int64		n;
	int64		cap;
	char	   *block;			/* the rest of the current block */
	Size		left;
};

const char *
ActorTypeName(int t)
{
	switch (t)
	{
		case ACT_INT8:
			return "bigint";
		case ACT_INT4:
			return "integer";
		case ACT_INT2:
			return "smallint";
		case ACT_TEXT:
			return "text";
		case ACT_UUID:
			return "uuid";
	}
	return "unknown";
}

ActorDict *
DictCreate(MemoryContext cxt, int acttype)
{
	ActorDict  *d = MemoryContextAllocZero(cxt, sizeof(ActorDict));

	d->cxt = AllocSetContextCreate(cxt, "pg_growth retention actor ids",
								   ALLOCSET_DEFAULT_SIZES);
	d->acttype = acttype;
	d->h = adict_create(d->cxt, 256, NULL);
	return d;
}

/* copy len bytes into the dictionary's blocks */
static const char *
DictCopy(ActorDict *d, const char *p, uint32 len)
{
	char	   *r;

	if (len > DICT_BLOCK / 4)
		r = MemoryContextAllocHuge(d->cxt, Max(len, 1));
	else
	{
		if (d->left < len)
		{
			d->block = MemoryContextAlloc(d->cxt, DICT_BLOCK);
			d->left = DICT_BLOCK;
		}
		r = d->block;
		d->block += len;
		d->left -= len;
	}
	memcpy(r, p, len);
	return r;
}

int64
DictId(ActorDict *d, const char *p, uint32 len)
{
	DictKeyRef	k;
	DictEnt    *e;
	bool		found;
	const char *copy;

	k.u.p = p;
	k.len = len;
	k.id = 0;
	e = adict_insert(d->h, k, &found);
	if (found)
		return e->key.id;
	/* a new id: its bytes into the blocks (and the entry), the next number */
	if (d->n >= PG_UINT32_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many distinct actors for retention_matrix"),
				 errdetail("A state holds at most %u text or uuid actor ids.", PG_UINT32_MAX)));
	copy = DictCopy(d, p, len);
	if (len <= DICT_INLINE)
		memcpy(e->key.u.inl, p, len);
	else
		e->key.u.p = copy;
	if (d->n == d->cap)
	{
		int64		cap = Max(d->cap * 2, 1024);

		if (d->keys)
			d->keys = repalloc_huge(d->keys, cap * sizeof(DictBytes));
		else
			d->keys = MemoryContextAllocHuge(d->cxt, cap * sizeof(DictBytes));
		d->cap = cap;
	}
	d->keys[d->n].p = copy;
	d->keys[d->n].len = len;
	e->key.id = (uint32) d->n;
	return d->n++;
}

int64
DictCount(const ActorDict *d)
{
	return d->n;
}

const char *
DictKey(const ActorDict *d, int64 id, uint32 *len)
{
	Assert(id >= 0 && id < d->n);
	*len = d->keys[id].len;
	return d->keys[id].p;
}
