/*-------------------------------------------------------------------------
 *
 * clv.h
 *	  Internal declarations of the customer lifetime value code of pg_growth
 *	  (clv.c, clv_math.c).  Not part of the shared pg_growth.h: only the CLV
 *	  files include it.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef PGG_CLV_H
#define PGG_CLV_H

#include "postgres.h"

/* ---- special functions (clv_math.c) ------------------------------------- */

/* ln|Gamma(x)| through the re-entrant libm lgamma_r. */
extern double pgg_clv_lgamma(double x);

/* digamma psi(x) = d/dx ln Gamma(x) for x > 0. */
extern double pgg_clv_digamma(double x);

/*
 * Gauss hypergeometric function 2F1(a, b; c; z) for real a, b, c and real
 * z <= 1, times exp(logscale) (the scale is folded into every term before
 * exponentiation, so results whose factors overflow separately stay finite).
 * Raises an error when the value is undefined (c a non-positive integer,
 * z > 1, z = 1 with c - a - b <= 0) or cannot be computed accurately.
 */
extern double pgg_clv_hyp2f1_scaled(double a, double b, double c, double z,
									double logscale);
/* the same without raising: false (reason in *why) when it cannot */
extern bool pgg_clv_hyp2f1_try(double a, double b, double c, double z,
							   double logscale, double *out, const char **why);

/* ---- optimizer (clv_math.c) --------------------------------------------- */

#define CLV_MAX_DIM 4

/*
 * Objective for the minimizer: returns f(theta) and, when grad is not NULL,
 * fills the gradient.  Returns +inf (or NaN) outside the domain.
 */
typedef double (*ClvObjective) (const double *theta, double *grad, void *arg);

typedef struct ClvOptimResult
{
	double		theta[CLV_MAX_DIM];
	double		f;
	double		gmax;			/* max |gradient| at theta */
	int			iterations;
	bool		converged;
} ClvOptimResult;

/* Tolerances of the BFGS minimizer (documented in doc/clv.md). */
#define CLV_GTOL		1e-9	/* stop when max |gradient| falls below */
#define CLV_GTOL_ACCEPT 1e-6	/* a stalled run still counts as converged */
#define CLV_MAX_ITER	1000
#define CLV_THETA_BOX	30.0	/* |log parameter| beyond this is +inf */

extern void pgg_clv_bfgs(ClvObjective fn, void *arg, int n,
						 const double *theta0, ClvOptimResult *res);

#endif							/* PGG_CLV_H */
