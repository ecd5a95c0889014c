/*-------------------------------------------------------------------------
 *
 * src/lift/lift.h
 *	  Declarations shared by the lift files: the states of the experiment
 *	  aggregates (moments, comoments, experiment_summary) and the functions
 *	  that read, build and merge them.  Only the files of src/lift/ include
 *	  it.
 *
 *	stats.c		the fixed A/B tests and distributions (doc/lift.md)
 *	moments.c	the mergeable accumulators moments(), comoments(),
 *				experiment_summary() (doc/lift_advanced.md, section 1)
 *	lift.c		sequential, Bayesian, power/MDE, CUPED and ratio metrics
 *				(doc/lift_advanced.md, sections 3-6)
 *
 * The three aggregate states are plain SQL values (float8[] and the
 * composite experiment_state), written by users and stored in tables, so
 * their layouts cannot carry a version number without breaking the values
 * already stored: each layout is identified by its shape (array length, or
 * the width of the 2-dimensional stats array), which the read functions
 * check before they set the version field of the C view.  experiment_state
 * has two: version 1 (k x 5, pg_growth 0.1.0 - 0.2.x, every row had a value)
 * and version 2 (k x 6, adds the units: rows, NULL values included); a
 * version 1 state is read with units = n and always written as version 2.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef PGG_LIFT_H
#define PGG_LIFT_H

#include "core/pg_growth.h"

#include "utils/array.h"

/* Most arms one experiment_summary() state may hold. */
#define PGG_MAX_ARMS 100

/* float8 elements of each state layout (version 1) */
#define PGG_MOMENTS_LEN		3	/* {n, mean, m2} */
#define PGG_COMOMENTS_LEN	6	/* {n, mean_y, mean_x, m2_y, m2_x, c_xy} */
#define PGG_ARM_LEN_V1		5	/* per arm {n, mean, m2, ones, others} */
#define PGG_ARM_LEN			6	/* per arm {n, mean, m2, ones, others, units} */

#define PGG_MOMENTS_VERSION		1
#define PGG_COMOMENTS_VERSION	1
#define PGG_EXPSTATE_VERSION	2	/* read: 1 and 2; written: 2 */

/*
 * moments(value) state: count, mean, sum of squared deviations from the
 * mean; float8[] {n, mean, m2} in SQL.
 */
typedef struct PggMoments
{
	uint8		version;		/* PGG_MOMENTS_VERSION */
	double		n;
	double		mean;
	double		m2;
} PggMoments;

/*
 * comoments(y, x) state: count, means, sums of squares and cross products
 * of deviations; float8[] {n, mean_y, mean_x, m2_y, m2_x, c_xy} in SQL.
 */
typedef struct PggComoments
{
	uint8		version;		/* PGG_COMOMENTS_VERSION */
	double		n;
	double		mean_y;
	double		mean_x;
	double		m2_y;
	double		m2_x;
	double		c_xy;
} PggComoments;

/*
 * one arm of an experiment_summary() state: the moments of its non-NULL
 * values and its units (rows, NULL values included; units >= n)
 */
typedef struct PggArm
{
	text	   *name;			/* detoasted arm name; NULL: the rows whose
								 * variant is NULL */
	double		n,				/* non-NULL values */
				mean,			/* their mean (0 when n = 0) */
				m2,				/* their sum of squared deviations */
				ones,			/* values equal to 1 */
				others,			/* values outside {0, 1} */
				units;			/* rows */
} PggArm;

/*
 * experiment_summary(variant, value) state: the arms sorted by name
 * (bytewise, distinct), the arm of NULL variants (name NULL) last;
 * experiment_state (variants text[], stats float8[k][6]) in SQL.  One spare
 * slot lets an insertion precede the limit check.
 */
typedef struct PggExpState
{
	uint8		version;		/* PGG_EXPSTATE_VERSION */
	int			k;				/* arms in use */
	PggArm		arms[PGG_MAX_ARMS + 1];
} PggExpState;

/* Validate a float8[] moments state and read it (errors on bad states). */
extern void pgg_moments_read(ArrayType *a, PggMoments *m);

/* Build the float8[] moments state {n, mean, m2}. */
extern ArrayType *pgg_moments_make(double n, double mean, double m2);

/* Merge b into a (Chan, Golub and LeVeque pairwise update). */
extern void pgg_moments_merge(PggMoments *a, const PggMoments *b);

/* The same for the bivariate state. */
extern void pgg_comoments_read(ArrayType *a, PggComoments *c);
extern void pgg_comoments_merge(PggComoments *a, const PggComoments *b);

#endif							/* PGG_LIFT_H */
