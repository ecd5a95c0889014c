/*-------------------------------------------------------------------------
 *
 * src/clv/clv.h
 *	  Internal declarations of the customer lifetime value capability:
 *	  parameter types, the states of the fit and clv_summary aggregates, and
 *	  the functions its files share.  Only the files of src/clv/ include it.
 *
 *	clv.c			argument checks, parameter composites, per-customer
 *					SQL functions (predictions, likelihoods, value, 2F1)
 *	bgnbd.c			BG/NBD formulas (Fader, Hardie and Lee 2005)
 *	gamma_gamma.c	Gamma-Gamma formulas (Fader and Hardie 2013)
 *	fit.c			histogram state and the bgnbd_fit / gamma_gamma_fit
 *					aggregates
 *	summary.c		the clv_summary aggregate
 *
 * doc/clv.md states the semantics.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef PGG_CLV_H
#define PGG_CLV_H

#include "core/pg_growth.h"

#include "pgtime.h"

/* ---- parameters ---------------------------------------------------------- */

/* BG/NBD: purchase rate ~ Gamma(r, alpha), dropout probability ~ Beta(a, b) */
typedef struct BgParams
{
	double		r,
				alpha,
				a,
				b;
} BgParams;

/* Gamma-Gamma: spend ~ Gamma(p, nu), nu ~ Gamma(q, v) */
typedef struct GgParams
{
	double		p,
				q,
				v;
} GgParams;

/* field names of bgnbd_params and gamma_gamma_params, in order */
extern const char *const pgg_clv_bg_names[4];
extern const char *const pgg_clv_gg_names[3];

/* ---- argument checks and results (clv.c) --------------------------------- */

/* frequency: a finite whole number in [0, 1e7] */
extern void pgg_clv_check_frequency(double x, FunctionCallInfo fcinfo);

/* a BG/NBD customer row (frequency x, recency t_x, age T) */
extern void pgg_clv_check_customer(double x, double tx, double T,
								   FunctionCallInfo fcinfo);

/* the composite result of the calling function from n <= 4 float8 values */
extern Datum pgg_clv_make_composite(FunctionCallInfo fcinfo, const double *v, int n);

/* ---- BG/NBD (bgnbd.c) ----------------------------------------------------- */

/* P(alive | x, t_x, T) (FHL 2005, note "Computing P(alive)") */
extern double pgg_bg_prob_alive(const BgParams *p, double x, double tx, double T);

/* expected purchases in (T, T+t] of a customer who is alive (FHL 2005 eq. 10) */
extern double pgg_bg_expected_alive(const BgParams *p, double t, double x, double T);

/* ln L of one customer (FHL 2005 eq. 6) */
extern double pgg_bg_loglik(const BgParams *p, double x, double tx, double T);

/* ---- Gamma-Gamma (gamma_gamma.c) ------------------------------------------ */

/* E[spend per purchase | x, m] (FH 2013 eq. 5); raises when undefined */
extern double pgg_gg_expected(const GgParams *pp, double x, double m);

/* log density of the mean spend m of x > 0 purchases (FH 2013 eq. 3) */
extern double pgg_gg_loglik(const GgParams *pp, double x, double m);

/* ---- the fit aggregates (fit.c, objectives in bgnbd.c, gamma_gamma.c) ---- */

#define CLV_KIND_BGNBD	1
#define CLV_KIND_GG		2

/*
 * The serialized fit state: magic "CLVH", format version 1, then kind
 * (1 byte), ignored (int64), used (int64) and per key three float8 and an
 * int64 count.  Unchanged since 0.1.0.
 */
/* the largest frequency the models accept (clv.c, fit.c) */
#define CLV_MAX_FREQUENCY	1e7

#define CLV_HIST_MAGIC		0x434C5648	/* "CLVH" */
#define CLV_HIST_VERSION	1

/* one distinct customer key with its count */
typedef struct ClvEntry
{
	double		k[3];			/* BG/NBD (x, t_x, T); Gamma-Gamma (x, m, 0) */
	int64		n;				/* customers with this key; 0 = empty slot */
} ClvEntry;

/*
 * State of bgnbd_fit and gamma_gamma_fit: a histogram of customer keys, an
 * open-addressing hash table (linear probing, at most half full, doubled
 * when it would pass that).  Internal state, updated in place in the
 * aggregate context.
 */
typedef struct ClvHist
{
	uint8		version;		/* CLV_HIST_VERSION */
	int			kind;			/* CLV_KIND_BGNBD or CLV_KIND_GG */
	int64		cap;			/* slots, a power of two */
	int64		used;			/* distinct keys */
	int64		total;			/* rows (customers) counted */
	int64		ignored;		/* Gamma-Gamma: rows with frequency 0 */
	ClvEntry   *e;
} ClvHist;

/* what the objectives of the fits read: the sorted histogram */
typedef struct ClvFitData
{
	const ClvEntry *e;
	int64		n;				/* distinct keys */
	double		total;			/* customers */
	double		scale;			/* alpha (BG/NBD) or v (Gamma-Gamma) unit */
} ClvFitData;

/*
 * Mean negative log-likelihoods for the minimizer (core/optim.h), arg a
 * ClvFitData: BG/NBD at theta = ln(r, alpha/scale, a, b), Gamma-Gamma at
 * theta = ln(p, q, v/scale).
 */
/* the pgg_state family of the fit aggregates (fit.c) */
struct PggStateFamily;
extern const struct PggStateFamily pgg_clv_fit_family;

extern double pgg_bg_objective(const double *theta, double *grad, void *arg);
extern double pgg_gg_objective(const double *theta, double *grad, void *arg);

/* ---- the clv_summary aggregate (summary.c) -------------------------------- */

/*
 * The serialized clv_summary state: magic "CLVS", format version 2, then
 * has_end (1 byte), end_raw (int64), end_day (int32), divisor (1 byte), the
 * time zone (1 byte: 0 = the session TimeZone or a date input, 1 = named,
 * then the zone name as an int16 length and its bytes), n (int64) and per
 * purchase day (int32) and amount (float8).  Version 1 (0.1.0 to 0.2.x)
 * has no time zone byte and is still read, as a session-time-zone state.
 */
#define CLV_SUM_MAGIC		0x434C5653	/* "CLVS" */
#define CLV_SUM_VERSION		2
#define CLV_SUM_VERSION_V1	1

typedef struct ClvPurchase
{
	int32		day;			/* DateADT of the purchase */
	double		amount;
} ClvPurchase;

/*
 * State of clv_summary: the purchases of one customer up to the end.  tz is
 * the zone the days were taken in when clv_summary(..., tz) named one (a
 * pointer into pg_tzset's cache, which lives as long as the backend), NULL
 * for the session TimeZone or date input.
 */
typedef struct ClvSumState
{
	uint8		version;		/* CLV_SUM_VERSION */
	bool		has_end;		/* set by the first row */
	int64		end_raw;		/* observation end as given (timestamptz or date) */
	int32		end_day;		/* its day */
	int32		divisor;		/* days per unit: 1 or 7 */
	pg_tz	   *tz;				/* named time zone, or NULL */
	int64		n,
				cap;
	ClvPurchase *p;
} ClvSumState;

#endif							/* PGG_CLV_H */
