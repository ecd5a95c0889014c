/*-------------------------------------------------------------------------
 *
 * src/module.c
 *	  The module itself: PG_MODULE_MAGIC, pg_growth_version() and _PG_init.
 *	  It sits above core/ and the capabilities (the one file that knows them
 *	  all): _PG_init registers each capability's pgg_state families.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"

#include "utils/builtins.h"
#include "core/state.h"

PGG_MODULE_MAGIC(PGG_VERSION_STRING);

/* pg_growth_version(): the version of the loaded library */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_version);
Datum
pgg_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(PGG_VERSION_STRING));
}


/*
 * _PG_init: the families of pgg_state register here (core/state.h), so the
 * type's input and receive functions know them before any aggregate runs.
 * Each family is defined in its capability and declared here.
 */
extern const PggStateFamily pgg_clv_fit_family;		/* clv/fit.c */
extern const PggStateFamily pgg_active_days_family;	/* engagement/active.c */
extern const PggStateFamily pgg_funnel_counts_family;	/* funnel/counts.c */
extern const PggStateFamily pgg_retention_matrix_family;	/* retention/matrix.c */
extern const PggStateFamily pgg_activity_retention_family;	/* retention/matrix_activity.c */
extern const PggStateFamily pgg_activity_active_users_family;	/* engagement/activity.c */

void		_PG_init(void);

void
_PG_init(void)
{
	/* one line per state family */
	pgg_state_register(&pgg_clv_fit_family);
	pgg_state_register(&pgg_active_days_family);
	pgg_state_register(&pgg_funnel_counts_family);
	pgg_state_register(&pgg_retention_matrix_family);
	pgg_state_register(&pgg_activity_retention_family);
	pgg_state_register(&pgg_activity_active_users_family);
}
