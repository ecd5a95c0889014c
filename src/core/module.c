/*-------------------------------------------------------------------------
 *
 * src/core/module.c
 *	  The module itself: PG_MODULE_MAGIC and pg_growth_version().
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/pg_growth.h"

#include "utils/builtins.h"
#include "core/state.h"

/*
 * The pgg_state families, defined by the capabilities (each in its own
 * header too): declared here, as core includes no capability's header.
 */
extern const PggStateFamily pgg_clv_fit_family;
extern const PggStateFamily pgg_funnel_counts_family;
extern const PggStateFamily pgg_retention_matrix_family;

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
 */
void		_PG_init(void);

void
_PG_init(void)
{
	/* one line per state family */
	pgg_state_register(&pgg_clv_fit_family);
	pgg_state_register(&pgg_funnel_counts_family);
	pgg_state_register(&pgg_retention_matrix_family);
}
