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


/* one id: its bytes (in the dictionary's blocks) and length */
typedef struct DictKeyRef
{
	const char *p;
	uint32		len;
} DictKeyRef;

typedef struct DictEnt
{
	DictKeyRef	key;
	uint32		hash;
	char		status;
	int64		id;
} DictEnt;

static inline bool
DictKeyEq(DictKeyRef a, DictKeyRef b)
{
	return a.len == b.len && memcmp(a.p, b.p, a.len) == 0;
}

#define SH_PREFIX adict
#define SH_ELEMENT_TYPE DictEnt
#define SH_KEY_TYPE DictKeyRef
#define SH_KEY key
#define SH_HASH_KEY(tb, k) hash_bytes((const unsigned char *) (k).p, (int) (k).len)
#define SH_EQUAL(tb, a, b) DictKeyEq(a, b)
#define SH_STORE_HASH
#define SH_GET_HASH(tb, a) ((a)->hash)
#define SH_SCOPE static inline
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"

#define DICT_BLOCK	(64 * 1024)	/* key bytes are carved from blocks this big */

struct ActorDict
{
	MemoryContext cxt;
	int			acttype;
	adict_hash *h;
	DictKeyRef *keys;			/* number -> bytes */
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

	k.p = p;
	k.len = len;
	e = adict_insert(d->h, k, &found);
	if (found)
		return e->id;
	/* a new id: its bytes into the blocks, its number the next one */
	e->key.p = DictCopy(d, p, len);
	if (d->n == d->cap)
	{
		int64		cap = Max(d->cap * 2, 1024);

		if (d->keys)
			d->keys = repalloc_huge(d->keys, cap * sizeof(DictKeyRef));
		else
			d->keys = MemoryContextAllocHuge(d->cxt, cap * sizeof(DictKeyRef));
		d->cap = cap;
	}
	d->keys[d->n] = e->key;
	e->id = d->n++;
	return e->id;
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
