/*-------------------------------------------------------------------------
 *
 * lift.h
 *	  Declarations shared by the lift files (lift.c, lift_moments.c):
 *	  accumulator states of the experiment aggregates.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef PGG_LIFT_H
#define PGG_LIFT_H

#include "utils/array.h"

/* Most arms one experiment_summary() state may hold. */
#define PGG_MAX_ARMS 100

/* moments(value) state: count, mean, sum of squared deviations */
typedef struct PggMoments
{
	double		n;
	double		mean;
	double		m2;
} PggMoments;

/* comoments(y, x) state: count, means, sums of squares and cross products */
typedef struct PggComoments
{
	double		n;
	double		mean_y;
	double		mean_x;
	double		m2_y;
	double		m2_x;
	double		c_xy;
} PggComoments;

/* Validate a float8[] moments state and read it (errors on bad states). */
extern void pgg_moments_read(ArrayType *a, PggMoments *m);

/* Build a float8[] moments state. */
extern ArrayType *pgg_moments_make(const PggMoments *m);

/* Merge b into a (Chan, Golub and LeVeque pairwise update). */
extern void pgg_moments_merge(PggMoments *a, const PggMoments *b);

/* The same for the bivariate state. */
extern void pgg_comoments_read(ArrayType *a, PggComoments *c);
extern void pgg_comoments_merge(PggComoments *a, const PggComoments *b);

#endif							/* PGG_LIFT_H */
