/*-------------------------------------------------------------------------
 *
 * src/engagement/sequence.c
 *	  Sequence patterns: the aggregates sequence_match, sequence_count and
 *	  sequence_match_events (ClickHouse's sequenceMatch, sequenceCount and,
 *	  with duckdb-behavioral's answer when nothing matches,
 *	  sequenceMatchEvents): the pattern parser, the matcher, and the
 *	  transition, final, combine, serialize and deserialize functions.
 *
 * Semantics: doc/engagement.md, "Sequence patterns".  In short: the rows on
 * which some condition holds are the events, sorted by (timestamp, condition
 * mask); a pattern is a list of atoms (?N), ., .* and (?t op S) with an
 * implicit .* in front; the answer is the one of ClickHouse's backtracking
 * search.
 *
 * The matcher.  ClickHouse searches depth first over (atom, event) pairs
 * with a stack of choices and gives up after 1,000,000 steps.  The search
 * here visits the same pairs in the same order but never twice: a node
 * (atom a, event p) whose subtree was searched without success fails again,
 * whatever path leads to it, so its second visit is skipped.  Each atom
 * that follows a .* or a time atom keeps a "next unvisited event" array
 * (union-find with path halving), so a .* or a time atom steps over the
 * visited events of its range at no cost; a time atom finds its range by
 * binary search.  The search is then O(atoms x events x log events), needs
 * no step limit, and stops at the first node ClickHouse's search would stop
 * at, so the answers are ClickHouse's (including where its search ends on
 * the first path that runs out of events; see "Exactly ClickHouse's search"
 * in the doc).
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "engagement/sequence.h"
#include "core/args.h"
#include "core/codec.h"

#include "catalog/pg_type.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "nodes/primnodes.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/memutils.h"


/* ---- the pattern parser ---------------------------------------------------- */

/* a parse error: SQLSTATE, byte offset in the pattern, message */
typedef struct SeqParseError
{
	int			sqlstate;
	int			offset;
	char		msg[160];
} SeqParseError;

static bool
SeqFail(SeqParseError *err, int sqlstate, int offset, const char *msg)
{
	err->sqlstate = sqlstate;
	err->offset = offset;
	strlcpy(err->msg, msg, sizeof(err->msg));
	return false;
}

/* whether s[*pos..] starts with lit; advances *pos past it when it does */
static bool
SeqLit(const char *s, int len, int *pos, const char *lit)
{
	int			l = strlen(lit);

	if (*pos + l <= len && memcmp(s + *pos, lit, l) == 0)
	{
		*pos += l;
		return true;
	}
	return false;
}

/* an unsigned decimal number (at least one digit); false when absent or too large */
static bool
SeqNumber(const char *s, int len, int *pos, uint64 *v, bool *overflow)
{
	int			start = *pos;
	uint64		r = 0;

	*overflow = false;
	while (*pos < len && s[*pos] >= '0' && s[*pos] <= '9')
	{
		int			d = s[*pos] - '0';

		if (r > (PG_UINT64_MAX - d) / 10)
			*overflow = true;
		else
			r = r * 10 + d;
		(*pos)++;
	}
	*v = r;
	return *pos > start;
}

/*
 * Parse a pattern for nconds conditions into *out (room for len + 1 atoms).
 * The grammar is ClickHouse's: (?N), (?t<=S), (?t<S), (?t>=S), (?t>S),
 * (?t==S), .*, . with nothing between atoms (no spaces).  A time atom must
 * follow (?N), . or .*; unlike ClickHouse, it may not open the pattern
 * (there it would follow the implicit .* and compare an event with itself).
 *
 * Phases per atom: the atom limit; "(?" then either "t", an operator, the
 * seconds and the checks of the neighbour, or the condition number and its
 * range; ")"; or ".*", or "."; anything else is an error at its offset.
 */
static bool
SeqParse(const char *s, int len, int nconds, SeqPattern *out, SeqParseError *err)
{
	int			pos = 0;
	int			n = 1;

	out->atoms[0].kind = SEQ_STAR;	/* the implicit leading .* */
	out->has_time = false;
	out->conds = 0;
	while (pos < len)
	{
		int			at = pos;
		SeqAtom    *a;

		if (n > SEQ_MAX_ATOMS)
			return SeqFail(err, ERRCODE_PROGRAM_LIMIT_EXCEEDED, at,
						   "a pattern holds at most 1000 atoms");
		a = &out->atoms[n];
		memset(a, 0, sizeof(*a));
		if (SeqLit(s, len, &pos, "(?"))
		{
			uint64		v;
			bool		overflow;

			if (SeqLit(s, len, &pos, "t"))
			{
				int			prev = out->atoms[n - 1].kind;

				if (SeqLit(s, len, &pos, "<="))
					a->op = SEQ_LE;
				else if (SeqLit(s, len, &pos, "<"))
					a->op = SEQ_LT;
				else if (SeqLit(s, len, &pos, ">="))
					a->op = SEQ_GE;
				else if (SeqLit(s, len, &pos, ">"))
					a->op = SEQ_GT;
				else if (SeqLit(s, len, &pos, "=="))
					a->op = SEQ_EQ;
				else
					return SeqFail(err, ERRCODE_SYNTAX_ERROR, pos,
								   "expected a time operator <=, <, >=, > or ==");
				if (!SeqNumber(s, len, &pos, &v, &overflow))
					return SeqFail(err, ERRCODE_SYNTAX_ERROR, pos,
								   "expected a number of seconds");
				if (overflow)
					return SeqFail(err, ERRCODE_SYNTAX_ERROR, pos,
								   "the number of seconds is too large");
				if (n == 1)
					return SeqFail(err, ERRCODE_SYNTAX_ERROR, at,
								   "a pattern cannot start with a time condition");
				if (prev == SEQ_TIME)
					return SeqFail(err, ERRCODE_SYNTAX_ERROR, at,
								   "a time condition must follow (?N), . or .*, not another time condition");
				a->kind = SEQ_TIME;
				a->usec = (v > PG_UINT64_MAX / USECS_PER_SEC) ? PG_UINT64_MAX
					: v * USECS_PER_SEC;
				out->has_time = true;
			}
			else
			{
				char		buf[160];

				if (!SeqNumber(s, len, &pos, &v, &overflow))
					return SeqFail(err, ERRCODE_SYNTAX_ERROR, pos,
								   "expected a condition number or t after \"(?\"");
				if (overflow || v == 0 || v > (uint64) nconds)
				{
					if (v == 0 && !overflow)
						snprintf(buf, sizeof(buf), "condition numbers start at 1, got (?0)");
					else
						snprintf(buf, sizeof(buf),
								 "the pattern names condition %.*s, but %d condition%s given",
								 pos - at - 2, s + at + 2, nconds,
								 nconds == 1 ? " is" : "s are");
					return SeqFail(err, ERRCODE_INVALID_PARAMETER_VALUE, at, buf);
				}
				a->kind = SEQ_COND;
				a->cond = (uint8) (v - 1);
				out->conds |= ((uint32) 1) << a->cond;
			}
			if (!SeqLit(s, len, &pos, ")"))
				return SeqFail(err, ERRCODE_SYNTAX_ERROR, pos, "expected \")\"");
		}
		else if (SeqLit(s, len, &pos, ".*"))
			a->kind = SEQ_STAR;
		else if (SeqLit(s, len, &pos, "."))
			a->kind = SEQ_ANY;
		else
			return SeqFail(err, ERRCODE_SYNTAX_ERROR, pos,
						   "expected (?N), (?t op S), . or .*");
		n++;
	}
	out->natoms = n;
	return true;
}

/*
 * Parse or raise the error: 42601 for syntax with the 1-based character
 * position, 22023 for a condition number out of range, 54000 for too many
 * atoms.  fname names the aggregate called.
 */
static SeqPattern *
SeqParseOrError(const char *s, int len, int nconds, const char *fname)
{
	SeqPattern *p = palloc(offsetof(SeqPattern, atoms) + (len + 2) * sizeof(SeqAtom));
	SeqParseError err;

	if (!SeqParse(s, len, nconds, p, &err))
	{
		int			charpos = pg_mbstrlen_with_len(s, err.offset) + 1;

		/* the pattern in the detail, cut after 60 characters */
		int			shown = pg_mbcliplen(s, len, 60);

		ereport(ERROR,
				(errcode(err.sqlstate),
				 errmsg("invalid sequence pattern at position %d: %s", charpos, err.msg),
				 errdetail("The pattern of %s is \"%.*s%s\".", fname, shown, s,
						   shown < len ? " [...]" : ""),
				 errhint("The atoms are (?N), ., .* and (?t op S) with op one of <=, <, >=, >, == and S in seconds, with no spaces.")));
	}
	return p;
}


/* ---- the matcher ------------------------------------------------------------ */

/* a node of the search: atom a at event p, and the state of its children */
typedef struct SeqFrame
{
	int32		a;
	int32		p;
	int32		next;			/* the next child event to try */
	int32		hi;				/* the last child event */
} SeqFrame;

typedef struct SeqMatcher
{
	const SeqPattern *pat;
	const PggEvent *ev;
	int32		n;
	int32	  **unvisited;		/* per atom after a .* or time atom, or NULL */
	bool	   *skippable;		/* atoms a.. all match an empty tail */
	SeqFrame   *stack;
	int			depth;
	uint64		steps;
} SeqMatcher;

/* whether atom a consumes an event ((?N) and .) */
static inline bool
SeqConsumes(const SeqAtom *a)
{
	return a->kind == SEQ_COND || a->kind == SEQ_ANY;
}

static void
SeqMatcherInit(SeqMatcher *m, const SeqPattern *pat, const PggEvent *ev, int64 n)
{
	int			a;

	if (n >= PG_INT32_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many events for one group: %lld", (long long) n)));
	m->pat = pat;
	m->ev = ev;
	m->n = (int32) n;
	m->unvisited = palloc0(pat->natoms * sizeof(int32 *));
	m->skippable = palloc(pat->natoms + 1);
	m->stack = palloc(pat->natoms * sizeof(SeqFrame));
	m->depth = 0;
	m->steps = 0;
	/* ClickHouse's empty tail: .*, (?t<=S), (?t<S) and (?t>=0) */
	m->skippable[pat->natoms] = true;
	for (a = pat->natoms - 1; a >= 0; a--)
	{
		const SeqAtom *x = &pat->atoms[a];
		bool		empty = x->kind == SEQ_STAR ||
			(x->kind == SEQ_TIME && (x->op == SEQ_LE || x->op == SEQ_LT ||
									 (x->op == SEQ_GE && x->usec == 0)));

		m->skippable[a] = empty && m->skippable[a + 1];
	}
	for (a = 1; a < pat->natoms; a++)
	{
		if (!SeqConsumes(&pat->atoms[a - 1]))
		{
			int32	   *u = palloc_extended((Size) (n + 1) * sizeof(int32), MCXT_ALLOC_HUGE);
			int32		q;

			for (q = 0; q <= m->n; q++)
				u[q] = q;
			m->unvisited[a] = u;
		}
	}
}

/* the first unvisited event >= q of atom a (path halving) */
static inline int32
SeqFind(int32 *u, int32 q)
{
	while (u[q] != q)
	{
		u[q] = u[u[q]];
		q = u[q];
	}
	return q;
}

/* the first event q in [lo, n) with ts[q] - base >= d (strict: > d) */
static int32
SeqFirstAtLeast(const SeqMatcher *m, int32 lo, int64 base, uint64 d, bool strict)
{
	int32		hi = m->n;

	while (lo < hi)
	{
		int32		mid = lo + (hi - lo) / 2;
		uint64		dist = (uint64) m->ev[mid].ts - (uint64) base;

		if (strict ? dist > d : dist >= d)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/*
 * Push node (a, p), p < n, with the range [next, hi] of events at which atom
 * a + 1 is tried.  The events are sorted, so a time atom's range is an
 * interval: ClickHouse scans the events after the base one by one, stopping
 * at the first that fails <= or <, skipping those that fail >=, > or ==.
 */
static void
SeqPush(SeqMatcher *m, int32 a, int32 p)
{
	const SeqAtom *x = &m->pat->atoms[a];
	SeqFrame   *f = &m->stack[m->depth++];
	int32		n = m->n;

	f->a = a;
	f->p = p;
	switch (x->kind)
	{
		case SEQ_COND:
			f->next = p + 1;
			f->hi = (m->ev[p].mask & (((uint32) 1) << x->cond)) ? p + 1 : p;
			break;
		case SEQ_ANY:
			f->next = f->hi = p + 1;
			break;
		case SEQ_STAR:
			f->next = p;
			f->hi = n - 1;
			break;
		case SEQ_TIME:
			{
				/* the base: the event the previous atom consumed, or p after a .* */
				int64		base = m->ev[SeqConsumes(x - 1) ? p - 1 : p].ts;

				f->next = p;
				f->hi = n - 1;
				if (x->op == SEQ_LE || x->op == SEQ_EQ)
					f->hi = SeqFirstAtLeast(m, p, base, x->usec, true) - 1;
				else if (x->op == SEQ_LT)
					f->hi = SeqFirstAtLeast(m, p, base, x->usec, false) - 1;
				if (x->op == SEQ_GE || x->op == SEQ_EQ)
					f->next = SeqFirstAtLeast(m, p, base, x->usec, false);
				else if (x->op == SEQ_GT)
					f->next = SeqFirstAtLeast(m, p, base, x->usec, true);
				break;
			}
	}
}

/*
 * One search from event start, as one call of ClickHouse's backtracking
 * match: true when it ends in a match, *end then being the event after the
 * match (where sequence_count goes on).  The stack then holds the matched
 * path (for sequence_match_events).
 *
 * Phases per step: take the top node's next child event q (skipping visited
 * ones); none left: pop; the child is past the last atom: a match at q; the
 * child is past the last event: the search ends there, as ClickHouse's does,
 * a match when the atoms left all match an empty tail; else push the child.
 * When the stack empties, the answer is ClickHouse's after its last
 * backtrack (see the end of the function).
 */
static bool
SeqSearch(SeqMatcher *m, int32 start, int32 *end)
{
	int			last = m->pat->natoms;

	m->depth = 0;
	if (start >= m->n)
	{
		*end = m->n;
		return m->skippable[0];
	}
	SeqPush(m, 0, start);
	while (m->depth > 0)
	{
		SeqFrame   *f = &m->stack[m->depth - 1];
		int32		child = f->a + 1;
		int32	   *u = child < last ? m->unvisited[child] : NULL;
		int32		q;

		if ((++m->steps & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		q = u ? SeqFind(u, f->next) : f->next;
		if (q > f->hi)
		{
			m->depth--;
			continue;
		}
		f->next = q + 1;
		if (u)
			u[q] = q + 1;		/* visited */
		if (child == last)
		{
			*end = q;
			return true;
		}
		if (q >= m->n)
		{
			*end = m->n;
			return m->skippable[child];
		}
		SeqPush(m, child, q);
	}

	/*
	 * Every path failed.  ClickHouse's search then stands at its first atom
	 * past the last event, and matches when the whole pattern accepts an
	 * empty tail (a pattern of .* and (?t<S) atoms only, such as .*(?t<0)).
	 */
	*end = m->n;
	return m->skippable[0];
}

static void
SeqMatcherFree(SeqMatcher *m)
{
	int			a;

	for (a = 0; a < m->pat->natoms; a++)
		if (m->unvisited[a])
			pfree(m->unvisited[a]);
	pfree(m->unvisited);
	pfree(m->skippable);
	pfree(m->stack);
}


/* ---- the transition function ------------------------------------------------ */

/*
 * The call-site cache of the transition function.  nconds must stay first:
 * pgg_bool_args_mask (core/args.c) reads fn_extra as the int condition count
 * (-1: an explicit VARIADIC boolean[]).
 */
typedef struct SeqTransCache
{
	int			nconds;
	const char *fname;			/* the aggregate called, for messages */
	bool		stable;			/* pattern constant and conditions fixed */
	char	   *pat;			/* the last pattern checked ... */
	int			patlen;
	int			pat_nconds;		/* ... for this many conditions */
} SeqTransCache;

StaticAssertDecl(offsetof(SeqTransCache, nconds) == 0,
				 "pgg_bool_args_mask (core/args.c) reads fn_extra as the int nconds");

/* whether aggregate argument argno (1-based, as the transition sees it) is a constant */
static bool
SeqArgIsConst(FunctionCallInfo fcinfo, int argno)
{
	Aggref	   *ag = AggGetAggref(fcinfo);
	TargetEntry *te;

	if (ag == NULL || argno < 1 || argno > list_length(ag->args))
		return false;
	te = (TargetEntry *) list_nth(ag->args, argno - 1);
	return IsA(te->expr, Const) ||
		(IsA(te->expr, Param) && ((Param *) te->expr)->paramkind == PARAM_EXTERN);
}

static SeqTransCache *
SeqGetCache(FunctionCallInfo fcinfo)
{
	SeqTransCache *c = fcinfo->flinfo->fn_extra;

	if (likely(c != NULL))
		return c;
	c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(SeqTransCache));
	c->fname = MemoryContextStrdup(fcinfo->flinfo->fn_mcxt,
								   pgg_agg_name(fcinfo, "sequence_match"));
	c->nconds = pgg_check_bool_args(fcinfo, 3, PGG_MAX_STEPS, c->fname);
	c->stable = c->nconds > 0 && SeqArgIsConst(fcinfo, 1);
	c->pat_nconds = -1;
	fcinfo->flinfo->fn_extra = c;
	return c;
}

/* check the pattern (once per distinct text and condition count) */
static void
SeqCheckPattern(FunctionCallInfo fcinfo, SeqTransCache *c, const char *s, int len, int nconds)
{
	SeqPattern *p;

	if (c->pat_nconds == nconds && c->patlen == len && memcmp(c->pat, s, len) == 0)
		return;
	p = SeqParseOrError(s, len, nconds, c->fname);
	pfree(p);
	if (c->pat)
		pfree(c->pat);
	c->pat = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, len + 1);
	memcpy(c->pat, s, len);
	c->patlen = len;
	c->pat_nconds = nconds;
}

static SeqState *
SeqNewState(MemoryContext ctx, const char *pat, int patlen, int nconds, int64 initial)
{
	MemoryContext old = MemoryContextSwitchTo(ctx);
	SeqState   *st = palloc0(sizeof(SeqState));

	st->magic = SEQ_STATE_MAGIC;
	st->nconds = nconds;
	st->patlen = patlen;
	st->pattern = palloc(patlen + 1);
	memcpy(st->pattern, pat, patlen);
	st->pattern[patlen] = '\0';
	pgg_evbuf_init(&st->buf, initial);
	MemoryContextSwitchTo(old);
	return st;
}

static void
SeqCheckState(const SeqState *st, const char *what)
{
	if (st->magic != SEQ_STATE_MAGIC)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("%s was given a state of another aggregate", what)));
}

/*
 * _pgg_sequence_trans(internal, pattern text, ts timestamptz | timestamp,
 * VARIADIC "any"): the transition of all three aggregates.
 *
 * Phases: (1) the row's condition mask; (2) the pattern: checked when it is
 * new at this call site, compared with the state's unless constant; the
 * state created on the group's first row, whatever its conditions (so that
 * it knows the pattern); (3) rows with no condition true, a NULL or an
 * infinite timestamp stop here; (4) the event joins the buffer.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_sequence_trans);
Datum
pgg_sequence_trans(PG_FUNCTION_ARGS)
{
	SeqTransCache *c = SeqGetCache(fcinfo);
	SeqState   *st = PG_ARGISNULL(0) ? NULL : (SeqState *) PG_GETARG_POINTER(0);
	uint32		mask = 0;
	int			nconds;
	int64		ts;

	/* phase 1 */
	if (likely(c->nconds > 0))
	{
		int			i;

		for (i = 0; i < c->nconds; i++)
		{
			NullableDatum *a = &fcinfo->args[3 + i];

			if (!a->isnull && DatumGetBool(a->value))
				mask |= ((uint32) 1) << i;
		}
		nconds = c->nconds;
	}
	else
		mask = pgg_bool_args_mask(fcinfo, 3, PGG_MAX_STEPS, c->fname, &nconds);

	/* phase 2 */
	if (unlikely(st == NULL) || !c->stable)
	{
		text	   *pt;
		const char *s;
		int			len;

		if (PG_ARGISNULL(1))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("the pattern of %s must not be NULL", c->fname)));
		pt = PG_GETARG_TEXT_PP(1);
		s = VARDATA_ANY(pt);
		len = VARSIZE_ANY_EXHDR(pt);
		SeqCheckPattern(fcinfo, c, s, len, nconds);
		if (st == NULL)
		{
			MemoryContext aggctx = pgg_agg_context(fcinfo, "_pgg_sequence_trans");

			st = SeqNewState(aggctx, s, len, nconds, 16);
		}
		else
		{
			SeqCheckState(st, "_pgg_sequence_trans");
			if (st->patlen != len || memcmp(st->pattern, s, len) != 0)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("%s needs the same pattern on every row of a group", c->fname),
						 errdetail("One row has \"%s\", another \"%.*s\".", st->pattern, len, s)));
			if (st->nconds != nconds)
				ereport(ERROR,
						(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
						 errmsg("%s got %d conditions on one row and %d on another",
								c->fname, st->nconds, nconds),
						 errhint("Pass the same number of conditions on every row.")));
		}
	}

	/* phase 3 */
	if (mask == 0 || PG_ARGISNULL(2))
		PG_RETURN_POINTER(st);
	ts = PG_GETARG_INT64(2);
	if (TIMESTAMP_NOT_FINITE(ts))
		PG_RETURN_POINTER(st);

	/* phase 4: the buffer grows in its own memory context */
	pgg_evbuf_push(&st->buf, &st->last_ts, &st->last_mask, ts, mask, 0);
	PG_RETURN_POINTER(st);
}


/* ---- the final functions ---------------------------------------------------- */

/* the final function's cache: the pattern last parsed */
typedef struct SeqFinalCache
{
	char	   *pat;
	int			patlen;
	int			nconds;
	SeqPattern *parsed;
} SeqFinalCache;

/*
 * The parsed pattern of a state, cached at the call site, and the events
 * sorted.  The sort leaves the state's contents as they were (the same
 * events, in order), so the final functions are READ_ONLY in effect.
 */
static const SeqPattern *
SeqPrepare(FunctionCallInfo fcinfo, SeqState *st, const char *fname)
{
	SeqFinalCache *fc = fcinfo->flinfo->fn_extra;
	MemoryContext old;

	SeqCheckState(st, fname);
	if (fc == NULL)
		fc = fcinfo->flinfo->fn_extra =
			MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(SeqFinalCache));
	if (fc->parsed == NULL || fc->nconds != st->nconds || fc->patlen != st->patlen ||
		memcmp(fc->pat, st->pattern, st->patlen) != 0)
	{
		old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		if (fc->parsed)
		{
			pfree(fc->parsed);
			pfree(fc->pat);
		}
		fc->parsed = NULL;
		fc->pat = pnstrdup(st->pattern, st->patlen);
		fc->patlen = st->patlen;
		fc->nconds = st->nconds;
		fc->parsed = SeqParseOrError(st->pattern, st->patlen, st->nconds, fname);
		MemoryContextSwitchTo(old);
	}
	if (!st->buf.sorted)
	{
		pgg_evbuf_sort(&st->buf);
		st->last_ts = st->buf.ev[st->buf.n - 1].ts;
		st->last_mask = st->buf.ev[st->buf.n - 1].mask;
	}
	return fc->parsed;
}

/*
 * Whether the events hold every condition the pattern names: when one is
 * missing nothing can match (ClickHouse's early exit; an answer, not only a
 * shortcut, since a match consumes an event for every (?N)).
 */
static bool
SeqCondsPresent(const SeqPattern *pat, const SeqState *st)
{
	uint32		seen = 0;
	int64		i;

	if (pat->conds == 0)
		return true;
	for (i = 0; i < st->buf.n; i++)
	{
		seen |= st->buf.ev[i].mask;
		if ((seen & pat->conds) == pat->conds)
			return true;
	}
	return false;
}

/* _pgg_sequence_match_final(internal) returns boolean */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_sequence_match_final);
Datum
pgg_sequence_match_final(PG_FUNCTION_ARGS)
{
	SeqState   *st;
	const SeqPattern *pat;
	SeqMatcher	m;
	int32		end;
	bool		found;

	if (PG_ARGISNULL(0))
		PG_RETURN_BOOL(false);
	st = (SeqState *) PG_GETARG_POINTER(0);
	pat = SeqPrepare(fcinfo, st, "sequence_match");
	if (!SeqCondsPresent(pat, st))
		PG_RETURN_BOOL(false);
	SeqMatcherInit(&m, pat, st->buf.ev, st->buf.n);
	found = SeqSearch(&m, 0, &end);
	SeqMatcherFree(&m);
	PG_RETURN_BOOL(found);
}


/*
 * _pgg_sequence_count_final(internal) returns bigint: the number of
 * non-overlapping matches, as ClickHouse counts them: a search from the
 * first event; after a match the next search starts at the event after it
 * (one event further when the match consumed none, as '' and '.*' do); the
 * first search without a match ends the count.  The searches share the
 * visited pairs: a later search starts past every pair of the previous
 * match, so a pair visited before failed before.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_sequence_count_final);
Datum
pgg_sequence_count_final(PG_FUNCTION_ARGS)
{
	SeqState   *st;
	const SeqPattern *pat;
	SeqMatcher	m;
	int32		start = 0,
				end;
	int64		count = 0;

	if (PG_ARGISNULL(0))
		PG_RETURN_INT64(0);
	st = (SeqState *) PG_GETARG_POINTER(0);
	pat = SeqPrepare(fcinfo, st, "sequence_count");
	if (st->buf.n == 0 || !SeqCondsPresent(pat, st))
		PG_RETURN_INT64(0);
	SeqMatcherInit(&m, pat, st->buf.ev, st->buf.n);
	while (start < m.n && SeqSearch(&m, start, &end))
	{
		count++;
		start = end > start ? end : start + 1;
	}
	SeqMatcherFree(&m);
	PG_RETURN_INT64(count);
}

/*
 * The timestamps of the events the (?N) atoms of the first match consumed
 * (the match sequence_match finds, the first one sequence_count counts), as
 * an array of elemtype; empty when nothing matches (duckdb-behavioral's
 * sequence_match_events; ClickHouse's sequenceMatchEvents returns the longest
 * partial chain instead).
 */
static Datum
SeqEventsFinal(FunctionCallInfo fcinfo, Oid elemtype)
{
	SeqState   *st;
	const SeqPattern *pat;
	SeqMatcher	m;
	int32		end;
	Datum	   *out;
	int			k = 0;
	int			d;

	if (PG_ARGISNULL(0))
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(elemtype));
	st = (SeqState *) PG_GETARG_POINTER(0);
	pat = SeqPrepare(fcinfo, st, "sequence_match_events");
	if (!SeqCondsPresent(pat, st))
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(elemtype));
	SeqMatcherInit(&m, pat, st->buf.ev, st->buf.n);
	out = palloc(pat->natoms * sizeof(Datum));
	if (SeqSearch(&m, 0, &end))
	{
		/* the stack holds the matched path; a (?N) frame consumed its event */
		for (d = 0; d < m.depth; d++)
			if (pat->atoms[m.stack[d].a].kind == SEQ_COND)
				out[k++] = Int64GetDatum(m.ev[m.stack[d].p].ts);
	}
	SeqMatcherFree(&m);
	if (k == 0)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(elemtype));
	PG_RETURN_ARRAYTYPE_P(construct_array(out, k, elemtype, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/* _pgg_sequence_match_events_final(internal) returns timestamptz[] */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_sequence_match_events_final);
Datum
pgg_sequence_match_events_final(PG_FUNCTION_ARGS)
{
	return SeqEventsFinal(fcinfo, TIMESTAMPTZOID);
}

/* _pgg_sequence_match_events_ts_final(internal) returns timestamp[] */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_sequence_match_events_ts_final);
Datum
pgg_sequence_match_events_ts_final(PG_FUNCTION_ARGS)
{
	return SeqEventsFinal(fcinfo, TIMESTAMPOID);
}

/* ---- combine, serialize, deserialize ---------------------------------------- */

/*
 * _pgg_sequence_combine(internal, internal): b's events after a's (a copy in
 * the aggregate context when a is NULL).  The states must have the same
 * pattern and number of conditions.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_sequence_combine);
Datum
pgg_sequence_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggctx = pgg_agg_context(fcinfo, "_pgg_sequence_combine");
	SeqState   *a = PG_ARGISNULL(0) ? NULL : (SeqState *) PG_GETARG_POINTER(0);
	SeqState   *b = PG_ARGISNULL(1) ? NULL : (SeqState *) PG_GETARG_POINTER(1);

	if (b == NULL)
		return pgg_combine_first(fcinfo);
	SeqCheckState(b, "_pgg_sequence_combine");
	if (a == NULL)
		a = SeqNewState(aggctx, b->pattern, b->patlen, b->nconds, b->buf.n);
	else
	{
		SeqCheckState(a, "_pgg_sequence_combine");
		if (a->nconds != b->nconds || a->patlen != b->patlen ||
			memcmp(a->pattern, b->pattern, a->patlen) != 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s needs the same pattern and conditions on every row of a group",
							pgg_agg_name(fcinfo, "sequence_match")),
					 errdetail("One part has \"%s\" with %d conditions, another \"%s\" with %d.",
							   a->pattern, a->nconds, b->pattern, b->nconds)));
	}
	if (b->buf.n > 0)
	{
		pgg_evbuf_append(&a->buf, &b->buf);
		a->last_ts = a->buf.ev[a->buf.n - 1].ts;
		a->last_mask = a->buf.ev[a->buf.n - 1].mask;
	}
	PG_RETURN_POINTER(a);
}

/*
 * _pgg_sequence_serialize(internal) returns bytea: magic and version, the
 * number of conditions, the pattern, the number of events, then per event
 * the timestamp's difference from the previous one (zigzag varint) and the
 * condition mask (varint).  Reads the state without changing it.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_sequence_serialize);
Datum
pgg_sequence_serialize(PG_FUNCTION_ARGS)
{
	SeqState   *st = (SeqState *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	uint8		tmp[32];
	uint8	   *q;
	int64		prev = 0;
	int64		i;

	SeqCheckState(st, "_pgg_sequence_serialize");
	pgg_ser_begin(&buf, SEQ_SER_MAGIC, SEQ_SER_VERSION);
	q = pgg_put_varint(tmp, (uint64) st->nconds);
	q = pgg_put_varint(q, (uint64) st->patlen);
	appendBinaryStringInfo(&buf, (char *) tmp, q - tmp);
	appendBinaryStringInfo(&buf, st->pattern, st->patlen);
	q = pgg_put_varint(tmp, (uint64) st->buf.n);
	appendBinaryStringInfo(&buf, (char *) tmp, q - tmp);
	for (i = 0; i < st->buf.n; i++)
	{
		const PggEvent *e = &st->buf.ev[i];
		int64		d = (int64) ((uint64) e->ts - (uint64) prev);
		uint64		zz = ((uint64) d << 1) ^ (uint64) (d >> 63);

		if ((i & PGG_CFI_MASK) == PGG_CFI_MASK)
			CHECK_FOR_INTERRUPTS();
		q = pgg_put_varint(tmp, zz);
		q = pgg_put_varint(q, e->mask);
		appendBinaryStringInfo(&buf, (char *) tmp, q - tmp);
		prev = e->ts;
	}
	PG_RETURN_BYTEA_P(pgg_ser_end(&buf));
}

static void
SeqCorrupt(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid sequence_match state"),
			 errdetail("%s", detail)));
}

/*
 * _pgg_sequence_deserialize(bytea, internal) returns internal: a state in
 * the current memory context (the combine function copies it).  Everything
 * is checked: the condition count (1 to 32), the pattern (it must parse for
 * that count), each mask (not zero, no bit beyond the conditions), each
 * timestamp (finite and in range), and the length.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_sequence_deserialize);
Datum
pgg_sequence_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	const uint8 *p,
			   *end;
	uint64		nconds,
				patlen,
				n,
				i;
	SeqState   *st;
	SeqPattern *pat;
	SeqParseError err;
	int64		prev = 0;
	int64		last_ts = 0;
	uint32		last_mask = 0;

	pgg_agg_context(fcinfo, "_pgg_sequence_deserialize");
	pgg_deser_begin(&buf, b, SEQ_SER_MAGIC, SEQ_SER_VERSION, "sequence_match");
	p = (const uint8 *) buf.data + buf.cursor;
	end = (const uint8 *) buf.data + buf.len;
	p = pgg_get_varint(p, end, &nconds);
	if (p == NULL || nconds < 1 || nconds > PGG_MAX_STEPS)
		SeqCorrupt("The number of conditions is missing or not between 1 and 32.");
	p = pgg_get_varint(p, end, &patlen);
	if (p == NULL || patlen > (uint64) (end - p) || patlen > MaxAllocSize / 2)
		SeqCorrupt("The pattern is longer than the state.");
	pat = palloc(offsetof(SeqPattern, atoms) + (patlen + 2) * sizeof(SeqAtom));
	if (memchr(p, '\0', patlen) != NULL ||
		!SeqParse((const char *) p, (int) patlen, (int) nconds, pat, &err))
		SeqCorrupt("The pattern does not parse.");
	pfree(pat);
	st = SeqNewState(CurrentMemoryContext, (const char *) p, (int) patlen, (int) nconds, 8);
	p += patlen;
	p = pgg_get_varint(p, end, &n);
	if (p == NULL || n > (uint64) (end - p) / 2)
		SeqCorrupt("The number of events does not fit the state.");
	pgg_evbuf_reserve(&st->buf, (int64) n);
	for (i = 0; i < n; i++)
	{
		uint64		zz,
					mask;
		int64		ts;

		if ((i & PGG_CFI_MASK) == PGG_CFI_MASK)
			CHECK_FOR_INTERRUPTS();
		p = pgg_get_varint(p, end, &zz);
		if (p != NULL)
			p = pgg_get_varint(p, end, &mask);
		if (p == NULL)
			SeqCorrupt("An event is truncated.");
		ts = (int64) ((uint64) prev + ((zz >> 1) ^ (~(zz & 1) + 1)));
		if (mask == 0 || (nconds < 32 && (mask >> nconds) != 0) || mask > PG_UINT32_MAX)
			SeqCorrupt("An event has an invalid condition mask.");
		if (TIMESTAMP_NOT_FINITE(ts) || !IS_VALID_TIMESTAMP(ts))
			SeqCorrupt("An event has an invalid timestamp.");
		pgg_evbuf_push(&st->buf, &last_ts, &last_mask, ts, (uint32) mask, 0);
		prev = ts;
	}
	if (p != end)
		SeqCorrupt("The state has bytes after its last event.");
	st->last_ts = last_ts;
	st->last_mask = last_mask;
	PG_RETURN_POINTER(st);
}
