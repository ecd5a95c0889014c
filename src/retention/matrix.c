/*-------------------------------------------------------------------------
 *
 * cohort.c
 *	  Retention: the cohort x period matrix (the "triangle").
 *
 * Design (see doc/retention.md for the semantics):
 *
 *	- The matrix is a plain float8[] value, the "retention matrix state": a
 *	  header (definition code, counting mode, columns, brackets), then one row
 *	  per cohort: [cohort index, cohort start (Unix seconds), cohort size,
 *	  retained actors per column..., value sums per column...].  Because it is
 *	  a plain SQL type with an element-wise sum as combine function, Citus can
 *	  split retention_merge() across nodes, and the matrix can be stored in a
 *	  materialized view and read later by retention_rows(), retention_array()
 *	  and retention_average().
 *
 *	- Two ways to build it, with the same per-actor semantics:
 *	  retention_matrix(actor, ts, options, ...) is one aggregate over the raw
 *	  table that keeps, per actor, the first start period (or timestamp) and
 *	  the periods with a return event; its final function turns each actor
 *	  into matrix cells.  This is the fast single pass (partial aggregation
 *	  in parallel workers, serialized state).  Calendar first-time matrices
 *	  without values (bitmap mode, the common case) keep an actor in a
 *	  16-byte compact entry (first period, bitmap base, 64-period bitmap) in
 *	  pages of 1024 ids (ids 0 to 64 M, pages from huge-page chunks), merged
 *	  and serialized page by page; actors that do not fit become "wide"
 *	  64-byte entries (a 128-period bitmap plus a list) in a hash table.
 *	  Other modes use the 64-byte entries throughout (dense ids in pages,
 *	  sparse ids in a hash table).  Rows are applied in batches of 64 with
 *	  the entries prefetched.
 *	  retention_actor(ts, options, ...) is the per-actor stage of the
 *	  two-stage plan (GROUP BY actor: pushed down by Citus when actor is the
 *	  distribution column); retention_merge(matrix) sums the one-actor
 *	  matrices.
 *
 *	- Calendar periods are computed per row from Unix seconds plus the UTC
 *	  offset of the time zone at that instant.  The offset comes from a small
 *	  cache of intervals between time-zone transitions (filled lazily with
 *	  pg_next_dst_boundary), and the UTC bounds of the last period computed
 *	  are remembered (within one offset segment), so most rows cost two
 *	  comparisons, not a call of the generic timestamp conversion; periods
 *	  stay exact across DST changes.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "core/codec.h"

#include <ctype.h>
#include <math.h>
#include <sys/mman.h>

#include "catalog/pg_type.h"
#include "common/int.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "nodes/primnodes.h"
#include "pgtime.h"
#include "port/pg_bitutils.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

/* ---- definitions ---------------------------------------------------------- */

#define CU_HOUR		1
#define CU_DAY		2
#define CU_WEEK		3
#define CU_MONTH	4

#define CM_ON			0
#define CM_ON_OR_AFTER	1
#define CM_BRACKETS		2

#define MAX_BRACKETS	64
#define MAX_PERIOD		100000	/* largest period number a bracket or max_period may name */
#define MAX_COLS		10000	/* columns of a matrix built without max_period */
#define MAX_CELLS		(64 * 1024 * 1024)	/* float8 elements of a matrix state */

/* matrix state header */
#define RM_MAGIC		7341.0
#define RM_VERSION		1.0
#define RM_HDR			8
#define RM_ROWFIX		3		/* cohort index, start, size */

#define COHORT_MAGIC	0x70674348	/* "pgCH" */
#define COHORT_VERSION	3

/* data of a float8 array without NULLs (ARR_DATA_PTR trips -Wsign-compare) */
#define RM_DATA(a)		((double *) ((char *) (a) + ARR_OVERHEAD_NONULLS(ARR_NDIM(a))))

#define UNIX_OFFSET_SECS ((int64) (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY)
#define NO_FIRST		PG_INT64_MAX

/* parsed options of one matrix */
typedef struct CohortOpts
{
	int			unit;			/* CU_* */
	bool		sunday;			/* weeks start on Sunday */
	bool		rolling;		/* rolling windows from the actor's start */
	bool		recurring;		/* a cohort per period with a start event */
	int			mode;			/* CM_* */
	int			nbr;			/* brackets */
	int32		br_lo[MAX_BRACKETS];
	int32		br_hi[MAX_BRACKETS];
	int32		max_period;		/* -1: none */
	int64		window_usec;	/* rolling window length */
	pg_tz	   *tz;
} CohortOpts;

/* one interval of constant UTC offset, [start, end) in Unix seconds */
typedef struct TzSeg
{
	int64		start;
	int64		end;
	long		off;
} TzSeg;

typedef struct TzCache
{
	MemoryContext cxt;			/* where the segments live */
	pg_tz	   *tz;
	int			n;
	int			cap;
	int			last;
	bool		broken;			/* pg_next_dst_boundary failed: use pg_localtime */
	TzSeg	   *seg;
	int64		month_day;		/* last day converted to a month */
	int64		month_idx;
	TimestampTz plo;			/* the last period computed: [plo, phi) ... */
	TimestampTz phi;
	int64		pidx;			/* ... has this index */
} TzCache;

/* one actor of the single-pass state (a simplehash element) */
#define BITS_SPAN	128			/* periods covered by the inline bitmap */
#define NO_BASE		PG_INT64_MIN

typedef struct ActorEnt
{
	int64		actor;
	int64		first;			/* first start period (calendar) or time (rolling) */
	int64		base;			/* bitmap mode: period of bit 0, or NO_BASE */
	uint64		bits[BITS_SPAN / 64];	/* bitmap mode: return periods base.. */
	int64	   *keys;			/* return periods / times; recurring: period*4+flags;
								 * with a value column the value sums follow the
								 * cap keys in the same block (EVALS) */
	int32		n;
	int32		cap;
	bool		sorted;
	char		status;
} ActorEnt;

StaticAssertDecl(sizeof(ActorEnt) == 64, "an actor entry should fill one cache line");

/* the value sums of an actor's keys */
#define EVALS(e)	((double *) ((e)->keys + (e)->cap))

static inline uint32
ActorHash(int64 k)
{
	return (uint32) pgg_hash_mix64((uint64) k);
}

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
 * Actor ids are often dense integers: the single-pass state then keeps the
 * actors in pages of PAGE_SIZE consecutive ids (no hashing, no probing, no
 * empty buckets), found through a small directory hash keyed by page number.
 * When the ids turn out sparse the state moves to the actor hash table.
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

/* iteration over the actors of a state, whatever its layout */
typedef struct ActorIter
{
	acth_iterator hit;
	pgdir_iterator dit;
	ActorEnt   *page;
	int64		pos;
	int64		cpi;			/* compact: page index, then CPAGES_MAX for the hash */
	ActorEnt	tmp;			/* compact: the entry returned, widened */
} ActorIter;

/* a row waiting in the batch */
#define ROW_BATCH	64

typedef struct BatchRow
{
	int64		actor;
	int64		key;
	double		v;
	int			flags;
} BatchRow;

/* the aggregate state of retention_matrix() and retention_actor() */
typedef struct CohortState
{
	MemoryContext cxt;			/* per-actor arrays */
	text	   *optstext;
	CohortOpts	opts;
	TzCache		tzc;
	bool		has_value;
	bool		bitmap;			/* calendar first-time without values: inline bitmaps */
	int64		limit;			/* bitmap mode: last period that matters, or -1 */
	bool		single;			/* retention_actor: one actor, key 0 */
	void	   *optsptr;		/* options argument already checked */
	bool		opts_const;		/* the options argument is a constant */
	acth_hash  *h;				/* the actors in a hash table, or NULL */
	pgdir_hash *dir;			/* or: the pages of actors, or NULL */
	MemoryContext pagecxt;		/* where the pages live */
	ActorEnt  **parr;			/* pages 0 .. nparr-1 by number (ids 0 to 64 M) */
	int64		nparr;
	int64		npages;
	int64		nactors;		/* actors in the pages */
	int64		lastpageno;
	ActorEnt   *lastpage;
	ActorEnt   *flat;			/* or: a deserialized state, actors in an array */
	int64		nflat;
	ActorEnt	one;			/* single: the actor (status 0 until a row came) */
	struct BatchRow *batch;		/* rows not applied yet (see CohortFlush) */
	int			nbatch;
	ActorEnt   *last;			/* last entry touched (valid until an insert) */
	bool		compact;		/* bitmap mode, many actors: compact pages + wide hash (h) */
	CompactEnt **cpages;		/* compact pages by page number (CPAGES_MAX slots) */
	int64		ncpages;		/* compact pages allocated */
	int64		ncompact;		/* actors held in compact entries */
	char	   *chunk;			/* the rest of the current 2 MB chunk of pages */
	int			chunkleft;		/* pages left in it */
	bool		hugepages;		/* offer the chunks as huge pages (transition states) */
} CohortState;

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

/* Next actor of a state (paged, hashed or flat); NULL at the end. */
static inline ActorEnt *
StateNext(CohortState *st, ActorIter *it)
{
	if (st->compact)
	{
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
	}
	if (st->flat)
		return it->pos < st->nflat ? &st->flat[it->pos++] : NULL;
	if (st->single)
		return (it->pos++ == 0 && st->one.status) ? &st->one : NULL;
	if (st->h)
		return acth_iterate(st->h, &it->hit);
	if (st->dir == NULL)
		return NULL;
	for (;;)
	{
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
		{
			PageDirEnt *d = pgdir_iterate(st->dir, &it->dit);

			if (d == NULL)
				return NULL;
			it->page = d->page;
			it->pos = 0;
		}
	}
}

static inline void
StateStart(CohortState *st, ActorIter *it)
{
	memset(it, 0, sizeof(*it));
	if (st->compact)
	{
		if (st->h)
			acth_start_iterate(st->h, &it->hit);
	}
	else if (st->flat == NULL && st->h)
		acth_start_iterate(st->h, &it->hit);
	else if (st->flat == NULL && st->dir)
		pgdir_start_iterate(st->dir, &it->dit);
}

/* number of actors in a state */
static int64
StateCount(CohortState *st)
{
	if (st->compact)
		return st->ncompact + (st->h ? st->h->members : 0);
	if (st->flat)
		return st->nflat;
	if (st->single)
		return st->one.status ? 1 : 0;
	if (st->h)
		return st->h->members;
	return st->nactors;
}

/* matrix under construction */
typedef struct GridRow
{
	int64		cidx;
	double		start;
	double		size;
	double	   *cnt;
	double	   *val;
} GridRow;

typedef struct Grid
{
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
	const CohortOpts *opts;		/* to compute cohort starts (NULL when merging) */
	TzCache    *tzc;
} Grid;

/* read-only view of a matrix state */
typedef struct RetView
{
	int			defcode;
	int			mode;
	int			ncols;
	bool		has_value;
	int			nrows;
	int			nbr;
	double	   *br;
	double	   *rows;
	int			width;
} RetView;

/* ---- small arithmetic ------------------------------------------------------ */

static inline int64
FloorDiv(int64 a, int64 b)
{
	int64		q = a / b;

	if ((a % b) != 0 && ((a < 0) != (b < 0)))
		q--;
	return q;
}

static int
DefCode(const CohortOpts *o)
{
	return o->unit + (o->sunday ? 10 : 0) + (o->rolling ? 100 : 0) + (o->recurring ? 1000 : 0);
}

/* ---- options ----------------------------------------------------------------- */

static void
OptError(const char *optstr, const char *msg, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s", msg),
			 detail ? errdetail("%s", detail) : 0,
			 errhint("Options look like 'period=week cohort=first count=on window=calendar tz=UTC'; "
					 "see doc/retention.md (options given: \"%s\").", optstr)));
}

/* Resolve a time-zone name as SET TimeZone does; NULL when unknown. */
static pg_tz *
LookupTz(const char *name)
{
	pg_tz	   *tz;

	if (name[0] == '\0' || strlen(name) > TZ_STRLEN_MAX)
		return NULL;
	tz = pg_tzset(name);
	return tz;
}

/* Parse a bracket list such as "0,1-3,4-7". */
static void
ParseBrackets(CohortOpts *o, const char *s, const char *optstr)
{
	const char *p = s;

	o->nbr = 0;
	while (*p)
	{
		long		lo,
					hi;
		char	   *end;

		while (*p == ' ' || *p == ',' || *p == ';')
			p++;
		if (!*p)
			break;
		if (!isdigit((unsigned char) *p))
			OptError(optstr, "invalid retention bracket list",
					 "A bracket is a period number or a range such as 1-3.");
		errno = 0;
		lo = strtol(p, &end, 10);
		p = end;
		hi = lo;
		if (*p == '-')
		{
			p++;
			if (!isdigit((unsigned char) *p))
				OptError(optstr, "invalid retention bracket list",
						 "A bracket is a period number or a range such as 1-3.");
			hi = strtol(p, &end, 10);
			p = end;
		}
		if (errno != 0 || lo > MAX_PERIOD || hi > MAX_PERIOD)
			OptError(optstr, "retention bracket out of range", "Periods go from 0 to 100000.");
		if (*p && *p != ',' && *p != ';' && *p != ' ')
			OptError(optstr, "invalid retention bracket list",
					 "A bracket is a period number or a range such as 1-3.");
		if (hi < lo)
			OptError(optstr, "retention bracket ends before it starts",
					 "Write a bracket as first-last with first <= last.");
		if (o->nbr > 0 && lo <= o->br_hi[o->nbr - 1])
			OptError(optstr, "retention brackets must be increasing and must not overlap",
					 "Each bracket must start after the previous one ends.");
		if (o->nbr >= MAX_BRACKETS)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many retention brackets"),
					 errdetail("At most %d brackets are allowed.", MAX_BRACKETS)));
		o->br_lo[o->nbr] = (int32) lo;
		o->br_hi[o->nbr] = (int32) hi;
		o->nbr++;
	}
	if (o->nbr == 0)
		OptError(optstr, "empty retention bracket list", NULL);
}

/* Parse the options text of the matrix aggregates. */
static void
ParseOpts(CohortOpts *o, const char *optstr)
{
	const char *p = optstr;
	bool		seen_period = false,
				seen_cohort = false,
				seen_count = false,
				seen_window = false,
				seen_ws = false,
				seen_tz = false,
				seen_max = false,
				seen_br = false;
	char		brbuf[1024];

	memset(o, 0, sizeof(*o));
	o->unit = CU_DAY;
	o->mode = CM_ON;
	o->max_period = -1;
	o->tz = session_timezone;

	while (*p)
	{
		char		key[64];
		char		val[TZ_STRLEN_MAX + 2];
		int			kl = 0,
					vl = 0;
		bool		has_val = false;

		while (*p == ' ' || *p == ',' || *p == '\t' || *p == '\n')
			p++;
		if (!*p)
			break;
		while (*p && *p != '=' && *p != ' ' && *p != ',' && *p != '\t' && *p != '\n')
		{
			if (kl >= (int) sizeof(key) - 1)
				OptError(optstr, "unknown retention option", NULL);
			key[kl++] = pg_ascii_tolower((unsigned char) *p);
			p++;
		}
		key[kl] = '\0';
		if (*p == '=')
		{
			has_val = true;
			p++;
			if (*p == '"')
			{
				p++;
				while (*p && *p != '"')
				{
					if (vl >= (int) sizeof(val) - 1)
						OptError(optstr, "retention option value is too long", NULL);
					val[vl++] = *p++;
				}
				if (*p != '"')
					OptError(optstr, "unterminated quoted retention option value", NULL);
				p++;
			}
			else if (*p == '[')
			{
				p++;
				while (*p && *p != ']')
				{
					if (vl >= (int) sizeof(val) - 1)
						OptError(optstr, "retention option value is too long", NULL);
					val[vl++] = *p++;
				}
				if (*p != ']')
					OptError(optstr, "unterminated retention bracket list", "Close the list with ].");
				p++;
			}
			else
			{
				while (*p && *p != ' ' && *p != ',' && *p != '\t' && *p != '\n')
				{
					if (vl >= (int) sizeof(val) - 1)
						OptError(optstr, "retention option value is too long", NULL);
					val[vl++] = *p++;
				}
			}
			val[vl] = '\0';
		}
		else
		{
			/* a bare word: its own value */
			strlcpy(val, key, sizeof(val));
			if (strcmp(key, "hour") == 0 || strcmp(key, "day") == 0 ||
				strcmp(key, "week") == 0 || strcmp(key, "month") == 0)
				strlcpy(key, "period", sizeof(key));
			else if (strcmp(key, "first") == 0 || strcmp(key, "first_time") == 0 ||
					 strcmp(key, "recurring") == 0)
				strlcpy(key, "cohort", sizeof(key));
			else if (strcmp(key, "on") == 0 || strcmp(key, "on_or_after") == 0)
				strlcpy(key, "count", sizeof(key));
			else if (strcmp(key, "calendar") == 0 || strcmp(key, "rolling") == 0)
				strlcpy(key, "window", sizeof(key));
			else if (strcmp(key, "monday") == 0 || strcmp(key, "sunday") == 0)
				strlcpy(key, "week_start", sizeof(key));
			else
			{
				char		msg[128];

				snprintf(msg, sizeof(msg), "unknown retention option \"%s\"", val);
				OptError(optstr, msg, NULL);
			}
			has_val = true;
		}
		if (!has_val || val[0] == '\0')
		{
			char		msg[128];

			snprintf(msg, sizeof(msg), "retention option \"%s\" needs a value", key);
			OptError(optstr, msg, NULL);
		}

#define DUP(flag) do { if (flag) { char m_[128]; snprintf(m_, sizeof(m_), "retention option \"%s\" is given twice", key); OptError(optstr, m_, NULL); } flag = true; } while (0)
#define BADVAL(expected) do { char m_[400]; snprintf(m_, sizeof(m_), "invalid value \"%s\" for retention option \"%s\"", val, key); OptError(optstr, m_, "Valid values: " expected "."); } while (0)

		if (strcmp(key, "period") == 0)
		{
			DUP(seen_period);
			if (pg_strcasecmp(val, "hour") == 0)
				o->unit = CU_HOUR;
			else if (pg_strcasecmp(val, "day") == 0)
				o->unit = CU_DAY;
			else if (pg_strcasecmp(val, "week") == 0)
				o->unit = CU_WEEK;
			else if (pg_strcasecmp(val, "month") == 0)
				o->unit = CU_MONTH;
			else
				BADVAL("hour, day, week, month");
		}
		else if (strcmp(key, "cohort") == 0)
		{
			DUP(seen_cohort);
			if (pg_strcasecmp(val, "first") == 0 || pg_strcasecmp(val, "first_time") == 0)
				o->recurring = false;
			else if (pg_strcasecmp(val, "recurring") == 0)
				o->recurring = true;
			else
				BADVAL("first, recurring");
		}
		else if (strcmp(key, "count") == 0)
		{
			DUP(seen_count);
			if (pg_strcasecmp(val, "on") == 0)
				o->mode = CM_ON;
			else if (pg_strcasecmp(val, "on_or_after") == 0)
				o->mode = CM_ON_OR_AFTER;
			else if (pg_strcasecmp(val, "brackets") == 0)
				o->mode = CM_BRACKETS;
			else
				BADVAL("on, on_or_after, brackets");
		}
		else if (strcmp(key, "brackets") == 0)
		{
			DUP(seen_br);
			strlcpy(brbuf, val, sizeof(brbuf));
		}
		else if (strcmp(key, "window") == 0)
		{
			DUP(seen_window);
			if (pg_strcasecmp(val, "calendar") == 0)
				o->rolling = false;
			else if (pg_strcasecmp(val, "rolling") == 0)
				o->rolling = true;
			else
				BADVAL("calendar, rolling");
		}
		else if (strcmp(key, "week_start") == 0)
		{
			DUP(seen_ws);
			if (pg_strcasecmp(val, "monday") == 0)
				o->sunday = false;
			else if (pg_strcasecmp(val, "sunday") == 0)
				o->sunday = true;
			else
				BADVAL("monday, sunday");
		}
		else if (strcmp(key, "tz") == 0 || strcmp(key, "timezone") == 0 ||
				 strcmp(key, "time_zone") == 0)
		{
			DUP(seen_tz);
			o->tz = LookupTz(val);
			if (o->tz == NULL)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("time zone \"%s\" not recognized", val),
						 errhint("Use a name from pg_timezone_names, such as Europe/Berlin or UTC.")));
		}
		else if (strcmp(key, "max_period") == 0)
		{
			char	   *end;
			long		v;

			DUP(seen_max);
			errno = 0;
			v = strtol(val, &end, 10);
			if (errno != 0 || *end != '\0' || v < 0 || v > MAX_PERIOD)
				BADVAL("an integer from 0 to 100000");
			o->max_period = (int32) v;
		}
		else
		{
			char		msg[128];

			snprintf(msg, sizeof(msg), "unknown retention option \"%s\"", key);
			OptError(optstr, msg, "Known options: period, cohort, count, brackets, window, week_start, tz, max_period.");
		}
	}

	if (seen_br)
	{
		if (seen_count && o->mode != CM_BRACKETS)
			OptError(optstr, "retention brackets need count=brackets", NULL);
		o->mode = CM_BRACKETS;
		ParseBrackets(o, brbuf, optstr);
	}
	else if (o->mode == CM_BRACKETS)
		OptError(optstr, "count=brackets needs a bracket list",
				 "Pass brackets=[1-3,4-7,8-14], for example.");
	if (o->mode == CM_BRACKETS && seen_max)
		OptError(optstr, "max_period does not apply to brackets",
				 "The last bracket already bounds the periods.");
	if (seen_ws && o->unit != CU_WEEK)
		OptError(optstr, "week_start applies only to period=week", NULL);
	if (o->recurring && o->rolling)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("recurring cohorts need calendar periods"),
				 errdetail("Rolling windows start at the actor's first start event, so an actor has one cohort."),
				 errhint("Use window=calendar with cohort=recurring, or cohort=first with window=rolling.")));
	switch (o->unit)
	{
		case CU_HOUR:
			o->window_usec = USECS_PER_HOUR;
			break;
		case CU_DAY:
			o->window_usec = USECS_PER_DAY;
			break;
		case CU_WEEK:
			o->window_usec = 7 * USECS_PER_DAY;
			break;
		default:
			o->window_usec = 30 * USECS_PER_DAY;
			break;
	}
}

/* ---- time zones and calendar periods ------------------------------------------ */

static void
TzCacheInit(TzCache *c, pg_tz *tz, MemoryContext cxt)
{
	memset(c, 0, sizeof(*c));
	c->cxt = cxt;
	c->tz = tz;
	c->month_day = PG_INT64_MIN;
	c->plo = 1;
	c->phi = 0;
}

/* UTC offset (seconds east) in effect at Unix time t. */
static long
TzOffsetSlow(TzCache *c, int64 t)
{
	pg_time_t	pt = (pg_time_t) t;
	long		before,
				after;
	int			bdst,
				adst;
	pg_time_t	boundary;
	int			r;
	int			lo,
				hi;
	int64		end;

	if (!c->broken)
	{
		r = pg_next_dst_boundary(&pt, &before, &bdst, &boundary, &after, &adst, c->tz);
		if (r >= 0)
		{
			end = (r == 0) ? PG_INT64_MAX : (int64) boundary;
			if (end <= t)		/* defensive: never cache an empty segment */
				return before;
			/* segments are kept sorted by end; find the one ending at end */
			lo = 0;
			hi = c->n;
			while (lo < hi)
			{
				int			mid = (lo + hi) / 2;

				if (c->seg[mid].end < end)
					lo = mid + 1;
				else
					hi = mid;
			}
			if (lo < c->n && c->seg[lo].end == end && c->seg[lo].off == before)
			{
				if (t < c->seg[lo].start)
					c->seg[lo].start = t;
			}
			else
			{
				if (c->n == c->cap)
				{
					c->cap = c->cap ? c->cap * 2 : 16;
					if (c->seg)
						c->seg = repalloc(c->seg, c->cap * sizeof(TzSeg));
					else
						c->seg = MemoryContextAlloc(c->cxt, c->cap * sizeof(TzSeg));
				}
				memmove(&c->seg[lo + 1], &c->seg[lo], (c->n - lo) * sizeof(TzSeg));
				c->seg[lo].start = t;
				c->seg[lo].end = end;
				c->seg[lo].off = before;
				c->n++;
			}
			c->last = lo;
			return before;
		}
		c->broken = true;
	}
	{
		struct pg_tm *tm = pg_localtime(&pt, c->tz);

		if (tm == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
					 errmsg("timestamp out of range for time zone conversion")));
		return tm->tm_gmtoff;
	}
}

static inline long
TzOffset(TzCache *c, int64 t)
{
	if (c->n > 0)
	{
		TzSeg	   *s = &c->seg[c->last];
		int			lo,
					hi;

		if (t >= s->start && t < s->end)
			return s->off;
		/* binary search over the segments known so far */
		lo = 0;
		hi = c->n;
		while (lo < hi)
		{
			int			mid = (lo + hi) / 2;

			if (c->seg[mid].end <= t)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < c->n && c->seg[lo].start <= t)
		{
			c->last = lo;
			return c->seg[lo].off;
		}
	}
	return TzOffsetSlow(c, t);
}

/* Unix seconds (floor) of a finite timestamp */
static inline int64
UnixSecs(TimestampTz ts)
{
	return FloorDiv(ts, USECS_PER_SEC) + UNIX_OFFSET_SECS;
}

/* Unix seconds to a timestamp, saturating at the int64 range */
static inline TimestampTz
SecsToTs(int64 x)
{
	if (x >= PG_INT64_MAX / USECS_PER_SEC + UNIX_OFFSET_SECS)
		return PG_INT64_MAX;
	if (x <= PG_INT64_MIN / USECS_PER_SEC + UNIX_OFFSET_SECS)
		return PG_INT64_MIN;
	return (x - UNIX_OFFSET_SECS) * USECS_PER_SEC;
}

/*
 * Remember that calendar period idx, local seconds [ls, le) at UTC offset
 * off, covers the timestamps around u, within the time-zone segment of u.
 */
static void
CalRemember(TzCache *c, int64 u, int64 idx, int64 ls, int64 le, long off)
{
	int64		lo = ls - off,
				hi = le - off;
	TzSeg	   *sg;

	if (c->broken || c->n == 0)
		return;
	sg = &c->seg[c->last];
	if (u < sg->start || u >= sg->end || sg->off != off)
		return;
	lo = Max(lo, sg->start);
	hi = Min(hi, sg->end);
	if (!(lo <= u && u < hi))
		return;
	c->plo = SecsToTs(lo);
	c->phi = SecsToTs(hi);
	c->pidx = idx;
}

static int64 CalIndexSlow(const CohortOpts *o, TzCache *c, TimestampTz ts);

/*
 * Calendar period index of a finite timestamp in the options' zone.  Rows
 * arrive roughly in time order, so most fall in the period computed last.
 */
static inline int64
CalIndex(const CohortOpts *o, TzCache *c, TimestampTz ts)
{
	if (ts >= c->plo && ts < c->phi)
		return c->pidx;
	return CalIndexSlow(o, c, ts);
}

static int64
CalIndexSlow(const CohortOpts *o, TzCache *c, TimestampTz ts)
{
	int64		u = UnixSecs(ts);
	long		off = TzOffset(c, u);
	int64		local = u + off;
	int64		day,
				idx;

	/*
	 * Hours are real 60-minute spans starting at a full local hour: only the
	 * part of the offset below an hour shifts them, so the hour skipped or
	 * repeated at a DST change does not distort period distances.
	 */
	if (o->unit == CU_HOUR)
	{
		int64		m = off - FloorDiv(off, 3600) * 3600;

		idx = FloorDiv(u + m, 3600);
		/* in local seconds: [idx * 3600 - m + off, ... + 3600) */
		CalRemember(c, u, idx, idx * 3600 - m + off, idx * 3600 - m + off + 3600, off);
		return idx;
	}
	day = FloorDiv(local, SECS_PER_DAY);
	if (o->unit == CU_DAY)
	{
		CalRemember(c, u, day, day * SECS_PER_DAY, (day + 1) * SECS_PER_DAY, off);
		return day;
	}
	if (o->unit == CU_WEEK)
	{
		int64		shift = o->sunday ? 4 : 3;

		idx = FloorDiv(day + shift, 7);
		CalRemember(c, u, idx, (idx * 7 - shift) * SECS_PER_DAY, (idx * 7 - shift + 7) * SECS_PER_DAY, off);
		return idx;
	}
	if (day != c->month_day)
	{
		int			y,
					m,
					d;

		j2date((int) (day + UNIX_EPOCH_JDATE), &y, &m, &d);
		c->month_day = day;
		c->month_idx = (int64) (y - 1970) * 12 + (m - 1);
		CalRemember(c, u, c->month_idx,
					((int64) date2j(y, m, 1) - UNIX_EPOCH_JDATE) * SECS_PER_DAY,
					((int64) (m == 12 ? date2j(y + 1, 1, 1) : date2j(y, m + 1, 1)) - UNIX_EPOCH_JDATE) * SECS_PER_DAY,
					off);
	}
	return c->month_idx;
}

/* The instant (Unix seconds) at which calendar period idx starts. */
static double
PeriodStart(const CohortOpts *o, int64 idx)
{
	struct pg_tm tm;
	int64		local;
	int			tzoff;
	int			y,
				m,
				d;

	memset(&tm, 0, sizeof(tm));
	if (o->unit == CU_HOUR)
	{
		pg_time_t	t = (pg_time_t) (idx * 3600);
		struct pg_tm *lt = pg_localtime(&t, o->tz);
		long		off = lt ? lt->tm_gmtoff : 0;

		return (double) (idx * 3600 - (off - FloorDiv(off, 3600) * 3600));
	}
	if (o->unit == CU_MONTH)
	{
		tm.tm_year = (int) (1970 + FloorDiv(idx, 12));
		tm.tm_mon = (int) (idx - FloorDiv(idx, 12) * 12) + 1;
		tm.tm_mday = 1;
	}
	else
	{
		if (o->unit == CU_DAY)
			local = idx * SECS_PER_DAY;
		else
			local = (idx * 7 - (o->sunday ? 4 : 3)) * SECS_PER_DAY;
		j2date((int) (FloorDiv(local, SECS_PER_DAY) + UNIX_EPOCH_JDATE), &y, &m, &d);
		tm.tm_year = y;
		tm.tm_mon = m;
		tm.tm_mday = d;
	}
	tzoff = DetermineTimeZoneOffset(&tm, o->tz);
	local = ((int64) date2j(tm.tm_year, tm.tm_mon, tm.tm_mday) - UNIX_EPOCH_JDATE) * SECS_PER_DAY + tzoff;
	/* the week or month of the earliest timestamps starts before them */
	if (local < MIN_TIMESTAMP / USECS_PER_SEC + UNIX_OFFSET_SECS)
		local = MIN_TIMESTAMP / USECS_PER_SEC + UNIX_OFFSET_SECS;
	return (double) local;
}

/* ---- the matrix under construction ------------------------------------------------ */

static void GridEnsureCols(Grid *g, int ncols);

static void
GridInit(Grid *g, const CohortOpts *o, TzCache *tzc, bool has_value)
{
	int			i;

	memset(g, 0, sizeof(*g));
	g->defcode = DefCode(o);
	g->mode = o->mode;
	g->nbr = o->nbr;
	for (i = 0; i < o->nbr; i++)
	{
		g->br[2 * i] = o->br_lo[i];
		g->br[2 * i + 1] = o->br_hi[i];
	}
	g->has_value = has_value;
	g->opts = o;
	g->tzc = tzc;
	if (o->mode == CM_BRACKETS)
		GridEnsureCols(g, o->nbr);
}

static void
GridEnsureCols(Grid *g, int ncols)
{
	int			i,
				newcap;

	if (ncols > MAX_COLS && g->mode != CM_BRACKETS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("retention matrix would have more than %d periods", MAX_COLS),
				 errhint("Pass max_period=N in the options to keep periods 0 to N only.")));
	if (ncols > g->ncols)
		g->ncols = ncols;
	if (ncols <= g->colcap)
		return;
	newcap = Max(g->colcap * 2, 8);
	while (newcap < ncols)
		newcap *= 2;
	for (i = 0; i < g->nrows; i++)
	{
		GridRow    *r = &g->rows[i];

		r->cnt = repalloc(r->cnt, newcap * sizeof(double));
		memset(r->cnt + g->colcap, 0, (newcap - g->colcap) * sizeof(double));
		if (g->has_value)
		{
			r->val = repalloc(r->val, newcap * sizeof(double));
			memset(r->val + g->colcap, 0, (newcap - g->colcap) * sizeof(double));
		}
	}
	g->colcap = newcap;
}

/* Find or create the row of cohort cidx. */
static GridRow *
GridRowFor(Grid *g, int64 cidx, double start)
{
	int			lo,
				hi;
	GridRow    *r;

	if (g->nrows > 0 && g->rows[g->lastrow].cidx == cidx)
		return &g->rows[g->lastrow];
	lo = 0;
	hi = g->nrows;
	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;

		if (g->rows[mid].cidx < cidx)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < g->nrows && g->rows[lo].cidx == cidx)
	{
		g->lastrow = lo;
		return &g->rows[lo];
	}
	if (g->nrows == g->rowcap)
	{
		g->rowcap = Max(g->rowcap * 2, 16);
		if (g->rows)
			g->rows = repalloc_huge(g->rows, g->rowcap * sizeof(GridRow));
		else
			g->rows = palloc(g->rowcap * sizeof(GridRow));
	}
	memmove(&g->rows[lo + 1], &g->rows[lo], (g->nrows - lo) * sizeof(GridRow));
	g->nrows++;
	r = &g->rows[lo];
	r->cidx = cidx;
	r->start = g->opts ? PeriodStart(g->opts, cidx) : start;
	r->size = 0;
	if (g->colcap == 0)
		g->colcap = 8;
	r->cnt = palloc0(g->colcap * sizeof(double));
	r->val = g->has_value ? palloc0(g->colcap * sizeof(double)) : NULL;
	g->lastrow = lo;
	return r;
}

/*
 * Add one actor's membership of cohort cidx: ks[0..nk) are the active
 * periods (ascending, ks[0] == 0), vs their value sums.
 */
static void
GridAddActor(Grid *g, const CohortOpts *o, int64 cidx, const int32 *ks,
			 const double *vs, int nk)
{
	GridRow    *r = GridRowFor(g, cidx, 0);
	int			i,
				b;

	r->size += 1;
	if (o->mode == CM_ON)
	{
		int			last = ks[nk - 1];

		if (o->max_period >= 0 && last > o->max_period)
			last = o->max_period;
		GridEnsureCols(g, last + 1);
		r = &g->rows[g->lastrow];
		for (i = 0; i < nk && ks[i] <= last; i++)
		{
			r->cnt[ks[i]] += 1;
			if (g->has_value)
				r->val[ks[i]] += vs[i];
		}
	}
	else if (o->mode == CM_ON_OR_AFTER)
	{
		int			last = ks[nk - 1];
		int			k;
		double		s = 0;

		if (o->max_period >= 0 && last > o->max_period)
			last = o->max_period;
		GridEnsureCols(g, last + 1);
		r = &g->rows[g->lastrow];
		i = nk - 1;
		for (k = last; k >= 0; k--)
		{
			while (i >= 0 && ks[i] >= k)
			{
				if (g->has_value)
					s += vs[i];
				i--;
			}
			r->cnt[k] += 1;
			if (g->has_value)
				r->val[k] += s;
		}
	}
	else
	{
		i = 0;
		for (b = 0; b < o->nbr; b++)
		{
			bool		active = false;
			double		s = 0;

			while (i < nk && ks[i] < o->br_lo[b])
				i++;
			while (i < nk && ks[i] <= o->br_hi[b])
			{
				active = true;
				if (g->has_value)
					s += vs[i];
				i++;
			}
			if (active)
			{
				r->cnt[b] += 1;
				if (g->has_value)
					r->val[b] += s;
			}
		}
	}
}

/* Turn the matrix under construction into a float8[] state. */
static ArrayType *
GridToArray(Grid *g)
{
	int			hv = g->has_value ? 1 : 0;
	int			width = RM_ROWFIX + g->ncols * (1 + hv);
	int64		total = RM_HDR + 2 * (int64) g->nbr + (int64) g->nrows * width;
	ArrayType  *a;
	double	   *d;
	int			i,
				j;

	if (total > MAX_CELLS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("retention matrix is too large (%d cohorts x %d periods)", g->nrows, g->ncols),
				 errhint("Pass max_period=N, or use a coarser period.")));
	a = (ArrayType *) palloc0(ARR_OVERHEAD_NONULLS(1) + total * sizeof(double));
	SET_VARSIZE(a, ARR_OVERHEAD_NONULLS(1) + total * sizeof(double));
	a->ndim = 1;
	a->dataoffset = 0;
	a->elemtype = FLOAT8OID;
	*ARR_DIMS(a) = (int) total;
	*ARR_LBOUND(a) = 1;
	d = RM_DATA(a);
	d[0] = RM_MAGIC;
	d[1] = RM_VERSION;
	d[2] = g->defcode;
	d[3] = g->mode;
	d[4] = g->ncols;
	d[5] = hv;
	d[6] = g->nrows;
	d[7] = g->nbr;
	d += RM_HDR;
	for (i = 0; i < 2 * g->nbr; i++)
		*d++ = g->br[i];
	for (i = 0; i < g->nrows; i++)
	{
		GridRow    *r = &g->rows[i];

		d[0] = (double) r->cidx;
		d[1] = r->start;
		d[2] = r->size;
		for (j = 0; j < g->ncols; j++)
		{
			d[RM_ROWFIX + j] = r->cnt[j];
			if (hv)
				d[RM_ROWFIX + g->ncols + j] = r->val[j];
		}
		d += width;
	}
	return a;
}

/* ---- matrix state: parsing and validation ------------------------------------------ */

static void
BadState(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid retention matrix"),
			 errdetail("%s", detail),
			 errhint("Pass the result of retention_matrix(), retention_actor() or retention_merge().")));
}

static inline bool
IsIntIn(double x, double lo, double hi)
{
	return x >= lo && x <= hi && x == floor(x);
}

/*
 * Read a matrix state.  full = false checks the header and layout only (for
 * the transition state the aggregate built itself); full = true checks every
 * cell, as for any value a user may have crafted.
 */
static void
RetViewParse(ArrayType *a, RetView *v, bool full)
{
	double	   *d;
	int64		len;
	int			i,
				j;
	int			defcode;

	if (ARR_ELEMTYPE(a) != FLOAT8OID || ARR_NDIM(a) != 1 || ARR_HASNULL(a))
		BadState("A retention matrix is a one-dimensional float8 array without NULLs.");
	len = ArrayGetNItems(ARR_NDIM(a), ARR_DIMS(a));
	if (len < RM_HDR)
		BadState("The array is shorter than the header.");
	d = RM_DATA(a);
	if (d[0] != RM_MAGIC || d[1] != RM_VERSION)
		BadState("The array does not start with the retention matrix marker and version.");
	if (!IsIntIn(d[2], 1, 1114) || !IsIntIn(d[3], 0, 2) || !IsIntIn(d[4], 0, MAX_CELLS) ||
		!IsIntIn(d[5], 0, 1) || !IsIntIn(d[6], 0, MAX_CELLS) || !IsIntIn(d[7], 0, MAX_BRACKETS))
		BadState("The header holds an invalid field.");
	defcode = (int) d[2];
	if (defcode % 10 < CU_HOUR || defcode % 10 > CU_MONTH || (defcode / 10) % 10 > 1 ||
		(defcode / 100) % 10 > 1 || defcode / 1000 > 1 || (defcode / 10 % 10 == 1 && defcode % 10 != CU_WEEK))
		BadState("The header holds an invalid definition code.");
	v->defcode = defcode;
	v->mode = (int) d[3];
	v->ncols = (int) d[4];
	v->has_value = d[5] != 0;
	v->nrows = (int) d[6];
	v->nbr = (int) d[7];
	if ((v->mode == CM_BRACKETS) != (v->nbr > 0) ||
		(v->mode == CM_BRACKETS && v->ncols != v->nbr))
		BadState("The brackets do not match the columns.");
	v->width = RM_ROWFIX + v->ncols * (1 + (v->has_value ? 1 : 0));
	if (len != RM_HDR + 2 * (int64) v->nbr + (int64) v->nrows * v->width)
		BadState("The array length does not match the header.");
	v->br = d + RM_HDR;
	v->rows = d + RM_HDR + 2 * v->nbr;
	for (i = 0; i < v->nbr; i++)
	{
		if (!IsIntIn(v->br[2 * i], 0, MAX_PERIOD) || !IsIntIn(v->br[2 * i + 1], v->br[2 * i], MAX_PERIOD) ||
			(i > 0 && v->br[2 * i] <= v->br[2 * i - 1]))
			BadState("The brackets are not increasing ranges of periods.");
	}
	if (!full)
		return;
	for (i = 0; i < v->nrows; i++)
	{
		double	   *r = v->rows + (int64) i * v->width;

		CHECK_FOR_INTERRUPTS();
		/* cohort indexes: hours from 4713 BC to 294276 AD fit in +-2.6e9 */
		if (!IsIntIn(r[0], -4.0e9, 4.0e9) || (i > 0 && r[0] <= r[-v->width]))
			BadState("The cohort indexes are not increasing integers.");
		if (!IsIntIn(r[1], (double) (MIN_TIMESTAMP / USECS_PER_SEC + UNIX_OFFSET_SECS),
					 (double) (END_TIMESTAMP / USECS_PER_SEC + UNIX_OFFSET_SECS - 1)))
			BadState("A cohort start is not a valid time.");
		if (!IsIntIn(r[2], 1, 9.0e15))
			BadState("A cohort size is not a positive integer.");
		for (j = 0; j < v->ncols; j++)
		{
			if (!IsIntIn(r[RM_ROWFIX + j], 0, r[2]))
				BadState("A retained count is not an integer between 0 and the cohort size.");
			if (v->has_value && !isfinite(r[RM_ROWFIX + v->ncols + j]))
				BadState("A value sum is not finite.");
		}
	}
}

static void
RetViewSameDefinition(const RetView *a, const RetView *b)
{
	int			i;

	if (a->defcode != b->defcode || a->mode != b->mode || a->has_value != b->has_value ||
		a->nbr != b->nbr)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot merge retention matrices of different definitions"),
				 errdetail("Period, cohort kind, counting mode, window and value column must match.")));
	for (i = 0; i < 2 * a->nbr; i++)
		if (a->br[i] != b->br[i])
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot merge retention matrices with different brackets")));
}

/* Add the rows of a matrix state to a matrix under construction. */
static void
GridAddView(Grid *g, const RetView *v)
{
	int			i,
				j;

	if (v->ncols > 0)
		GridEnsureCols(g, v->ncols);
	for (i = 0; i < v->nrows; i++)
	{
		double	   *src = v->rows + (int64) i * v->width;
		GridRow    *r = GridRowFor(g, (int64) src[0], src[1]);

		r->size += src[2];
		for (j = 0; j < v->ncols; j++)
		{
			r->cnt[j] += src[RM_ROWFIX + j];
			if (g->has_value)
				r->val[j] += src[RM_ROWFIX + v->ncols + j];
		}
	}
}

/* Sum two matrix states of the same definition into a new one. */
static ArrayType *
MergeViews(const RetView *a, const RetView *b)
{
	Grid		g;

	memset(&g, 0, sizeof(g));
	g.defcode = a->defcode;
	g.mode = a->mode;
	g.nbr = a->nbr;
	memcpy(g.br, a->br, 2 * a->nbr * sizeof(double));
	g.has_value = a->has_value;
	g.ncols = (a->mode == CM_BRACKETS) ? a->nbr : 0;
	GridAddView(&g, a);
	GridAddView(&g, b);
	return GridToArray(&g);
}

/* Add b into a in place when a already has every row and column of b. */
static bool
MergeInPlace(RetView *a, const RetView *b)
{
	int			i = 0,
				j,
				c;

	if (b->ncols > a->ncols)
		return false;
	/* every cohort of b must be a row of a (both sorted) */
	for (j = 0; j < b->nrows; j++)
	{
		double		key = b->rows[(int64) j * b->width];

		while (i < a->nrows && a->rows[(int64) i * a->width] < key)
			i++;
		if (i >= a->nrows || a->rows[(int64) i * a->width] != key)
			return false;
	}
	i = 0;
	for (j = 0; j < b->nrows; j++)
	{
		double	   *src = b->rows + (int64) j * b->width;
		double	   *dst;

		while (a->rows[(int64) i * a->width] < src[0])
			i++;
		dst = a->rows + (int64) i * a->width;
		dst[2] += src[2];
		for (c = 0; c < b->ncols; c++)
		{
			dst[RM_ROWFIX + c] += src[RM_ROWFIX + c];
			if (a->has_value)
				dst[RM_ROWFIX + a->ncols + c] += src[RM_ROWFIX + b->ncols + c];
		}
	}
	return true;
}

/* ---- the single-pass aggregate state --------------------------------------------------- */

static CohortState *
CohortStateCreate(MemoryContext aggcxt, text *opts, bool has_value, bool single,
				  bool flat)
{
	MemoryContext old = MemoryContextSwitchTo(aggcxt);
	CohortState *st = palloc0(sizeof(CohortState));
	char	   *optstr = text_to_cstring(opts);

	ParseOpts(&st->opts, optstr);
	pfree(optstr);
	st->optstext = DatumGetTextPCopy(PointerGetDatum(opts));
	/* one actor (GROUP BY actor: many states at once): no context of its own */
	st->cxt = (single || flat) ? aggcxt :
		AllocSetContextCreate(aggcxt, "pg_growth retention actors", ALLOCSET_DEFAULT_SIZES);
	TzCacheInit(&st->tzc, st->opts.tz, aggcxt);
	st->has_value = has_value;
	st->bitmap = !st->opts.rolling && !st->opts.recurring && !has_value;
	st->limit = -1;
	if (st->opts.mode == CM_BRACKETS)
		st->limit = st->opts.br_hi[st->opts.nbr - 1];
	else if (st->opts.max_period >= 0)
		st->limit = st->opts.max_period;
	st->single = single;
	st->compact = st->bitmap && !single;
	if (single)
		st->one.status = 0;
	else if (st->compact)
	{
		/* bitmap mode: compact pages (also for a deserialized state) */
		st->pagecxt = AllocSetContextCreate(aggcxt, "pg_growth retention actor pages",
											ALLOCSET_DEFAULT_SIZES);
		st->cpages = MemoryContextAllocZero(aggcxt, CPAGES_MAX * sizeof(CompactEnt *));
		st->batch = MemoryContextAlloc(aggcxt, ROW_BATCH * sizeof(BatchRow));
		if (flat)
			st->cxt = AllocSetContextCreate(aggcxt, "pg_growth retention actors",
											ALLOCSET_DEFAULT_SIZES);
	}
	else if (!flat)
	{
		st->dir = pgdir_create(aggcxt, 64, NULL);
		st->pagecxt = AllocSetContextCreate(aggcxt, "pg_growth retention actor pages",
											ALLOCSET_DEFAULT_SIZES);
		st->batch = MemoryContextAlloc(aggcxt, ROW_BATCH * sizeof(BatchRow));
		st->lastpageno = PG_INT64_MIN;
	}
	MemoryContextSwitchTo(old);
	return st;
}

static inline void
ActorPush(CohortState *st, ActorEnt *e, int64 key, double v)
{
	if (e->n > 0 && e->keys[e->n - 1] == key)
	{
		if (st->has_value)
			EVALS(e)[e->n - 1] += v;
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
ActorSetBit(CohortState *st, ActorEnt *e, int64 key)
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

/* Move the actors of a paged state into the hash table (sparse ids). */
static void
StatePagesToHash(CohortState *st)
{
	ActorIter	it;
	ActorEnt   *e;
	acth_hash  *h = acth_create(MemoryContextGetParent(st->cxt), Max(st->nactors, 64), NULL);

	StateStart(st, &it);
	while ((e = StateNext(st, &it)) != NULL)
	{
		bool		found;
		ActorEnt   *d = acth_insert(h, e->actor, &found);
		char		status = d->status;

		*d = *e;
		d->status = status;
	}
	st->h = h;
	st->dir = NULL;
	MemoryContextDelete(st->pagecxt);
	st->pagecxt = NULL;
	st->parr = NULL;
	st->nparr = 0;
	st->lastpage = NULL;
	st->last = NULL;
}

/* the slot of actor in a paged state (page allocated), or NULL after a move to the hash */
static inline ActorEnt *
PagedSlot(CohortState *st, int64 actor)
{
	int64		pageno = actor >> PAGE_BITS;	/* arithmetic shift: floor */
	ActorEnt   *page;

	if (pageno == st->lastpageno)
		page = st->lastpage;
	else if ((uint64) pageno < (uint64) st->nparr && st->parr[pageno] != NULL)
		page = st->parr[pageno];
	else
	{
		bool		found;
		PageDirEnt *d = pgdir_insert(st->dir, pageno, &found);

		if (!found)
		{
			/*
			 * Ids this sparse are better in a hash table.  Rows arrive in no
			 * particular order of ids, so pages fill slowly at first even
			 * for dense ids: decide only past 1024 pages (64 MB).
			 */
			if (st->npages >= 1024 && st->npages * PAGE_SIZE > 64 * st->nactors)
			{
				pgdir_delete_item(st->dir, d);
				StatePagesToHash(st);
				return NULL;
			}
			/* pages aligned to cache lines: an actor is one line */
			d->page = (ActorEnt *)
				TYPEALIGN(64, MemoryContextAllocExtended(st->pagecxt, PAGE_SIZE * sizeof(ActorEnt) + 64,
														 MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO));
			st->npages++;
			/* small non-negative page numbers: also in the direct array */
			if (pageno >= 0 && pageno < PAGE_ARRAY_MAX)
			{
				if (pageno >= st->nparr)
				{
					int64		n = Max(st->nparr * 2, 256);

					while (n <= pageno)
						n *= 2;
					n = Min(n, PAGE_ARRAY_MAX);
					if (st->parr)
					{
						st->parr = repalloc(st->parr, n * sizeof(ActorEnt *));
						memset(st->parr + st->nparr, 0, (n - st->nparr) * sizeof(ActorEnt *));
					}
					else
						st->parr = MemoryContextAllocZero(st->pagecxt, n * sizeof(ActorEnt *));
					st->nparr = n;
				}
				st->parr[pageno] = d->page;
			}
		}
		page = d->page;
		st->lastpageno = pageno;
		st->lastpage = page;
	}
	return &page[actor & (PAGE_SIZE - 1)];
}

/* the entry of actor in a paged state, or NULL after a move to the hash */
static inline ActorEnt *
PagedGet(CohortState *st, int64 actor, bool *isnew)
{
	ActorEnt   *e = PagedSlot(st, actor);

	if (e == NULL)
		return NULL;
	*isnew = !e->status;
	if (*isnew)
	{
		e->status = 1;
		e->actor = actor;
		st->nactors++;
	}
	return e;
}

static inline ActorEnt *
ActorGet(CohortState *st, int64 actor)
{
	ActorEnt   *e = NULL;
	bool		found;

	if (st->last && st->last->actor == actor)
		return st->last;
	if (st->single)
	{
		e = &st->one;
		found = e->status != 0;
		e->status = 1;
		e->actor = actor;
	}
	else if (st->dir)
	{
		bool		isnew = false;

		e = PagedGet(st, actor, &isnew);
		found = !isnew;
	}
	if (e == NULL)
		e = acth_insert(st->h, actor, &found);
	Assert(e != NULL);
	if (!found)
	{
		e->first = NO_FIRST;
		e->base = NO_BASE;
		memset(e->bits, 0, sizeof(e->bits));
		e->keys = NULL;
		e->n = 0;
		e->cap = 0;
		e->sorted = true;
	}
	st->last = e;
	return e;
}

/*
 * Apply one row to its actor: key is the timestamp (rolling) or the calendar
 * period; flags bit 0 = start event, bit 1 = return event.
 */
static inline void
ActorApply(CohortState *st, ActorEnt *e, int64 key, int flags, double v)
{
	const CohortOpts *o = &st->opts;
	bool		is_start = (flags & 1) != 0;
	bool		is_ret = (flags & 2) != 0;

	if (o->recurring)
	{
		ActorPush(st, e, key * 4 + flags, is_ret ? v : 0);
		return;
	}
	if (is_start && key < e->first)
		e->first = key;
	if (is_ret)
	{
		if (st->bitmap)
		{
			/*
			 * Periods beyond the last one that matters need no bit: for "on"
			 * and brackets they are dropped, for "on or after" they are kept
			 * as one period past the limit.  The first start period can
			 * only move earlier, so such periods stay beyond the limit.
			 */
			if (st->limit >= 0 && e->first != NO_FIRST && key - e->first > st->limit)
			{
				if (o->mode != CM_ON_OR_AFTER)
					return;
				key = e->first + st->limit + 1;
			}
			ActorSetBit(st, e, key);
		}
		else
			ActorPush(st, e, key, v);
	}
}

/* ---- bitmap mode: compact entries ---------------------------------------------------- */

/* the actor hash table of a compact state (wide actors), created on demand */
static inline ActorEnt *
WideGet(CohortState *st, int64 actor)
{
	if (st->h == NULL)
	{
		st->h = acth_create(st->cxt, 64, NULL);
		st->last = NULL;
	}
	return ActorGet(st, actor);
}

/* Move every actor of a compact state into the hash table (sparse ids). */
static void
CompactToHash(CohortState *st)
{
	int64		p;
	int			i;

	if (st->h == NULL)
		st->h = acth_create(st->cxt, Max(st->ncompact, 64), NULL);
	for (p = 0; p < CPAGES_MAX; p++)
	{
		CompactEnt *page = st->cpages[p];

		if (page == NULL)
			continue;
		for (i = 0; i < PAGE_SIZE; i++)
		{
			CompactEnt *c = &page[i];
			bool		found;
			ActorEnt   *e;
			char		status;

			if (CE_EMPTY(c) || c->base == CE_WIDE)
				continue;
			e = acth_insert(st->h, p * PAGE_SIZE + i, &found);
			status = e->status;
			CompactWiden(c, p * PAGE_SIZE + i, e);
			e->status = status;
		}
	}
	st->compact = false;
	MemoryContextDelete(st->pagecxt);
	st->pagecxt = NULL;
	st->cpages = NULL;
	st->chunk = NULL;
	st->chunkleft = 0;
	st->ncpages = 0;
	st->ncompact = 0;
	st->last = NULL;
}

/*
 * Give up compact entries before any actor arrived: the state then keeps
 * 64-byte entries in pages of any page number (ids above 64 M).
 */
static void
CompactOff(CohortState *st)
{
	MemoryContext aggcxt = MemoryContextGetParent(st->cxt);

	Assert(st->ncompact == 0 && st->h == NULL);
	MemoryContextDelete(st->pagecxt);
	st->cpages = NULL;
	st->chunk = NULL;
	st->chunkleft = 0;
	st->ncpages = 0;
	st->compact = false;
	st->dir = pgdir_create(aggcxt, 64, NULL);
	st->pagecxt = AllocSetContextCreate(aggcxt, "pg_growth retention actor pages",
										ALLOCSET_DEFAULT_SIZES);
	st->lastpageno = PG_INT64_MIN;
	st->last = NULL;
}

/*
 * The compact slot of actor, its page allocated; NULL for ids outside the
 * pages.  check_sparse (rows being added): when the ids turn out sparse the
 * state moves to the hash table and NULL is returned with st->compact off.
 */
static CompactEnt *
CompactSlotSlow(CohortState *st, int64 actor, bool check_sparse)
{
	int64		pageno = actor >> PAGE_BITS;

	if (pageno < 0 || pageno >= CPAGES_MAX)
	{
		/* the first actor of the state is outside the pages: no compact entries */
		if (check_sparse && st->ncpages == 0 && st->h == NULL)
			CompactOff(st);
		return NULL;
	}
	if (st->cpages[pageno] == NULL)
	{
		/*
		 * Rows arrive in no particular order of ids, so pages fill slowly at
		 * first even for dense ids: decide only past 1024 pages (16 MB).
		 */
		if (check_sparse && st->ncpages >= 1024 && st->ncpages * PAGE_SIZE > 64 * st->ncompact)
		{
			CompactToHash(st);
			return NULL;
		}
		if (st->ncpages < 32)
			st->cpages[pageno] = (CompactEnt *)
				TYPEALIGN(64, MemoryContextAllocExtended(st->pagecxt, PAGE_SIZE * sizeof(CompactEnt) + 64,
														 MCXT_ALLOC_ZERO));
		else
		{
			/*
			 * Past 32 pages, pages come from 2 MB chunks aligned to 2 MB and,
			 * in a transition state, offered to the kernel as a huge page:
			 * rows reach the entries in random order, and one TLB entry then
			 * covers 128 pages.  Deserialized and combined states read and
			 * write their pages in order and do not ask: with THP "madvise"
			 * a huge page fault may compact memory first, which stalled the
			 * leader's deserialize for 20 ms at times.
			 */
			if (st->chunkleft == 0)
			{
				char	   *raw = MemoryContextAllocExtended(st->pagecxt, 2 * CHUNK_BYTES, MCXT_ALLOC_HUGE);

				st->chunk = (char *) TYPEALIGN(CHUNK_BYTES, raw);
#ifdef MADV_HUGEPAGE
				if (st->hugepages)
					(void) madvise(st->chunk, CHUNK_BYTES, MADV_HUGEPAGE);
#endif
				st->chunkleft = CHUNK_BYTES / (PAGE_SIZE * sizeof(CompactEnt));
			}
			st->cpages[pageno] = (CompactEnt *) st->chunk;
			memset(st->chunk, 0, PAGE_SIZE * sizeof(CompactEnt));
			st->chunk += PAGE_SIZE * sizeof(CompactEnt);
			st->chunkleft--;
		}
		st->ncpages++;
	}
	return &st->cpages[pageno][actor & (PAGE_SIZE - 1)];
}

static inline CompactEnt *
CompactSlot(CohortState *st, int64 actor, bool check_sparse)
{
	uint64		pageno = (uint64) actor >> PAGE_BITS;

	if (pageno < CPAGES_MAX && st->cpages[pageno] != NULL)
		return &st->cpages[pageno][actor & (PAGE_SIZE - 1)];
	return CompactSlotSlow(st, actor, check_sparse);
}

/* Turn the compact entry c of actor into a wide one; returns the wide entry. */
static ActorEnt *
CompactToWide(CohortState *st, CompactEnt *c, int64 actor)
{
	ActorEnt   *e;
	ActorEnt	w;

	CompactWiden(c, actor, &w);
	if (!CE_EMPTY(c))
		st->ncompact--;
	c->first = 0;
	c->bits = 0;
	c->base = CE_WIDE;
	e = WideGet(st, actor);
	if (e->first != NO_FIRST || e->base != NO_BASE || e->n != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid retention matrix state"),
				 errdetail("An actor appears twice.")));
	e->first = w.first;
	e->base = w.base;
	e->bits[0] = w.bits[0];
	e->bits[1] = 0;
	return e;
}

/*
 * Return periods (base, biased, and a bitmap from it) past the last period
 * that matters for an actor whose first start period is first (biased), in
 * bitmap mode with a limit (max_period or the last bracket): dropped for
 * "on" and brackets, kept as one period past the limit for "on or after"
 * (ActorApply's rule).  The first start period only moves earlier, so they
 * never matter again.  Without this, a row out of time order (a scan that
 * starts mid-table and wraps around, as synchronized scans do) or the merge
 * of a worker's part whose periods all lie past the limit widens the entry
 * when the union spans more than 64 periods, though the periods beyond the
 * limit are dropped at the end anyway.  base becomes 0 when no bit is left.
 */
static inline void
CompactTrim(const CohortState *st, uint32 first, uint32 *base, uint64 *bits)
{
	bool		after = st->opts.mode == CM_ON_OR_AFTER;
	int64		cut = (int64) first + st->limit + (after ? 1 : 0);
	int64		d;
	uint64		over;

	if (*bits == 0 || *base == 0)
		return;
	d = cut - (int64) *base;	/* the bit of the last period kept */
	if (d >= 63)
		return;
	if (d < 0)
	{
		/* every period is past the cut */
		if (after)
		{
			*base = (uint32) cut;
			*bits = 1;
		}
		else
		{
			*base = 0;
			*bits = 0;
		}
		return;
	}
	over = *bits & ~((UINT64CONST(1) << (d + 1)) - 1);
	if (over == 0)
		return;
	*bits &= ~over;
	if (after)
		*bits |= UINT64CONST(1) << d;
	if (*bits == 0)
		*base = 0;
}

/*
 * OR the return periods sbase (biased) + bit of sbits into a compact entry;
 * the entry is rebased when the union still spans 64 periods, else widened.
 */
static void
CompactAddBits(CohortState *st, CompactEnt *c, int64 actor, uint32 sbase, uint64 sbits)
{
	uint32		lo,
				hi;
	uint64		blo,
				bhi;
	ActorEnt   *e;

	if (sbits == 0)
		return;
	if (st->limit >= 0 && c->first != 0)
	{
		/* periods past the limit first: they must not widen the entry */
		CompactTrim(st, c->first, &c->base, &c->bits);
		CompactTrim(st, c->first, &sbase, &sbits);
		if (sbits == 0)
			return;
	}
	if (c->base == 0 || c->base == sbase)
	{
		c->base = sbase;
		c->bits |= sbits;
		return;
	}
	if (c->base < sbase)
	{
		lo = c->base;
		blo = c->bits;
		hi = sbase;
		bhi = sbits;
	}
	else
	{
		lo = sbase;
		blo = sbits;
		hi = c->base;
		bhi = c->bits;
	}
	if (hi - lo < 64 && ((bhi << (hi - lo)) >> (hi - lo)) == bhi)
	{
		c->base = lo;
		c->bits = blo | (bhi << (hi - lo));
		return;
	}
	e = CompactToWide(st, c, actor);
	while (sbits)
	{
		ActorSetBit(st, e, CE_DEC(sbase) + pg_rightmost_one_pos64(sbits));
		sbits &= sbits - 1;
	}
}

/* Apply one row (ActorApply's rules) to the compact entry c of actor. */
static inline void
CompactApply(CohortState *st, CompactEnt *c, int64 actor, int64 key, int flags)
{
	uint64		d;

	if (!CE_FITS(key))
	{
		ActorApply(st, CompactToWide(st, c, actor), key, flags, 0);
		return;
	}
	if (CE_EMPTY(c))
		st->ncompact++;
	if ((flags & 1) && (c->first == 0 || CE_ENC(key) < c->first))
		c->first = CE_ENC(key);
	if (!(flags & 2))
		return;
	if (st->limit >= 0 && c->first != 0 && key - CE_DEC(c->first) > st->limit)
	{
		if (st->opts.mode != CM_ON_OR_AFTER)
			return;
		key = CE_DEC(c->first) + st->limit + 1;
		if (!CE_FITS(key))
		{
			ActorSetBit(st, CompactToWide(st, c, actor), key);
			return;
		}
	}
	d = (uint64) CE_ENC(key) - (uint64) c->base;
	if (c->base != 0 && d < 64)
		c->bits |= UINT64CONST(1) << d;
	else
		CompactAddBits(st, c, actor, CE_ENC(key), 1);
}

/*
 * Apply the buffered rows.  The actors' entries are spread over memory and
 * each row touches another one: the addresses of the whole batch are computed
 * and prefetched first, so the cache misses overlap instead of queueing.
 */
static void
CohortFlush(CohortState *st)
{
	int			n = st->nbatch;
	int			i;
	ActorEnt   *slot[ROW_BATCH];

	st->nbatch = 0;
	if (n == 0)
		return;
	if (st->compact)
	{
		CompactEnt *cslot[ROW_BATCH];

		for (i = 0; i < n; i++)
		{
			cslot[i] = CompactSlot(st, st->batch[i].actor, true);
			if (!st->compact)
				break;			/* moved to the hash table */
			if (cslot[i])
				PGG_PREFETCH(cslot[i], 1, 3);
		}
		if (i == n)
		{
			for (i = 0; i < n; i++)
			{
				CompactEnt *c = cslot[i];

				if (c && c->base != CE_WIDE)
					CompactApply(st, c, st->batch[i].actor, st->batch[i].key, st->batch[i].flags);
				else
					ActorApply(st, WideGet(st, st->batch[i].actor), st->batch[i].key,
							   st->batch[i].flags, 0);
			}
			return;
		}
	}
	if (st->dir)
	{
		for (i = 0; i < n; i++)
		{
			slot[i] = PagedSlot(st, st->batch[i].actor);
			if (slot[i] == NULL)
				break;			/* moved to the hash table */
			PGG_PREFETCH(slot[i], 1, 0);
		}
		if (i == n)
		{
			for (i = 0; i < n; i++)
			{
				ActorEnt   *e = slot[i];

				if (!e->status)
				{
					e->status = 1;
					e->actor = st->batch[i].actor;
					e->first = NO_FIRST;
					e->base = NO_BASE;
					e->keys = NULL;
					e->n = 0;
					e->cap = 0;
					e->sorted = true;
					st->nactors++;
				}
				ActorApply(st, e, st->batch[i].key, st->batch[i].flags, st->batch[i].v);
			}
			st->last = NULL;
			return;
		}
	}
	for (i = 0; i < n; i++)
		ActorApply(st, ActorGet(st, st->batch[i].actor), st->batch[i].key,
				   st->batch[i].flags, st->batch[i].v);
}

/* Add one row to the state. */
static inline void
CohortAddRow(CohortState *st, int64 actor, TimestampTz ts, bool is_start,
			 bool is_ret, double v)
{
	const CohortOpts *o = &st->opts;
	int64		key;
	int			flags = (is_start ? 1 : 0) | (is_ret ? 2 : 0);
	BatchRow   *b;

	if (flags == 0)
		return;
	key = o->rolling ? ts : CalIndex(o, &st->tzc, ts);
	if (st->batch == NULL)
	{
		ActorApply(st, ActorGet(st, actor), key, flags, v);
		return;
	}
	b = &st->batch[st->nbatch++];
	b->actor = actor;
	b->key = key;
	b->flags = flags;
	b->v = v;
	if (st->nbatch == ROW_BATCH)
		CohortFlush(st);
}

/* Check that every row of a query passes the same options. */
static inline void
CohortCheckOpts(CohortState *st, text *opts)
{
	if (VARSIZE_ANY_EXHDR(opts) != VARSIZE_ANY_EXHDR(st->optstext) ||
		memcmp(VARDATA_ANY(opts), VARDATA_ANY(st->optstext), VARSIZE_ANY_EXHDR(opts)) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("retention options must be the same on every row")));
	st->optsptr = (void *) opts;
}

/* Shared body of the transition functions; argument 'first' is the timestamp. */
static Datum
CohortTrans(FunctionCallInfo fcinfo, bool single)
{
	MemoryContext aggcxt;
	CohortState *st;
	int			tsarg = single ? 1 : 2;
	int			nargs = PG_NARGS();
	bool		has_value = nargs > tsarg + 4;
	bool		is_start = true,
				is_ret = true;
	double		v = 0;
	int64		actor = 0;
	TimestampTz ts;
	text	   *opts;

	if (PG_ARGISNULL(tsarg + 1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("retention options must not be NULL"),
				 errhint("Pass '' for the defaults.")));
	if (!PG_ARGISNULL(0) && ((CohortState *) PG_GETARG_POINTER(0))->opts_const &&
		PG_GETARG_POINTER(tsarg + 1) == ((CohortState *) PG_GETARG_POINTER(0))->optsptr)
	{
		/* the usual case: the same (constant) options as on the last row */
		st = (CohortState *) PG_GETARG_POINTER(0);
		goto row;
	}
	opts = PG_GETARG_TEXT_PP(tsarg + 1);
	if (PG_ARGISNULL(0))
	{
		/* a non-NULL internal state can only come from this aggregate */
		if (!AggCheckCallContext(fcinfo, &aggcxt))
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("retention transition function called in non-aggregate context")));
		st = CohortStateCreate(aggcxt, opts, has_value, single, false);
		/* rows reach the entries in random order: see CompactSlotSlow */
		st->hugepages = true;
		/* a constant options argument keeps its address: compare pointers */
		{
			Aggref	   *ar = AggGetAggref(fcinfo);

			if (ar && list_length(ar->args) > tsarg)
			{
				TargetEntry *te = (TargetEntry *) list_nth(ar->args, tsarg);

				st->opts_const = IsA(te->expr, Const);
			}
		}
	}
	else
	{
		st = (CohortState *) PG_GETARG_POINTER(0);
		CohortCheckOpts(st, opts);
	}
	/* remember the argument as passed, before any detoasting */
	st->optsptr = PG_GETARG_POINTER(tsarg + 1);

row:
	if (PG_ARGISNULL(tsarg) || (!single && PG_ARGISNULL(1)))
		PG_RETURN_POINTER(st);
	ts = PG_GETARG_TIMESTAMPTZ(tsarg);
	if (TIMESTAMP_NOT_FINITE(ts))
		PG_RETURN_POINTER(st);
	if (!single)
		actor = PG_GETARG_INT64(1);
	if (nargs > tsarg + 2)
	{
		is_start = !PG_ARGISNULL(tsarg + 2) && PG_GETARG_BOOL(tsarg + 2);
		is_ret = !PG_ARGISNULL(tsarg + 3) && PG_GETARG_BOOL(tsarg + 3);
	}
	if (has_value && !PG_ARGISNULL(tsarg + 4))
	{
		v = PG_GETARG_FLOAT8(tsarg + 4);
		if (!isfinite(v))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("retention value must be a finite number")));
	}
	CohortAddRow(st, actor, ts, is_start, is_ret, v);
	PG_RETURN_POINTER(st);
}

/* retention_matrix transition: (internal, actor, ts, options[, start, return[, value]]) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_cohort_matrix_trans);
Datum
pgg_cohort_matrix_trans(PG_FUNCTION_ARGS)
{
	return CohortTrans(fcinfo, false);
}

/* retention_actor transition: (internal, ts, options[, start, return[, value]]) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_cohort_actor_trans);
Datum
pgg_cohort_actor_trans(PG_FUNCTION_ARGS)
{
	return CohortTrans(fcinfo, true);
}

static void MergeEnt(CohortState *dst, ActorEnt *d, const ActorEnt *s);

/* Merge compact src into compact dst: page by page, then the wide actors. */
static void
CompactMerge(CohortState *dst, CohortState *src)
{
	int64		p;
	int			i;

	for (p = 0; p < CPAGES_MAX; p++)
	{
		CompactEnt *sp = src->cpages[p];
		CompactEnt *dp;

		if (sp == NULL)
			continue;
		CHECK_FOR_INTERRUPTS();
		if (dst->cpages[p] == NULL)
		{
			/* a page dst does not have: copy it whole (wide markers too) */
			dp = CompactSlotSlow(dst, p * PAGE_SIZE, false);
			memcpy(dp, sp, PAGE_SIZE * sizeof(CompactEnt));
			for (i = 0; i < PAGE_SIZE; i++)
				dst->ncompact += !CE_EMPTY(&sp[i]) && sp[i].base != CE_WIDE;
			continue;
		}
		dp = dst->cpages[p];
		for (i = 0; i < PAGE_SIZE; i++)
		{
			const CompactEnt *c = &sp[i];
			CompactEnt *d = &dp[i];
			int64		actor = p * PAGE_SIZE + i;

			if (CE_EMPTY(c) || c->base == CE_WIDE)
				continue;		/* wide actors of src: below */
			if (CE_EMPTY(d))
			{
				*d = *c;
				dst->ncompact++;
			}
			else if (d->base == CE_WIDE)
			{
				ActorEnt	w;

				CompactWiden(c, actor, &w);
				MergeEnt(dst, WideGet(dst, actor), &w);
			}
			else
			{
				if (c->first != 0 && (d->first == 0 || c->first < d->first))
					d->first = c->first;
				CompactAddBits(dst, d, actor, c->base, c->bits);
			}
		}
	}
	if (src->h)
	{
		acth_iterator hit;
		ActorEnt   *s;

		acth_start_iterate(src->h, &hit);
		while ((s = acth_iterate(src->h, &hit)) != NULL)
		{
			CompactEnt *d = CompactSlot(dst, s->actor, false);
			ActorEnt   *w;

			if (d && d->base != CE_WIDE)
				w = CompactToWide(dst, d, s->actor);
			else
				w = WideGet(dst, s->actor);
			MergeEnt(dst, w, s);
		}
	}
	dst->last = NULL;
}

/* Merge the actors of src into dst. */
static void
CohortStateMerge(CohortState *dst, CohortState *src)
{
	ActorIter	it;
	ActorEnt   *s;

	if (dst->has_value != src->has_value ||
		VARSIZE_ANY_EXHDR(dst->optstext) != VARSIZE_ANY_EXHDR(src->optstext) ||
		memcmp(VARDATA_ANY(dst->optstext), VARDATA_ANY(src->optstext),
			   VARSIZE_ANY_EXHDR(dst->optstext)) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot combine retention states of different options")));
	CohortFlush(dst);
	CohortFlush(src);
	dst->last = NULL;
	if (dst->compact && src->compact)
	{
		CompactMerge(dst, src);
		return;
	}
	if (dst->compact)
		CompactToHash(dst);
	if (dst->flat && dst->single)
	{
		/* a deserialized one-actor state as target */
		if (dst->nflat > 1)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid retention matrix state"),
					 errdetail("A one-actor state holds %lld actors.", (long long) dst->nflat)));
		if (dst->nflat == 1)
		{
			dst->one = dst->flat[0];
			dst->one.status = 1;
		}
		dst->flat = NULL;
		dst->nflat = 0;
	}
	else if (dst->flat)
	{
		/* a deserialized (flat) state as target: hash its actors first */
		ActorEnt   *flat = dst->flat;
		int64		n = dst->nflat,
					k;

		dst->h = acth_create(dst->cxt, Max(n, 64), NULL);
		for (k = 0; k < n; k++)
		{
			bool		found;
			ActorEnt   *e = acth_insert(dst->h, flat[k].actor, &found);
			char		status = e->status;

			if (found)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
						 errmsg("invalid retention matrix state"),
						 errdetail("An actor appears twice.")));
			*e = flat[k];
			e->status = status;
		}
		dst->flat = NULL;
		dst->nflat = 0;
	}
	StateStart(src, &it);
	while ((s = StateNext(src, &it)) != NULL)
	{
		CHECK_FOR_INTERRUPTS();
		MergeEnt(dst, ActorGet(dst, s->actor), s);
		dst->last = NULL;
	}
}

/* Merge the actor entry s (of another state) into d, an entry of dst. */
static void
MergeEnt(CohortState *dst, ActorEnt *d, const ActorEnt *s)
{
	int			i;

	{
		if (s->first < d->first)
			d->first = s->first;
		if (s->base != NO_BASE)
		{
			if (d->base == NO_BASE || d->base == s->base)
			{
				/* the common cases: copy or OR the words */
				d->base = s->base;
				d->bits[0] |= s->bits[0];
				d->bits[1] |= s->bits[1];
			}
			else
			{
				int			w;

				for (w = 0; w < BITS_SPAN / 64; w++)
				{
					uint64		m = s->bits[w];

					while (m)
					{
						int			b = pg_rightmost_one_pos64(m);

						ActorSetBit(dst, d, s->base + w * 64 + b);
						m &= m - 1;
					}
				}
			}
		}
		for (i = 0; i < s->n; i++)
			ActorPush(dst, d, s->keys[i], dst->has_value ? EVALS(s)[i] : 0);
	}
}

/* combine(internal, internal) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_cohort_combine);
Datum
pgg_cohort_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	CohortState *a,
			   *b;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("retention combine function called in non-aggregate context")));
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_POINTER(PG_GETARG_POINTER(0));
	}
	b = (CohortState *) PG_GETARG_POINTER(1);
	if (PG_ARGISNULL(0))
	{
		/* copy b into the aggregate context */
		a = CohortStateCreate(aggcxt, b->optstext, b->has_value, b->single, false);
		if (a->compact && !b->compact)
			CompactOff(a);
		CohortStateMerge(a, b);
		PG_RETURN_POINTER(a);
	}
	a = (CohortState *) PG_GETARG_POINTER(0);
	CohortStateMerge(a, b);
	PG_RETURN_POINTER(a);
}

/* Write one actor entry (list form). */
static void
SerActor(StringInfo buf, CohortState *st, const ActorEnt *e)
{
	int			i;

	pq_sendint64(buf, e->actor);
	pq_sendint64(buf, e->first);
	if (st->bitmap)
	{
		pq_sendint64(buf, e->base);
		for (i = 0; i < BITS_SPAN / 64; i++)
			pq_sendint64(buf, (int64) e->bits[i]);
	}
	pq_sendint32(buf, e->n);
	for (i = 0; i < e->n; i++)
		pq_sendint64(buf, e->keys[i]);
	if (st->has_value)
		for (i = 0; i < e->n; i++)
			pq_sendfloat8(buf, EVALS(e)[i]);
}

/* serialize(internal) returns bytea */
static void SerCompactPage(StringInfo buf, int64 p, const CompactEnt *page);

PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_cohort_serialize);
Datum
pgg_cohort_serialize(PG_FUNCTION_ARGS)
{
	CohortState *st = (CohortState *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	ActorIter	it;
	ActorEnt   *e;
	int			olen = VARSIZE_ANY_EXHDR(st->optstext);

	CohortFlush(st);
	pgg_ser_begin(&buf, COHORT_MAGIC, COHORT_VERSION);
	pq_sendbyte(&buf, st->has_value ? 1 : 0);
	pq_sendbyte(&buf, st->single ? 1 : 0);
	pq_sendint32(&buf, olen);
	pq_sendbytes(&buf, VARDATA_ANY(st->optstext), olen);
	pq_sendbyte(&buf, st->compact ? 1 : 0);
	if (st->compact)
	{
		/* the compact pages (see SerCompactPage), then the wide actors */
		int64		p;

		/* about 6 bytes per actor on the bench: one allocation of the right size */
		enlargeStringInfo(&buf, (int) Min((int64) st->ncpages * (PAGE_SIZE * 6 + 256),
										  (int64) MaxAllocSize / 2));
		pq_sendint32(&buf, (int32) st->ncpages);
		for (p = 0; p < CPAGES_MAX; p++)
		{
			if (st->cpages[p] == NULL)
				continue;
			CHECK_FOR_INTERRUPTS();
			SerCompactPage(&buf, p, st->cpages[p]);
		}
		pq_sendint64(&buf, st->h ? (int64) st->h->members : 0);
		if (st->h)
		{
			acth_iterator hit;

			acth_start_iterate(st->h, &hit);
			while ((e = acth_iterate(st->h, &hit)) != NULL)
				SerActor(&buf, st, e);
		}
		PG_RETURN_BYTEA_P(pgg_ser_end(&buf));
	}
	pq_sendint64(&buf, StateCount(st));
	StateStart(st, &it);
	while ((e = StateNext(st, &it)) != NULL)
	{
		CHECK_FOR_INTERRUPTS();
		SerActor(&buf, st, e);
	}
	PG_RETURN_BYTEA_P(pgg_ser_end(&buf));
}

/* Read one actor entry (list form) into e; key arrays in st->cxt. */
static void
DeserActor(StringInfo buf, CohortState *st, ActorEnt *e, const char *what)
{
	bool		has_value = st->has_value;
	int32		n,
				i;

	pgg_deser_need(buf, 16, what);
	e->actor = pq_getmsgint64(buf);
	e->first = pq_getmsgint64(buf);
	e->base = NO_BASE;
	memset(e->bits, 0, sizeof(e->bits));
	if (st->bitmap)
	{
		pgg_deser_need(buf, 8 + BITS_SPAN / 8, what);
		e->base = pq_getmsgint64(buf);
		for (i = 0; i < BITS_SPAN / 64; i++)
			e->bits[i] = (uint64) pq_getmsgint64(buf);
		if (e->base == NO_BASE && (e->bits[0] | e->bits[1]) != 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid %s state", what),
					 errdetail("A bitmap has no base period.")));
	}
	e->n = 0;
	e->cap = 0;
	e->keys = NULL;
	e->sorted = true;
	e->status = 1;
	pgg_deser_need(buf, 4, what);
	n = pq_getmsgint(buf, 4);
	if (n < 0)
		pgg_deser_need(buf, -1, what);
	pgg_deser_need(buf, (int64) n * (has_value ? 16 : 8), what);
	if (n > 0)
	{
		e->cap = n;
		e->keys = MemoryContextAllocHuge(st->cxt, n * (has_value ? 16 : 8));
		for (i = 0; i < n; i++)
		{
			e->keys[i] = pq_getmsgint64(buf);
			if (i > 0 && e->keys[i] < e->keys[i - 1])
				e->sorted = false;
		}
		if (has_value)
			for (i = 0; i < n; i++)
			{
				EVALS(e)[i] = pq_getmsgfloat8(buf);
				if (!isfinite(EVALS(e)[i]))
					ereport(ERROR,
							(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
							 errmsg("invalid %s state", what),
							 errdetail("A value sum is not finite.")));
			}
		e->n = n;
	}
}

/*
 * One compact page in a serialized state (format 3): the page number and the
 * length of the body as int32, then the body: a bitmap of the entries in use
 * (PAGE_SIZE bits), the smallest first start period of the page as a varint
 * (0 when none), and per entry in use three varints: F = 0 (no start period)
 * or first - smallest + 1; B = 0 (no return period), 1 (a wide actor: its
 * entry is in the hash table section) or 2 + the zigzag of base minus first
 * (minus the smallest when F = 0); and when B >= 2 the bitmap.  An entry
 * takes about 6 bytes on the bench (16 in memory): the states pass through
 * the 64 kB tuple queue of a parallel plan faster.
 */
static void
SerCompactPage(StringInfo buf, int64 p, const CompactEnt *page)
{
	uint8	   *out,
			   *body;
	uint32		fmin = 0;
	int			i;

	for (i = 0; i < PAGE_SIZE; i++)
		if (page[i].first != 0 && (fmin == 0 || page[i].first < fmin))
			fmin = page[i].first;
	pq_sendint32(buf, (int32) p);
	/* the body at most: bitmap, varint, three varints per entry */
	enlargeStringInfo(buf, 4 + PAGE_SIZE / 8 + 10 + PAGE_SIZE * 30);
	body = (uint8 *) buf->data + buf->len + 4;
	memset(body, 0, PAGE_SIZE / 8);
	out = pgg_put_varint(body + PAGE_SIZE / 8, fmin);
	for (i = 0; i < PAGE_SIZE; i++)
	{
		const CompactEnt *c = &page[i];
		uint32		ref = c->first != 0 ? c->first : fmin;
		int64		d;

		if (CE_EMPTY(c))
			continue;
		body[i >> 3] |= (uint8) (1 << (i & 7));
		out = pgg_put_varint(out, c->first == 0 ? 0 : (uint64) (c->first - fmin) + 1);
		if (c->base == 0)
			*out++ = 0;
		else if (c->base == CE_WIDE)
			*out++ = 1;
		else
		{
			d = (int64) c->base - (int64) ref;
			out = pgg_put_varint(out, (((uint64) d << 1) ^ (uint64) (d >> 63)) + 2);
			out = pgg_put_varint(out, c->bits);
		}
	}
	{
		uint32		n = pg_hton32((uint32) (out - body));

		memcpy(buf->data + buf->len, &n, 4);
	}
	buf->len += 4 + (int) (out - body);
	buf->data[buf->len] = '\0';
}

/* error for a malformed compact state */
static void
BadCompact(const char *what, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid %s state", what),
			 errdetail("%s", detail)));
}

/* Read the compact pages and wide actors of a serialized state into st. */
static void
DeserCompact(StringInfo buf, CohortState *st, const char *what)
{
	int32		np,
				k;
	int64		markers = 0,
				nwide,
				a,
				claimed = 0;

	pgg_deser_need(buf, 4, what);
	np = pq_getmsgint(buf, 4);
	if (np < 0 || np > CPAGES_MAX)
		BadCompact(what, "The number of pages is out of range.");
	for (k = 0; k < np; k++)
	{
		int32		p,
					len;
		const uint8 *in,
				   *end,
				   *bitmap;
		uint64		fmin;
		CompactEnt *page;
		int			i;

		CHECK_FOR_INTERRUPTS();
		pgg_deser_need(buf, 4, what);
		p = pq_getmsgint(buf, 4);
		if (p < 0 || p >= CPAGES_MAX || st->cpages[p] != NULL)
			BadCompact(what, "A page number is out of range or repeated.");
		pgg_deser_need(buf, 4, what);
		len = pq_getmsgint(buf, 4);
		if (len < PAGE_SIZE / 8 + 1)
			BadCompact(what, "A page is too short.");
		pgg_deser_need(buf, len, what);
		in = bitmap = (const uint8 *) pq_getmsgbytes(buf, len);
		end = in + len;
		if ((in = pgg_get_varint(in + PAGE_SIZE / 8, end, &fmin)) == NULL || fmin > (uint64) (2 * CE_BIAS - 1))
			BadCompact(what, "A page header is malformed.");
		page = CompactSlotSlow(st, (int64) p * PAGE_SIZE, false);
		for (i = 0; i < PAGE_SIZE; i++)
		{
			CompactEnt *c = &page[i];
			uint64		f,
						b,
						m = 0;
			int64		base;

			if (!(bitmap[i >> 3] & (1 << (i & 7))))
				continue;
			if ((in = pgg_get_varint(in, end, &f)) == NULL ||
				(in = pgg_get_varint(in, end, &b)) == NULL ||
				(b >= 2 && (in = pgg_get_varint(in, end, &m)) == NULL))
				BadCompact(what, "An actor entry is malformed.");
			if (f > (uint64) (2 * CE_BIAS - 1) - fmin + 1 || (f != 0 && fmin == 0))
				BadCompact(what, "An actor entry is out of range.");
			c->first = f == 0 ? 0 : (uint32) (fmin + f - 1);
			if (b == 1)
			{
				if (c->first != 0)
					BadCompact(what, "A wide actor marker carries data.");
				c->base = CE_WIDE;
				markers++;
				continue;
			}
			if (b == 0)
				base = 0;
			else
			{
				uint64		z = b - 2;
				int64		d = (int64) (z >> 1) ^ -(int64) (z & 1);

				if (d < -(int64) (2 * CE_BIAS) || d > (int64) (2 * CE_BIAS))
					BadCompact(what, "An actor entry is out of range.");
				base = (int64) (c->first != 0 ? c->first : fmin) + d;
			}
			if (base < 0 || base > (int64) (2 * CE_BIAS - 1) || (base == 0) != (m == 0) ||
				(c->first == 0 && base == 0))
				BadCompact(what, "An actor entry is out of range.");
			c->base = (uint32) base;
			c->bits = m;
			st->ncompact++;
		}
		if (in != end)
			BadCompact(what, "A page has bytes left over.");
	}
	pgg_deser_need(buf, 8, what);
	nwide = pq_getmsgint64(buf);
	if (nwide < 0 || nwide > (int64) (buf->len - buf->cursor) / 20)
		pgg_deser_need(buf, -1, what);
	if (nwide > 0)
		st->h = acth_create(st->cxt, Max(nwide, 64), NULL);
	for (a = 0; a < nwide; a++)
	{
		ActorEnt	w;
		ActorEnt   *e;
		bool		found;
		char		status;
		uint64		pageno;

		if ((a & 4095) == 0)
			CHECK_FOR_INTERRUPTS();
		DeserActor(buf, st, &w, what);
		pageno = (uint64) w.actor >> PAGE_BITS;
		if (pageno < CPAGES_MAX)
		{
			/* an id in the page range: its page entry must mark it wide */
			if (st->cpages[pageno] == NULL ||
				st->cpages[pageno][w.actor & (PAGE_SIZE - 1)].base != CE_WIDE)
				BadCompact(what, "A wide actor has no marker.");
			claimed++;
		}
		e = acth_insert(st->h, w.actor, &found);
		if (found)
			BadCompact(what, "An actor appears twice.");
		status = e->status;
		*e = w;
		e->status = status;
	}
	if (claimed != markers)
		BadCompact(what, "A wide actor marker has no actor.");
}

/* deserialize(bytea, internal) returns internal */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_cohort_deserialize);
Datum
pgg_cohort_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	MemoryContext aggcxt;
	StringInfoData buf;
	CohortState *st;
	bool		has_value,
				single,
				compact;
	int			olen;
	text	   *opts;
	int64		nact,
				a;
	const char *what = "retention matrix";

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("retention deserialize function called in non-aggregate context")));
	pgg_deser_begin(&buf, b, COHORT_MAGIC, COHORT_VERSION, what);
	pgg_deser_need(&buf, 6, what);
	has_value = pq_getmsgbyte(&buf) != 0;
	single = pq_getmsgbyte(&buf) != 0;
	olen = pq_getmsgint(&buf, 4);
	if (olen < 0 || olen > 65536)
		pgg_deser_need(&buf, -1, what);
	pgg_deser_need(&buf, olen, what);
	opts = (text *) palloc(VARHDRSZ + olen);
	SET_VARSIZE(opts, VARHDRSZ + olen);
	memcpy(VARDATA(opts), pq_getmsgbytes(&buf, olen), olen);
	/* the deserialized state only feeds the combine function: short-lived memory */
	st = CohortStateCreate(CurrentMemoryContext, opts, has_value, single, true);
	pgg_deser_need(&buf, 1, what);
	compact = pq_getmsgbyte(&buf) != 0;
	if (compact && !st->compact)
		BadCompact(what, "The layout does not match the options.");
	if (!compact && st->compact)
	{
		/* a bitmap-mode state that moved to the hash table (sparse ids) */
		MemoryContextDelete(st->pagecxt);
		st->pagecxt = NULL;
		st->cpages = NULL;
		st->compact = false;
	}
	if (compact)
	{
		DeserCompact(&buf, st, what);
		pgg_deser_end(&buf, what);
		PG_RETURN_POINTER(st);
	}
	pgg_deser_need(&buf, 8, what);
	nact = pq_getmsgint64(&buf);
	if (nact < 0 || nact > (int64) (buf.len - buf.cursor) / 20)
		pgg_deser_need(&buf, -1, what);
	st->flat = MemoryContextAllocHuge(st->cxt, Max(nact, 1) * sizeof(ActorEnt));
	st->nflat = nact;
	for (a = 0; a < nact; a++)
	{
		if ((a & 4095) == 0)
			CHECK_FOR_INTERRUPTS();
		DeserActor(&buf, st, &st->flat[a], what);
	}
	pgg_deser_end(&buf, what);
	PG_RETURN_POINTER(st);
}

/* ---- final: actors to cells ------------------------------------------------------------ */

typedef struct KeyVal
{
	int64		key;
	double		val;
} KeyVal;

static int
KeyValCmp(const void *a, const void *b)
{
	int64		x = ((const KeyVal *) a)->key;
	int64		y = ((const KeyVal *) b)->key;

	return x < y ? -1 : (x > y ? 1 : 0);
}

static int
Int64Cmp(const void *a, const void *b)
{
	int64		x = *(const int64 *) a;
	int64		y = *(const int64 *) b;

	return x < y ? -1 : (x > y ? 1 : 0);
}

/* scratch arrays of the final function */
typedef struct Scratch
{
	int			cap;
	int32	   *ks;
	double	   *vs;
	int			kvcap;
	KeyVal	   *kv;
} Scratch;

static void
ScratchReserve(Scratch *s, int n)
{
	if (n <= s->cap)
		return;
	s->cap = Max(n, Max(s->cap * 2, 64));
	if (s->ks)
	{
		s->ks = repalloc_huge(s->ks, s->cap * sizeof(int32));
		s->vs = repalloc_huge(s->vs, s->cap * sizeof(double));
	}
	else
	{
		s->ks = palloc(s->cap * sizeof(int32));
		s->vs = palloc(s->cap * sizeof(double));
	}
}

/* Sort an actor's keys (with values) and merge equal keys. */
static void
ActorNormalize(CohortState *st, ActorEnt *e, Scratch *s)
{
	int			i,
				m;

	if (!e->sorted)
	{
		if (st->has_value)
		{
			if (e->n > s->kvcap)
			{
				s->kvcap = Max(e->n, s->kvcap * 2);
				if (s->kv)
					s->kv = repalloc_huge(s->kv, s->kvcap * sizeof(KeyVal));
				else
					s->kv = palloc(s->kvcap * sizeof(KeyVal));
			}
			for (i = 0; i < e->n; i++)
			{
				s->kv[i].key = e->keys[i];
				s->kv[i].val = EVALS(e)[i];
			}
			qsort(s->kv, e->n, sizeof(KeyVal), KeyValCmp);
			for (i = 0; i < e->n; i++)
			{
				e->keys[i] = s->kv[i].key;
				EVALS(e)[i] = s->kv[i].val;
			}
		}
		else
			qsort(e->keys, e->n, sizeof(int64), Int64Cmp);
		e->sorted = true;
	}
	m = 0;
	for (i = 0; i < e->n; i++)
	{
		if (m > 0 && e->keys[m - 1] == e->keys[i])
		{
			if (st->has_value)
				EVALS(e)[m - 1] += EVALS(e)[i];
			continue;
		}
		e->keys[m] = e->keys[i];
		if (st->has_value)
			EVALS(e)[m] = EVALS(e)[i];
		m++;
	}
	e->n = m;
}

/* clamp a period distance to int32 (periods beyond any matrix) */
static inline int32
ClampPeriod(int64 k)
{
	return k > PG_INT32_MAX / 2 ? PG_INT32_MAX / 2 : (int32) k;
}

/* Emit one actor's cohort memberships into the grid. */
static void
ActorEmit(CohortState *st, ActorEnt *e, Grid *g, Scratch *s)
{
	const CohortOpts *o = &st->opts;
	int			i,
				nk;

	if (!o->recurring && e->first == NO_FIRST)
		return;					/* in no cohort */
	if (e->base != NO_BASE && e->n == 0 && e->first != NO_FIRST)
	{
		/* bitmap only (the common case): the periods straight from the bits */
		int			w;

		ScratchReserve(s, BITS_SPAN + 1);
		s->ks[0] = 0;
		s->vs[0] = 0;
		nk = 1;
		for (w = 0; w < BITS_SPAN / 64; w++)
		{
			uint64		m = e->bits[w];

			while (m)
			{
				int64		k = e->base + w * 64 + pg_rightmost_one_pos64(m) - e->first;

				m &= m - 1;
				if (k > 0)
				{
					s->ks[nk] = ClampPeriod(k);
					s->vs[nk] = 0;
					nk++;
				}
			}
		}
		GridAddActor(g, o, e->first, s->ks, s->vs, nk);
		return;
	}
	if (e->base != NO_BASE)
	{
		int			w;

		for (w = 0; w < BITS_SPAN / 64; w++)
		{
			uint64		m = e->bits[w];

			while (m)
			{
				int			b = pg_rightmost_one_pos64(m);

				ActorPush(st, e, e->base + w * 64 + b, 0);
				m &= m - 1;
			}
		}
		e->base = NO_BASE;
	}
	ActorNormalize(st, e, s);
	ScratchReserve(s, e->n + 1);
	if (!o->recurring)
	{
		int64		c0;

		if (e->first == NO_FIRST)
			return;
		nk = 0;
		s->ks[0] = 0;
		s->vs[0] = 0;
		nk = 1;
		for (i = 0; i < e->n; i++)
		{
			int64		k;
			int32		kk;

			if (e->keys[i] < e->first)
				continue;
			if (o->rolling)
			{
				int64		diff;

				if (pg_sub_s64_overflow(e->keys[i], e->first, &diff))
					k = PG_INT64_MAX;
				else
					k = diff / o->window_usec;
			}
			else if (pg_sub_s64_overflow(e->keys[i], e->first, &k))
				k = PG_INT64_MAX;
			kk = ClampPeriod(k);
			if (s->ks[nk - 1] == kk)
				s->vs[nk - 1] += st->has_value ? EVALS(e)[i] : 0;
			else
			{
				s->ks[nk] = kk;
				s->vs[nk] = st->has_value ? EVALS(e)[i] : 0;
				nk++;
			}
		}
		c0 = o->rolling ? CalIndex(o, &st->tzc, e->first) : e->first;
		GridAddActor(g, o, c0, s->ks, s->vs, nk);
		return;
	}

	/* recurring: keys are period*4 + flags (1 start, 2 return), sorted */
	{
		int			np = 0;
		int64	   *per;
		int		   *fl;
		double	   *pv;

		per = palloc(e->n * sizeof(int64));
		fl = palloc(e->n * sizeof(int));
		pv = palloc(e->n * sizeof(double));
		for (i = 0; i < e->n; i++)
		{
			int64		key = e->keys[i];
			int			f = (int) (key & 3);
			int64		p = (key - f) / 4;

			if (np > 0 && per[np - 1] == p)
			{
				fl[np - 1] |= f;
				pv[np - 1] += st->has_value ? EVALS(e)[i] : 0;
			}
			else
			{
				per[np] = p;
				fl[np] = f;
				pv[np] = st->has_value ? EVALS(e)[i] : 0;
				np++;
			}
		}
		for (i = 0; i < np; i++)
		{
			int			j;

			if (!(fl[i] & 1))
				continue;
			s->ks[0] = 0;
			s->vs[0] = (fl[i] & 2) ? pv[i] : 0;
			nk = 1;
			for (j = i + 1; j < np; j++)
			{
				int64		k;

				if (!(fl[j] & 2))
					continue;
				if (pg_sub_s64_overflow(per[j], per[i], &k))
					k = PG_INT64_MAX;
				s->ks[nk] = ClampPeriod(k);
				s->vs[nk] = pv[j];
				nk++;
			}
			GridAddActor(g, o, per[i], s->ks, s->vs, nk);
		}
		pfree(per);
		pfree(fl);
		pfree(pv);
	}
}

/* final(internal) returns float8[]: the retention matrix */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_cohort_final);
Datum
pgg_cohort_final(PG_FUNCTION_ARGS)
{
	CohortState *st;
	Grid		g;
	Scratch		s;
	ActorIter	it;
	ActorEnt   *e;
	int64		done = 0;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (CohortState *) PG_GETARG_POINTER(0);
	CohortFlush(st);
	GridInit(&g, &st->opts, &st->tzc, st->has_value);
	memset(&s, 0, sizeof(s));
	if (st->compact)
	{
		/*
		 * Compact entries straight from the pages (what ActorEmit does with
		 * a bitmap-only entry), then the wide actors of the hash table.
		 */
		int64		p;
		int			i;

		int64		lo = PG_INT64_MAX,
					hi = PG_INT64_MIN;
		int32	   *rowof = NULL;

		ScratchReserve(&s, 65);
		memset(s.vs, 0, 65 * sizeof(double));

		/*
		 * Create the cohort rows first, in order, so that each actor finds
		 * its row by a direct look-up instead of a binary search.
		 */
		for (p = 0; p < CPAGES_MAX; p++)
		{
			const CompactEnt *page = st->cpages[p];

			if (page == NULL)
				continue;
			for (i = 0; i < PAGE_SIZE; i++)
				if (page[i].first != 0 && page[i].base != CE_WIDE)
				{
					lo = Min(lo, (int64) page[i].first);
					hi = Max(hi, (int64) page[i].first);
				}
		}
		if (lo <= hi && hi - lo < 1024 * 1024)
		{
			bool	   *seen = palloc0((hi - lo + 1) * sizeof(bool));
			int64		x;

			rowof = palloc((hi - lo + 1) * sizeof(int32));
			for (p = 0; p < CPAGES_MAX; p++)
			{
				const CompactEnt *page = st->cpages[p];

				if (page == NULL)
					continue;
				for (i = 0; i < PAGE_SIZE; i++)
					if (page[i].first != 0 && page[i].base != CE_WIDE)
						seen[page[i].first - lo] = true;
			}
			for (x = lo; x <= hi; x++)
				if (seen[x - lo])
					GridRowFor(&g, CE_DEC(x), 0);
			/* the rows are in order of cohort; none is added below */
			for (x = 0, i = 0; x <= hi - lo; x++)
				if (seen[x])
				{
					Assert(g.rows[i].cidx == CE_DEC(x + lo));
					rowof[x] = i++;
				}
			pfree(seen);
		}
		for (p = 0; p < CPAGES_MAX; p++)
		{
			const CompactEnt *page = st->cpages[p];

			if (page == NULL)
				continue;
			CHECK_FOR_INTERRUPTS();
			for (i = 0; i < PAGE_SIZE; i++)
			{
				const CompactEnt *c = &page[i];
				int64		first;
				int64		off;
				uint64		m = c->bits;
				int			nk = 1;

				if (c->first == 0 || c->base == CE_WIDE)
					continue;
				first = CE_DEC(c->first);
				off = CE_DEC(c->base) - first;
				s.ks[0] = 0;
				while (m)
				{
					int64		k = off + pg_rightmost_one_pos64(m);

					m &= m - 1;
					if (k > 0)
						s.ks[nk++] = ClampPeriod(k);
				}
				if (rowof)
					g.lastrow = rowof[c->first - lo];
				GridAddActor(&g, &st->opts, first, s.ks, s.vs, nk);
			}
		}
		if (st->h)
		{
			acth_iterator hit;

			acth_start_iterate(st->h, &hit);
			while ((e = acth_iterate(st->h, &hit)) != NULL)
			{
				if ((++done & 1023) == 0)
					CHECK_FOR_INTERRUPTS();
				ActorEmit(st, e, &g, &s);
			}
		}
		PG_RETURN_ARRAYTYPE_P(GridToArray(&g));
	}
	StateStart(st, &it);
	while ((e = StateNext(st, &it)) != NULL)
	{
		if ((++done & 1023) == 0)
			CHECK_FOR_INTERRUPTS();
		ActorEmit(st, e, &g, &s);
	}
	PG_RETURN_ARRAYTYPE_P(GridToArray(&g));
}

/* ---- retention_merge(float8[]): sum matrices ---------------------------------------------- */

/* retention_merge_trans(float8[], float8[]) returns float8[]; also the combine function */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_retention_merge_trans);
Datum
pgg_retention_merge_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	int			ctx = AggCheckCallContext(fcinfo, &aggcxt);
	ArrayType  *a,
			   *b;
	RetView		va,
				vb;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	b = PG_GETARG_ARRAYTYPE_P(1);
	RetViewParse(b, &vb, true);
	if (PG_ARGISNULL(0))
	{
		RetView		empty = vb;

		empty.nrows = 0;
		PG_RETURN_ARRAYTYPE_P(MergeViews(&vb, &empty));
	}
	a = PG_GETARG_ARRAYTYPE_P(0);
	/* the transition state is ours: check its layout, not every cell */
	RetViewParse(a, &va, ctx != AGG_CONTEXT_AGGREGATE);
	RetViewSameDefinition(&va, &vb);
	if (ctx == AGG_CONTEXT_AGGREGATE && (void *) a == (void *) DatumGetPointer(PG_GETARG_DATUM(0)) &&
		MergeInPlace(&va, &vb))
		PG_RETURN_ARRAYTYPE_P(a);
	PG_RETURN_ARRAYTYPE_P(MergeViews(&va, &vb));
}

/* ---- reading a matrix ----------------------------------------------------------------------- */

static inline TimestampTz
StartToTimestamp(double secs)
{
	return (TimestampTz) ((int64) secs - UNIX_OFFSET_SECS) * USECS_PER_SEC;
}

static void
ColBounds(const RetView *v, int j, int32 *lo, int32 *hi, bool *hi_null)
{
	*hi_null = false;
	if (v->mode == CM_BRACKETS)
	{
		*lo = (int32) v->br[2 * j];
		*hi = (int32) v->br[2 * j + 1];
	}
	else
	{
		*lo = j;
		*hi = j;
		*hi_null = (v->mode == CM_ON_OR_AFTER);
	}
}

/*
 * retention_rows(matrix float8[], include_empty boolean) returns
 * setof (cohort, period, period_end, cohort_size, retained, rate, value)
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_retention_rows);
Datum
pgg_retention_rows(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	ArrayType  *a = PG_GETARG_ARRAYTYPE_P(0);
	bool		include_empty = PG_GETARG_BOOL(1);
	RetView		v;
	int			i,
				j;

	RetViewParse(a, &v, true);
	InitMaterializedSRF(fcinfo, 0);
	for (i = 0; i < v.nrows; i++)
	{
		double	   *r = v.rows + (int64) i * v.width;

		CHECK_FOR_INTERRUPTS();
		for (j = 0; j < v.ncols; j++)
		{
			Datum		vals[7];
			bool		nulls[7] = {0};
			int32		lo,
						hi;
			bool		hn;
			double		c = r[RM_ROWFIX + j];

			if (c == 0 && !include_empty)
				continue;
			ColBounds(&v, j, &lo, &hi, &hn);
			vals[0] = TimestampTzGetDatum(StartToTimestamp(r[1]));
			vals[1] = Int32GetDatum(lo);
			vals[2] = Int32GetDatum(hi);
			nulls[2] = hn;
			vals[3] = Int64GetDatum((int64) r[2]);
			vals[4] = Int64GetDatum((int64) c);
			vals[5] = Float8GetDatum(c / r[2]);
			if (v.has_value)
				vals[6] = Float8GetDatum(r[RM_ROWFIX + v.ncols + j]);
			else
				nulls[6] = true;
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, vals, nulls);
		}
	}
	return (Datum) 0;
}

/* retention_array(matrix float8[], what text) returns float8[][] (cohorts x periods) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_retention_array);
Datum
pgg_retention_array(PG_FUNCTION_ARGS)
{
	ArrayType  *a = PG_GETARG_ARRAYTYPE_P(0);
	char	   *what = text_to_cstring(PG_GETARG_TEXT_PP(1));
	RetView		v;
	int			kind;
	Datum	   *out;
	int			dims[2],
				lbs[2] = {1, 1};
	int			i,
				j;

	RetViewParse(a, &v, true);
	if (strcmp(what, "retained") == 0)
		kind = 0;
	else if (strcmp(what, "rate") == 0)
		kind = 1;
	else if (strcmp(what, "value") == 0)
		kind = 2;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown retention_array kind \"%s\"", what),
				 errhint("Use 'retained', 'rate' or 'value'.")));
	if (kind == 2 && !v.has_value)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("this retention matrix has no value column"),
				 errhint("Build it with the value argument of retention_matrix().")));
	if (v.nrows == 0 || v.ncols == 0)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(FLOAT8OID));
	out = palloc((Size) v.nrows * v.ncols * sizeof(Datum));
	for (i = 0; i < v.nrows; i++)
	{
		double	   *r = v.rows + (int64) i * v.width;

		for (j = 0; j < v.ncols; j++)
		{
			double		x = r[RM_ROWFIX + j];

			if (kind == 1)
				x = x / r[2];
			else if (kind == 2)
				x = r[RM_ROWFIX + v.ncols + j];
			out[(int64) i * v.ncols + j] = Float8GetDatum(x);
		}
	}
	dims[0] = v.nrows;
	dims[1] = v.ncols;
	PG_RETURN_ARRAYTYPE_P(construct_md_array(out, NULL, 2, dims, lbs, FLOAT8OID,
											 sizeof(double), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/*
 * retention_average(matrix float8[]) returns setof (period, period_end,
 * cohorts, cohort_size, retained, rate, mean_rate): per column, over the
 * cohorts that reached its first period within the data (cohort index +
 * first period <= last cohort index), the weighted average
 * sum(retained) / sum(cohort size) and the simple mean of the rates.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_retention_average);
Datum
pgg_retention_average(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	ArrayType  *a = PG_GETARG_ARRAYTYPE_P(0);
	RetView		v;
	int			i,
				j;
	double		maxc;

	RetViewParse(a, &v, true);
	InitMaterializedSRF(fcinfo, 0);
	if (v.nrows == 0)
		return (Datum) 0;
	maxc = v.rows[(int64) (v.nrows - 1) * v.width];
	for (j = 0; j < v.ncols; j++)
	{
		Datum		vals[7];
		bool		nulls[7] = {0};
		int32		lo,
					hi;
		bool		hn;
		int			n = 0;
		double		size = 0,
					ret = 0,
					sumrate = 0;

		ColBounds(&v, j, &lo, &hi, &hn);
		for (i = 0; i < v.nrows; i++)
		{
			double	   *r = v.rows + (int64) i * v.width;

			if (r[0] + lo > maxc)
				break;
			n++;
			size += r[2];
			ret += r[RM_ROWFIX + j];
			sumrate += r[RM_ROWFIX + j] / r[2];
		}
		if (n == 0)
			continue;
		vals[0] = Int32GetDatum(lo);
		vals[1] = Int32GetDatum(hi);
		nulls[1] = hn;
		vals[2] = Int32GetDatum(n);
		vals[3] = Int64GetDatum((int64) size);
		vals[4] = Int64GetDatum((int64) ret);
		vals[5] = Float8GetDatum(ret / size);
		vals[6] = Float8GetDatum(sumrate / n);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, vals, nulls);
	}
	return (Datum) 0;
}
