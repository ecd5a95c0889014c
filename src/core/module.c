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

PGG_MODULE_MAGIC(PGG_VERSION_STRING);

/* pg_growth_version(): the version of the loaded library */
PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_version);
Datum
pgg_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(PGG_VERSION_STRING));
}

