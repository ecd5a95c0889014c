/*-------------------------------------------------------------------------
 *
 * retention.h
 *	  Declarations shared by the retention matrix files:
 *
 *	matrix_options.c	the options text of retention_matrix/retention_actor
 *	matrix.c			the aggregate state and the transition (per row)
 *	matrix_dict.c		text and uuid actor ids: the per-state dictionary
 *	matrix_partial.c	combine, serialize, deserialize (parallel plans)
 *	matrix_final.c		the final function: actors to matrix cells
 *	matrix_read.c		the matrix value: validation, retention_merge and
 *						the readers retention_rows/array/average
 *
 * (retention.c, ClickHouse's retention(), shares nothing with them.)
 * Semantics: doc/retention.md, "The cohort matrix"; the storage format of
 * the matrix value: "The matrix value".  Calendar periods come from
 * core/calendar.h.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef PGG_RETENTION_H
#define PGG_RETENTION_H

#include "core/pg_growth.h"
#include "core/calendar.h"
#include "core/state.h"

#include <math.h>

#include "port/pg_bitutils.h"
#include "utils/array.h"
#include "utils/memutils.h"


/* ---- definitions and options --------------------------------------------- */

/* counting modes (count=...): stored in the matrix value, never renumber */
#define CM_ON			0
#define CM_ON_OR_AFTER	1
#define CM_BRACKETS		2

#define MAX_BRACKETS	64
#define MAX_PERIOD		100000	/* largest period number a bracket or max_period may name */
#define MAX_COLS		10000	/* columns of a matrix built without max_period */
#define MAX_CELLS		(64 * 1024 * 1024)	/* float8 elements of a matrix value */

/* first start period of an actor that has none yet */
#define NO_FIRST		PG_INT64_MAX

/* parsed options of one matrix (matrix_options.c) */
typedef struct MatrixOpts
{
	PggCalUnit	unit;
	bool		sunday;			/* weeks start on Sunday */
	bool		rolling;		/* rolling windows from the actor's start */
	bool		recurring;		/* a cohort per period with a start event */
	int			mode;			/* CM_* */
	int			nbr;			/* brackets */
	int32		br_lo[MAX_BRACKETS];
	int32		br_hi[MAX_BRACKETS];
	int32		max_period;		/* -1: none */
	int64		window_usec;	/* rolling window length (a month is 30 days) */
	pg_tz	   *tz;
	bool		tz_pinned;		/* tz= given (else the session's TimeZone) */
	bool		has_as_of;		/* as_of= given: the observation end */
	TimestampTz as_of;			/* rows at or after it are ignored */
} MatrixOpts;

/* Parse the options text; errors name optstr in their hint. */
extern void MatrixParseOpts(MatrixOpts *o, const char *optstr,
							FunctionCallInfo fcinfo);

/*
 * The definition code stored in a matrix value: unit (1-4) + 10 for weeks
 * starting on Sunday + 100 for rolling windows + 1000 for recurring cohorts.
 * Two matrices can be merged only when their codes agree.
 */
static inline int
MatrixDefCode(const MatrixOpts *o)
{
	return o->unit + (o->sunday ? 10 : 0) + (o->rolling ? 100 : 0) + (o->recurring ? 1000 : 0);
}

/* ---- the matrix value (float8[]) ----------------------------------------- */

/*
 * The matrix value is what users store and merge later, so its layout is
 * fixed (doc/retention.md, "The matrix value"): RM_HDR header fields (format
 * 1), or RM_HDR2 header fields and the time-zone name packed six bytes to
 * an element (format 2), then 2 * nbr bracket bounds (lo, hi of each
 * bracket), then per cohort RM_ROWFIX fields followed by ncols retained
 * counts and, with a value column, ncols value sums.  Every element is a
 * float8; the integer fields hold integral values.  MatrixRead
 * (matrix_read.c) is the one function that reads and validates a value.
 *
 * Format 2 (0.3.0) records the whole definition (format 1 lacked
 * max_period and the time zone) and the observation end, which tells the
 * readers which cells are not fully observed yet.  Format 1 values, stored
 * by 0.2, are still read: their cells all count as observed, and they merge
 * only with format 1 values.
 */
#define RM_MAGIC		7341.0	/* RMH_MAGIC: marks a retention matrix */
#define RM_FORMAT		2.0		/* RMH_FORMAT: the layout written */
#define RM_FORMAT_V1	1.0		/* the layout of 0.1 and 0.2, still read */
#define RM_TZ_PACK		6		/* bytes of the zone name per element */

typedef enum MatrixHeaderField
{
	RMH_MAGIC = 0,				/* RM_MAGIC */
	RMH_FORMAT,					/* RM_FORMAT */
	RMH_DEFCODE,				/* MatrixDefCode() of the options */
	RMH_MODE,					/* counting mode, CM_* */
	RMH_NCOLS,					/* columns: periods 0.. or brackets */
	RMH_HAS_VALUE,				/* 1: value sums follow the counts */
	RMH_NROWS,					/* cohorts */
	RMH_NBR,					/* brackets (0 unless CM_BRACKETS) */
	RM_HDR,						/* number of header fields of format 1 */
	RMH_MAXP = RM_HDR,			/* format 2: max_period, -1 for none */
	RMH_OBSKIND,				/* OBS_*: what the observation end is */
	RMH_OBSSEC,					/* observation end, Unix seconds (floor) */
	RMH_OBSUSEC,				/* and its microseconds, 0 to 999999 */
	RMH_TZPIN,					/* 1: tz= given, 0: the session's zone */
	RMH_TZLEN,					/* bytes of the zone name, 1 to TZ_STRLEN_MAX */
	RM_HDR2						/* header fields of format 2 (the name follows) */
} MatrixHeaderField;

/* the observation end of a matrix (RMH_OBSKIND); stored: never renumber */
#define OBS_NONE		0		/* none: no row seen, or partial states of
								 * format 3 (no row time): all cells observed */
#define OBS_LAST_EVENT	1		/* the latest row time seen */
#define OBS_AS_OF		2		/* the as_of option */
#define OBS_UNKNOWN		(-1)	/* format 1: not recorded */

typedef enum MatrixRowField
{
	RMR_COHORT = 0,				/* cohort index (a calendar period index) */
	RMR_START,					/* cohort start, Unix seconds */
	RMR_SIZE,					/* actors in the cohort */
	RM_ROWFIX					/* number of fixed fields of a row */
} MatrixRowField;

StaticAssertDecl(RM_HDR == 8 && RM_HDR2 == 14 && RM_ROWFIX == 3,
				 "the matrix value layout is stored by users");

/* data of a float8 array without NULLs (ARR_DATA_PTR trips -Wsign-compare) */
#define RM_DATA(a)		((double *) ((char *) (a) + ARR_OVERHEAD_NONULLS(ARR_NDIM(a))))

/* a matrix value as read by MatrixRead: pointers into the array */
typedef struct MatrixView
{
	double	   *hdr;			/* the header fields */
	int			format;			/* 1 or 2 */
	int			maxp;			/* max_period, -1 none (format 1: -1, not recorded) */
	int			obskind;		/* OBS_*, OBS_UNKNOWN for format 1 */
	TimestampTz obs;			/* observation end (OBS_LAST_EVENT, OBS_AS_OF) */
	bool		tz_pinned;
	char		tzname[TZ_STRLEN_MAX + 1];	/* "" for format 1 */
	int			defcode;
	int			mode;
	int			ncols;
	bool		has_value;
	int			nrows;
	int			nbr;
	double	   *br;				/* 2 * nbr bounds */
	double	   *rows;			/* nrows rows of width elements */
	int			width;
} MatrixView;

/*
 * Read a matrix value.  full = false checks the header and the layout only
 * (for a value this code built itself), full = true every cell too.
 */
extern void MatrixRead(ArrayType *a, MatrixView *v, bool full);

/* names of the definition's parts, as the options spell them (matrix_read.c) */
extern const char *const MatrixUnitNames[];	/* by PggCalUnit: hour, day, ... */
extern const char *const MatrixModeNames[];	/* by CM_*: on, on_or_after, brackets */
extern char *MatrixBracketsText(const MatrixView *v);	/* [0,1-3,4-7] */

/* one cohort row of the matrix under construction */
typedef struct GridRow
{
	int64		cidx;
	double		start;
	double		size;
	double	   *cnt;
	double	   *val;
} GridRow;

/*
 * The matrix under construction (matrix_final.c): rows sorted by cohort
 * index, columns grown on demand.  GridToArray makes the value.
 */
typedef struct Grid
{
	int			format;			/* RM_FORMAT, or RM_FORMAT_V1 when merging those */
	int			maxp;
	int			obskind;
	TimestampTz obs;
	bool		tz_pinned;
	char		tzname[TZ_STRLEN_MAX + 1];
	int			defcode;
	int			mode;
	int			nbr;
	double		br[2 * MAX_BRACKETS];
	bool		has_value;
	int			ncols;			/* columns in use */
	int			colcap;
	int			nrows;
	int			rowcap;
	int			lastrow;
	GridRow    *rows;
	const PggCalendar *cal;		/* to compute cohort starts (NULL when merging) */
	/* cohort index -> row, for cidx mapbase .. mapbase + mapn - 1 (-1: none); NULL when sparse */
	int32	   *rowmap;
	int64		mapbase;
	int32		mapn;
} Grid;

/* Observation end of a state: as_of, else the latest row time (OBS_*). */
extern void MatrixObservation(const MatrixOpts *o, TimestampTz last_ts, int *kind,
							  TimestampTz *obs);

/*
 * The grid of the final function, also used by the matrix over stored
 * activities (engagement/activity.c): start a matrix, add one actor's
 * cohort membership (ks: active period distances, ascending, ks[0] == 0),
 * add the rows of a matrix value.
 */
extern void GridInit(Grid *g, const MatrixOpts *o, const PggCalendar *cal, bool has_value,
					 TimestampTz last_ts);
extern void GridAddActor(Grid *g, const MatrixOpts *o, int64 cidx, const int32 *ks,
						 const double *vs, int nk);
extern void GridAddView(Grid *g, const MatrixView *v);
extern void GridEnsureCols(Grid *g, int ncols);
extern GridRow *GridRowFor(Grid *g, int64 cidx, double start);
extern ArrayType *GridToArray(Grid *g);

/* ---- the aggregate state of retention_matrix() and retention_actor() ----- */

/*
 * One actor of the state, 64 bytes (a cache line).  key of a row: the
 * calendar period (calendar windows), the timestamp (rolling windows), or
 * period * 4 + flags (recurring cohorts: bit 0 start, bit 1 return).
 * Bitmap mode keeps return periods base + i in bits[] and only those beyond
 * the bitmap in keys[]; other modes keep every return key in keys[].
 */
#define BITS_SPAN	128			/* periods covered by the inline bitmap */
#define NO_BASE		PG_INT64_MIN

typedef struct ActorEnt
{
	int64		actor;
	int64		first;			/* first start period (calendar) or time (rolling) */
	int64		base;			/* bitmap mode: period of bit 0, or NO_BASE */
	uint64		bits[BITS_SPAN / 64];	/* bitmap mode: return periods base.. */
	int64	   *keys;			/* return keys; with a value column the value
								 * sums follow the cap keys in the same block
								 * (EVALS) */
	int32		n;
	int32		cap;
	bool		sorted;
	char		status;			/* simplehash's; in pages: 1 = in use */
} ActorEnt;

StaticAssertDecl(sizeof(ActorEnt) == 64, "an actor entry should fill one cache line");

/* the value sums of an actor's keys */
#define EVALS(e)	((double *) ((e)->keys + (e)->cap))

/* actor ids hash with the splitmix64 finalizer (core/pg_growth.h) */
static inline uint32
ActorHash(int64 k)
{
	return (uint32) pgg_hash_mix64((uint64) k);
}

/*
 * The actor hash table (sparse ids, wide actors of bitmap mode).  Both hash
 * tables of the matrix are simplehash instances; the other look-up
 * structures (the calendar's offset segments, the grid's cohort rows) are
 * sorted arrays searched by order, which a hash table cannot do.
 */
#define SH_PREFIX acth
#define SH_ELEMENT_TYPE ActorEnt
#define SH_KEY_TYPE int64
#define SH_KEY actor
#define SH_HASH_KEY(tb, key) ActorHash(key)
#define SH_EQUAL(tb, a, b) ((a) == (b))
#define SH_SCOPE static inline
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"

/*
 * Actor ids are often dense integers: the state then keeps the actors in
 * pages of PAGE_SIZE consecutive ids (no hashing, no probing, no empty
 * buckets), found through a direct array (page numbers below
 * PAGE_ARRAY_MAX) or a small directory hash keyed by page number.  When the
 * ids turn out sparse the state moves to the actor hash table.
 */
#define PAGE_BITS	10
#define PAGE_SIZE	(1 << PAGE_BITS)
#define PAGE_ARRAY_MAX	65536	/* pages reachable through the direct array */

typedef struct PageDirEnt
{
	int64		pageno;
	ActorEnt   *page;
	char		status;
} PageDirEnt;

#define SH_PREFIX pgdir
#define SH_ELEMENT_TYPE PageDirEnt
#define SH_KEY_TYPE int64
#define SH_KEY pageno
#define SH_HASH_KEY(tb, key) ActorHash(key)
#define SH_EQUAL(tb, a, b) ((a) == (b))
#define SH_SCOPE static inline
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"

/*
 * Bitmap mode (calendar first-time matrices without values, the common case)
 * keeps an actor in 16 bytes instead of 64: the first start period and the
 * period of bit 0 as biased 32-bit numbers (0 = none) and a 64-period bitmap
 * of return periods.  Ids 0 to 64 M live in pages of PAGE_SIZE entries found
 * by a direct array (the actor id is the position); other ids, and actors
 * whose periods do not fit (a span over 64 periods, periods beyond +-2^30),
 * are "wide": a full ActorEnt in the actor hash table, with base = CE_WIDE
 * in the page entry when the id is in the page range.  Four times more
 * actors fit in the caches, and pages serialize and merge as blocks.
 */
typedef struct CompactEnt
{
	uint64		bits;			/* return periods base .. base + 63 */
	uint32		first;			/* first start period + CE_BIAS, or 0 */
	uint32		base;			/* period of bit 0 + CE_BIAS, 0 (no bits) or CE_WIDE */
} CompactEnt;

StaticAssertDecl(sizeof(CompactEnt) == 16, "a compact actor entry should be 16 bytes");

#define CE_BIAS		INT64CONST(0x40000000)
#define CE_WIDE		((uint32) 0xFFFFFFFF)
#define CE_FITS(p)	((p) > -CE_BIAS && (p) < CE_BIAS)
#define CE_ENC(p)	((uint32) ((p) + CE_BIAS))
#define CE_DEC(x)	((int64) (x) - CE_BIAS)
#define CE_EMPTY(c)	((c)->first == 0 && (c)->base == 0)
#define CPAGES_MAX	65536		/* compact pages: ids 0 .. CPAGES_MAX * PAGE_SIZE - 1 */
#define CHUNK_BYTES	(2 * 1024 * 1024)	/* compact pages are carved from chunks this big */

/* a row waiting in the batch (see MatrixFlush) */
#define ROW_BATCH	64

typedef struct BatchRow
{
	int64		actor;
	int64		key;
	double		v;
	int			flags;			/* bit 0 start event, bit 1 return event */
} BatchRow;

/*
 * Where a state keeps its actors.  One layout at a time; the moves are
 * PAGED -> HASH (sparse ids), COMPACT -> HASH (sparse ids), COMPACT -> PAGED
 * (the first id is beyond the compact pages), and, as a combine target,
 * FLAT -> SINGLE or HASH.
 */
typedef enum MatrixLayout
{
	ML_SINGLE,					/* retention_actor: the one actor in 'one' */
	ML_PAGED,					/* 64-byte entries in pages ('dir', 'parr') */
	ML_HASH,					/* 64-byte entries in the hash table 'h' */
	ML_COMPACT,					/* bitmap mode: 16-byte entries in 'cpages',
								 * wide actors in 'h' (created on demand) */
	ML_FLAT						/* deserialized: 64-byte entries in 'flat' */
} MatrixLayout;

/*
 * The serialized state (matrix_partial.c): magic "pgCH" and format 4 (3
 * still read: a bigint state without dictionary and observation end).  The
 * in-memory state carries the format it writes in 'version'.
 */
#define MATRIX_STATE_MAGIC	0x70674348	/* "pgCH" */
#define MATRIX_STATE_FORMAT	4
#define MATRIX_STATE_FORMAT_OLD	3

/*
 * The SQL type of the actor argument.  Integer ids widen to int64 exactly;
 * text and uuid ids go through the state's dictionary (matrix_dict.c), which
 * gives each distinct id a dense int64 number, so the rest of the state
 * never sees the type.  The numbers are serialized: never renumber.
 */
typedef enum ActorType
{
	ACT_INT8 = 0,				/* bigint, and retention_actor (no actor) */
	ACT_INT4 = 1,
	ACT_INT2 = 2,
	ACT_TEXT = 3,				/* text (varchar resolves to it) */
	ACT_UUID = 4
} ActorType;

#define ACT_MAX			ACT_UUID
#define ACT_HAS_DICT(t)	((t) == ACT_TEXT || (t) == ACT_UUID)

extern const char *ActorTypeName(int t);

/* ---- matrix_dict.c: the dictionary of text and uuid actor ids ---------- */

typedef struct ActorDict ActorDict;

/* An empty dictionary in cxt (keys of uuid actors are 16 bytes). */
extern ActorDict *DictCreate(MemoryContext cxt, int acttype);
/* The dense number of the id of len bytes at p, added when new. */
extern int64 DictId(ActorDict *d, const char *p, uint32 len);
/* Number of ids. */
extern int64 DictCount(const ActorDict *d);
/* The bytes of id number id (id < DictCount). */
extern const char *DictKey(const ActorDict *d, int64 id, uint32 *len);

/* the aggregate state of retention_matrix() and retention_actor() */
typedef struct MatrixState
{
	uint8		version;		/* MATRIX_STATE_FORMAT, set on creation */
	uint8		acttype;		/* ActorType of the actor argument */
	MatrixLayout layout;
	ActorDict  *dict;			/* text and uuid ids: id -> dense number */
	TimestampTz last_ts;		/* latest row time seen, DT_NOBEGIN: none */
	bool		single;			/* retention_actor (one actor), not retention_matrix */
	bool		has_value;
	bool		bitmap;			/* calendar first-time without values: inline bitmaps */
	int64		limit;			/* bitmap mode: last period that matters, or -1 */
	MemoryContext cxt;			/* per-actor arrays */
	text	   *optstext;
	MatrixOpts	opts;
	PggCalendar cal;			/* the calendar of opts, with its caches */
	void	   *optsptr;		/* options argument already checked */
	bool		opts_const;		/* the options argument is a constant */
	/* ML_HASH, and the wide actors of ML_COMPACT */
	acth_hash  *h;
	/* ML_PAGED */
	pgdir_hash *dir;			/* the pages by page number */
	MemoryContext pagecxt;		/* where the pages live (also ML_COMPACT) */
	ActorEnt  **parr;			/* pages 0 .. nparr-1 by number (ids 0 to 64 M) */
	int64		nparr;
	int64		npages;
	int64		nactors;		/* actors in the pages */
	int64		lastpageno;
	ActorEnt   *lastpage;
	/* ML_FLAT */
	ActorEnt   *flat;
	int64		nflat;
	/* ML_SINGLE */
	ActorEnt	one;			/* status 0 until a row came */
	/* ML_COMPACT */
	CompactEnt **cpages;		/* compact pages by page number (CPAGES_MAX slots) */
	int64		ncpages;		/* compact pages allocated */
	int64		ncompact;		/* actors held in compact entries */
	char	   *chunk;			/* the rest of the current 2 MB chunk of pages */
	int			chunkleft;		/* pages left in it */
	bool		hugepages;		/* offer the chunks as huge pages (transition states) */
	/* rows not applied yet (every layout but ML_SINGLE and ML_FLAT) */
	BatchRow   *batch;
	int			nbatch;
	ActorEnt   *last;			/* last entry touched (valid until an insert) */
} MatrixState;

/*
 * Check a state handed to a support function.  An internal state can only
 * come from this library's transition, combine or deserialize function, so
 * a mismatch means memory corruption.
 */
static inline void
MatrixStateCheck(const MatrixState *st)
{
	if (st->version != MATRIX_STATE_FORMAT)
		elog(ERROR, "retention matrix state of version %d, expected %d (cannot happen)", st->version, MATRIX_STATE_FORMAT);
}

/* ---- matrix.c: state, entries, rows ------------------------------------- */

extern MatrixState *MatrixStateCreate(MemoryContext aggcxt, text *opts, bool has_value,
									  bool single, bool flat, int acttype,
									  FunctionCallInfo fcinfo);
extern void MatrixFlush(MatrixState *st);

/* the pgg_state family of retention_matrix and retention_actor (matrix_partial.c) */
extern const PggStateFamily pgg_retention_matrix_family;
extern PggState *MatrixStateArg(FunctionCallInfo fcinfo, MemoryContext aggcxt);
extern ActorEnt *MatrixActorGet(MatrixState *st, int64 actor);
extern ActorEnt *MatrixWideGet(MatrixState *st, int64 actor);
extern CompactEnt *CompactSlotSlow(MatrixState *st, int64 actor, bool check_sparse);
extern ActorEnt *CompactToWide(MatrixState *st, CompactEnt *c, int64 actor);
extern void CompactAddBits(MatrixState *st, CompactEnt *c, int64 actor, uint32 sbase,
						   uint64 sbits);
extern void CompactToHash(MatrixState *st);
extern void CompactOff(MatrixState *st);

/* Widen a compact entry of actor into e (a plain ActorEnt, no list). */
static inline void
CompactWiden(const CompactEnt *c, int64 actor, ActorEnt *e)
{
	e->actor = actor;
	e->first = c->first ? CE_DEC(c->first) : NO_FIRST;
	e->base = c->base ? CE_DEC(c->base) : NO_BASE;
	e->bits[0] = c->bits;
	e->bits[1] = 0;
	e->keys = NULL;
	e->n = 0;
	e->cap = 0;
	e->sorted = true;
	e->status = 1;
}

/*
 * The compact slot of actor, its page allocated; NULL for ids outside the
 * pages (see CompactSlotSlow for check_sparse).
 */
static inline CompactEnt *
CompactSlot(MatrixState *st, int64 actor, bool check_sparse)
{
	uint64		pageno = (uint64) actor >> PAGE_BITS;

	if (pageno < CPAGES_MAX && st->cpages[pageno] != NULL)
		return &st->cpages[pageno][actor & (PAGE_SIZE - 1)];
	return CompactSlotSlow(st, actor, check_sparse);
}

/*
 * a + b for value sums.  The values are finite (MatrixTrans); a sum that
 * overflows float8 raises numeric_value_out_of_range (RetValueOverflow in
 * matrix.c) wherever it happens: in the transition, the combine function,
 * the final function or retention_merge, so that serial and parallel plans
 * refuse it alike and no matrix ever holds an infinite value.
 */
extern void RetValueOverflow(void);

static inline double
RetValueAdd(double a, double b)
{
	double		r = a + b;

	if (unlikely(!isfinite(r)))
		RetValueOverflow();
	return r;
}

/*
 * Append a key (and value) to an actor's list; a key equal to the last one
 * only adds its value.  The list doubles; it lives in st->cxt.
 */
static inline void
ActorPush(MatrixState *st, ActorEnt *e, int64 key, double v)
{
	if (e->n > 0 && e->keys[e->n - 1] == key)
	{
		if (st->has_value)
			EVALS(e)[e->n - 1] = RetValueAdd(EVALS(e)[e->n - 1], v);
		return;
	}
	if (e->n == e->cap)
	{
		int32		newcap = e->cap ? e->cap * 2 : 4;

		if (e->cap >= PG_INT32_MAX / 2)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many distinct periods for one actor")));
		if (e->keys)
		{
			e->keys = repalloc_huge(e->keys, newcap * (st->has_value ? 16 : 8));
			/* the value sums sit after cap keys: move them up */
			if (st->has_value)
				memmove(e->keys + newcap, e->keys + e->cap, e->n * sizeof(double));
		}
		else
			e->keys = MemoryContextAllocHuge(st->cxt, newcap * (st->has_value ? 16 : 8));
		e->cap = newcap;
	}
	if (e->n > 0 && key < e->keys[e->n - 1])
		e->sorted = false;
	e->keys[e->n] = key;
	if (st->has_value)
		EVALS(e)[e->n] = v;
	e->n++;
}

/* bitmap mode: mark period key as having a return event */
static inline void
ActorSetBit(MatrixState *st, ActorEnt *e, int64 key)
{
	uint64		d;

	if (e->base == NO_BASE)
		e->base = key;
	d = (uint64) key - (uint64) e->base;
	if (d < BITS_SPAN)
		e->bits[d >> 6] |= UINT64CONST(1) << (d & 63);
	else
		ActorPush(st, e, key, 0);	/* outside the bitmap: the list */
}

/* ---- iteration over the actors of a state, whatever its layout ---------- */

typedef struct ActorIter
{
	acth_iterator hit;
	pgdir_iterator dit;
	ActorEnt   *page;
	int64		pos;
	int64		cpi;			/* compact: page index, then CPAGES_MAX for the hash */
	ActorEnt	tmp;			/* compact: the entry returned, widened */
} ActorIter;

static inline void
StateStart(MatrixState *st, ActorIter *it)
{
	memset(it, 0, sizeof(*it));
	if (st->h && (st->layout == ML_COMPACT || st->layout == ML_HASH))
		acth_start_iterate(st->h, &it->hit);
	else if (st->layout == ML_PAGED)
		pgdir_start_iterate(st->dir, &it->dit);
}

/*
 * Next actor of a state; NULL at the end.  A compact entry is returned
 * widened into it->tmp (a copy: changes to it are lost).
 */
static inline ActorEnt *
StateNext(MatrixState *st, ActorIter *it)
{
	switch (st->layout)
	{
		case ML_COMPACT:
			while (it->cpi < CPAGES_MAX)
			{
				CompactEnt *page = st->cpages[it->cpi];

				if (page)
				{
					while (it->pos < PAGE_SIZE)
					{
						CompactEnt *c = &page[it->pos++];

						if (!CE_EMPTY(c) && c->base != CE_WIDE)
						{
							CompactWiden(c, it->cpi * PAGE_SIZE + it->pos - 1, &it->tmp);
							return &it->tmp;
						}
					}
				}
				it->cpi++;
				it->pos = 0;
			}
			return st->h ? acth_iterate(st->h, &it->hit) : NULL;
		case ML_FLAT:
			return it->pos < st->nflat ? &st->flat[it->pos++] : NULL;
		case ML_SINGLE:
			return (it->pos++ == 0 && st->one.status) ? &st->one : NULL;
		case ML_HASH:
			return acth_iterate(st->h, &it->hit);
		case ML_PAGED:
			for (;;)
			{
				PageDirEnt *d;

				if (it->page)
				{
					while (it->pos < PAGE_SIZE)
					{
						ActorEnt   *e = &it->page[it->pos++];

						if (e->status)
							return e;
					}
					it->page = NULL;
				}
				d = pgdir_iterate(st->dir, &it->dit);
				if (d == NULL)
					return NULL;
				it->page = d->page;
				it->pos = 0;
			}
	}
	return NULL;
}

/* number of actors in a state */
static inline int64
StateCount(MatrixState *st)
{
	switch (st->layout)
	{
		case ML_COMPACT:
			return st->ncompact + (st->h ? st->h->members : 0);
		case ML_FLAT:
			return st->nflat;
		case ML_SINGLE:
			return st->one.status ? 1 : 0;
		case ML_HASH:
			return st->h->members;
		case ML_PAGED:
			return st->nactors;
	}
	return 0;
}

#endif							/* PGG_RETENTION_H */
