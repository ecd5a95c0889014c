/*-------------------------------------------------------------------------
 *
 * src/core/codec.h
 *	  Versioned, byte-order independent state serialization (core/codec.c)
 *	  and LEB128 varints.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef PGG_CODEC_H
#define PGG_CODEC_H

#include "core/pg_growth.h"

#include "lib/stringinfo.h"


/*
 * Every serialized state starts with a four-byte magic naming the state kind
 * and a one-byte format version; all integers go in network byte order and
 * floats through their IEEE bit pattern (pq_sendfloat8), so states may cross
 * machines (parallel workers, Citus nodes).  pgg_deser_begin checks magic and
 * version and raises a clear error on a foreign or truncated state.
 */
extern void pgg_ser_begin(StringInfo buf, uint32 magic, uint8 version);
extern void pgg_ser_begin_sized(StringInfo buf, uint32 magic, uint8 version, int payload);
extern bytea *pgg_ser_end(StringInfo buf);
extern void pgg_deser_begin(StringInfo buf, bytea *b, uint32 magic,
							uint8 version, const char *what);
extern void pgg_deser_end(StringInfo buf, const char *what);
extern void pgg_deser_need(StringInfo buf, int64 nbytes, const char *what);

/*
 * Unsigned LEB128 varints (seven bits per byte, low groups first, the high
 * bit set on every byte but the last): byte-order independent.  The writer
 * needs 10 bytes of room; the reader returns NULL when the varint is
 * malformed or runs past end.
 */
static inline uint8 *
pgg_put_varint(uint8 *p, uint64 v)
{
	while (v >= 0x80)
	{
		*p++ = (uint8) (v | 0x80);
		v >>= 7;
	}
	*p++ = (uint8) v;
	return p;
}

static inline const uint8 *
pgg_get_varint(const uint8 *p, const uint8 *end, uint64 *v)
{
	uint64		r = 0;
	int			shift = 0;

	while (p < end)
	{
		uint8		b = *p++;

		if (shift == 63 && b > 1)
			return NULL;
		r |= (uint64) (b & 0x7F) << shift;
		if (!(b & 0x80))
		{
			*v = r;
			return p;
		}
		shift += 7;
	}
	return NULL;
}


#endif							/* PGG_CODEC_H */
