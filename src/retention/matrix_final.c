/*-------------------------------------------------------------------------
 *
 * matrix_final.c
 *	  Retention: the final function of retention_matrix() and
 *	  retention_actor(): each actor of the state becomes matrix cells, in
 *	  the matrix under construction (the Grid), which becomes the value.
 *
 * Semantics: doc/retention.md, "Definitions" (cohorts, period 0, counting
 * modes On / On or After / brackets as in Amplitude and Mixpanel, rolling
 * windows as Amplitude's, recurring cohorts as PostHog's) and "The matrix
 * value" (the layout GridToArray writes).
 *
 * The Grid also serves retention_merge (matrix_read.c), which sums values
 * into it; the per-actor loop of the final and GridAddActor stay in this
 * file.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "retention/retention.h"

#include "catalog/pg_type.h"
#include "common/int.h"
#include "miscadmin.h"
#include "utils/builtins.h"


/* ---- the matrix under construction -------------------------------------- */

/*
 * The observation end of a matrix: the as_of option when given (kind
 * OBS_AS_OF), else the latest row time the state saw (OBS_LAST_EVENT), or
 * none when no row counted (OBS_NONE).
 */
void
MatrixObservation(const MatrixOpts *o, TimestampTz last_ts, int *kind, TimestampTz *obs)
{
	if (o->has_as_of)
	{
		*kind = OBS_AS_OF;
		*obs = o->as_of;
	}
	else if (last_ts != DT_NOBEGIN)
	{
		*kind = OBS_LAST_EVENT;
		*obs = last_ts;
	}
	else
	{
		*kind = OBS_NONE;
		*obs = 0;
	}
}

/*
 * Start an empty matrix of the options o; cohort starts from cal; last_ts
 * the latest row time of the state.  The value records the whole
 * definition: the zone by its resolved name (the session's when tz= was
 * not given), and the observation end.
 */
void
GridInit(Grid *g, const MatrixOpts *o, const PggCalendar *cal, bool has_value,
		 TimestampTz last_ts)
{
	int			i;

	memset(g, 0, sizeof(*g));
	g->format = (int) RM_FORMAT;
	g->maxp = o->max_period;
	MatrixObservation(o, last_ts, &g->obskind, &g->obs);
	g->tz_pinned = o->tz_pinned;
	strlcpy(g->tzname, pg_get_timezone_name(o->tz), sizeof(g->tzname));
	if (g->tzname[0] == '\0')
		strlcpy(g->tzname, "UTC", sizeof(g->tzname));
	g->defcode = MatrixDefCode(o);
	g->mode = o->mode;
	g->nbr = o->nbr;
	for (i = 0; i < o->nbr; i++)
	{
		g->br[2 * i] = o->br_lo[i];
		g->br[2 * i + 1] = o->br_hi[i];
	}
	g->has_value = has_value;
	g->cal = cal;
	/* brackets: every column exists even when no actor reached it */
	if (o->mode == CM_BRACKETS)
		GridEnsureCols(g, o->nbr);
}

/*
 * Make room for ncols columns in every row (capacity doubles); beyond
 * MAX_COLS periods the matrix is refused (brackets are bounded already).
 */
void
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

/*
 * The cohort -> row map of GridRowFor, rebuilt when a row is inserted (rows
 * shift): most actors then find their cohort's row by one array look-up
 * instead of a binary search.  No map when the cohorts span more than
 * GRID_MAP_MAX periods.
 */
#define GRID_MAP_MAX 65536

static void
GridRebuildMap(Grid *g)
{
	int64		span;
	int			i;

	span = g->rows[g->nrows - 1].cidx - g->rows[0].cidx + 1;
	if (span > GRID_MAP_MAX)
	{
		if (g->rowmap != NULL)
			pfree(g->rowmap);
		g->rowmap = NULL;
		g->mapn = 0;
		return;
	}
	if (g->rowmap == NULL || g->mapn < span)
	{
		int32		cap = (int32) Min(Max(span * 2, 64), GRID_MAP_MAX);

		if (g->rowmap != NULL)
			pfree(g->rowmap);
		g->rowmap = palloc(cap * sizeof(int32));
		g->mapn = cap;
	}
	g->mapbase = g->rows[0].cidx;
	for (i = 0; i < g->mapn; i++)
		g->rowmap[i] = -1;
	for (i = 0; i < g->nrows; i++)
		g->rowmap[g->rows[i].cidx - g->mapbase] = i;
}

/*
 * Find or create the row of cohort cidx (rows stay sorted by cohort index:
 * the matrix value requires it).  A new row starts at the calendar's start
 * of period cidx, or at start when merging values (g->cal NULL).
 */
GridRow *
GridRowFor(Grid *g, int64 cidx, double start)
{
	int			lo,
				hi;
	GridRow    *r;

	if (g->nrows > 0 && g->rows[g->lastrow].cidx == cidx)
		return &g->rows[g->lastrow];
	if (g->rowmap != NULL && cidx >= g->mapbase && cidx - g->mapbase < g->mapn)
	{
		int32		k = g->rowmap[cidx - g->mapbase];

		if (k >= 0)
		{
			g->lastrow = k;
			return &g->rows[k];
		}
	}
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
	r->start = g->cal ? (double) pgg_cal_period_start(g->cal, cidx) : start;
	r->size = 0;
	if (g->colcap == 0)
		g->colcap = 8;
	r->cnt = palloc0(g->colcap * sizeof(double));
	r->val = g->has_value ? palloc0(g->colcap * sizeof(double)) : NULL;
	g->lastrow = lo;
	GridRebuildMap(g);
	return &g->rows[lo];
}

/*
 * Add one actor's membership of cohort cidx: ks[0..nk) are the active
 * periods (ascending, ks[0] == 0), vs their value sums.  The actor counts
 * once in the cohort size and once in each column it is retained in:
 *
 *	on			the columns of its active periods (up to max_period);
 *	on or after	every column up to its last active period (Amplitude's
 *				and Mixpanel's "On or After": returned in that period or
 *				later), the value of a column being the sum over the
 *				periods from there on;
 *	brackets	each bracket holding at least one active period, with the
 *				sum of their values.
 *
 * In bitmap mode the periods past the limit were dropped or folded into
 * limit + 1 already (ActorApply in matrix.c); the cut here gives the same
 * columns either way.
 */
void
GridAddActor(Grid *g, const MatrixOpts *o, int64 cidx, const int32 *ks,
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
		/* GridEnsureCols may move the rows' arrays: fetch the row again */
		GridEnsureCols(g, last + 1);
		r = &g->rows[g->lastrow];
		for (i = 0; i < nk && ks[i] <= last; i++)
		{
			r->cnt[ks[i]] += 1;
			if (g->has_value)
				r->val[ks[i]] = RetValueAdd(r->val[ks[i]], vs[i]);
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
		/* from the last column down, s sums the values of periods >= k */
		i = nk - 1;
		for (k = last; k >= 0; k--)
		{
			while (i >= 0 && ks[i] >= k)
			{
				if (g->has_value)
					s = RetValueAdd(s, vs[i]);
				i--;
			}
			r->cnt[k] += 1;
			if (g->has_value)
				r->val[k] = RetValueAdd(r->val[k], s);
		}
	}
	else
	{
		/* brackets are increasing and disjoint: one pass over ks */
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
					s = RetValueAdd(s, vs[i]);
				i++;
			}
			if (active)
			{
				r->cnt[b] += 1;
				if (g->has_value)
					r->val[b] = RetValueAdd(r->val[b], s);
			}
		}
	}
}

/*
 * Turn the matrix under construction into a matrix value (retention.h):
 * format 2, or format 1 when format 1 values were merged.
 */
ArrayType *
GridToArray(Grid *g)
{
	int			hv = g->has_value ? 1 : 0;
	int			width = RM_ROWFIX + g->ncols * (1 + hv);
	bool		v2 = g->format != (int) RM_FORMAT_V1;
	int			tzlen = v2 ? (int) strlen(g->tzname) : 0;
	int			hdr = v2 ? RM_HDR2 + (tzlen + RM_TZ_PACK - 1) / RM_TZ_PACK : RM_HDR;
	int64		total = hdr + 2 * (int64) g->nbr + (int64) g->nrows * width;
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
	d[RMH_MAGIC] = RM_MAGIC;
	d[RMH_FORMAT] = v2 ? RM_FORMAT : RM_FORMAT_V1;
	d[RMH_DEFCODE] = g->defcode;
	d[RMH_MODE] = g->mode;
	d[RMH_NCOLS] = g->ncols;
	d[RMH_HAS_VALUE] = hv;
	d[RMH_NROWS] = g->nrows;
	d[RMH_NBR] = g->nbr;
	if (v2)
	{
		int64		secs = g->obskind == OBS_NONE ? 0 : pgg_unix_secs(g->obs);

		d[RMH_MAXP] = g->maxp;
		d[RMH_OBSKIND] = g->obskind;
		d[RMH_OBSSEC] = (double) secs;
		d[RMH_OBSUSEC] = g->obskind == OBS_NONE ? 0 :
			(double) (g->obs - (secs - PGG_UNIX_OFFSET_SECS) * USECS_PER_SEC);
		d[RMH_TZPIN] = g->tz_pinned ? 1 : 0;
		d[RMH_TZLEN] = tzlen;
		/* the zone name, six bytes to an element (exact in a float8) */
		for (i = 0; i < tzlen; i += RM_TZ_PACK)
		{
			uint64		w = 0;

			for (j = 0; j < RM_TZ_PACK && i + j < tzlen; j++)
				w |= (uint64) (unsigned char) g->tzname[i + j] << (8 * j);
			d[RM_HDR2 + i / RM_TZ_PACK] = (double) w;
		}
	}
	d += hdr;
	for (i = 0; i < 2 * g->nbr; i++)
		*d++ = g->br[i];
	for (i = 0; i < g->nrows; i++)
	{
		GridRow    *r = &g->rows[i];

		d[RMR_COHORT] = (double) r->cidx;
		d[RMR_START] = r->start;
		d[RMR_SIZE] = r->size;
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

/* ---- final: actors to cells --------------------------------------------- */

/* a key and its value sum, sorted together when the list is unsorted */
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

/*
 * Scratch arrays of the final function, reused from actor to actor: ks and
 * vs hold one actor's active periods and value sums for GridAddActor, kv
 * the pairs being sorted.  They live in the final function's memory
 * context, gone with the call.
 */
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

/*
 * Sort an actor's keys (with values) and merge equal keys, adding their
 * values.  Keys arrive unsorted when rows come out of time order or when
 * states were combined (MergeEnt appends); sorted lists are only merged.
 */
static void
ActorNormalize(MatrixState *st, ActorEnt *e, Scratch *s)
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
				EVALS(e)[m - 1] = RetValueAdd(EVALS(e)[m - 1], EVALS(e)[i]);
			continue;
		}
		e->keys[m] = e->keys[i];
		if (st->has_value)
			EVALS(e)[m] = EVALS(e)[i];
		m++;
	}
	e->n = m;
}

/*
 * Clamp a period distance to int32: a distance beyond 2^30 is past any
 * column (MAX_PERIOD, MAX_COLS) and only needs to stay positive and large.
 */
static inline int32
ClampPeriod(int64 k)
{
	return k > PG_INT32_MAX / 2 ? PG_INT32_MAX / 2 : (int32) k;
}

static void ActorEmitRecurring(MatrixState *st, ActorEnt *e, Grid *g, Scratch *s);

/*
 * Emit one actor's cohort memberships into the grid.  This changes the
 * entry (the bitmap moves into the sorted, deduplicated list), which is why
 * the aggregates declare FINALFUNC_MODIFY = READ_WRITE.
 *
 * Phases: an actor without a start is in no cohort; a bitmap-only entry
 * (the common case) gives its periods straight from the bits; otherwise the
 * bitmap joins the list, the list is sorted and equal keys merged; then
 * first-time cohorts turn keys into period distances (timestamps into
 * windows of window_usec when rolling) and recurring ones go to
 * ActorEmitRecurring.
 */
static void
ActorEmit(MatrixState *st, ActorEnt *e, Grid *g, Scratch *s)
{
	const MatrixOpts *o = &st->opts;
	int			i,
				nk;

	/* first-time cohorts: no start event, no cohort (returns alone do not count) */
	if (!o->recurring && e->first == NO_FIRST)
		return;
	if (e->base != NO_BASE && e->n == 0 && e->first != NO_FIRST)
	{
		/* bitmap only (the common case): the periods straight from the bits */
		int			w;

		/* period 0 (the start) is always active; bits before first are ignored */
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
	/* bits and list together: move the bits into the list (the entry changes) */
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
		/*
		 * Keys before the first start are returns before the actor joined:
		 * ignored.  Distances overflow only for timestamps at the ends of
		 * the range; they saturate.  Several keys may fall in one period
		 * (rolling windows): their values are summed into one entry.
		 */
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
				s->vs[nk - 1] = RetValueAdd(s->vs[nk - 1], st->has_value ? EVALS(e)[i] : 0);
			else
			{
				s->ks[nk] = kk;
				s->vs[nk] = st->has_value ? EVALS(e)[i] : 0;
				nk++;
			}
		}
		/* a rolling cohort is the calendar period of the first start time */
		c0 = o->rolling ? pgg_cal_index(&st->cal, e->first) : e->first;
		GridAddActor(g, o, c0, s->ks, s->vs, nk);
		return;
	}

	ActorEmitRecurring(st, e, g, s);
}

/*
 * Emit the cohorts of a recurring actor: every period with a start event
 * opens a cohort, and the later periods with a return event are its
 * returns.  The keys are period * 4 + flags (1 start, 2 return), sorted.
 */
static void
ActorEmitRecurring(MatrixState *st, ActorEnt *e, Grid *g, Scratch *s)
{
	const MatrixOpts *o = &st->opts;
	int			i,
				nk;
	int			np = 0;
	int64	   *per;
	int		   *fl;
	double	   *pv;

	per = palloc(e->n * sizeof(int64));
	fl = palloc(e->n * sizeof(int));
	pv = palloc(e->n * sizeof(double));
	/* one entry per period: flags ORed, values of return rows summed */
	for (i = 0; i < e->n; i++)
	{
		int64		key = e->keys[i];
		int			f = (int) (key & 3);
		int64		p = (key - f) / 4;

		if (np > 0 && per[np - 1] == p)
		{
			fl[np - 1] |= f;
			pv[np - 1] = RetValueAdd(pv[np - 1], st->has_value ? EVALS(e)[i] : 0);
		}
		else
		{
			per[np] = p;
			fl[np] = f;
			pv[np] = st->has_value ? EVALS(e)[i] : 0;
			np++;
		}
	}
	/* each period with a start opens a cohort; later returns are its periods */
	for (i = 0; i < np; i++)
	{
		int			j;

		if (!(fl[i] & 1))
			continue;
		CHECK_FOR_INTERRUPTS();
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

/* A cursor over the narrow entries of the compact pages (see NarrowNext). */
typedef struct NarrowIter
{
	int64		page;			/* page number */
	int			pos;			/* next entry of the page */
} NarrowIter;

static inline void
NarrowStart(NarrowIter *it)
{
	it->page = 0;
	it->pos = 0;
}

/*
 * The next narrow compact entry (one in use, first != 0, and not widened
 * into the hash table) in page order; NULL after the last.  Checks for
 * interrupts once a page.
 */
static inline const CompactEnt *
NarrowNext(const MatrixState *st, NarrowIter *it)
{
	for (; it->page < CPAGES_MAX; it->page++, it->pos = 0)
	{
		const CompactEnt *page = st->cpages[it->page];

		if (page == NULL)
			continue;
		if (it->pos == 0)
			CHECK_FOR_INTERRUPTS();
		while (it->pos < PAGE_SIZE)
		{
			const CompactEnt *c = &page[it->pos++];

			if (c->first != 0 && c->base != CE_WIDE)
				return c;
		}
	}
	return NULL;
}

/*
 * The cells of a compact state: compact entries straight from the pages
 * (what ActorEmit does with a bitmap-only entry), then the wide actors of
 * the hash table.
 *
 * Phases: the range of first periods over the pages; when it spans less
 * than 2^20 periods, the cohort rows are created first, in order, so that
 * each actor finds its row by a direct look-up (rowof) instead of a binary
 * search; then each page's entries become cells; then the wide actors.
 */
static void
FinalCompact(MatrixState *st, Grid *g, Scratch *s)
{
	NarrowIter	it;
	const CompactEnt *c;
	int			i;
	int64		lo = PG_INT64_MAX,
				hi = PG_INT64_MIN;
	int32	   *rowof = NULL;
	int64		done = 0;

	ScratchReserve(s, 65);
	memset(s->vs, 0, 65 * sizeof(double));
	NarrowStart(&it);
	while ((c = NarrowNext(st, &it)) != NULL)
	{
		lo = Min(lo, (int64) c->first);
		hi = Max(hi, (int64) c->first);
	}
	if (lo <= hi && hi - lo < 1024 * 1024)
	{
		bool	   *seen = palloc0((hi - lo + 1) * sizeof(bool));
		int64		x;

		rowof = palloc((hi - lo + 1) * sizeof(int32));
		NarrowStart(&it);
		while ((c = NarrowNext(st, &it)) != NULL)
			seen[c->first - lo] = true;
		for (x = lo; x <= hi; x++)
			if (seen[x - lo])
				GridRowFor(g, CE_DEC(x), 0);
		/* the rows are in order of cohort; none is added below */
		for (x = 0, i = 0; x <= hi - lo; x++)
			if (seen[x])
			{
				Assert(g->rows[i].cidx == CE_DEC(x + lo));
				rowof[x] = i++;
			}
		pfree(seen);
	}
	NarrowStart(&it);
	while ((c = NarrowNext(st, &it)) != NULL)
	{
		int64		first;
		int64		off;
		uint64		m = c->bits;
		int			nk = 1;

		/* period distances: bit b is period base + b, minus first */
		first = CE_DEC(c->first);
		off = CE_DEC(c->base) - first;
		s->ks[0] = 0;
		while (m)
		{
			int64		k = off + pg_rightmost_one_pos64(m);

			m &= m - 1;
			if (k > 0)
				s->ks[nk++] = ClampPeriod(k);
		}
		if (rowof)
			g->lastrow = rowof[c->first - lo];
		GridAddActor(g, &st->opts, first, s->ks, s->vs, nk);
	}
	if (st->h)
	{
		acth_iterator hit;
		ActorEnt   *e;

		acth_start_iterate(st->h, &hit);
		while ((e = acth_iterate(st->h, &hit)) != NULL)
		{
			if ((++done & 1023) == 0)
				CHECK_FOR_INTERRUPTS();
			ActorEmit(st, e, g, s);
		}
	}
}

/*
 * final(pgg_state) returns float8[]: the retention matrix.  It applies the
 * queued rows and reorganizes actor entries (ActorEmit): the aggregates
 * declare FINALFUNC_MODIFY = READ_WRITE.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_cohort_final);
Datum
pgg_cohort_final(PG_FUNCTION_ARGS)
{
	MatrixState *st;
	Grid		g;
	Scratch		s;
	ActorIter	it;
	ActorEnt   *e;
	int64		done = 0;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	/* the final function changes the state (READ_WRITE): drop a kept flat form */
	if (VARATT_IS_EXTERNAL_EXPANDED(DatumGetPointer(PG_GETARG_DATUM(0))))
	{
		PggState   *ps = (PggState *) DatumGetEOHP(PG_GETARG_DATUM(0));

		st = (MatrixState *) pgg_state_read(fcinfo, 0, &pgg_retention_matrix_family,
											CurrentMemoryContext);
		if (ps->flat != NULL)
		{
			pfree(ps->flat);
			ps->flat = NULL;
		}
	}
	else
		st = (MatrixState *) pgg_state_read(fcinfo, 0, &pgg_retention_matrix_family,
											CurrentMemoryContext);
	MatrixStateCheck(st);
	MatrixFlush(st);
	GridInit(&g, &st->opts, &st->cal, st->has_value, st->last_ts);
	memset(&s, 0, sizeof(s));
	if (st->layout == ML_COMPACT)
		FinalCompact(st, &g, &s);
	else
	{
		StateStart(st, &it);
		while ((e = StateNext(st, &it)) != NULL)
		{
			if ((++done & 1023) == 0)
				CHECK_FOR_INTERRUPTS();
			ActorEmit(st, e, &g, &s);
		}
	}
	PG_RETURN_ARRAYTYPE_P(GridToArray(&g));
}
