/*-------------------------------------------------------------------------
 *
 * src/core/gammafun.c
 *	  The Gamma function family of pg_growth: ln Gamma, the Stirling
 *	  correction, ln B(a, b), digamma, and the Gauss hypergeometric function
 *	  2F1.  Contracts in core/specfun.h.
 *
 * These are the numerics shared by the distributions of specfun.c (lift:
 * doc/lift.md, "Numerical methods") and the customer lifetime value models
 * (clv: doc/clv.md, "The Gauss hypergeometric function" and
 * "Fitting"), kept in one place so
 * that there is one lgamma, one digamma and one 2F1.
 *
 *	- ln Gamma: the re-entrant lgamma_r() of the C library (lgamma() writes
 *	  the global signgam); a Stirling-series fallback where it is missing.
 *	- ln B(a,b): lgamma_r() for small arguments, Stirling series with the
 *	  correction terms of DLMF 5.11.1 when one or both arguments are large.
 *	- digamma: the recurrence psi(x) = psi(x + 1) - 1/x up to x >= 10, then
 *	  the asymptotic series (DLMF 5.11.2) with Bernoulli numbers B2..B14.
 *	- 2F1(a, b; c; z) is summed from its Maclaurin series when 0 <= z <= 0.9.
 *	  Negative z is first mapped into (0, 1) by Pfaff's transformation
 *	  (Abramowitz & Stegun 15.3.4); z in (0.9, 1) goes through the linear
 *	  transformation to 1 - z (A&S 15.3.6), whose two series converge at
 *	  least as fast as 0.1^n.  When c - a - b is within 1e-5 of an integer,
 *	  15.3.6 has cancelling poles (the logarithmic cases A&S 15.3.10-12);
 *	  there the function is evaluated at b + k h (k = -2, -1, 1, 2, h = 2e-5,
 *	  which keeps c - a - b at least 1e-5 away from the integer) and
 *	  interpolated back to b with the four-point Lagrange weights (-1/6, 2/3,
 *	  2/3, -1/6): 2F1 is analytic in b, so the interpolation error is
 *	  O((h ln(1-z))^4), below 1e-13 for z < 1 - 1e-12, and the poles amplify
 *	  rounding by about 1/h.  Every series keeps the largest term it met and
 *	  refuses a result whose rounding error could exceed 1e-8 relative, so
 *	  the function raises an error rather than return an inaccurate number.
 *
 * Unlike specfun.c, the 2F1 code is not pure C: its series check for
 * interrupts (they may take millions of terms) and pgg_hyp2f1_scaled raises
 * the error of an undefined or inaccurate value.  Everything else here is
 * pure and returns NaN outside its domain.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"

#include <float.h>
#include <math.h>

#include "miscadmin.h"

#include "core/specfun.h"

#define PGG_LN_SQRT_2PI	0.91893853320467274178	/* log(sqrt(2 pi)) */
#define PGG_PI			3.14159265358979323846

#define HYP_Z_SWITCH	0.9		/* series up to here, 15.3.6 above */
#define HYP_MAX_TERMS	2000000
#define HYP_NEAR_INT	1e-5
#define HYP_STEP		2e-5
#define HYP_MAX_RELERR	1e-8

/* ---- ln Gamma and ln B ----------------------------------------------------- */

/* Stirling series of log Gamma(x) minus its leading terms (DLMF 5.11.1), x >= 10 */
static double
stirlerr_series(double x)
{
	static const double c[] = {
		1.0 / 12.0, -1.0 / 360.0, 1.0 / 1260.0, -1.0 / 1680.0, 1.0 / 1188.0,
		-691.0 / 360360.0, 1.0 / 156.0, -3617.0 / 122400.0
	};
	double		r = 1.0 / x;
	double		r2 = r * r;
	double		s = 0.0;
	int			k;

	for (k = 7; k >= 0; k--)
		s = s * r2 + c[k];
	return s * r;
}

/*
 * log Gamma(x) for x > 0, thread-safe.  The C library's lgamma() writes the
 * global signgam, so we call the reentrant lgamma_r() where the C library
 * has it (glibc, the BSDs, macOS).  Elsewhere: Stirling for x >= 10, and
 * otherwise the recurrence Gamma(x) = Gamma(x + n) / (x (x+1) ... (x+n-1)),
 * whose absolute error stays below about 3e-15 (enough for the callers,
 * which use it in exponents of front factors).
 */
#if !defined(PGG_NO_LGAMMA_R) && (defined(__GLIBC__) || defined(__APPLE__) || \
	defined(__FreeBSD__) || defined(__NetBSD__) || defined(__OpenBSD__))
#define PGG_HAVE_LGAMMA_R 1
#endif

double
pgg_lgamma(double x)
{
#ifdef PGG_HAVE_LGAMMA_R
	int			sign;

	return lgamma_r(x, &sign);
#else
	double		prod = 1.0;
	double		z;
	int			k,
				n;

	if (x >= 10.0)
		return (x - 0.5) * log(x) - x + PGG_LN_SQRT_2PI + stirlerr_series(x);
	n = (int) ceil(10.0 - x);
	for (k = 0; k < n; k++)
		prod *= x + k;
	z = x + n;
	return (z - 0.5) * log(z) - z + PGG_LN_SQRT_2PI + stirlerr_series(z) - log(prod);
#endif
}

/*
 * Stirling correction: lgamma(x) - ((x - 1/2) log x - x + log sqrt(2 pi)).
 */
double
pgg_stirlerr(double x)
{
	if (x >= 10.0)
		return stirlerr_series(x);
	return pgg_lgamma(x) - ((x - 0.5) * log(x) - x + PGG_LN_SQRT_2PI);
}

/* lgamma(b) - lgamma(a + b) for b >= 10, a > 0 small or large. */
static double
lgamma_ratio(double a, double b)
{
	/*
	 * (b - 1/2) log b - (a + b - 1/2) log(a + b) + a
	 *	 = -(b - 1/2) log1p(a/b) - a log(a + b) + a
	 */
	return -(b - 0.5) * log1p(a / b) - a * log(a + b) + a
		+ pgg_stirlerr(b) - pgg_stirlerr(a + b);
}

double
pgg_lbeta(double a, double b)
{
	double		lo,
				hi;

	if (isnan(a) || isnan(b) || a <= 0.0 || b <= 0.0)
		return NAN;
	if (isinf(a) || isinf(b))
		return -INFINITY;
	lo = fmin(a, b);
	hi = fmax(a, b);
	if (hi < 10.0)
		return pgg_lgamma(lo) + pgg_lgamma(hi) - pgg_lgamma(lo + hi);
	if (lo < 10.0)
		return pgg_lgamma(lo) + lgamma_ratio(lo, hi);
	/* both large: Stirling for all three gammas */
	{
		double		s = lo + hi;

		return PGG_LN_SQRT_2PI - 0.5 * log(hi)
			+ (lo - 0.5) * log(lo / s) - hi * log1p(lo / hi)
			+ pgg_stirlerr(lo) + pgg_stirlerr(hi) - pgg_stirlerr(s);
	}
}

/*
 * ln|Gamma(x)| and the sign of Gamma(x) for any x that is not a pole.  Where
 * the C library has no lgamma_r(), negative x goes through the reflection
 * formula Gamma(x) Gamma(1 - x) = pi / sin(pi x).
 */
double
pgg_lgamma_sign(double x, int *sign)
{
#ifdef PGG_HAVE_LGAMMA_R
	return lgamma_r(x, sign);
#else
	double		s;

	if (x > 0.0)
	{
		*sign = 1;
		return pgg_lgamma(x);
	}
	s = sin(PGG_PI * x);
	*sign = (s < 0.0) ? -1 : 1;
	return log(PGG_PI / fabs(s)) - pgg_lgamma(1.0 - x);
#endif
}

/* ---- digamma ----------------------------------------------------------------- */

/* psi(x) for x > 0: recurrence up to x >= 10, then the asymptotic series. */
double
pgg_digamma(double x)
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

/* ---- the Gauss hypergeometric function 2F1 ---------------------------------- */

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
	*lg = pgg_lgamma_sign(x, sign);
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
 *
 * Phases, each returning when it applies:
 *	1. domain: non-finite arguments and c a pole of Gamma are refused;
 *	   a, b or z zero give the scale itself;
 *	2. a or b a non-positive integer: the terminating series, any z;
 *	3. z > 1 is refused; z < 0 recurses once through Pfaff into (0, 1);
 *	4. z = 1: Gauss's theorem (needs c - a - b > 0);
 *	5. z <= 0.9: the Maclaurin series;
 *	6. z in (0.9, 1): the transformation to 1 - z, interpolated in b near
 *	   the logarithmic cases;
 *	7. when 6 cancels: the direct series once more, while z <= 0.9999.
 */
int
pgg_hyp2f1_try(double a, double b, double c, double z, double logscale,
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
		return pgg_hyp2f1_try(a, c - b, c, z / (z - 1.0),
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
pgg_hyp2f1_scaled(double a, double b, double c, double z, double logscale)
{
	double		v = 0.0;
	const char *why = "unknown";

	if (!pgg_hyp2f1_try(a, b, c, z, logscale, &v, &why))
		HypFail(why, a, b, c, z);
	return v;
}
