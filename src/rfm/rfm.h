/*-------------------------------------------------------------------------
 *
 * src/rfm/rfm.h
 *	  Internal declarations of the RFM capability (rfm.c): the state of the
 *	  rfm_breaks aggregate.  doc/rfm.md, "Breaks: the same scores without a
 *	  window", states its semantics.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef PGG_RFM_H
#define PGG_RFM_H

#include "core/pg_growth.h"

/* most bins a score may have */
#define RFM_MAX_BINS 1000

/*
 * The rfm_breaks state is a plain float8[] (so that parallel plans and
 * Citus combine it without serialization functions): element 1 holds the
 * number of bins, the rest the values seen, in arrival order.  States are
 * SQL values that may be stored, so the array carries no version number
 * (adding one would break the stored ones); this layout is version 1 and is
 * recognized by its shape (one dimension, no NULLs, element 1 a whole
 * number of bins in 1..RFM_MAX_BINS).
 */
#define RFM_BREAKS_VERSION 1

/* A checked view of a flat rfm_breaks state (RfmStateValues in rfm.c). */
typedef struct RfmBreaksState
{
	uint8		version;		/* RFM_BREAKS_VERSION once checked */
	int			nbins;			/* element 1 */
	int64		nvals;			/* values after it */
	double	   *values;			/* points into the array: elements 2.. */
} RfmBreaksState;

#endif							/* PGG_RFM_H */
