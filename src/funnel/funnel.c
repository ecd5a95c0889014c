/*-------------------------------------------------------------------------
 *
 * funnel.c
 *	  Funnel conversion: window_funnel (ClickHouse windowFunnel semantics
 *	  plus exact strict modes, any_order and exclusions), the step-times
 *	  and step-value variants, and funnel_counts (one pass over all actors).
 *
 * Design (see doc/funnel.md for the semantics):
 *
 *	- The per-actor state is an "event run": one varint-coded (timestamp
 *	  delta, condition mask) pair per row that matches some condition, 5 or
 *	  6 bytes in a time-ordered log (rows matching none are stored, with
 *	  mask 0, only under strict_order, where they break chains).  The run
 *	  is also the serialized form.  The final functions decode it into a
 *	  PggEventBuffer, sorted only when rows came out of order.
 *	  window_funnel_value keeps 16-byte PggEvents and the values.
 *	- The final function computes the deepest level over all chains:
 *	  * default mode: an O(n * steps) dynamic program that keeps, for each
 *		level, the latest start of a chain reaching it (a later start
 *		dominates an earlier one at the same level); rows sharing a
 *		timestamp are ORed together, which is exactly ClickHouse's
 *		(timestamp, condition) order;
 *	  * strict modes, exclusions, step times and values: an explicit chain
 *		engine that walks the time groups and keeps candidate chains
 *		(start, level, last step, rows used in the current group); at the
 *		end of every time group candidates are pruned to the latest start
 *		per level, so it is O(n * steps) too (with an exclusion the pruned
 *		chains are absorbed by the one that dominates them; only the path
 *		functions keep every chain then), and strict_once with several rows
 *		sharing one timestamp forks candidates over which row fills which
 *		step, to stay exact;
 *	  * any_order: a sliding window over the sorted rows.
 *	- In the default mode a window_funnel state also carries the steps it
 *	  holds and a level its events reach, computed online while rows come in
 *	  time order (see "levels carried by the parts"): the final function
 *	  decodes only when that level is below the prefix of steps present, and
 *	  a state that reaches the last step keeps no events.
 *	- funnel_counts with integer actors appends rows to 256 hash partitions
 *	  and groups them one partition at a time (see "funnel_counts, integer
 *	  actors"); other actor types keep an open-addressing hash table of
 *	  actors inside one state (the type's hash and equality functions,
 *	  looked up once), each actor with its own event run.  Rows matching no
 *	  step are not stored.
 *	- States serialize as versioned, byte-order independent bytea; actor keys
 *	  and step values travel through their type's send/recv functions.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "core/args.h"
#include "core/codec.h"
#include "core/evbuf.h"

#include "catalog/pg_aggregate.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "executor/nodeHash.h"
#include "miscadmin.h"
#include "nodes/execnodes.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/syscache.h"
#include "utils/typcache.h"

/* ---- modes ------------------------------------------------------------- */

#define FM_STRICT_ORDER		0x01
#define FM_STRICT_DEDUP		0x02
#define FM_STRICT_INCREASE	0x04
#define FM_STRICT_ONCE		0x08
#define FM_ALLOW_REENTRY	0x10
#define FM_ANY_ORDER		0x20
#define FM_EXCLUDE			0x40
#define FM_ALL				0x7F

/* the configuration of one funnel call (same on every row of a group) */
typedef struct FunnelConfig
{
	int64		window;			/* microseconds, > 0 */
	uint32		modes;			/* FM_* */
	int			nconds;			/* condition arguments (steps + exclusion) */
	int			nsteps;			/* steps of the funnel */
	int			excl_from;		/* exclusion voids chains between these */
	int			excl_to;		/* steps (1-based), FM_EXCLUDE only */
} FunnelConfig;

/* the per-actor state of window_funnel and its variants */
typedef struct FunnelState
{
	uint8		kind;			/* FUNNEL_KIND_FULL (see FunnelLean) */
	/* the fields the per-row path touches come first (one cache line) */
	PggEventBuffer buf;
	int64		last_ts;		/* the last event added by FunnelAdd */
	uint32		last_mask;
	int			at_step;		/* window_funnel_value: step to read */
	FunnelConfig cfg;
	/* window_funnel_value: the values of the stored rows (aux indexes) */
	Oid			valtype;
	int16		vallen;
	bool		valbyval;
	bool		adoptable;		/* made by deserialize in the aggregate context */
	int64		nvals;
	int64		capvals;
	Datum	   *vals;
	bool	   *valnull;
} FunnelState;

/* 120 bytes: a 128-byte allocation chunk per actor */
StaticAssertDecl(sizeof(FunnelState) <= 128, "FunnelState grew beyond 128 bytes");

/* hash slots of the event-name form (twice the most steps) */
#define NAMED_SLOTS 64

/* per call-site cache, in fn_extra */
typedef struct FunnelCache
{
	/*
	 * nconds must stay the first member: for an explicit VARIADIC array the
	 * shared pgg_bool_args_mask() reads fn_extra as an int (-1 = array).
	 */
	int			nconds;			/* -1: explicit VARIADIC array */
	int			first;			/* position of the first condition */
	const char *fname;			/* the aggregate, for messages */
	char		winwhat[32];	/* "<fname> window" */
	bool		has_mode;
	/* last mode string parsed, to skip parsing when it repeats */
	char	   *mode_str;
	int			mode_len;
	uint32		mode_bits;
	int			excl_from;
	int			excl_to;
	/* window, mode and condition count are constants (see FunnelStable) */
	bool		stable_known;
	bool		stable;
	/* window_funnel: the aggregate needs only the level (see LeanLevelsOnly) */
	bool		levels_known;
	bool		levels_only;
	/* last interval converted */
	Interval	win_iv;
	int64		win_usec;
	bool		win_valid;
	/* funnel_counts: actor type information */
	Oid			actor_type;
	/* event-name form: (event text, steps text[]) instead of conditions */
	bool		named;
	int			nnames;
	char	   *names_copy;		/* the steps array as last seen */
	int			names_size;
	struct
	{
		uint32		hash;
		uint32		mask;		/* 0: empty slot */
		int			len;
		char	   *name;
	}			slots[NAMED_SLOTS];
} FunnelCache;

#define FUNNEL_MAGIC		0x50474657	/* "PGFW" */
#define FUNNEL_COUNTS_MAGIC 0x50474643	/* "PGFC" */
#define FUNNEL_LEAN_MAGIC	0x5047464C	/* "PGFL": a lean window_funnel state */
#define FUNNEL_SER_VERSION	3

/* the first byte of a window_funnel state says which struct it is */
#define FUNNEL_KIND_FULL	1	/* FunnelState: 16-byte events and values */
#define FUNNEL_KIND_LEAN	2	/* FunnelLean: compact event run */
#define FUNNEL_KIND_VIEW	3	/* FunnelLean made by deserialize: a view of the bytes */

/* ---- configuration ------------------------------------------------------- */

/* Parse a comma-separated mode list into FM_* bits. */
static uint32
FunnelParseModes(const char *s, int len, int *excl_from, int *excl_to, const char *fname)
{
	uint32		bits = 0;
	int			i = 0;

	*excl_from = *excl_to = 0;
	while (i < len)
	{
		int			b,
					e;
		char		tok[64];
		int			tl;

		while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
			i++;
		b = i;
		while (i < len && s[i] != ',')
			i++;
		e = i;
		i++;					/* skip the comma */
		while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n'))
			e--;
		tl = e - b;
		if (tl == 0)
			continue;
		if (tl >= (int) sizeof(tok))
			tl = sizeof(tok) - 1;
		memcpy(tok, s + b, tl);
		tok[tl] = '\0';
		if (pg_strcasecmp(tok, "default") == 0)
			continue;
		else if (pg_strcasecmp(tok, "strict_order") == 0)
			bits |= FM_STRICT_ORDER;
		else if (pg_strcasecmp(tok, "strict_deduplication") == 0)
			bits |= FM_STRICT_DEDUP;
		else if (pg_strcasecmp(tok, "strict_increase") == 0)
			bits |= FM_STRICT_INCREASE;
		else if (pg_strcasecmp(tok, "strict_once") == 0)
			bits |= FM_STRICT_ONCE;
		else if (pg_strcasecmp(tok, "allow_reentry") == 0)
			bits |= FM_ALLOW_REENTRY;
		else if (pg_strcasecmp(tok, "any_order") == 0)
			bits |= FM_ANY_ORDER;
		else if (pg_strcasecmp(tok, "strict") == 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s mode \"strict\" is not supported", fname),
					 errhint("ClickHouse renamed it strict_deduplication; use that name.")));
		else if (pg_strncasecmp(tok, "exclude=", 8) == 0)
		{
			int			f,
						t;
			char		extra;

			if (sscanf(tok + 8, "%d:%d%c", &f, &t, &extra) != 2)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("invalid %s exclusion \"%s\"", fname, tok),
						 errhint("Write exclude=FROM:TO with two step numbers, such as exclude=1:3.")));
			bits |= FM_EXCLUDE;
			*excl_from = f;
			*excl_to = t;
		}
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unknown %s mode \"%s\"", fname, tok),
					 errhint("Valid modes are strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=FROM:TO and default, separated by commas.")));
	}
	if ((bits & FM_ALLOW_REENTRY) && !(bits & FM_STRICT_ORDER))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s mode allow_reentry requires strict_order", fname),
				 errhint("Write 'strict_order, allow_reentry'.")));
	if ((bits & FM_ANY_ORDER) && (bits & ~FM_ANY_ORDER))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s mode any_order cannot be combined with other modes", fname),
				 errdetail("The strict modes and exclusions are defined on ordered chains.")));
	return bits;
}

/* Check the combination of modes with the number of conditions. */
static void
FunnelFinishConfig(FunnelConfig *cfg, const char *fname)
{
	cfg->nsteps = cfg->nconds;
	if (cfg->modes & FM_EXCLUDE)
	{
		cfg->nsteps = cfg->nconds - 1;
		if (cfg->nsteps < 2 || cfg->excl_from < 1 || cfg->excl_to <= cfg->excl_from ||
			cfg->excl_to > cfg->nsteps)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s exclusion steps %d:%d are out of range",
							fname, cfg->excl_from, cfg->excl_to),
					 errdetail("With exclude=FROM:TO the last condition is the exclusion and the %d conditions before it are the steps; FROM and TO must satisfy 1 <= FROM < TO <= number of steps.",
							   cfg->nsteps)));
	}
}

/* Convert the window argument, with a one-entry cache. */
static int64
FunnelWindow(FunctionCallInfo fcinfo, FunnelCache *c, int argno)
{
	Interval   *iv;

	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s window must not be NULL", c->fname),
				 errhint("Pass an interval such as '1 day'.")));
	iv = PG_GETARG_INTERVAL_P(argno);
	if (c->win_valid && iv->time == c->win_iv.time && iv->day == c->win_iv.day &&
		iv->month == c->win_iv.month)
		return c->win_usec;
	c->win_usec = pgg_interval_usec(iv, c->winwhat);
	c->win_iv = *iv;
	c->win_valid = true;
	return c->win_usec;
}

/* Parse the mode argument, with a one-entry cache. */
static uint32
FunnelMode(FunctionCallInfo fcinfo, FunnelCache *c, int argno)
{
	text	   *t;
	char	   *s;
	int			len;

	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s mode must not be NULL", c->fname),
				 errhint("Pass '' or 'default' for the default mode.")));
	t = PG_GETARG_TEXT_PP(argno);
	s = VARDATA_ANY(t);
	len = VARSIZE_ANY_EXHDR(t);
	if (c->mode_str != NULL && len == c->mode_len && memcmp(s, c->mode_str, len) == 0)
		return c->mode_bits;
	c->mode_bits = FunnelParseModes(s, len, &c->excl_from, &c->excl_to, c->fname);
	if (c->mode_str)
		pfree(c->mode_str);
	c->mode_str = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, len + 1);
	memcpy(c->mode_str, s, len);
	c->mode_len = len;
	return c->mode_bits;
}

/* The call-site cache; checks the condition arguments once. */
static FunnelCache *
FunnelGetCache(FunctionCallInfo fcinfo, int first, bool has_mode, const char *fname)
{
	FunnelCache *c = fcinfo->flinfo->fn_extra;

	if (c == NULL)
	{
		c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(FunnelCache));
		c->first = first;
		c->fname = fname;
		snprintf(c->winwhat, sizeof(c->winwhat), "%s window", fname);
		c->has_mode = has_mode;
		/* the event-name form: exactly (event text, steps text[]) */
		if (PG_NARGS() == first + 2 &&
			get_fn_expr_argtype(fcinfo->flinfo, first) == TEXTOID &&
			get_fn_expr_argtype(fcinfo->flinfo, first + 1) == TEXTARRAYOID &&
			!get_fn_expr_variadic(fcinfo->flinfo))
			c->named = true;
		else
			c->nconds = pgg_check_bool_args(fcinfo, first, PGG_MAX_STEPS, fname);
		fcinfo->flinfo->fn_extra = c;
	}
	return c;
}

/* (Re)build the step-name hash table from a steps array. */
static void
FunnelBuildNames(FunctionCallInfo fcinfo, FunnelCache *c, ArrayType *arr, const char *fname)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n,
				i;

	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("the step names of %s must be a one-dimensional array", fname)));
	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	if (n < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s needs at least one step name", fname)));
	if (n > PGG_MAX_STEPS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s takes at most %d conditions, got %d", fname, PGG_MAX_STEPS, n)));
	memset(c->slots, 0, sizeof(c->slots));
	for (i = 0; i < n; i++)
	{
		text	   *t;
		char	   *d;
		int			len;
		uint32		h;
		int			j;

		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("step name %d of %s is NULL", i + 1, fname)));
		t = DatumGetTextPP(elems[i]);
		d = VARDATA_ANY(t);
		len = VARSIZE_ANY_EXHDR(t);
		h = hash_bytes((const unsigned char *) d, len);
		for (j = h % NAMED_SLOTS;; j = (j + 1) % NAMED_SLOTS)
		{
			if (c->slots[j].mask == 0)
			{
				c->slots[j].hash = h;
				c->slots[j].len = len;
				c->slots[j].name = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, Max(len, 1));
				memcpy(c->slots[j].name, d, len);
				c->slots[j].mask = ((uint32) 1) << i;
				break;
			}
			if (c->slots[j].hash == h && c->slots[j].len == len &&
				memcmp(c->slots[j].name, d, len) == 0)
			{
				c->slots[j].mask |= ((uint32) 1) << i;	/* a name used by several steps */
				break;
			}
		}
	}
	c->nnames = n;
	if (c->names_copy)
		pfree(c->names_copy);
	c->names_size = VARSIZE(arr);
	c->names_copy = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, c->names_size);
	memcpy(c->names_copy, arr, c->names_size);
}

/* The condition mask of the event-name form: one hash probe per row. */
static uint32
FunnelNamedMask(FunctionCallInfo fcinfo, FunnelCache *c, const char *fname, int *nconds)
{
	ArrayType  *arr;
	text	   *t;
	char	   *d;
	int			len;
	uint32		h;
	int			j;

	if (PG_ARGISNULL(c->first + 1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("the step names of %s must not be NULL", fname)));
	arr = PG_GETARG_ARRAYTYPE_P(c->first + 1);
	if (c->names_copy == NULL || (int) VARSIZE(arr) != c->names_size ||
		memcmp(arr, c->names_copy, c->names_size) != 0)
		FunnelBuildNames(fcinfo, c, arr, fname);
	*nconds = c->nnames;
	if (PG_ARGISNULL(c->first))
		return 0;
	t = PG_GETARG_TEXT_PP(c->first);
	d = VARDATA_ANY(t);
	len = VARSIZE_ANY_EXHDR(t);
	h = hash_bytes((const unsigned char *) d, len);
	for (j = h % NAMED_SLOTS; c->slots[j].mask != 0; j = (j + 1) % NAMED_SLOTS)
		if (c->slots[j].hash == h && c->slots[j].len == len &&
			memcmp(c->slots[j].name, d, len) == 0)
			return c->slots[j].mask;
	return 0;
}

/* The condition mask of the current row and the number of conditions. */
static inline uint32
FunnelRowMask(FunctionCallInfo fcinfo, FunnelCache *c, const char *fname, int *nconds)
{
	uint32		mask = 0;
	int			i;

	if (likely(c->nconds > 0))
	{
		int			first = c->first;
		int			n = c->nconds;

		for (i = 0; i < n; i++)
		{
			NullableDatum *a = &fcinfo->args[first + i];

			if (!a->isnull && DatumGetBool(a->value))
				mask |= ((uint32) 1) << i;
		}
		*nconds = n;
		return mask;
	}
	if (c->named)
		return FunnelNamedMask(fcinfo, c, fname, nconds);
	return pgg_bool_args_mask(fcinfo, c->first, PGG_MAX_STEPS, fname, nconds);
}

/* Build the configuration of the current row. */
static void
FunnelRowConfig(FunctionCallInfo fcinfo, FunnelCache *c, int winarg, int nconds,
				FunnelConfig *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->window = FunnelWindow(fcinfo, c, winarg);
	cfg->nconds = nconds;
	if (c->has_mode)
	{
		cfg->modes = FunnelMode(fcinfo, c, winarg + 1);
		cfg->excl_from = c->excl_from;
		cfg->excl_to = c->excl_to;
	}
	FunnelFinishConfig(cfg, c->fname);
}

/*
 * Whether aggregate argument argno (as numbered for the transition function,
 * the state being 0) is a constant or an external parameter in the query.
 * The transition call's own expression has executor Params for arguments,
 * so look at the Aggref.
 */
static bool
FunnelArgIsConst(FunctionCallInfo fcinfo, int argno)
{
	Aggref	   *ag = AggGetAggref(fcinfo);
	TargetEntry *te;

	if (ag == NULL || argno < 1 || argno > list_length(ag->args))
		return false;
	te = (TargetEntry *) list_nth(ag->args, argno - 1);
	return IsA(te->expr, Const) ||
		(IsA(te->expr, Param) && ((Param *) te->expr)->paramkind == PARAM_EXTERN);
}

/*
 * Whether every row of this call site has the same configuration: the
 * window and the mode are constants (or external parameters) and the number
 * of conditions is fixed by the call.  Then the per-row path skips the
 * configuration check and, for rows that are not stored, does not even
 * touch the actor's state (a cache miss per row saved).
 */
static inline bool
FunnelStable(FunctionCallInfo fcinfo, FunnelCache *c, int winarg)
{
	if (unlikely(!c->stable_known))
	{
		c->stable = (c->nconds > 0 || (c->named && FunnelArgIsConst(fcinfo, c->first + 1))) &&
			FunnelArgIsConst(fcinfo, winarg) &&
			(!c->has_mode || FunnelArgIsConst(fcinfo, winarg + 1));
		c->stable_known = true;
	}
	return c->stable;
}

/* Raise an error when two rows of one group disagree on the configuration. */
static void
FunnelSameConfig(const FunnelConfig *a, const FunnelConfig *b, const char *fname)
{
	if (a->nconds != b->nconds)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("%s got %d conditions on one row and %d on another",
						fname, a->nconds, b->nconds),
				 errhint("Pass the same number of conditions on every row.")));
	if (a->window != b->window || a->modes != b->modes ||
		a->excl_from != b->excl_from || a->excl_to != b->excl_to)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s window and mode must be the same on every row of a group", fname)));
}

/* Validate a configuration read from a serialized state. */
static void
FunnelCheckConfig(const FunnelConfig *cfg)
{
	if (cfg->window <= 0 || cfg->nconds < 1 || cfg->nconds > PGG_MAX_STEPS ||
		(cfg->modes & ~FM_ALL) != 0 ||
		((cfg->modes & FM_ALLOW_REENTRY) && !(cfg->modes & FM_STRICT_ORDER)) ||
		((cfg->modes & FM_ANY_ORDER) && (cfg->modes & ~FM_ANY_ORDER)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid window_funnel state"),
				 errdetail("The serialized configuration is out of range.")));
}

/* Which stored rows matter: those matching a step (or any row in strict_order). */
static inline bool
FunnelKeepRow(const FunnelConfig *cfg, uint32 mask)
{
	return mask != 0 || (cfg->modes & FM_STRICT_ORDER);
}

/* ---- the level computation ---------------------------------------------- */

/* the chain chosen for step times and values */
typedef struct FunnelPath
{
	int			level;
	int64		start;
	int64		last;
	int64		ev[PGG_MAX_STEPS];	/* event index of each step */
} FunnelPath;

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
	int64		ev[PGG_MAX_STEPS];
} FunnelCand;

typedef struct FunnelEngine
{
	const FunnelConfig *cfg;
	const PggEvent *ev;
	int			level;			/* deepest confirmed level */
	FunnelPath *best;			/* NULL unless the path is wanted */
	FunnelCand *cand;
	int			ncand;
	int			capcand;
} FunnelEngine;

/* unsigned distance b - a for a <= b (exact over the whole int64 range) */
static inline uint64
TsDist(int64 a, int64 b)
{
	return (uint64) b - (uint64) a;
}

/*
 * The longest prefix of steps 1, 2, ... present in a mask of conditions (at
 * most nsteps): a bound on the level in the default mode, which is reached
 * exactly when it is 0 or 1 (any step-1 event is a chain of one).
 */
static inline int
StepPrefix(uint32 steps, int nsteps)
{
	int			k = (~steps == 0) ? 32 : pg_rightmost_one_pos32(~steps);

	return Min(k, nsteps);
}

/*
 * One step of the default mode's dynamic program: apply the time group
 * (t, m), the OR of the conditions of the rows at timestamp t, to the slots
 * (slot c, 8 bytes, unaligned: the latest start of a chain reaching step
 * c + 1; a later start dominates an earlier one at the same level) and has
 * (which slots are set); returns the new level.  Shared by the final
 * function and the online level of window_funnel's transition.
 */
static inline int
FunnelDpStep(uint8 *slots, uint32 *has, int level, int nsteps, uint64 window, int64 t, uint32 m)
{
	if (m & 1)
	{
		memcpy(slots, &t, 8);
		*has |= 1;
		level = Max(level, 1);
		m &= ~(uint32) 1;
	}
	while (m)
	{
		int			c = pg_rightmost_one_pos32(m);
		int64		b;

		m &= m - 1;
		if (c >= nsteps || !(*has & ((uint32) 1 << (c - 1))))
			continue;
		memcpy(&b, slots + 8 * (c - 1), 8);
		if (TsDist(b, t) <= window)
		{
			if (c < nsteps - 1)
			{
				memcpy(slots + 8 * c, &b, 8);
				*has |= (uint32) 1 << c;
			}
			level = Max(level, c + 1);
		}
	}
	return level;
}

/*
 * Default mode: the O(n * steps) dynamic program over time groups.  It stops
 * as soon as a chain reaches bound (nsteps, or a smaller known bound on the
 * level such as StepPrefix).
 */
static int
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
		FunnelConfirm(e, c);
}

/*
 * Remove dead candidates and dominated ones: at the end of a time group, all
 * but the latest start per level (a later start at the same level does all
 * an earlier one can); within a group (strict_once forks) only those
 * dominated in rows used too.
 *
 * With an exclusion a dominated chain A may still matter: if no exclusion
 * comes before its window ends, its level counts even when the dominating
 * chain B is voided later.  Until its window ends, A is in exactly B's state
 * (same level, same entries seen), so B absorbs A: it remembers the earliest
 * window end of the chains it absorbed, and its level is confirmed when that
 * time passes.  When the step path is wanted every chain is kept instead.
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

	if (excl && !absorb)
	{
		/* keep every chain; drop exact duplicates only */
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
	for (i = 0; i < e->ncand; i++)
	{
		if (e->cand[i].dead)
			continue;
		if (k != i)
			e->cand[k] = e->cand[i];
		k++;
	}
	e->ncand = k;
}

/*
 * The chain engine: exact over all chains for every ordered mode, with
 * exclusions, and with the chosen path.  ev must be sorted by timestamp.
 */
static int
FunnelLevelEngine(const FunnelConfig *cfg, const PggEvent *ev, int64 n, FunnelPath *path)
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
					 errmsg("window_funnel strict_once supports at most 64 rows sharing one timestamp in one group"),
					 errdetail("%lld rows share the timestamp.", (long long) (g1 - g0)),
					 errhint("Add strict_increase, or make the timestamps distinct.")));

		/* expired chains cannot move any more: their level is final */
		for (i = 0; i < e.ncand; i++)
		{
			FunnelCand *a = &e.cand[i];

			a->used = 0;
			if (!a->dead && TsDist(a->start, t) > w)
				FunnelEnd(&e, a);
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

		/* an exclusion voids every open chain that has reached FROM */
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
		 * strict_order: once step 1 has been seen, a row matching no step
		 * ends the scan (ClickHouse: "stops finding at the D").
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

		/* the step entries of the group, in condition order */
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
		FunnelPrune(&e, true);
		g0 = g1;
	}
	/* the open chains end with the data */
	for (i = 0; i < e.ncand; i++)
		FunnelEnd(&e, &e.cand[i]);
	pfree(e.cand);
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

/* (ts, mask, aux) order of two events */
static inline bool
EventLess(const PggEvent *a, const PggEvent *b)
{
	if (a->ts != b->ts)
		return a->ts < b->ts;
	if (a->mask != b->mask)
		return a->mask < b->mask;
	return a->aux < b->aux;
}

/*
 * Sort an event buffer.  Rows usually come as a few sorted runs: one when the
 * table is an append-only log, two when a synchronized scan started in the
 * middle of the table, one per process after a parallel plan combined its
 * partial states.  Up to 16 runs are merged pairwise in linear passes
 * (natural merge sort); anything more shuffled goes to qsort.
 */
#define SORT_TMP_KEEP 4096			/* events: 64 kB */

static void
FunnelSort(PggEventBuffer *buf)
{
	int64		n = buf->n;
	int64		starts[17];
	int			nruns = 1;
	int64		i;
	PggEvent   *src = buf->ev;
	PggEvent   *dst;
	PggEvent   *tmp;

	if (buf->sorted)
		return;
	starts[0] = 0;
	for (i = 1; i < n; i++)
	{
		if (EventLess(&src[i], &src[i - 1]))
		{
			if (nruns == 16)
			{
				pgg_evbuf_sort(buf);	/* too many runs */
				return;
			}
			starts[nruns++] = i;
		}
	}
	if (nruns == 1)
	{
		buf->sorted = true;
		return;
	}
	CHECK_FOR_INTERRUPTS();
	if (n <= SORT_TMP_KEEP)
	{
		/* a small merge buffer kept for the session: no allocation per actor */
		static PggEvent *keep = NULL;

		if (keep == NULL)
			keep = MemoryContextAlloc(TopMemoryContext, SORT_TMP_KEEP * sizeof(PggEvent));
		tmp = keep;
	}
	else
		tmp = palloc_extended(n * sizeof(PggEvent), MCXT_ALLOC_HUGE);
	dst = tmp;
	while (nruns > 1)
	{
		int			r,
					k = 0;

		starts[nruns] = n;
		for (r = 0; r < nruns; r += 2)
		{
			int64		a = starts[r],
						ae = starts[r + 1],
						b = ae,
						be = (r + 2 <= nruns) ? starts[Min(r + 2, nruns)] : n,
						o = a;

			if (r + 1 >= nruns)
			{
				/* an odd run out: copy it */
				memcpy(dst + a, src + a, (n - a) * sizeof(PggEvent));
				starts[k++] = a;
				break;
			}
			while (a < ae && b < be)
				dst[o++] = EventLess(&src[b], &src[a]) ? src[b++] : src[a++];
			while (a < ae)
				dst[o++] = src[a++];
			while (b < be)
				dst[o++] = src[b++];
			starts[k++] = starts[r];
		}
		nruns = k;
		/* swap the roles of the arrays */
		{
			PggEvent   *t = src;

			src = dst;
			dst = t;
		}
	}
	if (src != buf->ev)
		memcpy(buf->ev, src, n * sizeof(PggEvent));
	if (n > SORT_TMP_KEEP)
		pfree(tmp);
	buf->sorted = true;
}

/* Append the events of src to dst (in dst's memory context), one copy. */
static void
FunnelAppendBuf(PggEventBuffer *dst, const PggEventBuffer *src)
{
	if (src->n == 0)
		return;
	if (dst->n + src->n > dst->cap)
	{
		int64		newcap = Max(dst->n + src->n, 4);

		if ((Size) newcap * sizeof(PggEvent) > MaxAllocHugeSize)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many events for one group: %lld", (long long) newcap)));
		dst->ev = dst->ev ? repalloc_huge(dst->ev, newcap * sizeof(PggEvent))
			: palloc_extended(newcap * sizeof(PggEvent), MCXT_ALLOC_HUGE);
		dst->cap = newcap;
	}
	dst->sorted = dst->sorted && src->sorted &&
		(dst->n == 0 || !EventLess(&src->ev[0], &dst->ev[dst->n - 1]));
	memcpy(dst->ev + dst->n, src->ev, src->n * sizeof(PggEvent));
	dst->n += src->n;
}

/* The deepest level of a (sorted) event buffer, optionally with the path. */
static int
FunnelLevel(const FunnelConfig *cfg, PggEventBuffer *buf, FunnelPath *path)
{
	if (buf->n == 0)
	{
		if (path)
			memset(path, 0, sizeof(*path));
		return 0;
	}
	FunnelSort(buf);
	if (cfg->modes & FM_ANY_ORDER)
		return FunnelLevelAnyOrder(cfg, buf->ev, buf->n, path);
	if (cfg->modes == 0 && path == NULL)
		return FunnelLevelDefault(cfg, buf->ev, buf->n, cfg->nsteps);
	return FunnelLevelEngine(cfg, buf->ev, buf->n, path);
}

/*
 * Append an event on the per-row path (the caller runs in the aggregate
 * memory context).  The previous event is kept beside the buffer header, so
 * that the sortedness check does not load the tail of the array: with one
 * state per actor the array is rarely in cache, and a store does not stall
 * like a load.
 */
static inline void
FunnelAdd(PggEventBuffer *buf, int64 *last_ts, uint32 *last_mask,
		  int64 ts, uint32 mask, uint32 aux)
{
	PggEvent   *e;

	if (unlikely(buf->n >= buf->cap))
	{
		int64		newcap = Max(buf->cap * 2, 4);

		if ((Size) newcap * sizeof(PggEvent) > MaxAllocHugeSize)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many events for one group: %lld", (long long) buf->n + 1)));
		buf->ev = buf->ev ? repalloc_huge(buf->ev, newcap * sizeof(PggEvent))
			: palloc(newcap * sizeof(PggEvent));
		buf->cap = newcap;
	}
	if (buf->n > 0 && buf->sorted &&
		(*last_ts > ts || (*last_ts == ts && *last_mask > mask)))
		buf->sorted = false;
	e = &buf->ev[buf->n++];
	e->ts = ts;
	e->mask = mask;
	e->aux = aux;
	*last_ts = ts;
	*last_mask = mask;
}

/* ---- compact event runs ---------------------------------------------------- */

/*
 * window_funnel, window_funnel_times and funnel_counts keep an actor's events
 * as a byte string, an "event run": per event the zigzag varint of the
 * difference between its timestamp and the previous event's (the first event
 * against 0; differences are taken modulo 2^64, so any two finite timestamps
 * round-trip), then the varint of its condition mask.  Rows of one actor
 * mostly come in time order, so an event takes 5 or 6 bytes instead of 16,
 * states stay small, and the same bytes are the serialized form (varints are
 * byte-order free).
 *
 * Combining two runs is a copy: the second run is appended after a reset
 * marker (a delta of 0 with the mask 2^32, which no event has), after which
 * timestamps count from 0 again.  The final functions decode a run into a
 * PggEventBuffer, checking every byte (so a serialized state is checked once,
 * when it is used) and noting whether the events came in order, and run the
 * engines on it.
 */
#define EVRUN_MAX_EVENT 15		/* 10 bytes of timestamp, 5 of mask */
#define EVRUN_RESET_MASK (((uint64) 1) << 32)
#define EVRUN_RESET_LEN 6
static const uint8 EvResetMarker[EVRUN_RESET_LEN] = {0x00, 0x80, 0x80, 0x80, 0x80, 0x10};

/* room to reserve before adding one event (a reset marker may precede it) */
#define EVRUN_MAX_ADD (EVRUN_MAX_EVENT + EVRUN_RESET_LEN)

/* the largest event run of one actor (serialized in one bytea) */
#define EVRUN_MAX_BYTES ((uint32) (MaxAllocSize / 2))

/* Encode (ts, mask) after an event at prev. */
static inline uint8 *
EvPut(uint8 *p, int64 prev, int64 ts, uint32 mask)
{
	uint64		d = (uint64) ts - (uint64) prev;

	p = pgg_put_varint(p, (d << 1) ^ (uint64) ((int64) d >> 63));
	return pgg_put_varint(p, mask);
}

static pg_noinline void
EvCorrupt(const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid %s state", what),
			 errdetail("The event data is malformed.")));
}

static pg_noinline void
EvTooLarge(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("too many events for one funnel actor"),
			 errdetail("The events of one actor are limited to %u bytes (about 80 million rows matching a step).",
					   EVRUN_MAX_BYTES)));
}

/*
 * Decode a run of n events (reset markers not counted) into ev[0 .. n-1].
 * Every byte is checked: well-formed varints, finite timestamps, no
 * condition bit beyond nconds, exactly n events.  Returns whether the events
 * are in (ts, mask) order.
 */
static bool
EvDecodeInto(const uint8 *data, uint32 len, uint32 n, int nconds, PggEvent *ev,
			 const char *what)
{
	const uint8 *p = data,
			   *end = data + len;
	int64		ts = 0;
	uint64		maxmask = nconds >= 32 ? PG_UINT32_MAX : (((uint64) 1) << nconds) - 1;
	uint32		i = 0;
	bool		sorted = true;

	while (p < end)
	{
		uint64		z,
					m;

		p = pgg_get_varint(p, end, &z);
		if (likely(p != NULL))
			p = pgg_get_varint(p, end, &m);
		if (unlikely(p == NULL))
			EvCorrupt(what);
		if (unlikely(m > maxmask))
		{
			if (m != EVRUN_RESET_MASK || z != 0)
				EvCorrupt(what);
			ts = 0;				/* a reset marker: the next run starts */
			continue;
		}
		ts = (int64) ((uint64) ts + ((z >> 1) ^ (0 - (z & 1))));
		if (unlikely(i >= n || TIMESTAMP_NOT_FINITE(ts)))
			EvCorrupt(what);
		if (i > 0 && (ts < ev[i - 1].ts || (ts == ev[i - 1].ts && (uint32) m < ev[i - 1].mask)))
			sorted = false;
		ev[i].ts = ts;
		ev[i].mask = (uint32) m;
		ev[i].aux = 0;
		i++;
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	if (i != n)
		EvCorrupt(what);
	return sorted;
}

/* Make room for n events in buf (its contents are not kept). */
static void
EvReserve(PggEventBuffer *buf, int64 n)
{
	if (n > buf->cap)
	{
		int64		newcap = Max(n, buf->cap * 2);

		if ((Size) newcap * sizeof(PggEvent) > MaxAllocHugeSize)
			EvTooLarge();
		if (buf->ev)
			pfree(buf->ev);
		buf->ev = MemoryContextAllocHuge(GetMemoryChunkContext(buf), newcap * sizeof(PggEvent));
		buf->cap = newcap;
	}
}

/* Decode a run of n events into buf, replacing its contents. */
static void
EvDecode(const uint8 *data, uint32 len, uint32 n, int nconds, PggEventBuffer *buf,
		 const char *what)
{
	EvReserve(buf, n);
	buf->sorted = EvDecodeInto(data, len, n, nconds, buf->ev, what);
	buf->n = n;
}

/*
 * Encode one event at p, after the previous one at *last_ts; when a run was
 * appended since (*rebase), a reset marker first.  Needs EVRUN_MAX_ADD bytes.
 */
static inline uint8 *
EvPutNext(uint8 *p, int64 *last_ts, bool *rebase, int64 ts, uint32 mask)
{
	if (unlikely(*rebase))
	{
		memcpy(p, EvResetMarker, EVRUN_RESET_LEN);
		p += EVRUN_RESET_LEN;
		*last_ts = 0;
		*rebase = false;
	}
	p = EvPut(p, *last_ts, ts, mask);
	*last_ts = ts;
	return p;
}

/* Bytes needed to append a run of len bytes to a run of n events. */
static inline uint64
EvAppendSize(uint32 n, uint32 len)
{
	return (uint64) len + (n > 0 ? EVRUN_RESET_LEN : 0);
}

/* Append a run (first event against 0) after n events at dst; returns bytes written. */
static inline uint32
EvAppendRun(uint8 *dst, uint32 n, const uint8 *src, uint32 len)
{
	uint32		k = 0;

	if (n > 0)
	{
		memcpy(dst, EvResetMarker, EVRUN_RESET_LEN);
		k = EVRUN_RESET_LEN;
	}
	memcpy(dst + k, src, len);
	return k + len;
}

/* ---- the lean per-actor state --------------------------------------------- */

/*
 * The state of window_funnel and window_funnel_times: a 56-byte header, the
 * slots of the online level (below) and the event run in one allocation,
 * grown by doubling (the state pointer moves; the transition function
 * returns the new one).  Deserialize makes a view instead (kind
 * FUNNEL_KIND_VIEW, in per-tuple memory, pointing into the serialized
 * bytes), which the combine function copies.
 *
 * Levels carried by the parts.  In the default mode a state also knows a
 * level its events reach, a lower bound of the actor's level (a chain
 * survives any added rows), while the steps present give an upper bound
 * (StepPrefix); the final function decodes the run only when the two differ.
 *	- The transition computes the level online while the rows come in time
 *	  order (an append-only log): the dynamic program of FunnelLevelDefault
 *	  over time groups, the group at the last timestamp kept pending (rows
 *	  sharing a timestamp may fill consecutive steps in any arrival order).
 *	  A row out of order stops it; the level of the groups applied so far
 *	  stays a lower bound.  Up to LEAN_DP_STEPS steps.
 *	- Serialize ships that level; combine keeps the largest of its parts.
 *	- For window_funnel (whose final function needs only the level: not
 *	  window_funnel_times), a state whose level reaches the last step keeps
 *	  no events: its rows are no longer stored and its parts ship none.
 */
#define LEAN_DP_STEPS 8
#define LF_LEVELS_ONLY	0x01	/* the aggregate's final needs only the level */
#define LF_DP			0x02	/* the online level is running (transition states) */
#define LF_SLOTS		0x04	/* nconds - 1 slots of the online level precede the run */
#define LF_REBASE		0x08	/* a run was appended: the next event needs a reset marker */
#define LF_EXT			0x10	/* the run starts out of line (LeanExt); value = sizeof(LeanExt) */
#define LF_HOT			0x20	/* a transition state: its first allocation never moves */

/*
 * 44 bytes before the data: with the slots of a four-step funnel and the
 * run of a typical actor's part (about 10 events) a state fits in 128 bytes.
 */
typedef struct FunnelLean
{
	uint8		kind;			/* FUNNEL_KIND_LEAN or FUNNEL_KIND_VIEW */
	uint8		flags;			/* LF_* */
	uint8		level;			/* a level the events reach (default mode; see above) */
	uint8		modes;			/* the configuration, packed */
	uint8		nconds;
	int8		excl_from;
	int8		excl_to;
	uint8		has;			/* online level: which slots are set */
	int64		window;
	int64		last_ts;		/* the last event added by the transition (0 at start) */
	uint32		n;				/* events */
	uint32		len;			/* bytes of run */
	uint32		cap;			/* bytes allocated for the run (0 for a view) */
	uint32		steps;			/* OR of the events' masks */
	uint32		pend;			/* online level: conditions at last_ts not yet applied */
	uint8		data[FLEXIBLE_ARRAY_MEMBER];	/* the slots (8 bytes each, unaligned), then the
												 * run; a view: the pointer to its bytes */
} FunnelLean;

#define LEAN_HDR offsetof(FunnelLean, data)
StaticAssertDecl(FM_ALL <= PG_UINT8_MAX && PGG_MAX_STEPS < PG_INT8_MAX,
				 "FunnelLean packs the configuration into bytes");
StaticAssertDecl(offsetof(FunnelLean, data) == 44, "FunnelLean's header grew");

/*
 * A transition state stays where it was first allocated (LF_HOT): in a hash
 * aggregate that is right after PostgreSQL's own per-group data, which the
 * executor has just read when it calls the transition or the serialize
 * function, so the state's header is on a line already in the cache.  A
 * state that would move to grow instead starts its run out of line (LF_EXT):
 * after the slots, a LeanExt points to the first bytes of the run, in a
 * child context of the aggregate context, and the rest of the inline bytes
 * stage the newest events (len and cap then count the stage only).  A full
 * stage is appended to the out-of-line bytes: one touch of distant memory
 * per stage instead of one per row.  Readers see the whole run through
 * LeanRunAll, which appends the stage first (the run is one byte stream, so
 * the state means the same before and after).
 */
typedef struct LeanExt
{
	uint8	   *run;			/* the run's first bytes */
	uint32		len;			/* bytes there */
	uint32		cap;			/* bytes allocated there */
} LeanExt;

StaticAssertDecl(sizeof(LeanExt) == LF_EXT, "LeanRunOffset adds LF_EXT as the size of LeanExt");

#define LEAN_RUNS_CONTEXT "window_funnel runs"

/* slots of the online level (int64 each) before the run */
static inline int
LeanSlots(const FunnelLean *st)
{
	return (st->flags & LF_SLOTS) ? st->nconds - 1 : 0;
}

/* bytes between data and the run (or its stage): the slots, then a LeanExt */
static inline int
LeanRunOffset(const FunnelLean *st)
{
	return 8 * LeanSlots(st) + (st->flags & LF_EXT);
}

static inline uint8 *
LeanRun(FunnelLean *st)
{
	return st->data + LeanRunOffset(st);
}

static inline void
LeanGetExt(const FunnelLean *st, LeanExt *x)
{
	memcpy(x, st->data + 8 * LeanSlots(st), sizeof(LeanExt));
}

static inline void
LeanPutExt(FunnelLean *st, const LeanExt *x)
{
	memcpy(st->data + 8 * LeanSlots(st), x, sizeof(LeanExt));
}

static inline const uint8 *
LeanData(const FunnelLean *st)
{
	const uint8 *v;

	Assert(!(st->flags & LF_EXT));
	if (st->kind != FUNNEL_KIND_VIEW)
		return st->data + 8 * LeanSlots(st);
	memcpy(&v, st->data, sizeof(v));
	return v;
}

/* The number of steps (the exclusion, if any, is the last condition). */
static inline int
LeanSteps(const FunnelLean *st)
{
	return (st->modes & FM_EXCLUDE) ? st->nconds - 1 : st->nconds;
}

static inline void
LeanConfig(const FunnelLean *st, FunnelConfig *cfg)
{
	cfg->window = st->window;
	cfg->modes = st->modes;
	cfg->nconds = st->nconds;
	cfg->excl_from = st->excl_from;
	cfg->excl_to = st->excl_to;
	cfg->nsteps = LeanSteps(st);
}

/* Pack kind and configuration into a zeroed lean header (the inverse of LeanConfig). */
static inline void
LeanSetConfig(FunnelLean *st, uint8 kind, const FunnelConfig *cfg)
{
	st->kind = kind;
	st->modes = (uint8) cfg->modes;
	st->nconds = (uint8) cfg->nconds;
	st->excl_from = (int8) cfg->excl_from;
	st->excl_to = (int8) cfg->excl_to;
	st->window = cfg->window;
}

/* The allocation size for a state holding need bytes of slots and run. */
static inline Size
LeanSize(uint64 need)
{
	uint64		size = 64;

	if (need > EVRUN_MAX_BYTES)
		EvTooLarge();
	while (size < LEAN_HDR + need)
		size *= 2;
	return (Size) Min(size, (uint64) EVRUN_MAX_BYTES + LEAN_HDR);
}

/*
 * A new empty state in ctx with room for run bytes of run; a transition
 * state (online) gets the slots of the online level when it applies.
 */
static FunnelLean *
LeanNew(MemoryContext ctx, const FunnelConfig *cfg, uint64 run, bool online, uint8 flags)
{
	int			nbest = 0;
	Size		size;
	FunnelLean *st;

	if (online && cfg->modes == 0 && cfg->nsteps >= 2 && cfg->nsteps <= LEAN_DP_STEPS)
	{
		nbest = cfg->nsteps - 1;
		flags |= LF_DP | LF_SLOTS;
	}
	if (online)
		flags |= LF_HOT;
	size = LeanSize(8 * nbest + run);
	st = MemoryContextAlloc(ctx, size);
	memset(st, 0, LEAN_HDR);
	LeanSetConfig(st, FUNNEL_KIND_LEAN, cfg);
	st->flags = flags;
	st->cap = (uint32) (size - LEAN_HDR - 8 * nbest);
	/* the stage of an out-of-line run must still hold one event */
	Assert(!online || st->cap >= sizeof(LeanExt) + EVRUN_MAX_ADD);
	return st;
}

/*
 * The context of the out-of-line runs of the states in ctx: a child of ctx,
 * found by name among its children (there are few), so that it lives and
 * is reset exactly as long as ctx and is counted in ctx's memory.
 */
static MemoryContext
LeanRunsContext(MemoryContext ctx)
{
	MemoryContext c;

	for (c = ctx->firstchild; c != NULL; c = c->nextchild)
		if (strcmp(c->name, LEAN_RUNS_CONTEXT) == 0)
			return c;
	return AllocSetContextCreate(ctx, LEAN_RUNS_CONTEXT, ALLOCSET_DEFAULT_SIZES);
}

/*
 * Append the stage of a hot state to its out-of-line bytes, moving the run
 * out of line first if it is not yet; the stage is then empty.  The state
 * itself does not move.
 */
static void
LeanFlush(FunnelLean *st)
{
	LeanExt		x;
	uint64		need;

	Assert(st->flags & LF_HOT);
	if (st->flags & LF_EXT)
	{
		if (st->len == 0)
			return;
		LeanGetExt(st, &x);
	}
	else
	{
		/* the first out-of-line bytes: the inline run moves there */
		x.cap = (uint32) Max((uint64) 2 * st->len, 128);
		x.run = MemoryContextAlloc(LeanRunsContext(GetMemoryChunkContext(st)), x.cap);
		x.len = 0;
	}
	need = (uint64) x.len + st->len;
	if (need > EVRUN_MAX_BYTES)
		EvTooLarge();
	if (need > x.cap)
	{
		uint64		cap = Min(Max((uint64) 2 * x.cap, need), (uint64) EVRUN_MAX_BYTES);

		x.run = repalloc(x.run, cap);
		x.cap = (uint32) cap;
	}
	memcpy(x.run + x.len, LeanRun(st), st->len);
	x.len = (uint32) need;
	st->len = 0;
	if (!(st->flags & LF_EXT))
	{
		/* the inline bytes now hold the LeanExt, then the stage */
		st->cap -= sizeof(LeanExt);
		st->flags |= LF_EXT;
	}
	LeanPutExt(st, &x);
}

/* Make room for extra more bytes of run; may move a state that is not hot. */
static pg_noinline FunnelLean *
LeanGrow(FunnelLean *st, uint64 extra)
{
	Size		size;

	if (st->flags & LF_HOT)
	{
		LeanFlush(st);
		if (st->len + extra <= st->cap)
			return st;
		/* more than one event at a time: only from LeanAppend, never hot */
		elog(ERROR, "window_funnel stage too small for %llu bytes (cannot happen)", (unsigned long long) extra);
	}
	size = LeanSize(8 * (uint64) LeanSlots(st) + st->len + extra);
	st = repalloc(st, size);
	st->cap = (uint32) (size - LEAN_HDR - 8 * LeanSlots(st));
	return st;
}

/*
 * The whole run of a state or view, contiguous, and its length.  A hot
 * state with an out-of-line run has its stage appended first.
 */
static const uint8 *
LeanRunAll(const FunnelLean *st, uint32 *len)
{
	if (st->flags & LF_EXT)
	{
		LeanExt		x;

		LeanFlush((FunnelLean *) st);
		LeanGetExt(st, &x);
		*len = x.len;
		return x.run;
	}
	*len = st->len;
	return LeanData(st);
}

/* The level a state's events are known to reach (the pending group included). */
static int
LeanKnownLevel(const FunnelLean *st)
{
	uint8		slots[8 * LEAN_DP_STEPS];
	uint32		has = st->has;

	if (!(st->flags & LF_DP) || st->pend == 0)
		return st->level;
	memcpy(slots, st->data, 8 * LeanSlots(st));
	return FunnelDpStep(slots, &has, st->level, st->nconds, (uint64) st->window,
						st->last_ts, st->pend);
}

/*
 * Drop the events of a state that reached the last step (levels only).  A
 * hot state stays where it is and frees its out-of-line run; another state
 * moves to the smallest allocation (AllocSet never shrinks a chunk in place),
 * which leaves more of the cache to the states still growing.
 */
static FunnelLean *
LeanSaturate(FunnelLean *st)
{
	Size		size = LeanSize(0);
	uint32		inline_bytes = st->cap + LeanRunOffset(st);

	if (st->flags & LF_EXT)
	{
		LeanExt		x;

		LeanGetExt(st, &x);
		pfree(x.run);
	}
	st->n = 0;
	st->len = 0;
	st->last_ts = 0;
	st->pend = 0;
	st->flags &= ~(LF_DP | LF_REBASE | LF_SLOTS | LF_EXT);
	st->cap = inline_bytes;
	if (st->flags & LF_HOT)
		return st;				/* it stays where it is (see LeanExt) */
	if (st->kind == FUNNEL_KIND_LEAN && st->cap > size - LEAN_HDR)
	{
		FunnelLean *small = MemoryContextAlloc(GetMemoryChunkContext(st), size);

		memcpy(small, st, LEAN_HDR);
		small->cap = (uint32) (size - LEAN_HDR);
		pfree(st);
		st = small;
	}
	return st;
}

/* Append one event; may move the state. */
static inline FunnelLean *
LeanAdd(FunnelLean *st, int64 ts, uint32 mask)
{
	uint8	   *p;
	bool		rebase = (st->flags & LF_REBASE) != 0;

	if (unlikely(st->len + EVRUN_MAX_ADD > st->cap))
		st = LeanGrow(st, EVRUN_MAX_ADD);
	p = EvPutNext(LeanRun(st) + st->len, &st->last_ts, &rebase, ts, mask);
	if (unlikely(rebase != ((st->flags & LF_REBASE) != 0)))
		st->flags &= ~LF_REBASE;
	st->len = (uint32) (p - LeanRun(st));
	st->n++;
	st->steps |= mask;
	return st;
}

/* Append the events of b to a (a state, not a view); may move a. */
static FunnelLean *
LeanAppend(FunnelLean *a, const FunnelLean *b)
{
	uint64		need;
	const uint8 *bdata;
	uint32		blen;
	int			nsteps = LeanSteps(a);

	a->level = (uint8) Max(a->level, LeanKnownLevel(b));
	a->steps |= b->steps;
	a->flags &= (b->flags | ~LF_LEVELS_ONLY);
	if ((a->flags & LF_LEVELS_ONLY) && a->level >= nsteps)
		return LeanSaturate(a); /* the level is known: no events needed */
	if (b->n == 0)
		return a;
	Assert(!(a->flags & LF_HOT));
	bdata = LeanRunAll(b, &blen);
	need = EvAppendSize(a->n, blen);
	if (a->len + need > a->cap)
		a = LeanGrow(a, need);
	a->len += EvAppendRun(LeanRun(a) + a->len, a->n, bdata, blen);
	a->n += b->n;
	a->flags |= LF_REBASE;
	a->last_ts = 0;
	return a;
}

/* The decoded events of a lean state, in a buffer cached at the call site. */
static PggEventBuffer *
LeanEvents(FunctionCallInfo fcinfo, const FunnelLean *st)
{
	PggEventBuffer *buf = fcinfo->flinfo->fn_extra;
	const uint8 *data;
	uint32		len;

	if (buf == NULL)
	{
		buf = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(PggEventBuffer));
		fcinfo->flinfo->fn_extra = buf;
	}
	data = LeanRunAll(st, &len);
	EvDecode(data, len, st->n, st->nconds, buf, "window_funnel");
	return buf;
}

/* ---- window_funnel: the per-actor aggregate ------------------------------ */

/* Create the per-actor state in the aggregate context. */
static FunnelState *
FunnelStateNew(MemoryContext ctx, const FunnelConfig *cfg)
{
	FunnelState *st = MemoryContextAllocZero(ctx, sizeof(FunnelState));
	MemoryContext old = MemoryContextSwitchTo(ctx);

	st->kind = FUNNEL_KIND_FULL;
	st->cfg = *cfg;
	pgg_evbuf_init(&st->buf, 8);
	MemoryContextSwitchTo(old);
	return st;
}

/* Shared transition: layout (state, window, [mode], ts, conds...). */
static FunnelState *
FunnelTransCommon(FunctionCallInfo fcinfo, bool has_mode, int extra_args,
				  int64 *ts, uint32 *mask, bool *keep, MemoryContext *aggctx)
{
	FunnelCache *c;
	FunnelState *st;
	FunnelConfig cfg;
	int			tsarg = has_mode ? 3 : 2;
	int			nconds;

	if (!AggCheckCallContext(fcinfo, aggctx))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("window_funnel transition function called in non-aggregate context")));
	c = FunnelGetCache(fcinfo, tsarg + 1 + extra_args, has_mode, "window_funnel_value");
	*mask = FunnelRowMask(fcinfo, c, "window_funnel_value", &nconds);

	st = PG_ARGISNULL(0) ? NULL : (FunnelState *) PG_GETARG_POINTER(0);
	if (st == NULL)
	{
		FunnelRowConfig(fcinfo, c, 1, nconds, &cfg);
		st = FunnelStateNew(*aggctx, &cfg);
	}
	else if (st->cfg.nconds != nconds || c->has_mode ||
			 FunnelWindow(fcinfo, c, 1) != st->cfg.window)
	{
		FunnelRowConfig(fcinfo, c, 1, nconds, &cfg);
		FunnelSameConfig(&st->cfg, &cfg, "window_funnel_value");
	}

	*keep = false;
	if (PG_ARGISNULL(tsarg))
		return st;
	*ts = PG_GETARG_INT64(tsarg);
	if (TIMESTAMP_NOT_FINITE(*ts))
		return st;				/* infinite timestamps are ignored like NULL */
	*keep = FunnelKeepRow(&st->cfg, *mask);
	return st;
}

extern PGDLLEXPORT Datum pgg_window_funnel_final(PG_FUNCTION_ARGS);

/*
 * Whether the aggregate of this call site needs only the level from its
 * state (window_funnel, not window_funnel_times): its final function is
 * ours and no other aggregate of the query shares the state (PostgreSQL
 * shares one transition state between aggregates with the same transition
 * function and arguments, as window_funnel and window_funnel_times on the
 * same rows).  Looked up once per call site; false outside an aggregate.
 */
static bool
LeanLevelsOnly(FunctionCallInfo fcinfo, FunnelCache *c)
{
	if (!c->levels_known)
	{
		Aggref	   *ag = AggGetAggref(fcinfo);

		c->levels_only = false;
		if (ag != NULL && !AggStateIsShared(fcinfo))
		{
			HeapTuple	tup = SearchSysCache1(AGGFNOID, ObjectIdGetDatum(ag->aggfnoid));

			if (HeapTupleIsValid(tup))
			{
				Oid			finalfn = ((Form_pg_aggregate) GETSTRUCT(tup))->aggfinalfn;

				ReleaseSysCache(tup);
				if (OidIsValid(finalfn))
				{
					FmgrInfo	fi;

					fmgr_info(finalfn, &fi);
					c->levels_only = fi.fn_addr == pgg_window_funnel_final;
				}
			}
		}
		c->levels_known = true;
	}
	return c->levels_only;
}

/*
 * The transition of window_funnel and window_funnel_times, with or without a
 * mode: (state, window, [mode], ts, conds...).  The state is a FunnelLean.
 */
static Datum
WindowFunnelTrans(FunctionCallInfo fcinfo, bool has_mode)
{
	MemoryContext aggctx;
	FunnelCache *c;
	FunnelLean *st;
	int			tsarg = has_mode ? 3 : 2;
	int			nconds;
	uint32		mask;
	uint32		modes;
	int64		ts;

	c = FunnelGetCache(fcinfo, tsarg + 1, has_mode, "window_funnel");
	mask = FunnelRowMask(fcinfo, c, "window_funnel", &nconds);
	st = PG_ARGISNULL(0) ? NULL : (FunnelLean *) PG_GETARG_POINTER(0);
	if (unlikely(st == NULL))
	{
		FunnelConfig cfg;

		/* only an aggregate passes a state, so check the context here */
		if (!AggCheckCallContext(fcinfo, &aggctx))
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("window_funnel transition function called in non-aggregate context")));
		FunnelRowConfig(fcinfo, c, 1, nconds, &cfg);
		st = LeanNew(aggctx, &cfg, 40, true, LeanLevelsOnly(fcinfo, c) ? LF_LEVELS_ONLY : 0);
		modes = cfg.modes;
	}
	else if (likely(FunnelStable(fcinfo, c, 1)))
		modes = has_mode ? c->mode_bits : 0;	/* same on every row: st untouched */
	else
	{
		FunnelConfig cfg,
					scfg;

		FunnelRowConfig(fcinfo, c, 1, nconds, &cfg);
		LeanConfig(st, &scfg);
		FunnelSameConfig(&scfg, &cfg, "window_funnel");
		modes = cfg.modes;
	}
	if (mask == 0 && !(modes & FM_STRICT_ORDER))
		PG_RETURN_POINTER(st);	/* a row matching no step is not stored */
	if (unlikely(st->level >= st->nconds) && (st->flags & LF_LEVELS_ONLY))
		PG_RETURN_POINTER(st);	/* the last step is reached: the level is known */
	if (PG_ARGISNULL(tsarg))
		PG_RETURN_POINTER(st);
	ts = PG_GETARG_INT64(tsarg);
	if (TIMESTAMP_NOT_FINITE(ts))
		PG_RETURN_POINTER(st);	/* infinite timestamps are ignored like NULL */
	if (st->flags & LF_DP)
	{
		/* the online level (see "levels carried by the parts") */
		if (st->n > 0 && ts == st->last_ts)
			st->pend |= mask;
		else if (st->n == 0 || ts > st->last_ts)
		{
			if (st->pend != 0)
			{
				uint32		has = st->has;

				st->level = (uint8) FunnelDpStep(st->data, &has, st->level, st->nconds,
												 (uint64) st->window, st->last_ts, st->pend);
				st->has = (uint8) has;
				if (st->level >= st->nconds && (st->flags & LF_LEVELS_ONLY))
				{
					st = LeanSaturate(st);
					PG_RETURN_POINTER(st);
				}
			}
			st->pend = mask;
		}
		else
			st->flags &= ~LF_DP;	/* out of order: the level so far stays a bound */
	}
	PG_RETURN_POINTER(LeanAdd(st, ts, mask));
}

/* window_funnel_trans(internal, interval, timestamptz, VARIADIC "any") */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_trans);
Datum
pgg_window_funnel_trans(PG_FUNCTION_ARGS)
{
	return WindowFunnelTrans(fcinfo, false);
}

/* window_funnel_mode_trans(internal, interval, text, timestamptz, VARIADIC "any") */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_mode_trans);
Datum
pgg_window_funnel_mode_trans(PG_FUNCTION_ARGS)
{
	return WindowFunnelTrans(fcinfo, true);
}

/* Copy a value into the state's value store; returns its index. */
static uint32
FunnelStoreValue(FunnelState *st, Datum v, bool isnull)
{
	if (st->nvals == st->capvals)
	{
		st->capvals = st->capvals ? st->capvals * 2 : 8;
		if (st->capvals > (int64) PG_UINT32_MAX)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many rows for window_funnel_value in one group")));
		if (st->vals)
		{
			st->vals = repalloc_huge(st->vals, st->capvals * sizeof(Datum));
			st->valnull = repalloc_huge(st->valnull, st->capvals * sizeof(bool));
		}
		else
		{
			st->vals = palloc(st->capvals * sizeof(Datum));
			st->valnull = palloc(st->capvals * sizeof(bool));
		}
	}
	st->valnull[st->nvals] = isnull;
	st->vals[st->nvals] = isnull ? (Datum) 0 : datumCopy(v, st->valbyval, st->vallen);
	return (uint32) st->nvals++;
}

/* window_funnel_value_trans(internal, interval, text, ts, integer, anyelement, VARIADIC "any") */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_value_trans);
Datum
pgg_window_funnel_value_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggctx;
	int64		ts = 0;
	uint32		mask = 0;
	bool		keep;
	FunnelState *st = FunnelTransCommon(fcinfo, true, 2, &ts, &mask, &keep, &aggctx);
	int			at_step;

	if (PG_ARGISNULL(4))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("window_funnel_value step must not be NULL")));
	at_step = PG_GETARG_INT32(4);
	if (st->valtype == InvalidOid)
	{
		if (at_step < 0 || at_step > st->cfg.nsteps)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("window_funnel_value step %d is out of range", at_step),
					 errdetail("Pass a step number from 1 to %d, or 0 for the deepest step reached.",
							   st->cfg.nsteps)));
		st->at_step = at_step;
		st->valtype = get_fn_expr_argtype(fcinfo->flinfo, 5);
		get_typlenbyval(st->valtype, &st->vallen, &st->valbyval);
	}
	else if (at_step != st->at_step)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("window_funnel_value step must be the same on every row of a group")));

	if (keep)
	{
		MemoryContext old = MemoryContextSwitchTo(aggctx);
		uint32		aux = 0;

		/* keep the value only where it can be read */
		if (st->at_step == 0 ? (mask & ((st->cfg.nsteps >= 32) ? 0xFFFFFFFFu : ((((uint32) 1) << st->cfg.nsteps) - 1))) != 0
			: (mask & (((uint32) 1) << (st->at_step - 1))) != 0)
			aux = FunnelStoreValue(st, PG_GETARG_DATUM(5), PG_ARGISNULL(5)) + 1;
		FunnelAdd(&st->buf, &st->last_ts, &st->last_mask, ts, mask, aux);
		MemoryContextSwitchTo(old);
	}
	PG_RETURN_POINTER(st);
}

/* window_funnel_final(internal) returns integer */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_final);
Datum
pgg_window_funnel_final(PG_FUNCTION_ARGS)
{
	FunnelLean *st;
	FunnelConfig cfg;

	if (PG_ARGISNULL(0))
		PG_RETURN_INT32(0);
	st = (FunnelLean *) PG_GETARG_POINTER(0);
	LeanConfig(st, &cfg);
	if (cfg.modes == 0)
	{
		/* the default mode: the level is at most the prefix of steps present */
		int			bound = StepPrefix(st->steps, cfg.nsteps);
		PggEventBuffer *buf;

		if (bound <= 1 || LeanKnownLevel(st) >= bound)
			PG_RETURN_INT32(bound);
		buf = LeanEvents(fcinfo, st);
		FunnelSort(buf);
		PG_RETURN_INT32(FunnelLevelDefault(&cfg, buf->ev, buf->n, bound));
	}
	PG_RETURN_INT32(FunnelLevel(&cfg, LeanEvents(fcinfo, st), NULL));
}

/* Step times of the chosen chain as an array of the timestamp type. */
static Datum
FunnelTimesFinal(FunctionCallInfo fcinfo, Oid elemtype)
{
	FunnelLean *st;
	FunnelConfig cfg;
	PggEventBuffer *buf;
	FunnelPath	path;
	Datum		out[PGG_MAX_STEPS];
	int			i;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (FunnelLean *) PG_GETARG_POINTER(0);
	LeanConfig(st, &cfg);
	buf = LeanEvents(fcinfo, st);
	FunnelLevel(&cfg, buf, &path);
	if (path.level == 0)
		PG_RETURN_NULL();
	for (i = 0; i < path.level; i++)
		out[i] = Int64GetDatum(buf->ev[path.ev[i]].ts);
	PG_RETURN_ARRAYTYPE_P(construct_array(out, path.level, elemtype, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/* window_funnel_times_final(internal) returns timestamptz[] */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_times_final);
Datum
pgg_window_funnel_times_final(PG_FUNCTION_ARGS)
{
	return FunnelTimesFinal(fcinfo, TIMESTAMPTZOID);
}

/* window_funnel_times_ts_final(internal) returns timestamp[] */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_times_ts_final);
Datum
pgg_window_funnel_times_ts_final(PG_FUNCTION_ARGS)
{
	return FunnelTimesFinal(fcinfo, TIMESTAMPOID);
}

/* window_funnel_value_final(internal, ...) returns anyelement */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_value_final);
Datum
pgg_window_funnel_value_final(PG_FUNCTION_ARGS)
{
	FunnelState *st;
	FunnelPath	path;
	int			step;
	int64		r,
				g;
	uint32		bit;
	TypeCacheEntry *tc;
	uint32		best_aux;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (FunnelState *) PG_GETARG_POINTER(0);
	FunnelLevel(&st->cfg, &st->buf, &path);
	step = st->at_step == 0 ? path.level : st->at_step;
	if (step == 0 || step > path.level)
		PG_RETURN_NULL();
	r = path.ev[step - 1];
	bit = ((uint32) 1) << (step - 1);
	best_aux = st->buf.ev[r].aux;

	/*
	 * Rows tied on timestamp and conditions are interchangeable for the
	 * chain: read the smallest of their values (by the type's default
	 * ordering, NULLs last) so that the answer does not depend on row order.
	 */
	tc = lookup_type_cache(st->valtype, TYPECACHE_CMP_PROC_FINFO);
	for (g = r - 1; g >= 0 && st->buf.ev[g].ts == st->buf.ev[r].ts; g--)
		;
	for (g = g + 1; g < st->buf.n && st->buf.ev[g].ts == st->buf.ev[r].ts; g++)
	{
		uint32		a = st->buf.ev[g].aux;

		if (g == r || st->buf.ev[g].mask != st->buf.ev[r].mask || !(st->buf.ev[g].mask & bit) || a == 0)
			continue;
		if (st->valnull[a - 1])
			continue;
		if (st->valnull[best_aux - 1])
			best_aux = a;
		else if (OidIsValid(tc->cmp_proc_finfo.fn_oid) &&
				 DatumGetInt32(FunctionCall2Coll(&tc->cmp_proc_finfo, PG_GET_COLLATION(),
												 st->vals[a - 1], st->vals[best_aux - 1])) < 0)
			best_aux = a;
	}
	if (best_aux == 0 || st->valnull[best_aux - 1])
		PG_RETURN_NULL();
	PG_RETURN_DATUM(st->vals[best_aux - 1]);
}

/* Combine two lean states (a state or NULL, and a state or a view). */
static FunnelLean *
LeanCombine(MemoryContext aggctx, FunnelLean *a, FunnelLean *b)
{
	FunnelConfig ac,
				bc;

	LeanConfig(b, &bc);
	if (a == NULL)
	{
		/* a copy in the aggregate context, with room to grow */
		a = LeanNew(aggctx, &bc, (b->flags & LF_EXT) ? 0 : b->len, false, b->flags & LF_LEVELS_ONLY);
		return LeanAppend(a, b);
	}
	LeanConfig(a, &ac);
	FunnelSameConfig(&ac, &bc, "window_funnel");
	return LeanAppend(a, b);
}

/* window_funnel_combine(internal, internal) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_combine);
Datum
pgg_window_funnel_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggctx;
	MemoryContext old;
	FunnelState *a,
			   *b;
	int64		i;

	if (!AggCheckCallContext(fcinfo, &aggctx))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("window_funnel_combine called in non-aggregate context")));
	a = PG_ARGISNULL(0) ? NULL : (FunnelState *) PG_GETARG_POINTER(0);
	b = PG_ARGISNULL(1) ? NULL : (FunnelState *) PG_GETARG_POINTER(1);
	if (b == NULL)
		PG_RETURN_POINTER(a);
	if (a != NULL && (a->kind == FUNNEL_KIND_FULL) != (b->kind == FUNNEL_KIND_FULL))
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("cannot combine window_funnel states of different kinds")));
	if (b->kind != FUNNEL_KIND_FULL)
		PG_RETURN_POINTER(LeanCombine(aggctx, (FunnelLean *) a, (FunnelLean *) b));

	/*
	 * A state made by our deserialize function lives in the aggregate
	 * context already and is used once: take it over instead of copying,
	 * when that context is this combine's (a guard: deserialize runs before
	 * the transitions and sees the context of the last grouping set used).
	 */
	if (a == NULL && b->adoptable && GetMemoryChunkContext(b) == aggctx)
	{
		b->adoptable = false;
		PG_RETURN_POINTER(b);
	}
	old = MemoryContextSwitchTo(aggctx);
	if (a == NULL)
	{
		a = FunnelStateNew(aggctx, &b->cfg);
		a->at_step = b->at_step;
		a->valtype = b->valtype;
		a->vallen = b->vallen;
		a->valbyval = b->valbyval;
	}
	else
	{
		FunnelSameConfig(&a->cfg, &b->cfg, "window_funnel");
		if (a->at_step != b->at_step || a->valtype != b->valtype)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot combine window_funnel_value states of different steps or types")));
	}
	if (!OidIsValid(b->valtype))
	{
		FunnelAppendBuf(&a->buf, &b->buf);	/* no values: one copy */
		i = b->buf.n;
	}
	else
		i = 0;
	for (; i < b->buf.n; i++)
	{
		PggEvent   *e = &b->buf.ev[i];
		uint32		aux = 0;

		if (e->aux)
			aux = FunnelStoreValue(a, b->vals[e->aux - 1], b->valnull[e->aux - 1]) + 1;
		pgg_evbuf_add(&a->buf, e->ts, e->mask, aux);
	}
	if (b->adoptable)
	{
		/* a deserialized state is not used again: give its memory back */
		if (b->vals)
		{
			pfree(b->vals);
			pfree(b->valnull);
		}
		pfree(b->buf.ev);
		pfree(b);
	}
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(a);
}

/* Serialize the configuration. */
static void
FunnelSendConfig(StringInfo buf, const FunnelConfig *cfg)
{
	pq_sendint64(buf, cfg->window);
	pq_sendint32(buf, cfg->modes);
	pq_sendint32(buf, cfg->nconds);
	pq_sendint32(buf, cfg->excl_from);
	pq_sendint32(buf, cfg->excl_to);
}

/* Read and validate the configuration. */
static void
FunnelRecvConfig(StringInfo buf, FunnelConfig *cfg, const char *what)
{
	pgg_deser_need(buf, 24, what);
	cfg->window = pq_getmsgint64(buf);
	cfg->modes = pq_getmsgint(buf, 4);
	cfg->nconds = (int32) pq_getmsgint(buf, 4);
	cfg->excl_from = (int32) pq_getmsgint(buf, 4);
	cfg->excl_to = (int32) pq_getmsgint(buf, 4);
	FunnelCheckConfig(cfg);
	FunnelFinishConfig(cfg, what);
}

/* Check the mask of a deserialized event against the configuration. */
static inline void
FunnelCheckMask(const FunnelConfig *cfg, uint32 mask, const char *what)
{
	if (cfg->nconds < 32 && (mask >> cfg->nconds) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid %s state", what),
				 errdetail("An event carries a condition bit beyond the number of conditions.")));
}

/* Read a type OID from a state and check that the type exists. */
static Oid
FunnelRecvType(StringInfo buf, const char *what)
{
	Oid			t;

	pgg_deser_need(buf, 4, what);
	t = (Oid) pq_getmsgint(buf, 4);
	if (!OidIsValid(t) || !SearchSysCacheExists1(TYPEOID, ObjectIdGetDatum(t)) ||
		get_typtype(t) == TYPTYPE_PSEUDO)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid %s state", what),
				 errdetail("The serialized state names an unknown type.")));
	return t;
}

/* window_funnel_serialize(internal) returns bytea */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_serialize);
Datum
pgg_window_funnel_serialize(PG_FUNCTION_ARGS)
{
	FunnelState *st = (FunnelState *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	int64		i;
	bool		hasvals;
	Oid			sendfn = InvalidOid;
	bool		isvarlena;
	FmgrInfo	sendinfo;

	if (st->kind != FUNNEL_KIND_FULL)
	{
		/*
		 * A lean state, once per actor: a short header (magic, version, the
		 * configuration with the window as a varint, event count, length and
		 * steps present as varints, the known level and the flags), then the
		 * event run as it is.
		 */
		FunnelLean *ls = (FunnelLean *) st;
		int			level = LeanKnownLevel(ls);
		int			nsteps = LeanSteps(ls);
		uint32		n = ls->n;
		uint32		len = 0;
		const uint8 *data = NULL;
		Size		size;
		bytea	   *out;
		uint8	   *q;
		uint32		m = pg_hton32(FUNNEL_LEAN_MAGIC);

		if ((ls->flags & LF_LEVELS_ONLY) && level >= nsteps)
			n = 0;				/* the level is known: no events needed */
		else
			data = LeanRunAll(ls, &len);
		size = VARHDRSZ + 5 + 10 + 4 + 5 + 5 + 5 + 2 + (Size) len;
		out = palloc(size);
		q = (uint8 *) VARDATA(out);

		memcpy(q, &m, 4);
		q[4] = FUNNEL_SER_VERSION;
		q = pgg_put_varint(q + 5, (uint64) ls->window);
		*q++ = ls->modes;
		*q++ = ls->nconds;
		*q++ = (uint8) ls->excl_from;
		*q++ = (uint8) ls->excl_to;
		q = pgg_put_varint(q, n);
		q = pgg_put_varint(q, len);
		q = pgg_put_varint(q, ls->steps);
		*q++ = (uint8) level;
		*q++ = ls->flags & LF_LEVELS_ONLY;
		if (len > 0)
			memcpy(q, data, len);
		q += len;
		SET_VARSIZE(out, (char *) q - (char *) out);
		PG_RETURN_BYTEA_P(out);
	}
	/* a full state is window_funnel_value's: it always has a value type */
	hasvals = OidIsValid(st->valtype);
	if (!hasvals)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("window_funnel_value state without a value type")));
	pgg_ser_begin(&buf, FUNNEL_MAGIC, FUNNEL_SER_VERSION);
	FunnelSendConfig(&buf, &st->cfg);
	pq_sendbyte(&buf, 1);
	pq_sendint32(&buf, st->at_step);
	pq_sendint32(&buf, st->valtype);
	getTypeBinaryOutputInfo(st->valtype, &sendfn, &isvarlena);
	fmgr_info(sendfn, &sendinfo);
	pq_sendint64(&buf, st->buf.n);
	for (i = 0; i < st->buf.n; i++)
	{
		PggEvent   *e = &st->buf.ev[i];

		pq_sendint64(&buf, e->ts);
		pq_sendint32(&buf, e->mask);
		if (hasvals)
		{
			if (e->aux == 0)
				pq_sendbyte(&buf, 0);
			else if (st->valnull[e->aux - 1])
				pq_sendbyte(&buf, 1);
			else
			{
				bytea	   *v = SendFunctionCall(&sendinfo, st->vals[e->aux - 1]);

				pq_sendbyte(&buf, 2);
				pq_sendint32(&buf, VARSIZE(v) - VARHDRSZ);
				pq_sendbytes(&buf, VARDATA(v), VARSIZE(v) - VARHDRSZ);
			}
		}
	}
	PG_RETURN_BYTEA_P(pgg_ser_end(&buf));
}

/*
 * Read a lean state written by window_funnel_serialize: a view of the event
 * run in the serialized bytes (which live as long as the input tuple, while
 * the combine function copies them).  The configuration is checked here, the
 * events when the final function decodes them.
 */
static FunnelLean *
LeanDeserialize(bytea *b)
{
	const char *what = "window_funnel";
	const uint8 *p = (const uint8 *) VARDATA_ANY(b);
	const uint8 *end = p + VARSIZE_ANY_EXHDR(b);
	FunnelConfig cfg;
	FunnelLean *ls;
	uint64		window,
				n,
				len,
				steps;
	uint8		level,
				flags;

	if (end - p < 5)
		EvCorrupt(what);
	if (p[4] != FUNNEL_SER_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported %s state format version %d", what, p[4]),
				 errdetail("This build of pg_growth reads version %d.", FUNNEL_SER_VERSION)));
	p = pgg_get_varint(p + 5, end, &window);
	if (p == NULL || end - p < 4)
		EvCorrupt(what);
	memset(&cfg, 0, sizeof(cfg));
	cfg.window = (int64) window;
	cfg.modes = p[0];
	cfg.nconds = p[1];
	cfg.excl_from = (int8) p[2];
	cfg.excl_to = (int8) p[3];
	p += 4;
	FunnelCheckConfig(&cfg);
	FunnelFinishConfig(&cfg, what);
	p = pgg_get_varint(p, end, &n);
	if (p != NULL)
		p = pgg_get_varint(p, end, &len);
	if (p != NULL)
		p = pgg_get_varint(p, end, &steps);
	if (p == NULL || end - p < 2 || p[0] > cfg.nsteps || (p[1] & ~LF_LEVELS_ONLY) != 0)
		EvCorrupt(what);
	level = p[0];
	flags = p[1];
	p += 2;
	if (len != (uint64) (end - p) || len > EVRUN_MAX_BYTES || n > len ||
		(cfg.nconds < 32 && (steps >> cfg.nconds) != 0) || steps > PG_UINT32_MAX)
		EvCorrupt(what);
	ls = palloc0(sizeof(FunnelLean) + sizeof(p));
	LeanSetConfig(ls, FUNNEL_KIND_VIEW, &cfg);
	ls->n = (uint32) n;
	ls->len = (uint32) len;
	ls->steps = (uint32) steps;
	ls->level = level;
	ls->flags = flags;
	memcpy(ls->data, &p, sizeof(p));	/* the view */
	return ls;
}

/* window_funnel_deserialize(bytea, internal) returns internal */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_window_funnel_deserialize);
Datum
pgg_window_funnel_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	MemoryContext aggctx;
	MemoryContext old;
	StringInfoData buf;
	FunnelConfig cfg;
	FunnelState *st;
	int64		n,
				i;
	bool		hasvals;
	FmgrInfo	recvinfo;
	Oid			typioparam = InvalidOid;
	const char *what = "window_funnel";

	if (!AggCheckCallContext(fcinfo, &aggctx))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("window_funnel_deserialize called in non-aggregate context")));
	if (VARSIZE_ANY_EXHDR(b) >= 4)
	{
		uint32		m;

		memcpy(&m, VARDATA_ANY(b), 4);
		if (pg_ntoh32(m) == FUNNEL_LEAN_MAGIC)
			PG_RETURN_POINTER(LeanDeserialize(b));
	}
	pgg_deser_begin(&buf, b, FUNNEL_MAGIC, FUNNEL_SER_VERSION, what);
	FunnelRecvConfig(&buf, &cfg, what);
	pgg_deser_need(&buf, 1, what);
	hasvals = pq_getmsgbyte(&buf) != 0;
	if (!hasvals)
		EvCorrupt(what);		/* lean states have their own header (LeanDeserialize) */
	st = FunnelStateNew(aggctx, &cfg);
	if (hasvals)
	{
		Oid			recvfn;

		pgg_deser_need(&buf, 4, what);
		st->at_step = (int32) pq_getmsgint(&buf, 4);
		if (st->at_step < 0 || st->at_step > cfg.nsteps)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid %s state", what)));
		pgg_deser_need(&buf, 4, what);
		st->valtype = FunnelRecvType(&buf, what);
		get_typlenbyval(st->valtype, &st->vallen, &st->valbyval);
		getTypeBinaryInputInfo(st->valtype, &recvfn, &typioparam);
		fmgr_info(recvfn, &recvinfo);
	}
	pgg_deser_need(&buf, 8, what);
	n = pq_getmsgint64(&buf);
	pgg_deser_need(&buf, n < 0 ? -1 : (n > PG_INT32_MAX ? -1 : n * 12), what);
	old = MemoryContextSwitchTo(aggctx);
	if (n > st->buf.cap)
	{
		st->buf.ev = repalloc_huge(st->buf.ev, n * sizeof(PggEvent));
		st->buf.cap = n;
	}
	for (i = 0; i < n; i++)
	{
		int64		ts;
		uint32		mask;
		uint32		aux = 0;

		pgg_deser_need(&buf, 12, what);
		ts = pq_getmsgint64(&buf);
		mask = pq_getmsgint(&buf, 4);
		FunnelCheckMask(&cfg, mask, what);
		if (hasvals)
		{
			int			kind;

			pgg_deser_need(&buf, 1, what);
			kind = pq_getmsgbyte(&buf);
			if (kind == 1)
				aux = FunnelStoreValue(st, (Datum) 0, true) + 1;
			else if (kind == 2)
			{
				int			len;
				StringInfoData vb;
				Datum		v;

				pgg_deser_need(&buf, 4, what);
				len = (int32) pq_getmsgint(&buf, 4);
				pgg_deser_need(&buf, len, what);
				initStringInfo(&vb);
				appendBinaryStringInfo(&vb, pq_getmsgbytes(&buf, len), len);
				v = ReceiveFunctionCall(&recvinfo, &vb, typioparam, -1);
				aux = FunnelStoreValue(st, v, false) + 1;
			}
			else if (kind != 0)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
						 errmsg("invalid %s state", what)));
		}
		pgg_evbuf_add(&st->buf, ts, mask, aux);
	}
	MemoryContextSwitchTo(old);
	pgg_deser_end(&buf, what);
	st->adoptable = true;
	PG_RETURN_POINTER(st);
}

/* ---- funnel_counts: all actors in one state ------------------------------- */

/*
 * Integer actors (the common case) take another path, see "funnel_counts,
 * integer actors" below; other types keep a hash table of actors, each with
 * its event run.
 */

/* an actor and its event run (see "compact event runs") */
typedef struct ActorEntry
{
	Datum		key;
	int64		last_ts;		/* the last event added by the transition (0 at start) */
	uint8	   *data;			/* the event run, in the state's context */
	uint32		hash;
	uint32		len;			/* bytes used */
	uint32		cap;			/* bytes allocated (0: data is borrowed, not ours) */
	uint32		n;				/* events */
	uint8		status;			/* 0 empty, 1 used */
	bool		rebase;			/* a run was appended: next event needs a reset marker */
} ActorEntry;					/* 40 bytes */

#define CP_BITS 8
#define CP_PARTS (1 << CP_BITS)

/*
 * Buffered rows (20 bytes each) are compacted into event runs (about 6 bytes
 * per row) whenever they fill the hash memory limit (work_mem times
 * hash_mem_multiplier: this is a hash partitioning), so that memory stays
 * near the size of the runs for any number of rows.
 */
#define COUNTS_ROW_BYTES 20

/*
 * A partition: rows of COUNTS_ROW_BYTES (actor 8, timestamp 8, mask 4, in
 * native byte order) in a chain of blocks.  A new row goes to the
 * partition's stage first, which is flushed to its blocks CP_STAGE rows at a
 * time: the stages of all partitions stay in cache, where scattering each
 * row straight to one of CP_PARTS buffers cost a cache miss per row
 * (software write-combining, as in radix partitioning).  Blocks are never
 * moved or copied when a partition grows, and compaction keeps them for
 * reuse, so each byte of row memory is faulted in once.
 */
#define CP_STAGE 11
#define CB_ROWS 3270			/* rows per block: a block is just under 64 kB */

typedef struct CountsBlock
{
	struct CountsBlock *next;
	uint32		n;				/* rows used */
	uint8		rows[CB_ROWS * COUNTS_ROW_BYTES];
} CountsBlock;

typedef struct CountsPart
{
	CountsBlock *head;
	CountsBlock *tail;
	uint32		ns;				/* rows in the stage */
	uint32		n;				/* rows in the blocks */
	uint8		stage[CP_STAGE * COUNTS_ROW_BYTES];
	uint8		pad[256 - CP_STAGE * COUNTS_ROW_BYTES - 2 * sizeof(uint32) - 2 * sizeof(CountsBlock *)];
} CountsPart;

StaticAssertDecl(sizeof(CountsPart) == 256, "a funnel_counts partition should be 256 bytes");

/* a received state: its bytes and where each partition's section starts */
typedef struct CountsRecv
{
	const uint8 *data;
	uint32		off[CP_PARTS + 1];	/* section p is data[off[p] .. off[p + 1]) */
} CountsRecv;

typedef struct CountsState
{
	FunnelConfig cfg;
	Oid			actor_type;
	int16		typlen;
	bool		typbyval;
	bool		fastkey;		/* int2/int4/int8/oid/date: compare bits */
	Oid			collation;
	FmgrInfo	hashfn;
	FmgrInfo	eqfn;
	uint64		size;			/* slots, a power of 2 */
	uint64		used;
	ActorEntry *slots;
	MemoryContext ctx;
	bool		adoptable;		/* made by deserialize in the aggregate context */
	PggEventBuffer *scratch;	/* decoded events of one actor (final) */
	/* integer actors: rows by partition, and the received states */
	struct CountsPart *parts;	/* CP_PARTS partitions */
	struct CountsRecv **recv;
	int			nrecv;
	int			caprecv;
	int64		nbuffered;		/* rows in parts since the last compaction */
	CountsBlock *freeblocks;	/* blocks kept by the last compaction */
	int64		compact_rows;	/* compact when nbuffered reaches this */
} CountsState;

/* Set up the actor type functions. */
static void
CountsInitType(CountsState *cs, Oid actor_type, Oid collation)
{
	TypeCacheEntry *tc;

	cs->actor_type = actor_type;
	cs->collation = collation;
	get_typlenbyval(actor_type, &cs->typlen, &cs->typbyval);
	cs->fastkey = (actor_type == INT8OID || actor_type == INT4OID ||
				   actor_type == INT2OID || actor_type == OIDOID ||
				   actor_type == DATEOID);
	if (!cs->fastkey)
	{
		tc = lookup_type_cache(actor_type, TYPECACHE_HASH_PROC_FINFO | TYPECACHE_EQ_OPR_FINFO);
		if (!OidIsValid(tc->hash_proc_finfo.fn_oid) || !OidIsValid(tc->eq_opr_finfo.fn_oid))
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_FUNCTION),
					 errmsg("funnel_counts needs a hashable actor type, %s has no hash function",
							format_type_be(actor_type)),
					 errhint("Cast the actor to text or bigint.")));
		fmgr_info_cxt(tc->hash_proc_finfo.fn_oid, &cs->hashfn, cs->ctx);
		fmgr_info_cxt(tc->eq_opr_finfo.fn_oid, &cs->eqfn, cs->ctx);
	}
}

/* Create an empty funnel_counts state. */
static CountsState *
CountsNew(MemoryContext ctx, const FunnelConfig *cfg, Oid actor_type, Oid collation)
{
	CountsState *cs = MemoryContextAllocZero(ctx, sizeof(CountsState));

	cs->cfg = *cfg;
	cs->ctx = ctx;
	CountsInitType(cs, actor_type, collation);
	if (cs->fastkey)
	{
		/* aligned to cache lines: a stage then spans as few lines as it can */
		cs->parts = (CountsPart *) TYPEALIGN(64, MemoryContextAllocZero(ctx, CP_PARTS * sizeof(CountsPart) + 64));
		cs->compact_rows = Max((int64) (get_hash_memory_limit() / COUNTS_ROW_BYTES), 1024);
	}
	else
	{
		cs->size = 1024;
		cs->slots = MemoryContextAllocZero(ctx, cs->size * sizeof(ActorEntry));
	}
	return cs;
}

/* Hash an actor key. */
static inline uint32
CountsHash(CountsState *cs, Datum key)
{
	if (cs->fastkey)
		return (uint32) pgg_hash_mix64((uint64) key);
	return DatumGetUInt32(FunctionCall1Coll(&cs->hashfn, cs->collation, key));
}

/* Compare two actor keys. */
static inline bool
CountsEq(CountsState *cs, Datum a, Datum b)
{
	if (cs->fastkey)
		return a == b;
	return DatumGetBool(FunctionCall2Coll(&cs->eqfn, cs->collation, a, b));
}

/*
 * Grow the hash table to nsize slots (a power of 2).  Tables are filled in
 * the slot order of other tables (combine, deserialize), that is in hash
 * order: the table must then be at least as large as the one it is filled
 * from, or the keys pile up in long linear-probing clusters.
 */
static void
CountsResize(CountsState *cs, uint64 nsize)
{
	ActorEntry *ns;
	uint64		i;

	if (nsize * sizeof(ActorEntry) > MaxAllocHugeSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many actors for funnel_counts")));
	ns = MemoryContextAllocHuge(cs->ctx, nsize * sizeof(ActorEntry));
	memset(ns, 0, nsize * sizeof(ActorEntry));
	for (i = 0; i < cs->size; i++)
	{
		ActorEntry *e = &cs->slots[i];
		uint64		j;

		if (!e->status)
			continue;
		j = e->hash & (nsize - 1);
		while (ns[j].status)
			j = (j + 1) & (nsize - 1);
		ns[j] = *e;
	}
	pfree(cs->slots);
	cs->slots = ns;
	cs->size = nsize;
}

/* Double the hash table. */
static void
CountsGrow(CountsState *cs)
{
	CountsResize(cs, cs->size * 2);
}

/* Make room for n actors without growing (keeps the load under 3/4). */
static void
CountsReserve(CountsState *cs, uint64 n)
{
	uint64		nsize = cs->size;

	while (n * 4 > nsize * 3)
		nsize *= 2;
	if (nsize > cs->size)
		CountsResize(cs, nsize);
}

/* Find or insert an actor; returns its entry. */
static ActorEntry *
CountsLookup(CountsState *cs, Datum key, uint32 h, bool copykey)
{
	uint64		mask = cs->size - 1;
	uint64		j = h & mask;
	ActorEntry *e;

	for (;;)
	{
		e = &cs->slots[j];
		if (!e->status)
			break;
		if (e->hash == h && CountsEq(cs, e->key, key))
			return e;
		j = (j + 1) & mask;
	}
	if ((cs->used + 1) * 4 > cs->size * 3)
	{
		CountsGrow(cs);
		return CountsLookup(cs, key, h, copykey);
	}
	memset(e, 0, sizeof(ActorEntry));
	e->status = 1;
	e->hash = h;
	e->key = copykey ? datumCopy(key, cs->typbyval, cs->typlen) : key;
	cs->used++;
	return e;
}

/* Make room for extra more bytes in an actor's run. */
static pg_noinline void
CountsGrowRun(CountsState *cs, ActorEntry *e, uint32 extra)
{
	uint64		need = (uint64) e->len + extra;
	uint64		cap = Max(e->cap, 64);

	if (need > EVRUN_MAX_BYTES)
		EvTooLarge();
	while (cap < need)
		cap *= 2;
	cap = Min(cap, (uint64) EVRUN_MAX_BYTES);
	if (e->data != NULL && e->cap == 0)
	{
		/* a borrowed run (in a received state): copy it out */
		uint8	   *d = MemoryContextAlloc(cs->ctx, cap);

		memcpy(d, e->data, e->len);
		e->data = d;
	}
	else
		e->data = e->data ? repalloc(e->data, cap) : MemoryContextAlloc(cs->ctx, cap);
	e->cap = (uint32) cap;
}

/* Append an event to an actor. */
static inline void
CountsAdd(CountsState *cs, ActorEntry *e, int64 ts, uint32 mask)
{
	uint8	   *p;

	if (unlikely(e->len + EVRUN_MAX_ADD > e->cap))
		CountsGrowRun(cs, e, EVRUN_MAX_ADD);
	p = EvPutNext(e->data + e->len, &e->last_ts, &e->rebase, ts, mask);
	e->len = (uint32) (p - e->data);
	e->n++;
}

/*
 * Append a run of n events (len bytes, first event against 0) to an actor.
 * An empty actor borrows the run instead (when it lives as long as the
 * state: a received state's bytes, or a combined state's runs).
 */
static void
CountsAppendRun(CountsState *cs, ActorEntry *e, uint8 *data, uint32 len, uint32 n, bool borrow)
{
	uint64		need;

	if (n == 0)
		return;
	if (e->n == 0 && borrow)
	{
		if (e->data && e->cap > 0)
			pfree(e->data);
		e->data = data;
		e->cap = 0;
		e->len = len;
	}
	else
	{
		need = EvAppendSize(e->n, len);
		if (e->len + need > e->cap)
			CountsGrowRun(cs, e, need);
		e->len += EvAppendRun(e->data + e->len, e->n, data, len);
	}
	e->n += n;
	e->rebase = true;
	e->last_ts = 0;
}

/* ---- funnel_counts, integer actors: partitioned rows ------------------------ */

/*
 * For integer actors (bigint, integer, smallint, oid, date: the common case)
 * the transition touches no hash table: it appends (actor, ts, mask) to one
 * of CP_PARTS partitions, chosen by the top bits of the actor's hash.  The
 * writes are sequential (the partitions' tails stay in cache), where a hash
 * table of actors costs two cache misses per row (the actor's slot and the
 * tail of its run) in a time-ordered log.  The rows are grouped into actors
 * one partition at a time, with a table small enough to stay in cache:
 *	- serialize writes each partition as a section of actors and event runs;
 *	- combine only collects received states;
 *	- the final function groups partition p of the state's own rows and of
 *	  every received state together (an actor's rows are in the same
 *	  partition everywhere: same hash), decodes each actor's events and
 *	  computes its level.
 * A row costs 20 bytes while buffered.
 */
/* the grouping workspace of one partition (reused for all of them) */
typedef struct CountsWork
{
	/* open-addressing table: actor -> index (0 = empty slot) */
	int64	   *tkey;
	uint32	   *tidx;
	uint32		tsize;			/* a power of 2 */
	/* actors */
	int64	   *akey;
	uint32	   *acnt;			/* events */
	uint32	   *astart;			/* first event in ev */
	uint32	   *afill;
	uint8	   *alevel;			/* known level, or CP_LEVEL_UNKNOWN: decode */
	uint32	   *asteps;			/* OR of the received records' steps */
	bool	   *asat;			/* a part reached the last step alone */
	uint32	   *arec;			/* received records */
	bool	   *araw;			/* has rows of the state itself */
	uint32		nact;
	uint32		capact;
	/* actor index of each input (row or received actor record) */
	uint32	   *inact;
	/* received records: the run, its events and bytes */
	const uint8 **rrun;
	uint32	   *rn;
	uint32	   *rlen;
	uint32		capin;
	PggEvent   *ev;
	uint64		capev;
} CountsWork;

static inline uint32
CountsPartOf(uint32 h)
{
	return h >> (32 - CP_BITS);
}

/* Move the staged rows of a partition to its blocks. */
static pg_noinline void
CountsPartFlush(CountsState *cs, CountsPart *cp)
{
	const uint8 *src = cp->stage;
	uint32		k = cp->ns;

	if (cp->n > PG_UINT32_MAX / 4)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many rows for funnel_counts")));
	while (k > 0)
	{
		CountsBlock *b = cp->tail;
		uint32		m;

		if (b == NULL || b->n == CB_ROWS)
		{
			if (cs->freeblocks)
			{
				b = cs->freeblocks;
				cs->freeblocks = b->next;
			}
			else
				b = MemoryContextAlloc(cs->ctx, sizeof(CountsBlock));
			b->next = NULL;
			b->n = 0;
			if (cp->tail)
				cp->tail->next = b;
			else
				cp->head = b;
			cp->tail = b;
		}
		m = Min(k, CB_ROWS - b->n);
		memcpy(b->rows + b->n * COUNTS_ROW_BYTES, src, m * COUNTS_ROW_BYTES);
		b->n += m;
		src += m * COUNTS_ROW_BYTES;
		k -= m;
	}
	cp->n += cp->ns;
	cp->ns = 0;
}

/* The actor and the event of a row. */
static inline int64
CountsRowKey(const uint8 *r)
{
	int64		v;

	memcpy(&v, r, 8);
	return v;
}

static inline void
CountsRowEvent(const uint8 *r, PggEvent *e)
{
	memcpy(&e->ts, r + 8, 8);
	memcpy(&e->mask, r + 16, 4);
	e->aux = 0;
}

static void CountsCompact(CountsState *cs);

/* The per-row path of integer actors. */
static inline void
CountsPartAdd(CountsState *cs, int64 key, int64 ts, uint32 mask)
{
	CountsPart *cp = &cs->parts[CountsPartOf((uint32) pgg_hash_mix64((uint64) key))];

	uint8	   *r = cp->stage + cp->ns * COUNTS_ROW_BYTES;

	memcpy(r, &key, 8);
	memcpy(r + 8, &ts, 8);
	memcpy(r + 16, &mask, 4);
	if (unlikely(++cp->ns == CP_STAGE))
		CountsPartFlush(cs, cp);
	if (unlikely(++cs->nbuffered >= cs->compact_rows))
		CountsCompact(cs);
}

/* A section offset of the table at the start of a partitioned state. */
static inline uint32
CountsGet32(const uint8 *p)
{
	uint32		v;

	memcpy(&v, p, 4);
	return pg_ntoh32(v);
}

/*
 * The partitions of a serialized state: a table of CP_PARTS section ends
 * (4 bytes each, from the end of the table), then the sections.  A section
 * is a varint count of actor records; a record is the actor (zigzag varint),
 * its event count and run length (varints), its level (one byte), its steps
 * (varint), then the run.  A record is 5 to 26 bytes before its run (the
 * fixed-width record of 0.2.0 took 21, about 40% of a state's bytes).
 *
 * The level is that of the record's own events (default mode only, else
 * CP_LEVEL_UNKNOWN) and steps the OR of their masks.  In the default mode an
 * actor's level is at least the largest level of its parts (a chain survives
 * any added rows) and at most the longest prefix of steps present in any of
 * them; when the two meet, the final function need not decode the actor.  A
 * record whose events alone reach the last step carries no events.
 *
 * Received bytes are checked where they are read: the table when the state
 * arrives, each record's framing when its partition is grouped, each run
 * when it is decoded (runs that are not decoded are never interpreted).
 */
#define CP_REC_MIN 5
#define CP_REC_MAX 26
#define CP_LEVEL_UNKNOWN 0xFF

/* The next capacity of work arrays that hold cap elements and need need. */
static inline uint64
CountsWorkCap(uint64 cap, uint64 need)
{
	return Max(cap * 2, Max(need, 1024));
}

/* A work array of cap elements replacing p (its contents are not kept). */
static void *
CountsWorkArray(void *p, Size elem, uint64 cap)
{
	if (cap * elem > MaxAllocHugeSize)
		EvTooLarge();
	if (p)
		pfree(p);
	return MemoryContextAllocHuge(CurrentMemoryContext, cap * elem);
}

/* The actor index of key, inserting it if new. */
static inline uint32
CountsWorkActor(CountsWork *w, int64 key, uint32 h)
{
	uint32		m = w->tsize - 1;
	uint32		j = h & m;

	for (;;)
	{
		uint32		t = w->tidx[j];

		if (t == 0)
			break;
		if (w->tkey[j] == key)
			return t - 1;
		j = (j + 1) & m;
	}
	w->tkey[j] = key;
	w->tidx[j] = w->nact + 1;
	w->akey[w->nact] = key;
	w->acnt[w->nact] = 0;
	w->alevel[w->nact] = 0;
	w->asteps[w->nact] = 0;
	w->asat[w->nact] = false;
	w->arec[w->nact] = 0;
	w->araw[w->nact] = false;
	return w->nact++;
}

/*
 * Group partition p: the state's own rows and the actor records of every
 * received state's section p.  Leaves, for actor a, its events in
 * w->ev[astart[a] .. astart[a] + acnt[a]): own rows first in arrival order,
 * then each received run in its order.
 */
static void
CountsGroupPart(CountsState *cs, int p, CountsWork *w, bool levels_only)
{
	CountsPart *cp = &cs->parts[p];
	CountsBlock *b;
	uint64		nin;
	uint64		nev;
	uint64		i,
				k,
				tsize;
	int			r;
	const char *what = "funnel_counts";

	if (cp->ns > 0)
		CountsPartFlush(cs, cp);
	nin = nev = cp->n;

	/* count the inputs (a record takes at least CP_REC_MIN bytes) */
	for (r = 0; r < cs->nrecv; r++)
	{
		CountsRecv *rv = cs->recv[r];
		const uint8 *q = rv->data + rv->off[p];
		const uint8 *end = rv->data + rv->off[p + 1];
		uint64		na;

		q = pgg_get_varint(q, end, &na);
		if (q == NULL || na > (uint64) (end - q) / CP_REC_MIN)
			EvCorrupt(what);
		nin += na;
	}
	if (nin > PG_UINT32_MAX / 4)
		EvTooLarge();
	tsize = 64;
	while (tsize < nin * 2)
		tsize *= 2;
	if (tsize > w->tsize)
	{
		uint64		c = CountsWorkCap(0, tsize);

		w->tkey = CountsWorkArray(w->tkey, sizeof(int64), c);
		w->tidx = CountsWorkArray(w->tidx, sizeof(uint32), c);
	}
	memset(w->tidx, 0, tsize * sizeof(uint32));
	w->tsize = (uint32) tsize;
	if (nin > w->capact)
	{
		uint64		c = CountsWorkCap(w->capact, nin);

		w->akey = CountsWorkArray(w->akey, sizeof(int64), c);
		w->acnt = CountsWorkArray(w->acnt, sizeof(uint32), c);
		w->astart = CountsWorkArray(w->astart, sizeof(uint32), c);
		w->afill = CountsWorkArray(w->afill, sizeof(uint32), c);
		w->alevel = CountsWorkArray(w->alevel, sizeof(uint8), c);
		w->arec = CountsWorkArray(w->arec, sizeof(uint32), c);
		w->asteps = CountsWorkArray(w->asteps, sizeof(uint32), c);
		w->asat = CountsWorkArray(w->asat, sizeof(bool), c);
		w->araw = CountsWorkArray(w->araw, sizeof(bool), c);
		w->capact = (uint32) c;
	}
	if (nin > w->capin)
	{
		uint64		c = CountsWorkCap(w->capin, nin);

		w->inact = CountsWorkArray(w->inact, sizeof(uint32), c);
		w->rrun = CountsWorkArray(w->rrun, sizeof(const uint8 *), c);
		w->rn = CountsWorkArray(w->rn, sizeof(uint32), c);
		w->rlen = CountsWorkArray(w->rlen, sizeof(uint32), c);
		w->capin = (uint32) c;
	}
	w->nact = 0;

	/* pass 1: actor of every input, events per actor */
	i = 0;
	for (b = cp->head; b != NULL; b = b->next)
	{
		uint32		j;

		for (j = 0; j < b->n; j++, i++)
		{
			int64		key = CountsRowKey(b->rows + j * COUNTS_ROW_BYTES);
			uint32		a = CountsWorkActor(w, key, (uint32) pgg_hash_mix64((uint64) key));

			w->inact[i] = a;
			w->acnt[a]++;
			w->araw[a] = true;
		}
	}
	k = cp->n;
	for (r = 0; r < cs->nrecv; r++)
	{
		CountsRecv *rv = cs->recv[r];
		const uint8 *q = rv->data + rv->off[p];
		const uint8 *end = rv->data + rv->off[p + 1];
		uint64		na = 0,
					j;

		q = pgg_get_varint(q, end, &na);	/* checked above */
		for (j = 0; j < na; j++)
		{
			uint64		zkey,
						n,
						len,
						steps;
			int64		key;
			uint32		h;
			uint32		a;
			uint8		lv;

			q = pgg_get_varint(q, end, &zkey);
			if (q != NULL)
				q = pgg_get_varint(q, end, &n);
			if (q != NULL)
				q = pgg_get_varint(q, end, &len);
			if (q == NULL || q >= end)
				EvCorrupt(what);
			lv = *q++;
			q = pgg_get_varint(q, end, &steps);
			if (q == NULL || len > (uint64) (end - q) || n > len || steps > PG_UINT32_MAX ||
				(lv != CP_LEVEL_UNKNOWN && lv > cs->cfg.nsteps))
				EvCorrupt(what);
			key = (int64) ((zkey >> 1) ^ (0 - (zkey & 1)));
			h = (uint32) pgg_hash_mix64((uint64) key);
			/* a received actor must belong to this partition (or it would count twice) */
			if (CountsPartOf(h) != (uint32) p)
				EvCorrupt(what);
			a = CountsWorkActor(w, key, h);
			w->rrun[k] = q;
			w->rn[k] = (uint32) n;
			w->rlen[k] = (uint32) len;
			w->inact[k++] = a;
			w->acnt[a] += (uint32) n;
			nev += n;
			if (nev > PG_UINT32_MAX)
				EvTooLarge();
			if (lv == cs->cfg.nsteps && n == 0)
				w->asat[a] = true;	/* one part reaches the last step alone */
			/* alevel: the largest level of the parts, unknown if one is */
			if (lv == CP_LEVEL_UNKNOWN || w->alevel[a] == CP_LEVEL_UNKNOWN)
				w->alevel[a] = CP_LEVEL_UNKNOWN;
			else if (lv > w->alevel[a])
				w->alevel[a] = lv;
			w->asteps[a] |= (uint32) steps;
			w->arec[a]++;
			q += len;
		}
		if (q != end)
			EvCorrupt(what);
	}
	CHECK_FOR_INTERRUPTS();

	/*
	 * Which actors need their events: all but those one of whose parts reached
	 * the last step alone, and, for levels only, those with a single received
	 * part and a known level.
	 */
	for (i = 0; i < w->nact; i++)
	{
		if (w->asat[i])
		{
			w->alevel[i] = (uint8) cs->cfg.nsteps;	/* known: the last step */
			w->acnt[i] = 0;
		}
		else if (levels_only && !w->araw[i] && w->arec[i] > 0 &&
				 w->alevel[i] != CP_LEVEL_UNKNOWN &&
				 (w->arec[i] == 1 || w->alevel[i] == StepPrefix(w->asteps[i], cs->cfg.nsteps)))
			w->acnt[i] = 0;		/* known: its only part's level, or bounds that meet */
		else
			w->alevel[i] = CP_LEVEL_UNKNOWN;
	}

	/* pass 2: place the events */
	{
		uint32		pos = 0;

		for (i = 0; i < w->nact; i++)
		{
			w->astart[i] = pos;
			w->afill[i] = 0;
			pos += w->acnt[i];
		}
		nev = pos;
	}
	if (nev > w->capev)
	{
		w->capev = CountsWorkCap(w->capev, nev);
		w->ev = CountsWorkArray(w->ev, sizeof(PggEvent), w->capev);
	}
	i = 0;
	for (b = cp->head; b != NULL; b = b->next)
	{
		uint32		j;

		for (j = 0; j < b->n; j++, i++)
		{
			uint32		a = w->inact[i];

			if (w->alevel[a] != CP_LEVEL_UNKNOWN)
				continue;
			CountsRowEvent(b->rows + j * COUNTS_ROW_BYTES, &w->ev[w->astart[a] + w->afill[a]++]);
		}
	}
	for (k = cp->n; k < nin; k++)
	{
		uint32		a = w->inact[k];

		if (w->alevel[a] == CP_LEVEL_UNKNOWN)
		{
			EvDecodeInto(w->rrun[k], w->rlen[k], w->rn[k], cs->cfg.nconds,
						 &w->ev[w->astart[a] + w->afill[a]], what);
			w->afill[a] += w->rn[k];
		}
	}
}

/* The level counts of a partitioned state (final function). */
static void
CountsPartLevels(CountsState *cs, int64 *counts)
{
	CountsWork	w;
	int			p;

	memset(&w, 0, sizeof(w));
	for (p = 0; p < CP_PARTS; p++)
	{
		uint32		a;

		CountsGroupPart(cs, p, &w, true);
		for (a = 0; a < w.nact; a++)
		{
			PggEventBuffer buf;

			if (w.alevel[a] != CP_LEVEL_UNKNOWN)
			{
				counts[w.alevel[a]]++;
				continue;
			}
			buf.ev = &w.ev[w.astart[a]];
			buf.n = w.acnt[a];
			buf.cap = buf.n;
			buf.sorted = false;
			counts[FunnelLevel(&cs->cfg, &buf, NULL)]++;
		}
		CHECK_FOR_INTERRUPTS();
	}
}

/* Write the partitions of a state as sections of actors and event runs. */
static void
CountsPartWrite(CountsState *cs, StringInfo buf)
{
	CountsWork	w;
	int			p;
	int			table;
	int			base;

	memset(&w, 0, sizeof(w));
	/* the table of section ends, filled in as the sections are written */
	enlargeStringInfo(buf, CP_PARTS * 4);
	table = buf->len;
	buf->len += CP_PARTS * 4;
	base = buf->len;
	for (p = 0; p < CP_PARTS; p++)
	{
		uint32		a;
		uint8	   *q;

		CountsGroupPart(cs, p, &w, false);
		enlargeStringInfo(buf, 10);
		q = pgg_put_varint((uint8 *) buf->data + buf->len, w.nact);
		buf->len = (int) ((char *) q - buf->data);
		for (a = 0; a < w.nact; a++)
		{
			PggEvent   *ev = &w.ev[w.astart[a]];
			uint32		n = w.acnt[a];
			uint32		i;
			uint8	   *h,
					   *run;
			int64		prev = 0;
			uint32		len;
			uint8		lv = CP_LEVEL_UNKNOWN;
			uint32		steps = 0;

			for (i = 0; i < n; i++)
				steps |= ev[i].mask;
			if (w.alevel[a] == cs->cfg.nsteps)
				lv = w.alevel[a];	/* a part reached the last step: no events */
			else if (cs->cfg.modes == 0 && n > 0)
			{
				/* the level of these events alone (sorts them, if need be) */
				PggEventBuffer eb;

				eb.ev = ev;
				eb.n = n;
				eb.cap = n;
				eb.sorted = false;
				lv = (uint8) FunnelLevel(&cs->cfg, &eb, NULL);
			}
			if (lv == cs->cfg.nsteps)
				n = 0;

			if ((uint64) n * EVRUN_MAX_EVENT + CP_REC_MAX > (uint64) (MaxAllocSize - buf->len - 1))
				ereport(ERROR,
						(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						 errmsg("funnel_counts state too large to serialize")));
			enlargeStringInfo(buf, (int) (CP_REC_MAX + n * EVRUN_MAX_EVENT));

			/*
			 * The run goes after room for the longest record header, then
			 * moves to just after the header once its length is known.
			 */
			h = (uint8 *) buf->data + buf->len;
			run = q = h + CP_REC_MAX;
			for (i = 0; i < n; i++)
			{
				q = EvPut(q, prev, ev[i].ts, ev[i].mask);
				prev = ev[i].ts;
			}
			len = (uint32) (q - run);
			h = pgg_put_varint(h, ((uint64) w.akey[a] << 1) ^ (uint64) (w.akey[a] >> 63));
			h = pgg_put_varint(h, n);
			h = pgg_put_varint(h, len);
			*h++ = lv;
			h = pgg_put_varint(h, steps);
			memmove(h, run, len);
			buf->len = (int) ((char *) (h + len) - buf->data);
		}
		{
			uint32		e = pg_hton32((uint32) (buf->len - base));

			memcpy(buf->data + table + 4 * p, &e, 4);
		}
		CHECK_FOR_INTERRUPTS();
	}
	buf->data[buf->len] = '\0';
}

/*
 * Read the section table of a received state (data[0 .. len), copied into
 * the aggregate context): the sections must follow each other and fill the
 * state.  Their records are checked when their partition is grouped.
 */
static CountsRecv *
CountsPartRecv(const uint8 *data, uint32 len, const char *what)
{
	CountsRecv *rv = palloc(sizeof(CountsRecv));
	uint32		pos = 0;
	int			p;

	if (len < CP_PARTS * 4)
		EvCorrupt(what);
	rv->data = data + CP_PARTS * 4;
	len -= CP_PARTS * 4;
	for (p = 0; p < CP_PARTS; p++)
	{
		uint32		e = CountsGet32(data + 4 * p);

		/* a section holds at least its count */
		if (e <= pos || e > len)
			EvCorrupt(what);
		rv->off[p] = pos;
		pos = e;
	}
	if (pos != len)
		EvCorrupt(what);
	rv->off[CP_PARTS] = pos;
	return rv;
}

/* Add a received state to a partitioned one. */
static void
CountsAddRecv(CountsState *cs, CountsRecv *rv)
{
	if (cs->nrecv == cs->caprecv)
	{
		cs->caprecv = cs->caprecv ? cs->caprecv * 2 : 4;
		cs->recv = cs->recv ? repalloc(cs->recv, cs->caprecv * sizeof(CountsRecv *))
			: MemoryContextAlloc(cs->ctx, cs->caprecv * sizeof(CountsRecv *));
	}
	cs->recv[cs->nrecv++] = rv;
}

/*
 * Group src's buffered rows into one section blob, kept by dst like a
 * received state (the grouping work memory is freed at once).
 */
static void
CountsRowsToRecv(CountsState *dst, CountsState *src)
{
	MemoryContext work = AllocSetContextCreate(CurrentMemoryContext, "pg_growth funnel_counts grouping",
											   ALLOCSET_DEFAULT_SIZES);
	MemoryContext old = MemoryContextSwitchTo(work);
	StringInfoData buf;
	CountsState tmp = *src;
	uint8	   *blob;

	tmp.nrecv = 0;				/* the rows only */
	initStringInfo(&buf);
	CountsPartWrite(&tmp, &buf);
	MemoryContextSwitchTo(dst->ctx);
	blob = MemoryContextAllocHuge(dst->ctx, Max(buf.len, 1));
	memcpy(blob, buf.data, buf.len);
	CountsAddRecv(dst, CountsPartRecv(blob, buf.len, "funnel_counts"));
	MemoryContextSwitchTo(old);
	MemoryContextDelete(work);
}

/*
 * Compact the buffered rows into one more section blob and empty the
 * partitions.  Linear: earlier blobs are not rewritten.
 */
static void
CountsCompact(CountsState *cs)
{
	int			p;

	CountsRowsToRecv(cs, cs);
	for (p = 0; p < CP_PARTS; p++)
	{
		CountsPart *cp = &cs->parts[p];

		/* keep the blocks for the next rows */
		if (cp->tail)
		{
			cp->tail->next = cs->freeblocks;
			cs->freeblocks = cp->head;
		}
		cp->head = cp->tail = NULL;
		cp->n = 0;
	}
	cs->nbuffered = 0;
}

/* Combine for integer actors: b's rows and received states go to a. */
static void
CountsPartCombine(CountsState *a, CountsState *b)
{
	int			r;
	int			p;
	bool		rows = false;

	for (r = 0; r < b->nrecv; r++)
		CountsAddRecv(a, b->recv[r]);
	for (p = 0; p < CP_PARTS; p++)
		rows |= b->parts[p].n > 0 || b->parts[p].ns > 0;
	if (rows)
		CountsRowsToRecv(a, b);	/* b's own rows (combined without serialization) */
}

/* Shared transition: (state, actor, window, [mode], ts, conds...). */
static Datum
CountsTrans(FunctionCallInfo fcinfo, bool has_mode)
{
	MemoryContext aggctx;
	MemoryContext old;
	FunnelCache *c;
	CountsState *cs;
	FunnelConfig cfg;
	int			tsarg = has_mode ? 4 : 3;
	int			nconds;
	uint32		mask;
	int64		ts;
	Datum		key;
	ActorEntry *e;

	c = FunnelGetCache(fcinfo, tsarg + 1, has_mode, "funnel_counts");
	mask = FunnelRowMask(fcinfo, c, "funnel_counts", &nconds);
	cs = PG_ARGISNULL(0) ? NULL : (CountsState *) PG_GETARG_POINTER(0);
	if (unlikely(cs == NULL))
	{
		/* only an aggregate passes a state, so check the context here */
		if (!AggCheckCallContext(fcinfo, &aggctx))
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("funnel_counts transition function called in non-aggregate context")));
		FunnelRowConfig(fcinfo, c, 2, nconds, &cfg);
		cs = CountsNew(aggctx, &cfg, get_fn_expr_argtype(fcinfo->flinfo, 1), PG_GET_COLLATION());
	}
	else if (!FunnelStable(fcinfo, c, 2))
	{
		FunnelRowConfig(fcinfo, c, 2, nconds, &cfg);
		FunnelSameConfig(&cs->cfg, &cfg, "funnel_counts");
	}
	if (PG_ARGISNULL(1) || PG_ARGISNULL(tsarg))
		PG_RETURN_POINTER(cs);	/* NULL actors and timestamps are ignored */
	if (!FunnelKeepRow(&cs->cfg, mask))
		PG_RETURN_POINTER(cs);
	ts = PG_GETARG_INT64(tsarg);
	if (TIMESTAMP_NOT_FINITE(ts))
		PG_RETURN_POINTER(cs);
	key = PG_GETARG_DATUM(1);
	if (!cs->typbyval && cs->typlen == -1)
		key = PointerGetDatum(PG_DETOAST_DATUM_PACKED(key));
	if (cs->parts)
	{
		CountsPartAdd(cs, (int64) key, ts, mask);
		PG_RETURN_POINTER(cs);
	}
	old = MemoryContextSwitchTo(cs->ctx);
	e = CountsLookup(cs, key, CountsHash(cs, key), true);
	CountsAdd(cs, e, ts, mask);
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(cs);
}

/* funnel_counts_trans(internal, anyelement, interval, timestamptz, VARIADIC "any") */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_funnel_counts_trans);
Datum
pgg_funnel_counts_trans(PG_FUNCTION_ARGS)
{
	return CountsTrans(fcinfo, false);
}

/* funnel_counts_mode_trans(internal, anyelement, interval, text, timestamptz, VARIADIC "any") */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_funnel_counts_mode_trans);
Datum
pgg_funnel_counts_mode_trans(PG_FUNCTION_ARGS)
{
	return CountsTrans(fcinfo, true);
}

/* funnel_counts_final(internal) returns bigint[] */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_funnel_counts_final);
Datum
pgg_funnel_counts_final(PG_FUNCTION_ARGS)
{
	CountsState *cs;
	int64		counts[PGG_MAX_STEPS + 1];
	Datum		out[PGG_MAX_STEPS];
	uint64		i;
	int			k;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	cs = (CountsState *) PG_GETARG_POINTER(0);
	memset(counts, 0, sizeof(counts));
	if (cs->parts)
		CountsPartLevels(cs, counts);
	else if (cs->scratch == NULL)
		cs->scratch = MemoryContextAllocZero(cs->ctx, sizeof(PggEventBuffer));
	for (i = 0; i < cs->size; i++)
	{
		ActorEntry *e = &cs->slots[i];

		/* the runs are scattered: fetch a later actor's while decoding this one */
		if (i + 8 < cs->size && cs->slots[i + 8].status)
			PGG_PREFETCH(cs->slots[i + 8].data, 0, 3);
		if (!e->status)
			continue;
		if ((i & 1023) == 0)
			CHECK_FOR_INTERRUPTS();
		if (e->n == 0)
		{
			counts[0]++;
			continue;
		}
		EvDecode(e->data, e->len, e->n, cs->cfg.nconds, cs->scratch, "funnel_counts");
		counts[FunnelLevel(&cs->cfg, cs->scratch, NULL)]++;
	}
	/* element k = actors whose level is at least k */
	for (k = cs->cfg.nsteps - 1; k >= 1; k--)
		counts[k] += counts[k + 1];
	for (k = 0; k < cs->cfg.nsteps; k++)
		out[k] = Int64GetDatum(counts[k + 1]);
	PG_RETURN_ARRAYTYPE_P(construct_array(out, cs->cfg.nsteps, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/* funnel_counts_combine(internal, internal) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_funnel_counts_combine);
Datum
pgg_funnel_counts_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggctx;
	MemoryContext old;
	CountsState *a,
			   *b;
	uint64		i;

	if (!AggCheckCallContext(fcinfo, &aggctx))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("funnel_counts_combine called in non-aggregate context")));
	a = PG_ARGISNULL(0) ? NULL : (CountsState *) PG_GETARG_POINTER(0);
	b = PG_ARGISNULL(1) ? NULL : (CountsState *) PG_GETARG_POINTER(1);
	if (b == NULL)
		PG_RETURN_POINTER(a);
	/* a deserialized state lives in the aggregate context: take it over (see above) */
	if (a == NULL && b->adoptable && GetMemoryChunkContext(b) == aggctx)
	{
		b->adoptable = false;
		PG_RETURN_POINTER(b);
	}
	old = MemoryContextSwitchTo(aggctx);
	if (a == NULL)
		a = CountsNew(aggctx, &b->cfg, b->actor_type, b->collation);
	else
	{
		FunnelSameConfig(&a->cfg, &b->cfg, "funnel_counts");
		if (a->actor_type != b->actor_type)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("cannot combine funnel_counts states of different actor types")));
	}
	if (a->parts)
	{
		/* integer actors: collect b's rows and received states */
		CountsPartCombine(a, b);
		MemoryContextSwitchTo(old);
		PG_RETURN_POINTER(a);
	}
	if (a->size < b->size)
		CountsResize(a, b->size);	/* filled in b's hash order */
	for (i = 0; i < b->size; i++)
	{
		ActorEntry *be = &b->slots[i];
		ActorEntry *ae;

		/* fetch the slot of a later actor and the run of this one's match */
		if (i + 8 < b->size && b->slots[i + 8].status)
			PGG_PREFETCH(&a->slots[b->slots[i + 8].hash & (a->size - 1)], 0, 3);
		if (!be->status)
			continue;
		ae = CountsLookup(a, be->key, be->hash, true);

		/*
		 * A received state's runs stay where they are (its bytes are kept
		 * until the end); an empty actor of a borrows them.
		 */
		CountsAppendRun(a, ae, be->data, be->len, be->n, b->adoptable);
		if (b->adoptable && be->cap > 0 && ae->data != be->data)
			pfree(be->data);
	}
	if (b->adoptable)
	{
		pfree(b->slots);
		pfree(b);
	}
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(a);
}

/* funnel_counts_serialize(internal) returns bytea */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_funnel_counts_serialize);
Datum
pgg_funnel_counts_serialize(PG_FUNCTION_ARGS)
{
	CountsState *cs = (CountsState *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	Oid			sendfn;
	bool		isvarlena;
	FmgrInfo	sendinfo;
	uint64		i;

	pgg_ser_begin(&buf, FUNNEL_COUNTS_MAGIC, FUNNEL_SER_VERSION);
	FunnelSendConfig(&buf, &cs->cfg);
	pq_sendint32(&buf, cs->actor_type);
	pq_sendint32(&buf, cs->collation);
	pq_sendbyte(&buf, cs->parts ? 1 : 0);	/* layout: partitions, or an actor table */
	if (cs->parts)
	{
		CountsPartWrite(cs, &buf);
		PG_RETURN_BYTEA_P(pgg_ser_end(&buf));
	}
	getTypeBinaryOutputInfo(cs->actor_type, &sendfn, &isvarlena);
	fmgr_info(sendfn, &sendinfo);
	pq_sendint64(&buf, cs->used);
	for (i = 0; i < cs->size; i++)
	{
		ActorEntry *e = &cs->slots[i];

		if (!e->status)
			continue;
		if (cs->fastkey)
			pq_sendint64(&buf, (int64) e->key);
		else
		{
			bytea	   *v = SendFunctionCall(&sendinfo, e->key);

			pq_sendint32(&buf, VARSIZE(v) - VARHDRSZ);
			pq_sendbytes(&buf, VARDATA(v), VARSIZE(v) - VARHDRSZ);
		}
		pq_sendint32(&buf, e->n);
		pq_sendint32(&buf, e->len);
		pq_sendbytes(&buf, (const char *) e->data, e->len);
	}
	PG_RETURN_BYTEA_P(pgg_ser_end(&buf));
}

/* funnel_counts_deserialize(bytea, internal) returns internal */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_funnel_counts_deserialize);
Datum
pgg_funnel_counts_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	MemoryContext aggctx;
	MemoryContext old;
	StringInfoData buf;
	FunnelConfig cfg;
	CountsState *cs;
	Oid			actor_type;
	Oid			collation;
	Oid			recvfn,
				typioparam;
	FmgrInfo	recvinfo;
	int64		nact,
				i;
	uint32		n,
				len;
	char	   *copy;
	const char *what = "funnel_counts";

	if (!AggCheckCallContext(fcinfo, &aggctx))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("funnel_counts_deserialize called in non-aggregate context")));
	pgg_deser_begin(&buf, b, FUNNEL_COUNTS_MAGIC, FUNNEL_SER_VERSION, what);

	/*
	 * One copy of the bytes in the aggregate context: the actors' runs stay
	 * there (borrowed) and are checked when the final function decodes them.
	 */
	copy = MemoryContextAllocHuge(aggctx, Max(buf.len, 1));
	memcpy(copy, buf.data, buf.len);
	buf.data = copy;
	FunnelRecvConfig(&buf, &cfg, what);

	actor_type = FunnelRecvType(&buf, what);
	pgg_deser_need(&buf, 4, what);
	collation = (Oid) pq_getmsgint(&buf, 4);
	if (OidIsValid(collation) && !SearchSysCacheExists1(COLLOID, ObjectIdGetDatum(collation)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid %s state", what),
				 errdetail("The serialized state names an unknown collation.")));
	old = MemoryContextSwitchTo(aggctx);
	cs = CountsNew(aggctx, &cfg, actor_type, collation);
	pgg_deser_need(&buf, 1, what);
	if (pq_getmsgbyte(&buf) != (cs->parts ? 1 : 0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid %s state", what),
				 errdetail("The layout does not match the actor type.")));
	if (cs->parts)
	{
		/* partitions of integer actors: checked section by section, kept as they are */
		CountsAddRecv(cs, CountsPartRecv((const uint8 *) buf.data + buf.cursor,
										 (uint32) (buf.len - buf.cursor), what));
		MemoryContextSwitchTo(old);
		cs->adoptable = true;
		PG_RETURN_POINTER(cs);
	}
	getTypeBinaryInputInfo(actor_type, &recvfn, &typioparam);
	fmgr_info(recvfn, &recvinfo);
	pgg_deser_need(&buf, 8, what);
	nact = pq_getmsgint64(&buf);
	if (nact < 0)
		pgg_deser_need(&buf, -1, what);
	/* actors come in the sender's hash order: size the table first */
	CountsReserve(cs, (uint64) Min(nact, (int64) (buf.len - buf.cursor) / 12 + 1));
	for (i = 0; i < nact; i++)
	{
		Datum		key;
		ActorEntry *e;

		if (cs->fastkey)
		{
			pgg_deser_need(&buf, 8, what);
			key = (Datum) pq_getmsgint64(&buf);
		}
		else
		{
			int			len;
			StringInfoData vb;

			pgg_deser_need(&buf, 4, what);
			len = (int32) pq_getmsgint(&buf, 4);
			pgg_deser_need(&buf, len, what);
			initStringInfo(&vb);
			appendBinaryStringInfo(&vb, pq_getmsgbytes(&buf, len), len);
			key = ReceiveFunctionCall(&recvinfo, &vb, typioparam, -1);
		}
		pgg_deser_need(&buf, 8, what);
		n = (uint32) pq_getmsgint(&buf, 4);
		len = (uint32) pq_getmsgint(&buf, 4);
		if (len > EVRUN_MAX_BYTES || n > len)
			EvCorrupt(what);
		pgg_deser_need(&buf, len, what);
		e = CountsLookup(cs, key, CountsHash(cs, key), false);
		CountsAppendRun(cs, e, (uint8 *) buf.data + buf.cursor, len, n, true);
		buf.cursor += len;
	}
	MemoryContextSwitchTo(old);
	pgg_deser_end(&buf, what);
	cs->adoptable = true;
	PG_RETURN_POINTER(cs);
}
