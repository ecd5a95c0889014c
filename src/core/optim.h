/*-------------------------------------------------------------------------
 *
 * src/core/optim.h
 *	  The BFGS minimizer of pg_growth (core/optim.c).
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef PGG_OPTIM_H
#define PGG_OPTIM_H

#include "core/pg_growth.h"

/* Most parameters an objective may have. */
#define PGG_BFGS_MAX_DIM	4

/* Tolerances of the BFGS minimizer (documented in doc/clv.md, "Fitting"). */
#define PGG_BFGS_GTOL		1e-9	/* stop when max |gradient| falls below */
#define PGG_BFGS_GTOL_ACCEPT 1e-6	/* a stalled run still counts as converged */
#define PGG_BFGS_MAX_ITER	1000
#define PGG_BFGS_THETA_BOX	30.0	/* |parameter| beyond this is +inf */

/*
 * Objective for the minimizer: returns f(theta) and, when grad is not NULL,
 * fills the gradient.  Returns +inf (or NaN) outside the domain.
 */
typedef double (*PggObjective) (const double *theta, double *grad, void *arg);

typedef struct PggOptimResult
{
	double		theta[PGG_BFGS_MAX_DIM];
	double		f;
	double		gmax;			/* max |gradient| at theta */
	int			iterations;
	bool		converged;
} PggOptimResult;

/*
 * Minimize fn over n <= PGG_BFGS_MAX_DIM parameters from theta0; the result
 * (best point, value, gradient size, iterations, convergence) in *res.  The
 * objective sees +inf outside the box |theta_i| <= PGG_BFGS_THETA_BOX.
 * Checks for interrupts once per iteration.
 */
extern void pgg_bfgs(PggObjective fn, void *arg, int n,
					 const double *theta0, PggOptimResult *res);

#endif							/* PGG_OPTIM_H */
