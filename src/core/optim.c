/*-------------------------------------------------------------------------
 *
 * src/core/optim.c
 *	  A small dense BFGS minimizer for smooth objectives of at most
 *	  PGG_BFGS_MAX_DIM parameters.  Contracts in core/optim.h.
 *
 * Textbook BFGS (Nocedal & Wright, Numerical Optimization, 2nd ed.,
 * algorithm 6.1) on the inverse Hessian, with a backtracking Armijo line
 * search, steps capped at 5 in every coordinate (the callers optimize log
 * parameters, so a step multiplies a parameter by at most e^5), a reset to
 * steepest descent when the update loses positive definiteness, and the
 * tolerances of optim.h.  Its user is the maximum likelihood fit of the
 * customer lifetime value models (clv/fit.c; doc/clv.md, "Fitting", states
 * the tolerances), which follows the fits of the lifetimes package.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"

#include <math.h>

#include "miscadmin.h"

#include "core/optim.h"

/* max |v[i]| */
static double
MaxAbs(const double *v, int n)
{
	double		m = 0.0;
	int			i;

	for (i = 0; i < n; i++)
		if (fabs(v[i]) > m)
			m = fabs(v[i]);
	return m;
}

/* Objective with the box: +inf outside |theta_i| <= PGG_BFGS_THETA_BOX. */
static double
BoxedEval(PggObjective fn, void *arg, int n, const double *theta, double *grad)
{
	double		f;
	int			i;

	for (i = 0; i < n; i++)
		if (!(fabs(theta[i]) <= PGG_BFGS_THETA_BOX))
			return INFINITY;
	f = fn(theta, grad, arg);
	if (isnan(f))
		return INFINITY;
	if (grad)
		for (i = 0; i < n; i++)
			if (!isfinite(grad[i]))
				return INFINITY;
	return f;
}

/*
 * Minimize fn from theta0 with BFGS; see the file header.
 *
 * Phases:
 *	1. start: evaluate f and g at theta0, H = identity;
 *	2. each iteration (at most PGG_BFGS_MAX_ITER, while f is finite):
 *	   a. stop, converged, when max |g| < PGG_BFGS_GTOL;
 *	   b. direction d = -H g; if it is not a descent direction, reset H to
 *	      the identity (steepest descent);
 *	   c. cap d at 5 in every coordinate (a log parameter moves by a factor
 *	      of at most e^5);
 *	   d. backtracking Armijo line search (halving, at most 60 trials); when
 *	      it fails, retry once from steepest descent, else stop (stalled);
 *	   e. accept the step; update H with the BFGS formula when the curvature
 *	      condition s'y > 0 holds (scaling the first H by s'y / y'y);
 *	   f. stop when the step no longer moves theta;
 *	3. report theta, f, max |g| and whether the run converged (a stalled run
 *	   counts when max |g| < PGG_BFGS_GTOL_ACCEPT).
 *
 * Invariant: H stays symmetric positive definite (the update is skipped
 * when s'y is not safely positive), so d is a descent direction unless
 * rounding spoils it, which 2b catches.
 */
void
pgg_bfgs(PggObjective fn, void *arg, int n, const double *theta0,
		 PggOptimResult *res)
{
	double		x[PGG_BFGS_MAX_DIM],
				g[PGG_BFGS_MAX_DIM],
				H[PGG_BFGS_MAX_DIM][PGG_BFGS_MAX_DIM];
	double		f;
	bool		fresh = true;	/* H is the (scaled) identity */
	int			iter;
	int			i,
				j;

	Assert(n >= 1 && n <= PGG_BFGS_MAX_DIM);
	memcpy(x, theta0, n * sizeof(double));
	f = BoxedEval(fn, arg, n, x, g);
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			H[i][j] = (i == j) ? 1.0 : 0.0;

	res->converged = false;
	for (iter = 0; iter < PGG_BFGS_MAX_ITER && isfinite(f); iter++)
	{
		double		d[PGG_BFGS_MAX_DIM],
					xn[PGG_BFGS_MAX_DIM],
					gn[PGG_BFGS_MAX_DIM],
					s[PGG_BFGS_MAX_DIM],
					y[PGG_BFGS_MAX_DIM];
		double		slope = 0.0,
					step = 1.0,
					dmax,
					fn_new = INFINITY,
					sy,
					yy,
					ss;
		bool		found = false;
		int			ls;

		CHECK_FOR_INTERRUPTS();
		if (MaxAbs(g, n) < PGG_BFGS_GTOL)
		{
			res->converged = true;
			break;
		}
		for (i = 0; i < n; i++)
		{
			d[i] = 0.0;
			for (j = 0; j < n; j++)
				d[i] -= H[i][j] * g[j];
			slope += d[i] * g[i];
		}
		if (!(slope < 0.0))
		{
			/* not a descent direction: restart from steepest descent */
			for (i = 0; i < n; i++)
			{
				for (j = 0; j < n; j++)
					H[i][j] = (i == j) ? 1.0 : 0.0;
				d[i] = -g[i];
			}
			slope = 0.0;
			for (i = 0; i < n; i++)
				slope += d[i] * g[i];
			fresh = true;
		}
		dmax = MaxAbs(d, n);
		if (dmax > 5.0)
		{
			for (i = 0; i < n; i++)
				d[i] *= 5.0 / dmax;
			slope *= 5.0 / dmax;
		}
		for (ls = 0; ls < 60; ls++)
		{
			for (i = 0; i < n; i++)
				xn[i] = x[i] + step * d[i];
			fn_new = BoxedEval(fn, arg, n, xn, gn);
			if (isfinite(fn_new) && fn_new <= f + 1e-4 * step * slope)
			{
				found = true;
				break;
			}
			step *= 0.5;
		}
		if (!found)
		{
			if (!fresh)
			{
				/* retry along the gradient before giving up */
				for (i = 0; i < n; i++)
					for (j = 0; j < n; j++)
						H[i][j] = (i == j) ? 1.0 : 0.0;
				fresh = true;
				continue;
			}
			break;				/* stalled: no decrease possible */
		}
		sy = 0.0;
		yy = 0.0;
		ss = 0.0;
		for (i = 0; i < n; i++)
		{
			s[i] = xn[i] - x[i];
			y[i] = gn[i] - g[i];
			sy += s[i] * y[i];
			yy += y[i] * y[i];
			ss += s[i] * s[i];
		}
		memcpy(x, xn, n * sizeof(double));
		memcpy(g, gn, n * sizeof(double));
		f = fn_new;
		if (sy > 1e-12 * sqrt(ss * yy))
		{
			double		Hy[PGG_BFGS_MAX_DIM],
						yHy = 0.0,
						rho = 1.0 / sy;

			if (fresh)
			{
				/* scale the initial identity (Nocedal & Wright eq. 6.20) */
				for (i = 0; i < n; i++)
					H[i][i] = sy / yy;
				fresh = false;
			}
			for (i = 0; i < n; i++)
			{
				Hy[i] = 0.0;
				for (j = 0; j < n; j++)
					Hy[i] += H[i][j] * y[j];
				yHy += y[i] * Hy[i];
			}
			/* H += (1 + rho yHy) rho s s' - rho (Hy s' + s Hy') */
			for (i = 0; i < n; i++)
				for (j = 0; j < n; j++)
					H[i][j] += (1.0 + rho * yHy) * rho * s[i] * s[j]
						- rho * (Hy[i] * s[j] + s[i] * Hy[j]);
		}
		if (MaxAbs(s, n) < 1e-14)
			break;				/* no progress in theta */
	}
	memcpy(res->theta, x, n * sizeof(double));
	res->f = f;
	res->gmax = isfinite(f) ? MaxAbs(g, n) : INFINITY;
	res->iterations = iter;
	if (!res->converged && isfinite(f) && res->gmax < PGG_BFGS_GTOL_ACCEPT)
		res->converged = true;
}
