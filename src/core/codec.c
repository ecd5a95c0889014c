/*-------------------------------------------------------------------------
 *
 * src/core/codec.c
 *	  Versioned, byte-order independent serialization of aggregate states
 *	  on top of PostgreSQL's pq_send and pq_getmsg routines.  Contracts in
 *	  core/codec.h.
 *
 * Copyright (c) 2026, pg_growth developers.  PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "core/codec.h"

#include "libpq/pqformat.h"


void
pgg_ser_begin(StringInfo buf, uint32 magic, uint8 version)
{
	pq_begintypsend(buf);
	pq_sendint32(buf, magic);
	pq_sendbyte(buf, version);
}

/*
 * The same with the buffer allocated at its final size (payload bytes after
 * the magic and version): for small states serialized once per group, where
 * the default 1 kB buffer would cost more than the state.
 */
void
pgg_ser_begin_sized(StringInfo buf, uint32 magic, uint8 version, int payload)
{
	buf->maxlen = VARHDRSZ + 5 + payload + 1;
	buf->data = palloc(buf->maxlen);
	buf->len = VARHDRSZ;
	buf->cursor = 0;
	buf->data[buf->len] = '\0';
	pq_sendint32(buf, magic);
	pq_sendbyte(buf, version);
}

bytea *
pgg_ser_end(StringInfo buf)
{
	return pq_endtypsend(buf);
}

void
pgg_deser_begin(StringInfo buf, bytea *b, uint32 magic, uint8 version,
				const char *what)
{
	uint32		m;
	int			v;

	buf->data = VARDATA_ANY(b);
	buf->len = VARSIZE_ANY_EXHDR(b);
	buf->maxlen = buf->len;
	buf->cursor = 0;
	pgg_deser_need(buf, 5, what);
	m = pq_getmsgint(buf, 4);
	v = pq_getmsgbyte(buf);
	if (m != magic)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid %s state", what),
				 errdetail("The serialized state does not start with the %s marker.", what)));
	if (v != version)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported %s state format version %d", what, v),
				 errdetail("This build of pg_growth reads version %d.", version)));
}

void
pgg_deser_need(StringInfo buf, int64 nbytes, const char *what)
{
	if (nbytes < 0 || (int64) buf->len - buf->cursor < nbytes)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid %s state", what),
				 errdetail("The serialized state is truncated.")));
}

void
pgg_deser_end(StringInfo buf, const char *what)
{
	if (buf->cursor != buf->len)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid %s state", what),
				 errdetail("The serialized state has %d trailing bytes.", buf->len - buf->cursor)));
}
