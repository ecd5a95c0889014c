/*-------------------------------------------------------------------------
 *
 * specfun.h
 *	  Special functions of pg_growth: normal, Student t and chi-squared
 *	  distributions, incomplete beta and gamma functions.
 *
 * All functions are pure C (libm only), thread-safe and never raise a
 * PostgreSQL error: an argument outside the domain gives NaN, and the SQL
 * wrappers turn NaN into a clear error.  Upper tails (the _sf and _c
 * functions) are computed directly, never as 1 - cdf, so they keep their
 * relative accuracy far into the tail.  The algorithms and their sources
 * are described in specfun.c and doc/lift.md.
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

/* log of the beta function B(a, b), a, b > 0 */
extern double pgg_lbeta(double a, double b);

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
