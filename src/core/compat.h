/*-------------------------------------------------------------------------
 *
 * src/core/compat.h
 *	  Everything that differs between PostgreSQL major versions (15, 17, 18)
 *	  or between compilers, in one small header.  No other file tests
 *	  PG_VERSION_NUM or uses a compiler builtin directly.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef PGG_COMPAT_H
#define PGG_COMPAT_H

#include "postgres.h"

/*
 * The overflow-checked integer helpers (pg_add_s64_overflow and friends) are
 * declared in common/int.h.  Up to PostgreSQL 17 access/htup_details.h pulled
 * it in through access/tupmacs.h; PostgreSQL 18 no longer does, so it is
 * included here for every version.
 */
#include "common/int.h"
#include "fmgr.h"

#if PG_VERSION_NUM < 150000
#error "pg_growth requires PostgreSQL 15 or later"
#endif

/*
 * The varlena macros (VARDATA_ANY, VARSIZE_ANY_EXHDR, ...) moved from
 * postgres.h to varatt.h in PostgreSQL 16, and PostgreSQL 18's headers no
 * longer pull varatt.h in on the way.
 */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

/*
 * PGG_EXPORT goes in front of PG_FUNCTION_INFO_V1(name).  From PostgreSQL 16
 * on, the macro itself declares the function PGDLLEXPORT; before, Windows
 * needs it spelled out (pgvector does the same).  On other platforms it is
 * empty either way.  Every SQL-callable function is written
 *
 *		PGG_EXPORT PG_FUNCTION_INFO_V1(pgg_name);
 *		Datum
 *		pgg_name(PG_FUNCTION_ARGS)
 */
#if PG_VERSION_NUM >= 160000
#define PGG_EXPORT
#else
#define PGG_EXPORT PGDLLEXPORT
#endif

/* The module magic block: PostgreSQL 18 also records name and version. */
#if PG_VERSION_NUM >= 180000
#define PGG_MODULE_MAGIC(ver) \
	PG_MODULE_MAGIC_EXT(.name = "pg_growth", .version = (ver))
#else
#define PGG_MODULE_MAGIC(ver) PG_MODULE_MAGIC
#endif

/*
 * PGG_PREFETCH(addr, rw, locality): a cache prefetch hint where the compiler
 * has one (GCC and Clang), nothing elsewhere.  The arguments follow
 * __builtin_prefetch: rw 1 = about to write, locality 0..3.
 */
#if defined(__GNUC__) || defined(__clang__)
#define PGG_PREFETCH(addr, rw, locality) __builtin_prefetch((addr), (rw), (locality))
#else
#define PGG_PREFETCH(addr, rw, locality) ((void) (addr))
#endif

#endif							/* PGG_COMPAT_H */
