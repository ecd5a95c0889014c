/*-------------------------------------------------------------------------
 *
 * src/core/specfun.h
 *	  Special functions of pg_growth: normal, Student t and chi-squared
 *	  distributions, incomplete beta and gamma functions (core/specfun.c);
 *	  ln Gamma, digamma and the Gauss hypergeometric function 2F1
 *	  (core/gammafun.c).
 *
 * All functions but the 2F1 ones are pure C (libm only), thread-safe and
 * never raise a PostgreSQL error: an argument outside the domain gives NaN,
 * and the SQL wrappers turn NaN into a clear error.  Upper tails (the _sf
 * and _c functions) are computed directly, never as 1 - cdf, so they keep
 * their relative accuracy far into the tail.  The algorithms and their
 * sources are described in specfun.c, gammafun.c, doc/lift.md and
 * doc/clv.md.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef PGG_SPECFUN_H
#define PGG_SPECFUN_H

/* standard normal distribution */
extern double pgg_norm_cdf(double x);	/* P(Z <= x) */
extern double pgg_norm_sf(double x);	/* P(Z > x) */
extern double pgg_norm_ppf(double p);	/* x with cdf(x) = p */
extern double pgg_norm_isf(double q);	/* x with sf(x) = q */
extern double pgg_norm_pdf(double x);	/* density */
extern double pgg_norm_logsf(double x);	/* log P(Z > x), finite for all x */

/* Student t distribution with df > 0 degrees of freedom (df may be real) */
extern double pgg_t_cdf(double x, double df);
extern double pgg_t_sf(double x, double df);
extern double pgg_t_ppf(double p, double df);
extern double pgg_t_isf(double q, double df);

/* chi-squared distribution with df > 0 degrees of freedom */
extern double pgg_chi2_cdf(double x, double df);
extern double pgg_chi2_sf(double x, double df);

/* ---- the Gamma function family (gammafun.c) ---- */

/* ln Gamma(x) for x > 0 (lgamma_r where the C library has it) */
extern double pgg_lgamma(double x);

/* ln|Gamma(x)| and the sign of Gamma(x), for any x that is not a pole */
extern double pgg_lgamma_sign(double x, int *sign);

/* Stirling correction ln Gamma(x) - ((x - 1/2) ln x - x + ln sqrt(2 pi)), x > 0 */
extern double pgg_stirlerr(double x);

/* log of the beta function B(a, b), a, b > 0 */
extern double pgg_lbeta(double a, double b);

/* digamma psi(x) = d/dx ln Gamma(x), for x > 0 */
extern double pgg_digamma(double x);

/*
 * Gauss hypergeometric function 2F1(a, b; c; z) for real a, b, c and real
 * z <= 1, times exp(logscale) (the scale is folded into every term before
 * exponentiation, so results whose factors overflow separately stay finite).
 * Raises an error when the value is undefined (c a non-positive integer,
 * z > 1, z = 1 with c - a - b <= 0) or cannot be computed accurately.  Both
 * check for interrupts (a series may take millions of terms).
 */
extern double pgg_hyp2f1_scaled(double a, double b, double c, double z,
								double logscale);

/*
 * The same without raising: returns 0 (the reason in *why) when it cannot,
 * nonzero with the value in *out when it can.  (int, not bool: this header
 * is also read by the pure-C specfun.c, which does not include c.h.)
 */
extern int	pgg_hyp2f1_try(double a, double b, double c, double z,
						   double logscale, double *out, const char **why);

/* ---- distributions and incomplete functions (specfun.c) ---- */

/* regularized incomplete beta I_x(a,b) */
extern double pgg_betainc_reg(double a, double b, double x);

/* 1 - I_x(a,b), computed directly */
extern double pgg_betainc_reg_c(double a, double b, double x);

/* regularized incomplete gamma P(a,x) and Q(a,x) = 1 - P(a,x) */
extern double pgg_gammainc_p(double a, double x);
extern double pgg_gammainc_q(double a, double x);

/*
 * P(Y > X) for independent X ~ Beta(a1, b1), Y ~ Beta(a2, b2), all >= 1
 * (chance to beat control); adaptive Gauss-Kronrod quadrature.
 */
extern double pgg_prob_beta_greater(double a1, double b1, double a2, double b2);

#endif							/* PGG_SPECFUN_H */
