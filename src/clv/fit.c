/*-------------------------------------------------------------------------
 *
 * src/clv/fit.c
 *	  The fit aggregates bgnbd_fit(frequency, recency, age) and
 *	  gamma_gamma_fit(frequency, monetary): maximum likelihood estimates of
 *	  the BG/NBD (Fader, Hardie and Lee 2005) and Gamma-Gamma (Fader and
 *	  Hardie 2013) parameters.  doc/clv.md, "Fitting" and "Parallel query
 *	  and Citus", states the semantics, the tolerances and the errors.
 *
 * Both likelihoods are sums over customers of a term that depends only on
 * the customer's (x, t_x, T), respectively (x, mean spend), so the fit
 * aggregates keep a histogram (ClvHist in clv.h): a hash table of distinct
 * keys with counts.  Histograms merge by adding counts (combine function),
 * serialize as a versioned byte string, and are sorted by key in the final
 * function, so the likelihood is summed in the same order however the rows
 * were split among parallel workers: serial and parallel plans give
 * identical fits.  The final function maximizes the log-likelihood with
 * BFGS on the log parameters (core/optim.c) from three starting points and
 * keeps the best converged run.  Too little data, no repeat purchases and
 * runs that do not converge are errors; a likelihood whose supremum lies at
 * infinity (e.g. a, b -> infinity when every customer has the same dropout
 * probability) gives a warning and the parameters where the optimizer
 * stopped, which predict like the limiting model.
 *
 * The state is a pgg_state (core/state.h): a hash table updated in place,
 * which Citus can ship between nodes as text, so the fits are split across
 * the workers.  The final functions only read it (they sort a copy), so the
 * aggregates are FINALFUNC_MODIFY = READ_ONLY.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"
#include "core/args.h"
#include "core/codec.h"
#include "core/state.h"

#include <math.h>

#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/memutils.h"

#include "core/optim.h"
#include "clv/clv.h"

/* the least data a fit accepts (doc/clv.md) */
#define CLV_MIN_CUSTOMERS	10
/* a fitted parameter beyond 1e6 times its scale (or below 1e-6) diverged */
#define CLV_DIVERGED_LOG	13.815510557964274	/* ln(1e6) */

/* ---- histogram state of the fit aggregates --------------------------------- */

/* hash of a histogram key (bit patterns of its three doubles) */
static uint64
HashKey(const double *k)
{
	uint64		h = UINT64CONST(0x9e3779b97f4a7c15);
	int			i;

	for (i = 0; i < 3; i++)
	{
		uint64		bits;

		memcpy(&bits, &k[i], sizeof(bits));
		h = pgg_hash_mix64(h ^ bits);
	}
	return h;
}

/* an empty histogram of cap slots in the current memory context */
static ClvHist *
HistNew(int kind, int64 cap)
{
	ClvHist    *h = palloc(sizeof(ClvHist));

	h->version = CLV_HIST_VERSION;
	h->kind = kind;
	h->cap = cap;
	h->used = 0;
	h->total = 0;
	h->ignored = 0;
	h->e = palloc_extended(cap * sizeof(ClvEntry), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	return h;
}

static void HistAdd(ClvHist *h, const double *k, int64 n);

/*
 * Double the table.  Re-inserting every entry recounts used and total (the
 * rows with frequency 0 that Gamma-Gamma ignores are not in the table, so
 * ignored stays as it is).
 */
static void
HistGrow(ClvHist *h)
{
	ClvEntry   *old = h->e;
	int64		oldcap = h->cap;
	int64		i;

	if ((Size) oldcap * 2 * sizeof(ClvEntry) > MaxAllocHugeSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many distinct customer summaries: %lld", (long long) h->used)));
	h->cap = oldcap * 2;
	h->e = palloc_extended(h->cap * sizeof(ClvEntry), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	h->used = 0;
	h->total = 0;
	for (i = 0; i < oldcap; i++)
	{
		if ((i & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		if (old[i].n > 0)
			HistAdd(h, old[i].k, old[i].n);
	}
	pfree(old);
}

/*
 * Add n customers with key k.  Keys compare by bit pattern (memcmp), so
 * they are normalized first: + 0.0 turns -0 into +0, the only value with
 * two patterns that the row checks let through (NaN is refused).
 *
 * Invariant: the table is at most half full (it grows before an insert
 * would pass that), so linear probing always meets an empty slot.
 */
static void
HistAdd(ClvHist *h, const double *key, int64 n)
{
	double		k[3];
	uint64		mask;
	uint64		i;

	k[0] = key[0] + 0.0;
	k[1] = key[1] + 0.0;
	k[2] = key[2] + 0.0;
	if (h->used * 2 >= h->cap)
		HistGrow(h);
	mask = (uint64) h->cap - 1;
	i = HashKey(k) & mask;
	for (;;)
	{
		ClvEntry   *e = &h->e[i];

		if (e->n == 0)
		{
			memcpy(e->k, k, sizeof(k));
			e->n = n;
			h->used++;
			break;
		}
		if (memcmp(e->k, k, sizeof(k)) == 0)
		{
			if (pg_add_s64_overflow(e->n, n, &e->n))
				ereport(ERROR,
						(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						 errmsg("customer count overflows")));
			break;
		}
		i = (i + 1) & mask;
	}
	h->total += n;
}

/*
 * The fit state of a transition call (argument 0, a pgg_state): created in
 * the aggregate context (returned in *aggctx) on the first row.
 */
static PggState *
GetHistState(FunctionCallInfo fcinfo, int kind, const char *fname,
			 MemoryContext *aggctx)
{
	MemoryContext old;
	ClvHist    *h;

	*aggctx = pgg_agg_context(fcinfo, fname);
	if (!PG_ARGISNULL(0))
		return pgg_state_arg(fcinfo, 0, &pgg_clv_fit_family, *aggctx);
	old = MemoryContextSwitchTo(*aggctx);
	h = HistNew(kind, 64);
	MemoryContextSwitchTo(old);
	return pgg_state_new(*aggctx, &pgg_clv_fit_family, h);
}

/* _pgg_bgnbd_fit_trans(pgg_state, frequency, recency, age) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_bgnbd_fit_trans);
Datum
pgg_bgnbd_fit_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggctx,
				old;
	PggState   *st = GetHistState(fcinfo, CLV_KIND_BGNBD, "_pgg_bgnbd_fit_trans", &aggctx);
	ClvHist    *h = (ClvHist *) st->ptr;
	double		k[3];

	/* rows with a NULL are ignored, as by every SQL aggregate */
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
		PGG_RETURN_STATE(st);
	k[0] = PG_GETARG_FLOAT8(1);
	k[1] = PG_GETARG_FLOAT8(2);
	k[2] = PG_GETARG_FLOAT8(3);
	pgg_clv_check_customer(k[0], k[1], k[2], fcinfo);
	old = MemoryContextSwitchTo(aggctx);
	HistAdd(h, k, 1);
	MemoryContextSwitchTo(old);
	PGG_RETURN_STATE(st);
}

/* _pgg_gamma_gamma_fit_trans(pgg_state, frequency, monetary) */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_gamma_gamma_fit_trans);
Datum
pgg_gamma_gamma_fit_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggctx,
				old;
	PggState   *st = GetHistState(fcinfo, CLV_KIND_GG, "_pgg_gamma_gamma_fit_trans", &aggctx);
	ClvHist    *h = (ClvHist *) st->ptr;
	double		k[3];

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PGG_RETURN_STATE(st);
	k[0] = PG_GETARG_FLOAT8(1);
	k[1] = PG_GETARG_FLOAT8(2);
	k[2] = 0.0;
	pgg_clv_check_frequency(k[0], fcinfo);
	pgg_check_finite(k[1], "monetary", fcinfo);
	if (k[0] == 0.0)
	{
		/* customers without repeat purchases carry no spend information */
		h->ignored++;
		PGG_RETURN_STATE(st);
	}
	if (!(k[1] > 0.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("monetary of %s must be positive for a repeat customer, got %g",
						pgg_fn_name(fcinfo), k[1]),
				 errdetail("The Gamma-Gamma model describes positive spend per purchase."),
				 errhint("Leave out customers whose mean repeat spend is zero or negative, e.g. with FILTER (WHERE monetary > 0).")));
	old = MemoryContextSwitchTo(aggctx);
	HistAdd(h, k, 1);
	MemoryContextSwitchTo(old);
	PGG_RETURN_STATE(st);
}

/* Raise the error of a fit state that pg_growth did not write. */
static void
BadHist(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid customer value fit state"),
			 errdetail("%s", detail)));
}

/*
 * Validate one histogram entry read from a flat state: what the transition
 * functions accept (pgg_clv_check_customer, the Gamma-Gamma checks), as an
 * invalid-state error.
 */
static void
CheckEntry(int kind, const double *k, int64 n)
{
	if (n <= 0)
		BadHist("A histogram count is not positive.");
	if (!isfinite(k[0]) || !isfinite(k[1]) || !isfinite(k[2]) ||
		k[0] < 0.0 || k[0] != floor(k[0]) || k[0] > CLV_MAX_FREQUENCY)
		BadHist("An entry has a frequency that is not a whole number in range, or a non-finite value.");
	if (kind == CLV_KIND_BGNBD)
	{
		if (k[1] < 0.0 || k[2] < 0.0 || k[1] > k[2] || (k[0] == 0.0 && k[1] != 0.0))
			BadHist("A BG/NBD entry has a negative recency or age, a recency beyond its age, or a recency without repeat purchases.");
	}
	else if (!(k[0] > 0.0 && k[1] > 0.0 && k[2] == 0.0))
		BadHist("A Gamma-Gamma entry has no repeat purchases or no positive spend.");
}

/*
 * The flat form of a fit state (the pgg_state family "clv_fit"): magic
 * "CLVH", format version, kind, customers ignored, distinct keys, then each
 * key (three float8) with its count.
 */
static bytea *
HistSerialize(void *state)
{
	ClvHist    *h = (ClvHist *) state;
	StringInfoData buf;
	int64		i;

	Assert(h->version == CLV_HIST_VERSION);
	pgg_ser_begin(&buf, CLV_HIST_MAGIC, CLV_HIST_VERSION);
	pq_sendbyte(&buf, h->kind);
	pq_sendint64(&buf, h->ignored);
	pq_sendint64(&buf, h->used);
	for (i = 0; i < h->cap; i++)
	{
		if ((i & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		if (h->e[i].n > 0)
		{
			pq_sendfloat8(&buf, h->e[i].k[0]);
			pq_sendfloat8(&buf, h->e[i].k[1]);
			pq_sendfloat8(&buf, h->e[i].k[2]);
			pq_sendint64(&buf, h->e[i].n);
		}
	}
	return pgg_ser_end(&buf);
}

/* A fit state from its flat form, in ctx; every entry is checked. */
static void *
HistDeserialize(bytea *b, MemoryContext ctx)
{
	StringInfoData buf;
	MemoryContext old;
	ClvHist    *h;
	int			kind;
	int64		ignored,
				used,
				i,
				total = 0,
				cap = 64;

	/* magic and format version: a state of another kind or version is refused */
	pgg_deser_begin(&buf, b, CLV_HIST_MAGIC, CLV_HIST_VERSION, "customer value fit");
	pgg_deser_need(&buf, 17, "customer value fit");
	kind = pq_getmsgbyte(&buf);
	ignored = pq_getmsgint64(&buf);
	used = pq_getmsgint64(&buf);
	if ((kind != CLV_KIND_BGNBD && kind != CLV_KIND_GG) || ignored < 0 || used < 0 ||
		used > (int64) (buf.len - buf.cursor) / 32)
		BadHist("The header is inconsistent.");
	while (cap < used * 2 + 2)
		cap *= 2;
	old = MemoryContextSwitchTo(ctx);
	h = HistNew(kind, cap);
	h->ignored = ignored;
	for (i = 0; i < used; i++)
	{
		double		k[3];
		int64		n;

		if ((i & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		pgg_deser_need(&buf, 32, "customer value fit");
		k[0] = pq_getmsgfloat8(&buf);
		k[1] = pq_getmsgfloat8(&buf);
		k[2] = pq_getmsgfloat8(&buf);
		n = pq_getmsgint64(&buf);
		CheckEntry(kind, k, n);
		if (pg_add_s64_overflow(total, n, &total))
			BadHist("The counts overflow.");
		HistAdd(h, k, n);
	}
	MemoryContextSwitchTo(old);
	if (h->used != used)
		BadHist("A key appears twice.");
	pgg_deser_end(&buf, "customer value fit");
	return h;
}

const PggStateFamily pgg_clv_fit_family = {
	CLV_HIST_MAGIC, "clv_fit", HistSerialize, HistDeserialize
};

/*
 * clv_fit_serialize / clv_fit_deserialize: named by the aggregates of
 * install scripts before 0.3.0 (state internal); see core/state.h.
 */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_clv_fit_serialize);
Datum
pgg_clv_fit_serialize(PG_FUNCTION_ARGS)
{
	return pgg_state_serialize_compat(fcinfo);
}

PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_clv_fit_deserialize);
Datum
pgg_clv_fit_deserialize(PG_FUNCTION_ARGS)
{
	return pgg_state_deserialize_compat(fcinfo, &pgg_clv_fit_family);
}

/* _pgg_clv_fit_combine(pgg_state, pgg_state): add the histograms */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_clv_fit_combine);
Datum
pgg_clv_fit_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggctx = pgg_agg_context(fcinfo, "_pgg_clv_fit_combine"),
				old;
	PggState   *st;
	ClvHist    *a,
			   *b;
	int64		i;

	if (PG_ARGISNULL(1))
		return pgg_combine_first(fcinfo);
	b = (ClvHist *) pgg_state_read(fcinfo, 1, &pgg_clv_fit_family, CurrentMemoryContext);
	if (PG_ARGISNULL(0))
	{
		/* a new state in the aggregate context */
		int64		cap = 64;

		while (cap < b->used * 2 + 2)
			cap *= 2;
		old = MemoryContextSwitchTo(aggctx);
		a = HistNew(b->kind, cap);
		MemoryContextSwitchTo(old);
		st = pgg_state_new(aggctx, &pgg_clv_fit_family, a);
	}
	else
	{
		st = pgg_state_arg(fcinfo, 0, &pgg_clv_fit_family, aggctx);
		a = (ClvHist *) st->ptr;
	}
	if (a->kind != b->kind)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("cannot combine BG/NBD and Gamma-Gamma fit states")));
	old = MemoryContextSwitchTo(aggctx);
	for (i = 0; i < b->cap; i++)
	{
		if ((i & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		if (b->e[i].n > 0)
			HistAdd(a, b->e[i].k, b->e[i].n);
	}
	a->ignored += b->ignored;
	MemoryContextSwitchTo(old);
	PGG_RETURN_STATE(st);
}

/* order of histogram entries: by key */
static inline int
EntryCmp(const ClvEntry *pa, const ClvEntry *pb)
{
	const ClvEntry *a = pa;
	const ClvEntry *b = pb;
	int			i;

	for (i = 0; i < 3; i++)
		if (a->k[i] != b->k[i])
			return a->k[i] < b->k[i] ? -1 : 1;
	return 0;
}

/* SortEntries(entries, n): qsort's algorithm, interruptible (core/pg_growth.h) */
#define ST_SORT SortEntries
#define ST_ELEMENT_TYPE ClvEntry
#define ST_COMPARE(a, b) EntryCmp(a, b)
#define ST_CHECK_FOR_INTERRUPTS
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"

/* the distinct keys in key order (deterministic summation order) */
static ClvEntry *
HistSorted(const ClvHist *h)
{
	ClvEntry   *out = palloc_extended(Max(h->used, 1) * sizeof(ClvEntry), MCXT_ALLOC_HUGE);
	int64		i,
				j = 0;

	for (i = 0; i < h->cap; i++)
	{
		if ((i & PGG_CFI_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		if (h->e[i].n > 0)
			out[j++] = h->e[i];
	}
	Assert(j == h->used);
	SortEntries(out, j);
	return out;
}

/* ---- the fits ---------------------------------------------------------------- */

/*
 * Run BFGS from each start, keep the best converged run and check it for
 * divergence; names[] and the scale of parameter scaled_idx make the
 * messages.
 *
 * Phases:
 *	1. one BFGS run per start; keep the best run overall and the best
 *	   converged run;
 *	2. no converged run: a run that drifted beyond CLV_DIVERGED_LOG is a
 *	   missing maximum and is taken; otherwise the error "did not converge"
 *	   names the point reached and its gradient;
 *	3. parameters beyond CLV_DIVERGED_LOG in the chosen run: a WARNING
 *	   naming them (the likelihood has no interior maximum);
 *	4. the chosen theta to theta_out.
 */
static void
FitRun(const char *model, PggObjective fn, ClvFitData *d, int n,
	   const double (*starts)[PGG_BFGS_MAX_DIM], int nstarts,
	   const char *const *names, int scaled_idx, double *theta_out)
{
	PggOptimResult best;
	PggOptimResult last;
	bool		have = false;
	int			s,
				i;

	memset(&last, 0, sizeof(last));
	memset(&best, 0, sizeof(best));
	last.f = INFINITY;
	for (s = 0; s < nstarts; s++)
	{
		PggOptimResult res;

		pgg_bfgs(fn, d, n, starts[s], &res);
		if (res.f < last.f || s == 0)
			last = res;			/* the best run, converged or not */
		if (res.converged && (!have || res.f < best.f))
		{
			best = res;
			have = true;
		}
	}
	if (!have)
	{
		/* a run that drifts off to infinity is a missing maximum, not slowness */
		for (i = 0; i < n; i++)
			if (fabs(last.theta[i]) > CLV_DIVERGED_LOG)
			{
				best = last;
				have = true;
			}
	}
	if (!have)
	{
		StringInfoData where;

		initStringInfo(&where);
		for (i = 0; i < n; i++)
			appendStringInfo(&where, "%s%s = %g", i ? ", " : "", names[i],
							 exp(last.theta[i]) * (i == scaled_idx ? d->scale : 1.0));
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("the %s fit did not converge", model),
				 errdetail("After %d iterations (stopped at %s) the largest gradient component of the mean log-likelihood with respect to the log parameters is %g; the tolerance is %g.",
						   last.iterations, where.data, last.gmax, PGG_BFGS_GTOL_ACCEPT),
				 errhint("%s", strcmp(model, "BG/NBD") == 0 ?
						 "Check that recency and age are in one unit, such as weeks, and that there are enough customers." :
						 "Check that there are enough repeat customers and that their spend varies.")));
	}
	{
		/*
		 * The supremum of the likelihood lies at the edge of the parameter
		 * space: some parameters run off to infinity (or zero) together,
		 * e.g. a and b with a/(a+b) fixed when every customer has the same
		 * dropout probability.  The point where the optimizer stopped
		 * predicts like that limiting model, so it is returned, with a
		 * warning that its individual values mean little.
		 */
		StringInfoData which;
		int			ndiv = 0;

		initStringInfo(&which);
		for (i = 0; i < n; i++)
			if (fabs(best.theta[i]) > CLV_DIVERGED_LOG)
				appendStringInfo(&which, "%s%s", ndiv++ ? ", " : "", names[i]);
		if (ndiv > 0)
			ereport(WARNING,
					(errcode(ERRCODE_WARNING),
					 errmsg("the %s likelihood has no interior maximum: %s %s without bound",
							model, which.data, ndiv > 1 ? "run off" : "runs off"),
					 errdetail("The returned parameters are where the optimizer stopped (beyond a factor 1e6 of their scale); their predictions are those of the limiting model, but the parameter values themselves are arbitrary."),
					 errhint("%s", strcmp(model, "BG/NBD") == 0 ?
							 "a and b growing together mean every customer has the same dropout probability a/(a+b); r and alpha growing together mean every customer buys at the same rate r/alpha. Fewer than a few hundred customers can also cause this." :
							 "p growing means spend hardly varies between one customer's purchases; q and v growing together mean customers hardly differ in mean spend.")));
	}
	memcpy(theta_out, best.theta, n * sizeof(double));
}

/* _pgg_bgnbd_fit_final(internal) returns bgnbd_params */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_bgnbd_fit_final);
Datum
pgg_bgnbd_fit_final(PG_FUNCTION_ARGS)
{
	ClvHist    *h;
	ClvEntry   *e;
	ClvFitData		d;
	double		xsum = 0.0,
				Tsum = 0.0,
				nrep = 0.0;
	double		starts[3][PGG_BFGS_MAX_DIM];
	double		theta[4],
				out[4];
	static const double sr[3] = {1.0, 0.5, 2.0},
				sa[3] = {1.0, 0.5, 2.0},
				sb[3] = {1.0, 2.0, 8.0};
	int64		i;
	int			s;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	h = (ClvHist *) pgg_state_read(fcinfo, 0, &pgg_clv_fit_family, CurrentMemoryContext);
	if (h->total == 0)
		PG_RETURN_NULL();		/* no rows: no fit, like avg() */
	if (h->total < CLV_MIN_CUSTOMERS)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("bgnbd_fit needs at least %d customers, got %lld",
						CLV_MIN_CUSTOMERS, (long long) h->total),
				 errdetail("The BG/NBD model has four parameters; they cannot be estimated from so few customers.")));
	e = HistSorted(h);
	for (i = 0; i < h->used; i++)
	{
		xsum += e[i].k[0] * e[i].n;
		Tsum += e[i].k[2] * e[i].n;
		if (e[i].k[0] > 0.0)
			nrep += e[i].n;
	}
	if (nrep == 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("bgnbd_fit needs customers with repeat purchases"),
				 errdetail("All %lld customers have frequency 0.", (long long) h->total),
				 errhint("Observe the customers for longer, or check that frequency counts repeat purchase periods.")));
	d.e = e;
	d.n = h->used;
	d.total = (double) h->total;
	d.scale = Tsum / d.total;	/* > 0, since some customer has t_x > 0 or T > 0 */
	if (!(d.scale > 0.0))
		d.scale = 1.0;
	for (s = 0; s < 3; s++)
	{
		/* alpha so that r / alpha matches the observed purchase rate */
		double		rate = (xsum / d.total) / d.scale;

		starts[s][0] = log(sr[s]);
		starts[s][1] = log(sr[s] / Max(rate, 1e-6) / d.scale);
		starts[s][2] = log(sa[s]);
		starts[s][3] = log(sb[s]);
		starts[s][1] = Max(Min(starts[s][1], 10.0), -10.0);
	}
	FitRun("BG/NBD", pgg_bg_objective, &d, 4, (const double (*)[PGG_BFGS_MAX_DIM]) starts, 3,
		   pgg_clv_bg_names, 1, theta);
	out[0] = exp(theta[0]);
	out[1] = exp(theta[1]) * d.scale;
	out[2] = exp(theta[2]);
	out[3] = exp(theta[3]);
	PG_RETURN_DATUM(pgg_clv_make_composite(fcinfo, out, 4));
}

/* _pgg_gamma_gamma_fit_final(internal) returns gamma_gamma_params */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_gamma_gamma_fit_final);
Datum
pgg_gamma_gamma_fit_final(PG_FUNCTION_ARGS)
{
	ClvHist    *h;
	ClvEntry   *e;
	ClvFitData		d;
	double		msum = 0.0;
	double		starts[3][PGG_BFGS_MAX_DIM];
	double		theta[3],
				out[3];
	static const double sp[3] = {1.0, 5.0, 0.5},
				sq[3] = {2.0, 3.0, 1.5};
	int64		i;
	int			s;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	h = (ClvHist *) pgg_state_read(fcinfo, 0, &pgg_clv_fit_family, CurrentMemoryContext);
	if (h->total == 0 && h->ignored == 0)
		PG_RETURN_NULL();		/* no rows */
	if (h->total == 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("gamma_gamma_fit needs customers with repeat purchases"),
				 errdetail("All %lld customers have frequency 0; the model is fitted on repeat customers only.",
						   (long long) h->ignored)));
	if (h->total < CLV_MIN_CUSTOMERS)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("gamma_gamma_fit needs at least %d repeat customers, got %lld",
						CLV_MIN_CUSTOMERS, (long long) h->total),
				 errdetail("Customers with frequency 0 (%lld here) do not count.", (long long) h->ignored)));
	e = HistSorted(h);
	for (i = 0; i < h->used; i++)
		msum += e[i].k[1] * e[i].n;
	d.e = e;
	d.n = h->used;
	d.total = (double) h->total;
	d.scale = msum / d.total;
	for (s = 0; s < 3; s++)
	{
		/* v so that the population mean p v / (q - 1) is the mean spend */
		starts[s][0] = log(sp[s]);
		starts[s][1] = log(sq[s]);
		starts[s][2] = log((sq[s] - 1.0) / sp[s]);
	}
	FitRun("Gamma-Gamma", pgg_gg_objective, &d, 3, (const double (*)[PGG_BFGS_MAX_DIM]) starts, 3,
		   pgg_clv_gg_names, 2, theta);
	out[0] = exp(theta[0]);
	out[1] = exp(theta[1]);
	out[2] = exp(theta[2]) * d.scale;
	PG_RETURN_DATUM(pgg_clv_make_composite(fcinfo, out, 3));
}
