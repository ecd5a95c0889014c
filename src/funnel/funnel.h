/*-------------------------------------------------------------------------
 *
 * src/funnel/funnel.h
 *	  What the files of the funnel capability share: the modes and the
 *	  configuration of a call, the call-site cache, the state of each
 *	  aggregate family, the event-run codec and the level computation.
 *
 * The semantics are stated in doc/funnel.md ("Semantics", "Modes"); they
 * follow ClickHouse's windowFunnel, with exact strict modes, any_order and
 * exclusions.  The files:
 *
 *	options.c			the mode list, the window, the call-site cache (conditions
 *						or event names), configuration checks and their bytes
 *	level.c				the deepest level of an actor's events: the default mode's
 *						dynamic program, the chain engine, any_order
 *	runs.c				compact event runs (the varint codec of events) and the
 *						state of window_funnel and window_funnel_times
 *	window_funnel.c		window_funnel, window_funnel_times: transition, final,
 *						combine, serialize, deserialize
 *	window_funnel_value.c	window_funnel_value: its state of 16-byte events and
 *						values, and its support functions
 *	counts.c			funnel_counts: the state, the table of actors of other
 *						types than integers, the SQL-callable functions
 *	counts_rows.c		funnel_counts with integer actors: partitioned rows,
 *						grouped into actors one partition at a time
 *
 * Three aggregate families, each with one state type declared below:
 * WindowFunnelState (window_funnel, window_funnel_times), FunnelValueState
 * (window_funnel_value) and CountsState (funnel_counts).  Every state
 * carries a version (FUNNEL_STATE_VERSION), set when it is created and
 * checked by the support functions that receive it; the serialized forms
 * have their own magic and format version (FUNNEL_SER_VERSION).
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef PGG_FUNNEL_H
#define PGG_FUNNEL_H

#include "core/pg_growth.h"
#include "core/args.h"
#include "core/codec.h"
#include "core/evbuf.h"
#include "core/state.h"

#include "port/pg_bitutils.h"
#include "port/pg_bswap.h"
#include "utils/memutils.h"


/* ---- modes and configuration --------------------------------------------- */

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

/* hash slots of the event-name form (twice the most steps) */
#define NAMED_SLOTS 64

/*
 * The per call-site cache, in fn_extra of the transition function.
 *
 * Contract with core/args.c: for an explicit VARIADIC array of conditions
 * (nconds == -1), FunnelRowMask calls the shared pgg_bool_args_mask(), which
 * finds fn_extra set and reads it as an int: the cached condition count, -1
 * meaning "read the array".  So nconds must stay the first member; the
 * static assertion below enforces it.
 */
typedef struct FunnelCache
{
	int			nconds;			/* -1: explicit VARIADIC array; MUST be first */
	int			first;			/* position of the first condition */
	const char *fname;			/* the aggregate as called, for messages */
	char		winwhat[NAMEDATALEN + 8];	/* "<fname> window" */
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
	/* last interval converted */
	Interval	win_iv;
	int64		win_usec;
	bool		win_valid;
	/* event-name form: (event text, steps text[]) instead of conditions */
	bool		named;
	int			nnames;
	char	   *names_copy;		/* the steps array as last seen */
	int			names_size;

	/*
	 * The step names, open addressing with linear probing on hash_bytes().
	 * Kept by hand rather than with lib/simplehash.h: the table has a fixed
	 * size (at most PGG_MAX_STEPS names in NAMED_SLOTS slots, never grows,
	 * built once per steps array) and lives inside this cache, so the
	 * per-row probe reads no other allocation.
	 */
	struct
	{
		uint32		hash;
		uint32		mask;		/* the steps named so; 0: empty slot */
		int			len;
		char	   *name;
	}			slots[NAMED_SLOTS];
} FunnelCache;

StaticAssertDecl(offsetof(FunnelCache, nconds) == 0,
				 "pgg_bool_args_mask (core/args.c) reads fn_extra as the int nconds");
StaticAssertDecl(NAMED_SLOTS >= 2 * PGG_MAX_STEPS, "the step-name table must stay half empty");

/*
 * How the steps are passed: found from the call expression (the VARIADIC
 * "any" and anyelement overloads), or fixed by an entry point of exact
 * argument types (which Citus calls without a call expression): a boolean[]
 * of conditions, (event text, steps text[]), or boolean arguments, one per
 * condition, to the end of the call (the fixed-arity overloads: no array
 * built per row).
 */
typedef enum FunnelForm
{
	FUNNEL_FORM_EXPR,
	FUNNEL_FORM_ARRAY,
	FUNNEL_FORM_NAMED,
	FUNNEL_FORM_FIXED
} FunnelForm;

/* options.c */
extern FunnelCache *FunnelNewCache(FunctionCallInfo fcinfo, int first, bool has_mode,
								   const char *fname);
extern FunnelCache *FunnelNewCacheForm(FunctionCallInfo fcinfo, int first, bool has_mode,
									   const char *fname, FunnelForm form);
extern bool FunnelArgIsFixedArray(FunctionCallInfo fcinfo, int argno);
extern uint32 FunnelNamedMask(FunctionCallInfo fcinfo, FunnelCache *c, const char *fname,
							  int *nconds);
extern int64 FunnelWindow(FunctionCallInfo fcinfo, FunnelCache *c, int argno);
extern void FunnelRowConfig(FunctionCallInfo fcinfo, FunnelCache *c, int winarg, int nconds,
							FunnelConfig *cfg);
extern bool FunnelArgIsConst(FunctionCallInfo fcinfo, int argno);
extern void FunnelFinishConfig(FunnelConfig *cfg, const char *fname);
extern void FunnelSameConfig(const FunnelConfig *a, const FunnelConfig *b,
							 FunctionCallInfo fcinfo, const char *fname);
extern void FunnelCheckConfig(const FunnelConfig *cfg);
extern void FunnelSendConfig(StringInfo buf, const FunnelConfig *cfg);
extern void FunnelRecvConfig(StringInfo buf, FunnelConfig *cfg, const char *what);
extern Oid	FunnelRecvType(StringInfo buf, const char *what);

/* The call-site cache; the first call checks the condition arguments. */
static inline FunnelCache *
FunnelGetCache(FunctionCallInfo fcinfo, int first, bool has_mode, const char *fname)
{
	FunnelCache *c = fcinfo->flinfo->fn_extra;

	if (unlikely(c == NULL))
		c = FunnelNewCache(fcinfo, first, has_mode, fname);
	return c;
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
	/* an explicit VARIADIC array: see the contract at FunnelCache */
	return pgg_bool_args_mask(fcinfo, c->first, PGG_MAX_STEPS, fname, nconds);
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
		c->stable = (c->nconds > 0 || (c->named && FunnelArgIsConst(fcinfo, c->first + 1)) ||
					 (c->nconds < 0 && !c->named && FunnelArgIsFixedArray(fcinfo, c->first))) &&
			FunnelArgIsConst(fcinfo, winarg) &&
			(!c->has_mode || FunnelArgIsConst(fcinfo, winarg + 1));
		c->stable_known = true;
	}
	return c->stable;
}

/* Which stored rows matter: those matching a step (or any row in strict_order). */
static inline bool
FunnelKeepRow(const FunnelConfig *cfg, uint32 mask)
{
	return mask != 0 || (cfg->modes & FM_STRICT_ORDER);
}


/* ---- the level computation (level.c) ------------------------------------- */

/*
 * Loops over the events of one actor (which may hold millions) check for
 * interrupts once every FUNNEL_CFI_MASK + 1 events: a cancel then takes
 * effect within milliseconds at no measurable cost.
 */
#define FUNNEL_CFI_MASK 0xFFFF

/* the chain chosen for step times and values */
typedef struct FunnelPath
{
	int			level;
	int64		start;
	int64		last;
	int64		ev[PGG_MAX_STEPS];	/* event index of each step */
} FunnelPath;

extern int	FunnelLevelDefault(const FunnelConfig *cfg, const PggEvent *ev, int64 n, int bound);
extern int	FunnelLevel(const FunnelConfig *cfg, PggEventBuffer *buf, FunnelPath *path,
						const char *fname);

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
 * c + 1) and has (which slots are set); returns the new level.
 *
 * Invariant (why one timestamp per level is exact): in the default mode a
 * chain may take any later row matching its next step within the window,
 * so of two chains at the same level the one with the later start can do
 * everything the other can (its window ends later).  Slot c - 1 is only
 * ever overwritten by a later start, so copying it into slot c keeps each
 * slot the latest start at its level.  The bits of a group are applied
 * lowest first and read the slots as updated by the lower bits: rows sharing
 * a timestamp may fill consecutive steps, which is ClickHouse's (timestamp,
 * condition) order of the rows.
 *
 * Shared by the final function (level.c) and the online level of
 * window_funnel's transition (window_funnel.c), hence inline here.
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


/* ---- compact event runs (runs.c) ----------------------------------------- */

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
extern const uint8 EvResetMarker[EVRUN_RESET_LEN];

/* room to reserve before adding one event (a reset marker may precede it) */
#define EVRUN_MAX_ADD (EVRUN_MAX_EVENT + EVRUN_RESET_LEN)

/* the largest event run of one actor (serialized in one bytea) */
#define EVRUN_MAX_BYTES ((uint32) (MaxAllocSize / 2))

extern pg_noinline void FunnelRunCorruptError(const char *what);
extern pg_noinline void FunnelRunTooLargeError(void);

/*
 * Raise "invalid <what> state" (malformed event data) or "too many events
 * for one funnel actor".  The wrappers tell the compiler that the error does
 * not return, which keeps the decoding loops' cold paths out of line.
 */
static inline void
FunnelRunCorrupt(const char *what)
{
	FunnelRunCorruptError(what);
	pg_unreachable();
}

static inline void
FunnelRunTooLarge(void)
{
	FunnelRunTooLargeError();
	pg_unreachable();
}

extern bool FunnelRunDecodeInto(const uint8 *data, uint32 len, const uint8 *data2, uint32 len2,
								uint32 n, int nconds, PggEvent *ev, const char *what);
extern void FunnelRunDecode(const uint8 *data, uint32 len, const uint8 *data2, uint32 len2,
							uint32 n, int nconds, PggEventBuffer *buf, const char *what);

/* Encode (ts, mask) after an event at prev. */
static inline uint8 *
EvPut(uint8 *p, int64 prev, int64 ts, uint32 mask)
{
	uint64		d = (uint64) ts - (uint64) prev;

	p = pgg_put_varint(p, (d << 1) ^ (uint64) ((int64) d >> 63));
	return pgg_put_varint(p, mask);
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


/* ---- the states of the three aggregate families -------------------------- */

/*
 * The version of the in-memory states, set when a state is created and
 * checked by the support functions that receive one (FunnelCheckState).
 * Independent of FUNNEL_SER_VERSION, the format of the serialized bytes.
 */
#define FUNNEL_STATE_VERSION 1

/* the aggregate family a window_funnel* state belongs to */
#define FUNNEL_FAMILY_WINDOW	1	/* WindowFunnelState: window_funnel(_times) */
#define FUNNEL_FAMILY_VALUE		2	/* FunnelValueState: window_funnel_value */

/*
 * The first member of WindowFunnelState and FunnelValueState.  Each family
 * has support functions of its own since 0.3.0; only the support functions
 * that pre-0.3.0 install scripts name for both families (_pgg_window_funnel_combine
 * and _pgg_window_funnel_serialize, see window_funnel.c) read family to tell the
 * two states apart.
 */
typedef struct FunnelStateHeader
{
	uint8		family;			/* FUNNEL_FAMILY_* */
	uint8		version;		/* FUNNEL_STATE_VERSION */
} FunnelStateHeader;

#define FUNNEL_MAGIC		0x50474657	/* "PGFW": window_funnel_value's bytes */
#define FUNNEL_COUNTS_MAGIC 0x50474643	/* "PGFC": funnel_counts's bytes */
#define FUNNEL_LEAN_MAGIC	0x5047464C	/* "PGFL": window_funnel's bytes */
#define FUNNEL_SER_VERSION	3

/* Raise an error unless a state received by a support function is what it expects. */
static inline void
FunnelCheckState(const FunnelStateHeader *h, uint8 family, const char *fname)
{
	if (unlikely(h->family != family || h->version != FUNNEL_STATE_VERSION))
		elog(ERROR, "%s got a state of family %d version %d (cannot happen)",
			 fname, h->family, h->version);
}

/*
 * window_funnel and window_funnel_times: a 44-byte header, the slots of the
 * online level and the event run in one allocation.  A transition state
 * never moves (LF_HOT, see LeanExt); a state made by combine grows by
 * doubling (its pointer moves; the combine function returns the new one).
 * Deserialize makes a view instead (LF_VIEW, in per-tuple memory, pointing
 * into the serialized bytes), which the combine function copies.
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
 *	  window_funnel has a transition function of its own for that
 *	  (pgg_window_funnel_level_trans), which sets LF_LEVELS_ONLY.
 */
#define LEAN_DP_STEPS 8
#define LF_LEVELS_ONLY	0x01	/* the aggregate's final needs only the level */
#define LF_DP			0x02	/* the online level is running (transition states) */
#define LF_SLOTS		0x04	/* nconds - 1 slots of the online level precede the run */
#define LF_REBASE		0x08	/* a run was appended: the next event needs a reset marker */
#define LF_EXT			0x10	/* the run starts out of line: a LeanExt follows the slots */
#define LF_HOT			0x20	/* a transition state: its first allocation never moves */
#define LF_VIEW			0x40	/* made by deserialize: data holds a pointer to the run */

/*
 * 44 bytes before the data: with the slots of a four-step funnel and the
 * run of a typical actor's part (about 10 events) a state fits in 128 bytes.
 */
typedef struct WindowFunnelState
{
	FunnelStateHeader hdr;		/* FUNNEL_FAMILY_WINDOW */
	uint8		flags;			/* LF_* */
	uint8		level;			/* a level the events reach (default mode; see above) */
	uint8		modes;			/* the configuration, packed */
	uint8		nconds;
	int8		excl_from;
	int8		excl_to;
	int64		window;
	int64		last_ts;		/* the last event added by the transition (0 at start) */
	uint32		n;				/* events */
	uint32		len;			/* bytes of run (of the stage under LF_EXT) */
	uint32		cap;			/* bytes allocated for the run (0 for a view) */
	uint32		steps;			/* OR of the events' masks */
	uint8		pend;			/* online level: conditions at last_ts not yet applied */
	uint8		has;			/* online level: which slots are set */
	uint8		unused[2];
	uint8		data[FLEXIBLE_ARRAY_MEMBER];	/* the slots (8 bytes each, unaligned), then the
												 * run; a view: the pointer to its bytes */
} WindowFunnelState;

#define LEAN_HDR offsetof(WindowFunnelState, data)
StaticAssertDecl(FM_ALL <= PG_UINT8_MAX && PGG_MAX_STEPS < PG_INT8_MAX,
				 "WindowFunnelState packs the configuration into bytes");
StaticAssertDecl(LEAN_HDR == 44, "WindowFunnelState's header grew");
/* pend and has hold bits of at most LEAN_DP_STEPS conditions (LF_DP only) */
StaticAssertDecl(LEAN_DP_STEPS <= 8, "pend and has are single bytes");

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
 * per stage instead of one per row.  The run is then two parts, the
 * out-of-line bytes and the stage (LeanRunParts); events never straddle
 * them, so the run means the same as their concatenation.
 */
typedef struct LeanExt
{
	uint8	   *run;			/* the run's first bytes */
	uint32		len;			/* bytes there */
	uint32		cap;			/* bytes allocated there */
} LeanExt;

#define LEAN_RUNS_CONTEXT "window_funnel runs"

/* slots of the online level (int64 each) before the run */
static inline int
LeanSlots(const WindowFunnelState *st)
{
	return (st->flags & LF_SLOTS) ? st->nconds - 1 : 0;
}

/* bytes between data and the run (or its stage): the slots, then a LeanExt */
static inline int
LeanRunOffset(const WindowFunnelState *st)
{
	return 8 * LeanSlots(st) + ((st->flags & LF_EXT) ? (int) sizeof(LeanExt) : 0);
}

/* where the next event goes: the run, or its stage under LF_EXT */
static inline uint8 *
LeanRun(WindowFunnelState *st)
{
	return st->data + LeanRunOffset(st);
}

/* The number of steps (the exclusion, if any, is the last condition). */
static inline int
LeanSteps(const WindowFunnelState *st)
{
	return (st->modes & FM_EXCLUDE) ? st->nconds - 1 : st->nconds;
}

static inline void
LeanConfig(const WindowFunnelState *st, FunnelConfig *cfg)
{
	cfg->window = st->window;
	cfg->modes = st->modes;
	cfg->nconds = st->nconds;
	cfg->excl_from = st->excl_from;
	cfg->excl_to = st->excl_to;
	cfg->nsteps = LeanSteps(st);
}

/* Pack the configuration into a zeroed header (the inverse of LeanConfig). */
static inline void
LeanSetConfig(WindowFunnelState *st, const FunnelConfig *cfg)
{
	st->hdr.family = FUNNEL_FAMILY_WINDOW;
	st->hdr.version = FUNNEL_STATE_VERSION;
	st->modes = (uint8) cfg->modes;
	st->nconds = (uint8) cfg->nconds;
	st->excl_from = (int8) cfg->excl_from;
	st->excl_to = (int8) cfg->excl_to;
	st->window = cfg->window;
}

extern WindowFunnelState *LeanNew(MemoryContext ctx, const FunnelConfig *cfg, uint64 run,
								  bool online, uint8 flags);
extern pg_noinline WindowFunnelState *LeanGrow(WindowFunnelState *st, uint64 extra);
extern void LeanRunParts(const WindowFunnelState *st, const uint8 **head, uint32 *headlen,
						 const uint8 **tail, uint32 *taillen);
extern int	LeanKnownLevel(const WindowFunnelState *st);
extern WindowFunnelState *LeanSaturate(WindowFunnelState *st);
extern WindowFunnelState *LeanAppend(WindowFunnelState *a, const WindowFunnelState *b);
extern PggEventBuffer *LeanEvents(FunctionCallInfo fcinfo, const WindowFunnelState *st);

/* Append one event; may move a state that is not hot (see LeanExt). */
static inline WindowFunnelState *
LeanAdd(WindowFunnelState *st, int64 ts, uint32 mask)
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

/*
 * window_funnel_value: 16-byte events (aux = 1 + the index of the row's
 * value, 0 for none) and the values of the rows that match the step read.
 */
typedef struct FunnelValueState
{
	FunnelStateHeader hdr;		/* FUNNEL_FAMILY_VALUE */
	/* the fields the per-row path touches come first (one cache line) */
	PggEventBuffer buf;
	int64		last_ts;		/* the last event added (pgg_evbuf_push) */
	uint32		last_mask;
	int			at_step;		/* the step to read, 0 = the deepest reached */
	FunnelConfig cfg;
	/* the values of the stored rows (aux indexes) */
	Oid			valtype;
	int16		vallen;
	bool		valbyval;
	bool		adoptable;		/* made by deserialize in the aggregate context */
	int64		nvals;
	int64		capvals;
	Datum	   *vals;
	bool	   *valnull;
} FunnelValueState;

/* a 128-byte allocation chunk per actor */
StaticAssertDecl(sizeof(FunnelValueState) <= 128, "FunnelValueState grew beyond 128 bytes");

/* window_funnel_value.c: the value family's support functions, by state */
extern Datum FunnelValueCombine(FunctionCallInfo fcinfo, MemoryContext aggctx,
								FunnelValueState *a, FunnelValueState *b);
extern bytea *FunnelValueSerialize(FunnelValueState *st);
extern FunnelValueState *FunnelValueDeserialize(MemoryContext aggctx, bytea *b);


/* ---- funnel_counts (counts.c, counts_rows.c) ------------------------------ */

/* an actor and its event run (see "compact event runs"), a simplehash entry */
typedef struct ActorEntry
{
	Datum		key;
	int64		last_ts;		/* the last event added by the transition (0 at start) */
	uint8	   *data;			/* the event run, in the state's context */
	uint32		hash;
	uint32		len;			/* bytes used */
	uint32		cap;			/* bytes allocated (0: data is borrowed, not ours) */
	uint32		n;				/* events */
	char		status;			/* simplehash's entry status */
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
 * reuse, so each byte of row memory is faulted in once.  The rows of a
 * partition, in arrival order, are those of its blocks, then its stage.
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

/* the table of actors (lib/simplehash.h, instantiated in counts.c) */
struct actors_hash;

/*
 * The state of funnel_counts: all actors of the group in one state.
 * Integer actors (fastkey) are buffered as rows in CP_PARTS partitions
 * (counts_rows.c); actors of other types are entries of a hash table, each
 * with its event run (counts.c).
 */
typedef struct CountsState
{
	uint8		version;		/* FUNNEL_STATE_VERSION */
	FunnelConfig cfg;
	Oid			actor_type;
	int16		typlen;
	bool		typbyval;
	bool		fastkey;		/* int2/int4/int8/oid/date: compare bits */
	Oid			collation;
	FmgrInfo	hashfn;
	FmgrInfo	eqfn;
	struct actors_hash *actors; /* other actor types: the actors */
	MemoryContext ctx;
	bool		adoptable;		/* made by deserialize in the aggregate context */
	/* integer actors: rows by partition, and the received states */
	CountsPart *parts;			/* CP_PARTS partitions */
	CountsRecv **recv;
	int			nrecv;
	int			caprecv;
	int64		nbuffered;		/* rows in parts since the last compaction */
	CountsBlock *freeblocks;	/* blocks kept by the last compaction */
	int64		compact_rows;	/* compact when nbuffered reaches this */
} CountsState;

/* counts_rows.c */
extern pg_noinline void CountsPartFlush(CountsState *cs, CountsPart *cp);
extern void CountsCompact(CountsState *cs);
extern void CountsPartLevels(CountsState *cs, int64 *counts);
extern void CountsPartWrite(CountsState *cs, StringInfo buf);
extern CountsRecv *CountsPartRecv(const uint8 *data, uint32 len, const char *what);
extern void CountsAddRecv(CountsState *cs, CountsRecv *rv);
extern void CountsPartCombine(CountsState *a, CountsState *b);

/* the pgg_state family of funnel_counts (counts.c) */
extern const PggStateFamily pgg_funnel_counts_family;

/* the partition of an actor's hash: its top CP_BITS bits */
static inline uint32
CountsPartOf(uint32 h)
{
	return h >> (32 - CP_BITS);
}

/* The per-row path of integer actors: the row goes to its partition's stage. */
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


#endif							/* PGG_FUNNEL_H */
