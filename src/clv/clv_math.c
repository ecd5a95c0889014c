/*-------------------------------------------------------------------------
 *
 * clv_math.c
 *	  Numerical kernels of the customer lifetime value models: digamma, the
 *	  Gauss hypergeometric function 2F1 and a BFGS minimizer.
 *
 * 2F1(a, b; c; z) is summed from its Maclaurin series when 0 <= z <= 0.9.
 * Negative z is first mapped into (0, 1) by Pfaff's transformation
 * (Abramowitz & Stegun 15.3.4); z in (0.9, 1) goes through the linear
 * transformation to 1 - z (A&S 15.3.6), whose two series converge at least
 * as fast as 0.1^n.  When c - a - b is within 1e-5 of an integer, 15.3.6
 * has cancelling poles (the logarithmic cases A&S 15.3.10-12); there the
 * function is evaluated at b + k h (k = -2, -1, 1, 2, h = 2e-5, which keeps
 * c - a - b at least 1e-5 away from the integer) and interpolated back to b
 * with the four-point Lagrange weights (-1/6, 2/3, 2/3, -1/6): 2F1 is
 * analytic in b, so the interpolation error is O((h ln(1-z))^4), below
 * 1e-13 for z < 1 - 1e-12, and the poles amplify rounding by about 1/h.  Every series keeps
 * the largest term it met and refuses a result whose rounding error could
 * exceed 1e-8 relative, so the function raises an error rather than return
 * an inaccurate number.
 *
 * The minimizer is textbook BFGS (Nocedal & Wright, Numerical Optimization,
 * 2nd ed., algorithm 6.1) on the inverse Hessian, with a backtracking
 * Armijo line search, steps capped at 5 in every coordinate (the callers
 * optimize log parameters, so a step multiplies a parameter by at most
 * e^5), a reset to steepest descent when the update loses positive
 * definiteness, and the tolerances of clv.h.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <float.h>
#include <math.h>

#include "miscadmin.h"

#include "clv/clv.h"

#define HYP_Z_SWITCH	0.9		/* series up to here, 15.3.6 above */
#define HYP_MAX_TERMS	2000000
#define HYP_NEAR_INT	1e-5
#define HYP_STEP		2e-5
#define HYP_MAX_RELERR	1e-8

/* ln|Gamma(x)| (thread-safe libm lgamma_r). */
double
pgg_clv_lgamma(double x)
{
	int			sign;

	return lgamma_r(x, &sign);
}

/* psi(x) for x > 0: recurrence up to x >= 10, then the asymptotic series. */
double
pgg_clv_digamma(double x)
{
	double		r = 0.0;
	double		f;
	double		t;

	Assert(x > 0.0);
	while (x < 10.0)
	{
		r -= 1.0 / x;
		x += 1.0;
	}
	f = 1.0 / (x * x);
	/* Bernoulli numbers B2..B14 over 2k */
	t = f * (-1.0 / 12 + f * (1.0 / 120 + f * (-1.0 / 252 + f * (1.0 / 240 +
		f * (-1.0 / 132 + f * (691.0 / 32760 + f * (-1.0 / 12)))))));
	return r + log(x) - 0.5 / x + t;
}

/* true when x is 0, -1, -2, ... (a pole of Gamma) */
static bool
IsNonPositiveInteger(double x)
{
	return x <= 0.0 && x == floor(x);
}

/* log|Gamma(x)| and its sign; false at a pole */
static bool
LogGammaSign(double x, double *lg, int *sign)
{
	if (IsNonPositiveInteger(x))
		return false;
	*lg = lgamma_r(x, sign);
	return true;
}

/* raise the error of a 2F1 that cannot be evaluated */
static void
HypFail(const char *why, double a, double b, double c, double z)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("cannot evaluate the hypergeometric function 2F1(%g, %g; %g; %g)", a, b, c, z),
			 errdetail("%s", why)));
}

/*
 * Maclaurin series of 2F1 for |z| < 1 (any z when a or b is a non-positive
 * integer: then the series terminates).  Returns false, with the reason in
 * *why, when it overflows, does not converge or cancels too much.
 */
static bool
HypSeriesTry(double a, double b, double c, double z, double *out, const char **why)
{
	double		term = 1.0;
	double		sum = 1.0;
	double		maxabs = 1.0;
	double		settle = 2.0 * Max(Max(fabs(a), fabs(b)), fabs(c)) + 10.0;
	long		n;

	for (n = 0; n < HYP_MAX_TERMS; n++)
	{
		double		ratio = (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;

		term *= ratio;
		if (term == 0.0)
			break;				/* terminating series */
		sum += term;
		if (fabs(term) > maxabs)
			maxabs = fabs(term);
		if (!isfinite(sum) || !isfinite(term))
		{
			*why = "A term of the series overflows.";
			return false;
		}
		if (n > settle)
		{
			double		rr = Max(fabs(ratio), fabs(z));

			if (rr < 1.0 && fabs(term) / (1.0 - rr) <= 0.5 * DBL_EPSILON * fabs(sum))
				break;
		}
		if ((n & 4095) == 4095)
			CHECK_FOR_INTERRUPTS();
	}
	if (n >= HYP_MAX_TERMS)
	{
		*why = "The series did not converge.";
		return false;
	}
	if (maxabs * DBL_EPSILON * (n + 1.0) > HYP_MAX_RELERR * fabs(sum))
	{
		*why = "Cancellation between terms of the series leaves too few correct digits.";
		return false;
	}
	*out = sum;
	return true;
}

/* sign(v) * exp(logscale + log|v|), without intermediate overflow */
static double
ScaledValue(double v, double logscale)
{
	if (v == 0.0)
		return 0.0;
	return copysign(exp(logscale + log(fabs(v))), v);
}

/* A&S 15.3.6 for 0 < z < 1 when c - a - b is not an integer */
static bool
HypTransformTry(double a, double b, double c, double z, double logscale,
				double *out, const char **why)
{
	double		m = c - a - b;
	double		w = 1.0 - z;
	double		lw = log(w);
	double		lgc,
				lgm,
				lgmm,
				lg1,
				lg2;
	int			sc,
				sm,
				smm,
				s1,
				s2;
	double		v1 = 0.0,
				v2 = 0.0,
				v;

	if (!LogGammaSign(c, &lgc, &sc) || !LogGammaSign(m, &lgm, &sm) ||
		!LogGammaSign(-m, &lgmm, &smm))
	{
		*why = "c - a - b is an integer.";
		return false;
	}

	/* term 1: Gamma(c) Gamma(m) / (Gamma(c-a) Gamma(c-b)) F(a, b; 1-m; w) */
	if (LogGammaSign(c - a, &lg1, &s1) && LogGammaSign(c - b, &lg2, &s2))
	{
		double		s;

		if (!HypSeriesTry(a, b, 1.0 - m, w, &s, why))
			return false;
		v1 = sc * sm * s1 * s2 * ScaledValue(s, logscale + lgc + lgm - lg1 - lg2);
	}
	/* term 2: w^m Gamma(c) Gamma(-m) / (Gamma(a) Gamma(b)) F(c-a, c-b; m+1; w) */
	if (LogGammaSign(a, &lg1, &s1) && LogGammaSign(b, &lg2, &s2))
	{
		double		s;

		if (!HypSeriesTry(c - a, c - b, m + 1.0, w, &s, why))
			return false;
		v2 = sc * smm * s1 * s2 * ScaledValue(s, logscale + m * lw + lgc + lgmm - lg1 - lg2);
	}
	v = v1 + v2;
	if (!isfinite(v))
	{
		*why = "The value overflows.";
		return false;
	}
	if ((fabs(v1) + fabs(v2)) * 100.0 * DBL_EPSILON > HYP_MAX_RELERR * fabs(v))
	{
		*why = "The two terms of the transformation to 1 - z cancel.";
		return false;
	}
	*out = v;
	return true;
}

/*
 * exp(logscale) * 2F1(a, b; c; z) into *out; false, with the reason in *why,
 * when it is undefined or cannot be computed accurately (see the header).
 */
bool
pgg_clv_hyp2f1_try(double a, double b, double c, double z, double logscale,
				   double *out, const char **why)
{
	double		m,
				v = 0.0;
	const char *why2 = NULL;
	bool		ok;

	if (!isfinite(a) || !isfinite(b) || !isfinite(c) || !isfinite(z) || isnan(logscale))
	{
		*why = "The arguments must be finite.";
		return false;
	}
	if (IsNonPositiveInteger(c))
	{
		*why = "The function is undefined when c is zero or a negative integer.";
		return false;
	}
	if (a == 0.0 || b == 0.0 || z == 0.0)
	{
		*out = exp(logscale);
		return true;
	}

	/* terminating series: a polynomial, summed directly for any z */
	if (IsNonPositiveInteger(a) || IsNonPositiveInteger(b))
	{
		if (!HypSeriesTry(a, b, c, z, &v, why))
			return false;
		*out = ScaledValue(v, logscale);
		return true;
	}
	if (z > 1.0)
	{
		*why = "Only real z <= 1 is supported (the function is complex-valued beyond 1).";
		return false;
	}

	if (z < 0.0)
	{
		/* Pfaff, A&S 15.3.4: (1-z)^-a F(a, c-b; c; z/(z-1)), argument in (0,1) */
		return pgg_clv_hyp2f1_try(a, c - b, c, z / (z - 1.0),
								  logscale - a * log1p(-z), out, why);
	}

	m = c - a - b;
	if (z == 1.0)
	{
		double		lgc = 0.0,
					lgm = 0.0,
					lg1,
					lg2;
		int			sc = 1,
					sm = 1,
					s1,
					s2;

		/* Gauss's theorem, A&S 15.1.20 */
		if (m <= 0.0)
		{
			*why = "At z = 1 the series diverges unless c - a - b > 0.";
			return false;
		}
		if (!LogGammaSign(c - a, &lg1, &s1) || !LogGammaSign(c - b, &lg2, &s2))
		{
			*out = 0.0;
			return true;
		}
		(void) LogGammaSign(c, &lgc, &sc);
		(void) LogGammaSign(m, &lgm, &sm);
		*out = sc * sm * s1 * s2 * exp(logscale + lgc + lgm - lg1 - lg2);
		return true;
	}

	if (z <= HYP_Z_SWITCH)
	{
		if (!HypSeriesTry(a, b, c, z, &v, why))
			return false;
		*out = ScaledValue(v, logscale);
		return true;
	}

	if (fabs(m - rint(m)) < HYP_NEAR_INT)
	{
		/* near the logarithmic case: interpolate in b (see the header) */
		static const double w[4] = {-1.0 / 6, 2.0 / 3, 2.0 / 3, -1.0 / 6};
		static const int k[4] = {-2, -1, 1, 2};
		int			i;

		ok = true;
		v = 0.0;
		for (i = 0; i < 4 && ok; i++)
		{
			double		bb = b + k[i] * HYP_STEP;
			double		vi = 0.0;

			ok = !IsNonPositiveInteger(bb) &&
				HypTransformTry(a, bb, c, z, logscale, &vi, why);
			v += w[i] * vi;
		}
	}
	else
		ok = HypTransformTry(a, b, c, z, logscale, &v, why);
	if (ok)
	{
		*out = v;
		return true;
	}

	/*
	 * The transformation is ill-conditioned here (large parameters make its
	 * two terms cancel): the direct series still converges, slowly, while z
	 * is not too close to 1.
	 */
	if (z <= 0.9999 && HypSeriesTry(a, b, c, z, &v, &why2))
	{
		*out = ScaledValue(v, logscale);
		return true;
	}
	return false;
}

/* exp(logscale) * 2F1(a, b; c; z), raising an error when it cannot */
double
pgg_clv_hyp2f1_scaled(double a, double b, double c, double z, double logscale)
{
	double		v = 0.0;
	const char *why = "unknown";

	if (!pgg_clv_hyp2f1_try(a, b, c, z, logscale, &v, &why))
		HypFail(why, a, b, c, z);
	return v;
}

/* ---- BFGS ------------------------------------------------------------------ */

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

/* Objective with the box: +inf outside |theta_i| <= CLV_THETA_BOX. */
static double
BoxedEval(ClvObjective fn, void *arg, int n, const double *theta, double *grad)
{
	double		f;
	int			i;

	for (i = 0; i < n; i++)
		if (!(fabs(theta[i]) <= CLV_THETA_BOX))
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

/* Minimize fn from theta0 with BFGS; see the file header. */
void
pgg_clv_bfgs(ClvObjective fn, void *arg, int n, const double *theta0,
			 ClvOptimResult *res)
{
	double		x[CLV_MAX_DIM],
				g[CLV_MAX_DIM],
				H[CLV_MAX_DIM][CLV_MAX_DIM];
	double		f;
	bool		fresh = true;	/* H is the (scaled) identity */
	int			iter;
	int			i,
				j;

	Assert(n >= 1 && n <= CLV_MAX_DIM);
	memcpy(x, theta0, n * sizeof(double));
	f = BoxedEval(fn, arg, n, x, g);
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			H[i][j] = (i == j) ? 1.0 : 0.0;

	res->converged = false;
	for (iter = 0; iter < CLV_MAX_ITER && isfinite(f); iter++)
	{
		double		d[CLV_MAX_DIM],
					xn[CLV_MAX_DIM],
					gn[CLV_MAX_DIM],
					s[CLV_MAX_DIM],
					y[CLV_MAX_DIM];
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
		if (MaxAbs(g, n) < CLV_GTOL)
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
			double		Hy[CLV_MAX_DIM],
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
	if (!res->converged && isfinite(f) && res->gmax < CLV_GTOL_ACCEPT)
		res->converged = true;
}
