
-- ---------------------------------------------------------------------------
-- Retention (doc/retention.md)
-- ---------------------------------------------------------------------------

-- retention(cond1, ..., condN): ClickHouse-compatible per-actor retention.
-- The state is a bigint bit mask, so the aggregate needs no serialization and
-- Citus can combine it across nodes.
CREATE FUNCTION retention_trans(bigint, VARIADIC "any") RETURNS bigint
    AS 'MODULE_PATHNAME', 'pgg_retention_trans'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION retention_combine(bigint, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'pgg_retention_combine'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION retention_final(bigint) RETURNS integer[]
    AS 'MODULE_PATHNAME', 'pgg_retention_final'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE retention(VARIADIC "any") (
    SFUNC = retention_trans,
    STYPE = bigint,
    COMBINEFUNC = retention_combine,
    FINALFUNC = retention_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE retention(VARIADIC "any") IS
    'per actor: element 1 is 1 when cond1 held; element i is 1 when cond1 and cond i each held on some row (ClickHouse retention)';
