
-- ---------------------------------------------------------------------------
-- Engagement (doc/engagement.md)
-- ---------------------------------------------------------------------------

-- ---- Sequence patterns ----------------------------------------------------
-- sequence_match(pattern, ts, cond1, ..., condN): ClickHouse's pattern language
-- over the rows on which some condition holds.  One family: the state is
-- internal (the pattern and the events, src/engagement/sequence.h) with one
-- transition, combine, serialize and deserialize function, PARALLEL SAFE,
-- READ_ONLY finals; the overloads differ in the timestamp type.
CREATE FUNCTION _pgg_sequence_trans(internal, text, timestamptz, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_sequence_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_sequence_trans(internal, text, timestamp, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_sequence_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_sequence_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_sequence_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_sequence_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'pgg_sequence_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION _pgg_sequence_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_sequence_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION _pgg_sequence_match_final(internal) RETURNS boolean
    AS 'MODULE_PATHNAME', 'pgg_sequence_match_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE sequence_match(pattern text, ts timestamptz, VARIADIC conditions "any") (
    SFUNC = _pgg_sequence_trans, STYPE = internal, SSPACE = 400, FINALFUNC = _pgg_sequence_match_final,
    COMBINEFUNC = _pgg_sequence_combine, SERIALFUNC = _pgg_sequence_serialize,
    DESERIALFUNC = _pgg_sequence_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE sequence_match(pattern text, ts timestamp, VARIADIC conditions "any") (
    SFUNC = _pgg_sequence_trans, STYPE = internal, SSPACE = 400, FINALFUNC = _pgg_sequence_match_final,
    COMBINEFUNC = _pgg_sequence_combine, SERIALFUNC = _pgg_sequence_serialize,
    DESERIALFUNC = _pgg_sequence_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);

COMMENT ON AGGREGATE sequence_match(text, timestamptz, VARIADIC "any") IS
    'per actor: whether the events (rows where some condition holds, in time order) match the pattern of (?N), ., .* and (?t op S) atoms (ClickHouse sequenceMatch)';
COMMENT ON AGGREGATE sequence_match(text, timestamp, VARIADIC "any") IS
    'per actor: whether the events (rows where some condition holds, in time order) match the pattern of (?N), ., .* and (?t op S) atoms (ClickHouse sequenceMatch)';
COMMENT ON FUNCTION _pgg_sequence_trans(internal, text, timestamp with time zone, VARIADIC "any") IS
    'internal: transition function of sequence_match(), sequence_count(), sequence_match_events(); not for direct use';
COMMENT ON FUNCTION _pgg_sequence_trans(internal, text, timestamp without time zone, VARIADIC "any") IS
    'internal: transition function of sequence_match(), sequence_count(), sequence_match_events(); not for direct use';
COMMENT ON FUNCTION _pgg_sequence_combine(internal, internal) IS
    'internal: combine function of sequence_match(), sequence_count(), sequence_match_events(); not for direct use';
COMMENT ON FUNCTION _pgg_sequence_serialize(internal) IS
    'internal: serialize function of sequence_match(), sequence_count(), sequence_match_events(); not for direct use';
COMMENT ON FUNCTION _pgg_sequence_deserialize(bytea, internal) IS
    'internal: deserialize function of sequence_match(), sequence_count(), sequence_match_events(); not for direct use';
COMMENT ON FUNCTION _pgg_sequence_match_final(internal) IS
    'internal: final function of sequence_match(); not for direct use';

-- sequence_count(...): non-overlapping matches (ClickHouse sequenceCount)
CREATE FUNCTION _pgg_sequence_count_final(internal) RETURNS bigint
    AS 'MODULE_PATHNAME', 'pgg_sequence_count_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE sequence_count(pattern text, ts timestamptz, VARIADIC conditions "any") (
    SFUNC = _pgg_sequence_trans, STYPE = internal, SSPACE = 400, FINALFUNC = _pgg_sequence_count_final,
    COMBINEFUNC = _pgg_sequence_combine, SERIALFUNC = _pgg_sequence_serialize,
    DESERIALFUNC = _pgg_sequence_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE sequence_count(pattern text, ts timestamp, VARIADIC conditions "any") (
    SFUNC = _pgg_sequence_trans, STYPE = internal, SSPACE = 400, FINALFUNC = _pgg_sequence_count_final,
    COMBINEFUNC = _pgg_sequence_combine, SERIALFUNC = _pgg_sequence_serialize,
    DESERIALFUNC = _pgg_sequence_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE sequence_count(text, timestamptz, VARIADIC "any") IS
    'per actor: the number of non-overlapping matches of the pattern in the events, counted as ClickHouse sequenceCount does';
COMMENT ON AGGREGATE sequence_count(text, timestamp, VARIADIC "any") IS
    'per actor: the number of non-overlapping matches of the pattern in the events, counted as ClickHouse sequenceCount does';
COMMENT ON FUNCTION _pgg_sequence_count_final(internal) IS
    'internal: final function of sequence_count(); not for direct use';

-- sequence_match_events(...): the times of the (?N) events of the first match
CREATE FUNCTION _pgg_sequence_match_events_final(internal) RETURNS timestamptz[]
    AS 'MODULE_PATHNAME', 'pgg_sequence_match_events_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_sequence_match_events_ts_final(internal) RETURNS timestamp[]
    AS 'MODULE_PATHNAME', 'pgg_sequence_match_events_ts_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE sequence_match_events(pattern text, ts timestamptz, VARIADIC conditions "any") (
    SFUNC = _pgg_sequence_trans, STYPE = internal, SSPACE = 400, FINALFUNC = _pgg_sequence_match_events_final,
    COMBINEFUNC = _pgg_sequence_combine, SERIALFUNC = _pgg_sequence_serialize,
    DESERIALFUNC = _pgg_sequence_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE sequence_match_events(pattern text, ts timestamp, VARIADIC conditions "any") (
    SFUNC = _pgg_sequence_trans, STYPE = internal, SSPACE = 400, FINALFUNC = _pgg_sequence_match_events_ts_final,
    COMBINEFUNC = _pgg_sequence_combine, SERIALFUNC = _pgg_sequence_serialize,
    DESERIALFUNC = _pgg_sequence_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE sequence_match_events(text, timestamptz, VARIADIC "any") IS
    'per actor: the timestamps of the events the (?N) atoms of the first match consumed, empty when nothing matches (duckdb-behavioral sequence_match_events)';
COMMENT ON AGGREGATE sequence_match_events(text, timestamp, VARIADIC "any") IS
    'per actor: the timestamps of the events the (?N) atoms of the first match consumed, empty when nothing matches (duckdb-behavioral sequence_match_events)';
COMMENT ON FUNCTION _pgg_sequence_match_events_final(internal) IS
    'internal: final function of sequence_match_events(); not for direct use';
COMMENT ON FUNCTION _pgg_sequence_match_events_ts_final(internal) IS
    'internal: final function of sequence_match_events(); not for direct use';
