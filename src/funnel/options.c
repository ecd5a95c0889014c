/*-------------------------------------------------------------------------
 *
 * src/funnel/options.c
 *	  The configuration of a funnel call: the mode list, the window, the
 *	  call-site cache (boolean conditions or the event-name form), the
 *	  checks that every row of a group agrees, and the configuration's bytes
 *	  in serialized states.
 *
 * The modes and their combinations are stated in doc/funnel.md ("Modes");
 * the names are ClickHouse's windowFunnel modes (strict_deduplication,
 * strict_order, strict_increase, strict_once, allow_reentry), plus
 * any_order and exclude=FROM:TO.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "funnel/funnel.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "nodes/execnodes.h"
#include "nodes/nodeFuncs.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

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
void
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
int64
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
	c->win_usec = pgg_interval_usec(iv, "window", c->fname);
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

/*
 * The call-site cache of the first call; checks the condition arguments.
 * Messages name the aggregate as the user called it (window_funnel_times
 * shares window_funnel's transition function up to 0.2.1 and window_funnel
 * shares window_funnel_times's in databases still at those versions), or
 * fname where there is no Aggref (a window aggregate).
 */
FunnelCache *
FunnelNewCache(FunctionCallInfo fcinfo, int first, bool has_mode, const char *fname)
{
	return FunnelNewCacheForm(fcinfo, first, has_mode, fname, FUNNEL_FORM_EXPR);
}

/*
 * The same for an entry point that knows its form.  Such a function takes
 * exact argument types (so Citus can split its aggregate), its aggregate is
 * fname, and it may be called without a call expression and with a fresh
 * FmgrInfo on every row (Citus' worker_partial_agg): nothing is read from
 * the call expression.
 */
FunnelCache *
FunnelNewCacheForm(FunctionCallInfo fcinfo, int first, bool has_mode, const char *fname,
				   FunnelForm form)
{
	FunnelCache *c;

	c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(FunnelCache));
	c->first = first;
	c->fname = form == FUNNEL_FORM_EXPR ?
		MemoryContextStrdup(fcinfo->flinfo->fn_mcxt, pgg_agg_name(fcinfo, fname)) : fname;
	fname = c->fname;
	snprintf(c->winwhat, sizeof(c->winwhat), "%s window", fname);
	c->has_mode = has_mode;
	if (form == FUNNEL_FORM_NAMED)
		c->named = true;
	else if (form == FUNNEL_FORM_ARRAY)
		c->nconds = -1;			/* (..., VARIADIC boolean[]): read the array */
	else if (form == FUNNEL_FORM_FIXED)
	{
		/* (..., boolean, boolean, ...): declared boolean, at most PGG_MAX_STEPS */
		c->nconds = PG_NARGS() - first;
		if (c->nconds < 1 || c->nconds > PGG_MAX_STEPS)
			elog(ERROR, "%s: %d fixed conditions (cannot happen)", fname, c->nconds);
	}
	/* the event-name form: exactly (event text, steps text[]) */
	else if (PG_NARGS() == first + 2 &&
		get_fn_expr_argtype(fcinfo->flinfo, first) == TEXTOID &&
		get_fn_expr_argtype(fcinfo->flinfo, first + 1) == TEXTARRAYOID &&
		!get_fn_expr_variadic(fcinfo->flinfo))
		c->named = true;
	else
		c->nconds = pgg_check_bool_args(fcinfo, first, PGG_MAX_STEPS, fname);
	fcinfo->flinfo->fn_extra = c;
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
uint32
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


/* Build the configuration of the current row. */
void
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
bool
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
 * Whether aggregate argument argno (numbered as for FunnelArgIsConst) is an
 * ARRAY[...] expression, as the parser makes of the conditions passed to a
 * VARIADIC boolean[] parameter: its length is then the same on every row.
 */
bool
FunnelArgIsFixedArray(FunctionCallInfo fcinfo, int argno)
{
	Aggref	   *ag = AggGetAggref(fcinfo);
	TargetEntry *te;

	if (ag == NULL || argno < 1 || argno > list_length(ag->args) ||
		!OidIsValid(ag->aggfnoid) || !ag->aggvariadic)
		return false;
	te = (TargetEntry *) list_nth(ag->args, argno - 1);
	return IsA(te->expr, ArrayExpr) && !((ArrayExpr *) te->expr)->multidims &&
		exprType((Node *) te->expr) == BOOLARRAYOID;
}

/*
 * Raise an error when two rows of one group disagree on the configuration.
 * fcinfo, when not NULL (a combine function), names the aggregate in place
 * of fname, looked up only to raise the error.
 */
void
FunnelSameConfig(const FunnelConfig *a, const FunnelConfig *b, FunctionCallInfo fcinfo,
				 const char *fname)
{
	if (a->nconds == b->nconds && a->window == b->window && a->modes == b->modes &&
		a->excl_from == b->excl_from && a->excl_to == b->excl_to)
		return;
	if (fcinfo != NULL)
		fname = pgg_agg_name(fcinfo, fname);
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
void
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
void
FunnelSendConfig(StringInfo buf, const FunnelConfig *cfg)
{
	pq_sendint64(buf, cfg->window);
	pq_sendint32(buf, cfg->modes);
	pq_sendint32(buf, cfg->nconds);
	pq_sendint32(buf, cfg->excl_from);
	pq_sendint32(buf, cfg->excl_to);
}

/* Read and validate the configuration. */
void
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

/* Read a type OID from a state and check that the type exists. */
Oid
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

