/*-------------------------------------------------------------------------
 *
 * src/funnel/level.c
 *	  The deepest level of an actor's events, and for window_funnel_times
 *	  and window_funnel_value the chosen chain (doc/funnel.md, "Semantics"
 *	  and "Which chain the step times and values describe").
 *
 * Three algorithms, chosen by FunnelLevel from the modes:
 *	  * default mode: an O(n * steps) dynamic program that keeps, for each
 *		level, the latest start of a chain reaching it (FunnelDpStep); rows
 *		sharing a timestamp are ORed together, which is exactly ClickHouse's
 *		windowFunnel order of (timestamp, condition);
 *	  * strict modes, exclusions, step times and values: an explicit chain
 *		engine that walks the time groups and keeps candidate chains (start,
 *		level, last step, rows used in the current group), pruned at the end
 *		of every time group to the latest start per level, so it is
 *		O(n * steps) too; strict_once with several rows sharing one
 *		timestamp forks candidates over which row fills which step;
 *	  * any_order: a sliding window over the sorted rows.
 *
 * Chain dominance, the invariant that keeps pruning exact.  Take two
 * candidate chains A and B at the same level after the same time group, B
 * with the later start (either one if they started together).  What a chain
 * may do next depends only on its window (which ends later for B), its level
 * (equal), and, under strict_increase and strict_once, on its last timestamp
 * and the rows it used in the current group, which no longer matter once the
 * group is over; the stops of strict_order and strict_deduplication end the
 * whole scan, not one chain.  So any continuation of A is one of B, and
 * dropping A loses no level, nor the chosen path (FunnelConfirm prefers the
 * later start on ties).  Two things break the symmetry and are handled where
 * the chains are pruned (FunnelPrune):
 *	  - within one time group (strict_once forks), A and B may have used
 *		different rows of the group: only a chain that used a subset of
 *		another's rows may dominate it;
 *	  - with an exclusion, a voided chain never counts, and B may be voided
 *		by an exclusion row that comes after A's window has ended (so A's
 *		level would have counted): B absorbs A, remembering the earliest
 *		window end of the chains it absorbed, and its level is confirmed when
 *		that time passes (FunnelLevelEngine, phase 1).  The path
 *		functions, which must name the chain, keep A as a member of B (its
 *		start and own steps) instead, confirmed in B's state when its window
 *		ends (FunnelPruneMembers states the invariants).  Only strict_once
 *		without strict_increase, whose forks break the shared future, keeps
 *		every chain then.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "funnel/funnel.h"

#include "miscadmin.h"

/* a candidate chain of the chain engine */
typedef struct FunnelCand
{
	int64		start;
	int64		last;
	uint64		used;			/* rows of the current time group used */
	int			level;
	bool		dead;
	bool		has_dom;		/* absorbed dominated chains (exclusions) */
	int64		dom;			/* earliest window end of the absorbed chains */
	int			base;			/* members: their own entries are steps 1..base */
	int32		mhead;			/* members: the absorbed chains, by start (-1: none) */
	int32		mtail;
	int64		ev[PGG_MAX_STEPS];
} FunnelCand;

/*
 * A member: a chain absorbed by a candidate when the path is wanted with an
 * exclusion (see FunnelPrune).  In the engine's pool, MEM_HDR int64s then
 * its own entries (event indexes) of steps 1..base of its candidate.
 */
#define MEM_START	0
#define MEM_LAST	1			/* its last step's time while its level is base */
#define MEM_NEXT	2			/* the next member (later start), -1 at the end */
#define MEM_HDR		3

typedef struct FunnelEngine
{
	const FunnelConfig *cfg;
	const PggEvent *ev;
	int			level;			/* deepest confirmed level */
	FunnelPath *best;			/* NULL unless the path is wanted */
	FunnelCand *cand;
	int			ncand;
	int			capcand;
	/* absorbed chains with the path and an exclusion (FunnelPrune) */
	bool		members;		/* absorb into member lists */
	int			stride;			/* int64s per member: MEM_HDR + steps */
	int64	   *pool;
	int32		npool;
	int32		cappool;
	int32		freemem;		/* a list of free members, -1: none */
} FunnelEngine;

/*
 * Default mode: the O(n * steps) dynamic program over time groups.  It stops
 * as soon as a chain reaches bound (nsteps, or a smaller known bound on the
 * level such as StepPrefix).
 */
int
FunnelLevelDefault(const FunnelConfig *cfg, const PggEvent *ev, int64 n, int bound)
{
	int64		best[PGG_MAX_STEPS];
	uint32		has = 0;
	int			level = 0;
	int64		i = 0;

	while (i < n)
	{
		int64		t = ev[i].ts;
		uint32		m = ev[i].mask;

		i++;
		while (i < n && ev[i].ts == t)
			m |= ev[i++].mask;
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		level = FunnelDpStep((uint8 *) best, &has, level, cfg->nsteps, (uint64) cfg->window, t, m);
		if (level >= bound)
			break;
	}
	return level;
}

/* Is a level of a chain still open to voiding by the exclusion? */
static inline bool
FunnelPending(const FunnelConfig *cfg, int level)
{
	return (cfg->modes & FM_EXCLUDE) && level < cfg->excl_to;
}

/* Record a chain as final at its level (the chosen path: deepest, then
 * earliest last step, then latest start). */
static void
FunnelConfirm(FunnelEngine *e, const FunnelCand *c)
{
	if (c->level > e->level)
		e->level = c->level;
	if (e->best)
	{
		FunnelPath *b = e->best;

		if (c->level > b->level ||
			(c->level == b->level && c->level > 0 &&
			 (c->last < b->last || (c->last == b->last && c->start > b->start))))
		{
			b->level = c->level;
			b->start = c->start;
			b->last = c->last;
			memcpy(b->ev, c->ev, sizeof(int64) * c->level);
		}
	}
}

/* A member of the pool. */
static inline int64 *
FunnelMember(FunnelEngine *e, int32 m)
{
	return e->pool + (Size) m * e->stride;
}

/* A new member (start, last and next unset). */
static int32
FunnelMemberNew(FunnelEngine *e)
{
	int32		m;

	if (e->freemem >= 0)
	{
		m = e->freemem;
		e->freemem = (int32) FunnelMember(e, m)[MEM_NEXT];
		return m;
	}
	if (e->npool == e->cappool)
	{
		if ((Size) e->cappool * 2 * e->stride * sizeof(int64) > MaxAllocHugeSize / 2 ||
			e->cappool >= PG_INT32_MAX / 2)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many open window_funnel chains")));
		e->cappool *= 2;
		e->pool = repalloc_huge(e->pool, (Size) e->cappool * e->stride * sizeof(int64));
	}
	return e->npool++;
}

/* Free a candidate's members (voided, or dominated by the candidate). */
static void
FunnelReleaseMembers(FunnelEngine *e, FunnelCand *c)
{
	if (c->mhead < 0)
		return;
	FunnelMember(e, c->mtail)[MEM_NEXT] = e->freemem;
	e->freemem = c->mhead;
	c->mhead = c->mtail = -1;
}

/*
 * Confirm the chains absorbed by c whose window has ended before t (all of
 * them when all): each ended in c's state (see FunnelPrune), with its own
 * start and entries of steps 1..base.
 */
static void
FunnelExpireMembers(FunnelEngine *e, FunnelCand *c, int64 t, bool all)
{
	uint64		w = (uint64) e->cfg->window;

	while (c->mhead >= 0)
	{
		int32		m = c->mhead;
		int64	   *mp = FunnelMember(e, m);
		int64		last = c->level > c->base ? c->last : mp[MEM_LAST];

		if (!all && TsDist(mp[MEM_START], t) <= w)
			break;
		if (c->level > e->level)
			e->level = c->level;
		if (e->best)
		{
			FunnelPath *b = e->best;

			if (c->level > b->level ||
				(c->level == b->level && c->level > 0 &&
				 (last < b->last || (last == b->last && mp[MEM_START] > b->start))))
			{
				b->level = c->level;
				b->start = mp[MEM_START];
				b->last = last;
				memcpy(b->ev, mp + MEM_HDR, sizeof(int64) * c->base);
				memcpy(b->ev + c->base, c->ev + c->base, sizeof(int64) * (c->level - c->base));
			}
		}
		c->mhead = (int32) mp[MEM_NEXT];
		mp[MEM_NEXT] = e->freemem;
		e->freemem = m;
	}
	if (c->mhead < 0)
		c->mtail = -1;
}

/*
 * Bring c's members to base level (c's own level): their entries of steps
 * base + 1 .. level are c's, and so is their last step's time.
 */
static void
FunnelRebaseMembers(FunnelEngine *e, FunnelCand *c)
{
	int32		m;

	if (c->base == c->level)
		return;
	for (m = c->mhead; m >= 0;)
	{
		int64	   *mp = FunnelMember(e, m);

		memcpy(mp + MEM_HDR + c->base, c->ev + c->base, sizeof(int64) * (c->level - c->base));
		mp[MEM_LAST] = c->last;
		m = (int32) mp[MEM_NEXT];
	}
	c->base = c->level;
}

/* Append the list of members of b (emptied) to a's. */
static void
FunnelAppendMembers(FunnelEngine *e, FunnelCand *a, FunnelCand *b)
{
	if (b->mhead < 0)
		return;
	if (a->mhead < 0)
		a->mhead = b->mhead;
	else
		FunnelMember(e, a->mtail)[MEM_NEXT] = b->mhead;
	a->mtail = b->mtail;
	b->mhead = b->mtail = -1;
}

/* Append a candidate chain. */
static FunnelCand *
FunnelNewCand(FunnelEngine *e)
{
	if (e->ncand == e->capcand)
	{
		e->capcand *= 2;
		if ((Size) e->capcand * sizeof(FunnelCand) > MaxAllocSize)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many open window_funnel chains")));
		e->cand = repalloc(e->cand, e->capcand * sizeof(FunnelCand));
	}
	return &e->cand[e->ncand++];
}

/* End a chain (killed or expired): its level becomes final. */
static inline void
FunnelEnd(FunnelEngine *e, FunnelCand *c)
{
	if (!c->dead)
	{
		if (c->mhead >= 0)
			FunnelExpireMembers(e, c, 0, true);
		if (FunnelPending(e->cfg, c->level))
			FunnelConfirm(e, c);
		c->dead = true;
	}
}

/* A chain reached a new level. */
static inline void
FunnelReached(FunnelEngine *e, FunnelCand *c)
{
	if (!FunnelPending(e->cfg, c->level))
	{
		FunnelConfirm(e, c);
		/* no exclusion can void c now: its members are dominated by it */
		if (c->mhead >= 0)
			FunnelReleaseMembers(e, c);
	}
}

/*
 * Phase 3 of FunnelPrune: the path is wanted and there is an exclusion (not
 * under forking strict_once).  At the end of a time group, of the live
 * candidates at one level only the latest start stays a candidate; the
 * others are dropped or become members of it, so that the work stays
 * O(steps) per group and O(steps) per chain in all.
 *
 * Why this keeps the level and the chosen path.  Invariant I: after every
 * time group, of two live chains with starts sA < sB, A is at a deeper
 * level, or at the same level with a last step no later than B's (by
 * induction over the entries: an entry that advances B advances A when A is
 * at B's level, and A is inside its window whenever B is; strict_increase
 * and a strict_once group of one row only forbid a chain to take a row at
 * its own last step's time, which B reached no earlier than A).  So the
 * chains at one level have starts in an interval that precedes the starts
 * of every shallower chain.  Invariant II: two chains at one level after a
 * group have the same future until the earlier one's window ends: their
 * last step's time and the rows they used no longer matter, the next rows
 * are later (same entries taken at the same times, same exclusions).
 * A chain's outcome is then the state of the latest start B of its level at
 * the end of its own window, unless an exclusion voided B before, which
 * voids it too (same level, inside its window).
 *	- A level no exclusion can void any more (>= TO): a chain there was
 *	  confirmed when it got there, and B ends at the same or a deeper level
 *	  and, at equal level, with the same last step and a later start, which
 *	  the path prefers: A is dropped.
 *	- A level still open to the exclusion: B may be voided after A's window
 *	  ended, and then A's outcome counts and may be the chosen path (deepest,
 *	  then earliest last step, then latest start), so A is kept as a member
 *	  of B: its start, its own entries of steps 1..base and its last step's
 *	  time, in a list by start.  The members of B are confirmed in B's state
 *	  when their window ends (FunnelExpireMembers, phase 1 of the engine),
 *	  forgotten with B when an exclusion voids B, and dropped as dominated
 *	  once B reaches TO (FunnelReached).  When B advances, its members'
 *	  entries of the new steps are B's, which it keeps in ev[base..]; when
 *	  chains of one level merge, the lists are brought to that level
 *	  (FunnelRebaseMembers: each member gains at least one step each time,
 *	  so at most steps copies per chain) and concatenated by start, which by
 *	  invariant I is the order of the candidates' starts.
 *	- Chains with the same start at one level are the same chain (rows
 *	  tied at the start): the first one (lowest index, the one the earlier
 *	  engine reported) is kept, the others are dropped.
 */
/* qsort_arg comparator: candidate indexes by start, then by index */
static int
CandByStart(const void *pa, const void *pb, void *arg)
{
	const FunnelCand *cand = (const FunnelCand *) arg;
	int			a = *(const int *) pa;
	int			b = *(const int *) pb;

	if (cand[a].start != cand[b].start)
		return cand[a].start < cand[b].start ? -1 : 1;
	return (a > b) - (a < b);
}

static void
FunnelPruneMembers(FunnelEngine *e)
{
	const FunnelConfig *cfg = e->cfg;
	int			keep[PGG_MAX_STEPS + 1];
	int			i;
	int		   *order = NULL;

	for (i = 0; i <= PGG_MAX_STEPS; i++)
		keep[i] = -1;
	for (i = 0; i < e->ncand; i++)
	{
		FunnelCand *a = &e->cand[i];

		if (!a->dead && (keep[a->level] < 0 || a->start > e->cand[keep[a->level]].start))
			keep[a->level] = i;
	}
	for (i = 0; i < e->ncand; i++)
	{
		FunnelCand *a = &e->cand[i];
		FunnelCand *b;
		int			no = 0,
					j,
					x;

		if (a->dead || keep[a->level] == i || keep[a->level] < 0)
			continue;
		b = &e->cand[keep[a->level]];
		if (!FunnelPending(cfg, a->level))
		{
			FunnelReleaseMembers(e, a);
			a->dead = true;		/* confirmed when it got here; B dominates it */
			continue;
		}

		/*
		 * The live candidates of this level other than B (a is the first),
		 * by start then index: one per level of the previous group end plus
		 * the chains started in this group, which may be as many as its rows
		 * (rows sharing one timestamp), so the list is sized by ncand.
		 */
		if (order == NULL)
			order = palloc(sizeof(int) * e->ncand);
		for (j = i; j < e->ncand; j++)
		{
			FunnelCand *c = &e->cand[j];

			if (c->dead || c->level != a->level || j == keep[a->level])
				continue;
			order[no++] = j;
		}
		if (no > 1)
			qsort_arg(order, no, sizeof(int), CandByStart, e->cand);
		/* members: each candidate's members, then the candidate itself */
		{
			FunnelCand	list;

			list.mhead = list.mtail = -1;
			for (x = 0; x < no; x++)
			{
				FunnelCand *c = &e->cand[order[x]];
				int32		m;
				int64	   *mp;

				c->dead = true;
				if (c->start == b->start ||
					(x > 0 && c->start == e->cand[order[x - 1]].start))
				{
					/* the same chain as an earlier one or as B */
					FunnelReleaseMembers(e, c);
					continue;
				}
				FunnelRebaseMembers(e, c);
				FunnelAppendMembers(e, &list, c);
				m = FunnelMemberNew(e);
				mp = FunnelMember(e, m);
				mp[MEM_START] = c->start;
				mp[MEM_LAST] = c->last;
				mp[MEM_NEXT] = -1;
				memcpy(mp + MEM_HDR, c->ev, sizeof(int64) * c->level);
				c->mhead = c->mtail = m;
				FunnelAppendMembers(e, &list, c);
			}
			FunnelRebaseMembers(e, b);
			b->base = b->level;
			FunnelAppendMembers(e, &list, b);
			b->mhead = list.mhead;
			b->mtail = list.mtail;
		}
	}
	if (order != NULL)
		pfree(order);
}

/*
 * Remove dead candidates and dominated ones (see "chain dominance" at the top
 * of the file for why this keeps the level exact).
 *
 * Phases, one of four by the situation, then (5) always:
 *	(1) an exclusion with the path wanted under strict_once without
 *		strict_increase (candidates fork over tied rows, so two chains of one
 *		level need not share their future): every chain is kept (the path
 *		must name one that no exclusion voided); only exact duplicates go;
 *	(2) the end of a time group, level only: all but the latest start per
 *		level go.  With an exclusion a dominated chain A may still matter:
 *		if no exclusion comes before its window ends, its level counts even
 *		when the dominating chain B is voided later.  Until its window ends,
 *		A is in exactly B's state (same level, same entries seen), so B
 *		absorbs A: it remembers the earliest window end of the chains it
 *		absorbed (dom), and its level is confirmed when that time passes;
 *	(3) the end of a time group, path wanted with an exclusion: all but the
 *		latest start per level go, and at a level still open to the
 *		exclusion the others become members of the latest (FunnelPruneMembers);
 *	(4) within a group (strict_once forks), without an exclusion: a chain
 *		goes when another at its level has a later (or, for an earlier index,
 *		the same) start and used only rows it used too;
 *	(5) the dead are compacted out, keeping the order of the live ones.
 */
static void
FunnelPrune(FunnelEngine *e, bool group_end)
{
	const FunnelConfig *cfg = e->cfg;
	bool		excl = (cfg->modes & FM_EXCLUDE) != 0;
	bool		absorb = excl && e->best == NULL;
	int64		w = cfg->window;
	int			i,
				j,
				k = 0;

	if (e->members && group_end)
		FunnelPruneMembers(e);
	else if (excl && !absorb && !e->members)
	{
		/* phase 1: keep every chain; drop exact duplicates only */
		for (i = 0; i < e->ncand; i++)
		{
			FunnelCand *a = &e->cand[i];

			if (a->dead)
				continue;
			for (j = i + 1; j < e->ncand; j++)
			{
				FunnelCand *b = &e->cand[j];

				if (!b->dead && b->level == a->level && b->start == a->start &&
					b->last == a->last && b->used == a->used)
					b->dead = true;
			}
		}
	}
	else if (group_end)
	{
		/* phase 2: keep[level] = the candidate with the latest start */
		int			keep[PGG_MAX_STEPS + 1];

		for (i = 0; i <= PGG_MAX_STEPS; i++)
			keep[i] = -1;
		for (i = 0; i < e->ncand; i++)
		{
			FunnelCand *a = &e->cand[i];

			if (!a->dead && (keep[a->level] < 0 || a->start > e->cand[keep[a->level]].start))
				keep[a->level] = i;
		}
		for (i = 0; i < e->ncand; i++)
		{
			FunnelCand *a = &e->cand[i];
			FunnelCand *b;

			if (a->dead || keep[a->level] == i)
				continue;
			b = &e->cand[keep[a->level]];
			if (absorb && FunnelPending(cfg, a->level))
			{
				int64		dl = (a->start > PG_INT64_MAX - w) ? PG_INT64_MAX : a->start + w;

				if (a->has_dom && a->dom < dl)
					dl = a->dom;
				if (!b->has_dom || dl < b->dom)
				{
					b->dom = dl;
					b->has_dom = true;
				}
			}
			a->dead = true;		/* its levels were confirmed or absorbed */
		}
	}
	else if (!excl)
	{
		/* phase 4: dominated in start and in rows used */
		for (i = 0; i < e->ncand; i++)
		{
			FunnelCand *a = &e->cand[i];

			if (a->dead)
				continue;
			for (j = 0; j < e->ncand; j++)
			{
				FunnelCand *b = &e->cand[j];

				if (j == i || b->dead || b->level != a->level || (b->used & ~a->used) != 0)
					continue;
				if (b->start > a->start || (b->start == a->start && j < i && b->used == a->used))
				{
					a->dead = true;
					break;
				}
			}
		}
	}
	/* phase 5 */
	for (i = 0; i < e->ncand; i++)
	{
		if (e->cand[i].dead)
		{
			FunnelReleaseMembers(e, &e->cand[i]);
			continue;
		}
		if (k != i)
			e->cand[k] = e->cand[i];
		k++;
	}
	e->ncand = k;
}

/*
 * The chain engine: exact over all chains for every ordered mode, with
 * exclusions, and with the chosen path.  ev must be sorted by timestamp.
 * Returns the deepest level; fills *path (when not NULL) with the chosen
 * chain: deepest, then earliest last step, then latest start
 * (FunnelConfirm).
 *
 * It walks the time groups (rows sharing a timestamp).  Per group:
 *	(1) expiry: chains whose window has passed end, and their level becomes
 *		final (unless still open to the exclusion: FunnelEnd); a chain that
 *		absorbed dominated ones confirms its level once their windows ended;
 *	(2) the exclusion: a row matching it voids every open chain between FROM
 *		and TO (never confirmed);
 *	(3) strict_order: once step 1 was seen, a row matching no step ends the
 *		scan;
 *	(4) entries, in condition order (ClickHouse's order of tied rows): a
 *		row of step 1 starts a chain; a row of step c advances every chain at
 *		level c - 1 that may take it (strict_once: not a row it used;
 *		strict_increase: not at its last timestamp), forking a copy instead
 *		when several rows share the timestamp under strict_once; the global
 *		stops of strict_deduplication (a step repeated) and strict_order (a
 *		step ahead of every chain) end the scan;
 *	(5) pruning to one chain per level (FunnelPrune), which keeps the work
 *		O(steps) per group.
 * The scan also ends as soon as the last step is reached, unless the path is
 * wanted; then (6) every open chain ends with the data.
 */
static int
FunnelLevelEngine(const FunnelConfig *cfg, const PggEvent *ev, int64 n, FunnelPath *path,
				  const char *fname)
{
	FunnelEngine e;
	uint32		modes = cfg->modes;
	int			nsteps = cfg->nsteps;
	uint32		stepmask = nsteps >= 32 ? 0xFFFFFFFFu : ((((uint32) 1) << nsteps) - 1);
	uint32		exclbit = (modes & FM_EXCLUDE) ? (((uint32) 1) << nsteps) : 0;
	uint64		w = (uint64) cfg->window;
	bool		strict_order = (modes & FM_STRICT_ORDER) != 0;
	bool		dedup = (modes & FM_STRICT_DEDUP) != 0;
	bool		incr = (modes & FM_STRICT_INCREASE) != 0;
	bool		once = (modes & FM_STRICT_ONCE) != 0;
	bool		reentry = (modes & FM_ALLOW_REENTRY) != 0;
	bool		first_seen = false;
	bool		stop = false;
	int			reached = 0;	/* deepest level any chain reached so far */
	int64		g0 = 0;
	int			i;

	memset(&e, 0, sizeof(e));
	e.cfg = cfg;
	e.ev = ev;
	e.best = path;
	if (path)
		memset(path, 0, sizeof(*path));
	e.capcand = 16;
	e.cand = palloc(e.capcand * sizeof(FunnelCand));
	e.members = (modes & FM_EXCLUDE) && path != NULL && !(once && !incr);
	if (e.members)
	{
		e.stride = MEM_HDR + nsteps;
		e.cappool = 64;
		e.pool = palloc((Size) e.cappool * e.stride * sizeof(int64));
	}
	e.freemem = -1;

	while (g0 < n)
	{
		int64		t = ev[g0].ts;
		int64		g1 = g0 + 1;
		int64		r;
		uint32		gmask;
		bool		fork;
		int			c;

		while (g1 < n && ev[g1].ts == t)
			g1++;
		CHECK_FOR_INTERRUPTS();
		fork = once && !incr && (g1 - g0) > 1;
		if (once && !incr && (g1 - g0) > 64)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("%s strict_once supports at most 64 rows sharing one timestamp in one group", fname),
					 errdetail("%lld rows share the timestamp.", (long long) (g1 - g0)),
					 errhint("Add strict_increase, or make the timestamps distinct.")));

		/* phase 1: expired chains cannot move any more: their level is final */
		for (i = 0; i < e.ncand; i++)
		{
			FunnelCand *a = &e.cand[i];

			a->used = 0;
			if (!a->dead && TsDist(a->start, t) > w)
				FunnelEnd(&e, a);
			else if (!a->dead && a->mhead >= 0)
				FunnelExpireMembers(&e, a, t, false);	/* their windows ended */
			else if (!a->dead && a->has_dom && t > a->dom)
			{
				/* an absorbed chain's window ended: its level is this one */
				FunnelConfirm(&e, a);
				a->has_dom = false;
			}
		}

		gmask = 0;
		for (r = g0; r < g1; r++)
			gmask |= ev[r].mask;

		/* phase 2: an exclusion voids every open chain that has reached FROM */
		if (gmask & exclbit)
		{
			for (i = 0; i < e.ncand; i++)
			{
				FunnelCand *a = &e.cand[i];

				if (!a->dead && a->level >= cfg->excl_from && a->level < cfg->excl_to)
					a->dead = true; /* voided: never confirmed */
			}
		}

		/*
		 * phase 3, strict_order: once step 1 has been seen, a row matching no
		 * step ends the scan (ClickHouse: "stops finding at the D").
		 */
		if (strict_order && first_seen)
		{
			for (r = g0; r < g1; r++)
				if ((ev[r].mask & stepmask) == 0)
				{
					stop = true;
					break;
				}
			if (stop)
				break;
		}

		/* phase 4: the step entries of the group, in condition order */
		for (c = 1; c <= nsteps && !stop; c++)
		{
			uint32		bit = ((uint32) 1) << (c - 1);

			if (!(gmask & bit))
				continue;
			for (r = g0; r < g1; r++)
			{
				int			ncur = e.ncand;
				uint64		rbit = UINT64CONST(1) << ((r - g0) & 63);	/* exact under strict_once */

				if (!(ev[r].mask & bit))
					continue;
				if (c == 1)
				{
					FunnelCand *a = FunnelNewCand(&e);

					a->start = t;
					a->last = t;
					a->used = rbit;
					a->level = 1;
					a->dead = false;
					a->has_dom = false;
					a->base = 0;
					a->mhead = a->mtail = -1;
					a->ev[0] = r;
					FunnelReached(&e, a);
					first_seen = true;
					if (reached < 1)
						reached = 1;
					continue;
				}
				/* a repeated step ends the scan under strict_deduplication */
				if (dedup && reached >= c)
				{
					stop = true;
					break;
				}
				/* a step ahead of every chain ends it under strict_order */
				if (strict_order && !reentry && first_seen && reached < c - 1)
				{
					stop = true;
					break;
				}
				for (i = 0; i < ncur; i++)
				{
					FunnelCand *a = &e.cand[i];
					FunnelCand *adv;

					if (a->dead || a->level != c - 1)
						continue;
					if (once && (a->used & rbit))
						continue;	/* the row is already in this chain */
					if (incr && a->last == t)
						continue;	/* strict_increase: no tie between steps */
					adv = a;
					if (fork)
					{
						adv = FunnelNewCand(&e);
						a = &e.cand[i];
						*adv = *a;
						adv->mhead = adv->mtail = -1;	/* no members when forking */
					}
					adv->level = c;
					adv->last = t;
					adv->used |= rbit;
					adv->ev[c - 1] = r;
					FunnelReached(&e, adv);
					if (reached < c)
						reached = c;
				}
			}
			if (fork)
				FunnelPrune(&e, false);
			if (e.level == nsteps && !path)
				break;
		}
		if (stop || (e.level == nsteps && !path))
			break;
		FunnelPrune(&e, true); /* phase 5 */
		g0 = g1;
	}
	/* phase 6: the open chains end with the data */
	for (i = 0; i < e.ncand; i++)
		FunnelEnd(&e, &e.cand[i]);
	pfree(e.cand);
	if (e.pool)
		pfree(e.pool);
	return e.level;
}

/* any_order: deepest k such that steps 1..k all occur within one window. */
static int
FunnelLevelAnyOrder(const FunnelConfig *cfg, const PggEvent *ev, int64 n, FunnelPath *path)
{
	int64		cnt[PGG_MAX_STEPS];
	int			nsteps = cfg->nsteps;
	uint64		w = (uint64) cfg->window;
	int64		lo = 0,
				hi;
	int			level = 0;
	int64		best_lo = -1,
				best_hi = -1;
	int			c;

	memset(cnt, 0, sizeof(cnt));
	for (hi = 0; hi < n; hi++)
	{
		uint32		m = ev[hi].mask;
		int			k;

		if ((hi & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		for (c = 0; c < nsteps; c++)
			if (m & (((uint32) 1) << c))
				cnt[c]++;
		/* the window ends at ev[hi]; include all rows tied with it */
		if (hi + 1 < n && ev[hi + 1].ts == ev[hi].ts)
			continue;
		while (TsDist(ev[lo].ts, ev[hi].ts) > w)
		{
			for (c = 0; c < nsteps; c++)
				if (ev[lo].mask & (((uint32) 1) << c))
					cnt[c]--;
			lo++;
		}
		for (k = 0; k < nsteps && cnt[k] > 0; k++)
			;
		if (k > level)
		{
			level = k;
			best_lo = lo;
			best_hi = hi;
			if (level == nsteps)
				break;
		}
	}
	if (path)
	{
		memset(path, 0, sizeof(*path));
		path->level = level;
		/* each step at its first row inside the chosen window */
		for (c = 0; c < level; c++)
		{
			int64		r;

			for (r = best_lo; r <= best_hi; r++)
				if (ev[r].mask & (((uint32) 1) << c))
				{
					path->ev[c] = r;
					break;
				}
		}
	}
	return level;
}

/*
 * The deepest level of an event buffer (sorted here), optionally with the
 * path; fname, the aggregate, names it in errors.
 */
int
FunnelLevel(const FunnelConfig *cfg, PggEventBuffer *buf, FunnelPath *path, const char *fname)
{
	if (buf->n == 0)
	{
		if (path)
			memset(path, 0, sizeof(*path));
		return 0;
	}
	pgg_evbuf_sort(buf);
	if (cfg->modes & FM_ANY_ORDER)
		return FunnelLevelAnyOrder(cfg, buf->ev, buf->n, path);
	if (cfg->modes == 0 && path == NULL)
		return FunnelLevelDefault(cfg, buf->ev, buf->n, cfg->nsteps);
	return FunnelLevelEngine(cfg, buf->ev, buf->n, path, fname);
}

