
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

-- ---- Sessions and streaks --------------------------------------------------

-- sessionize(ts, gap) OVER (PARTITION BY actor ORDER BY ts): session number
CREATE FUNCTION sessionize(ts timestamptz, gap interval) RETURNS bigint
    AS 'MODULE_PATHNAME', 'pgg_sessionize' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION sessionize(timestamptz, interval) IS
    'window function: 1-based session number of the row; a new session starts at the first row and at every row more than gap after the previous one (use OVER (PARTITION BY actor ORDER BY ts))';

-- session_stats(ts, gap): one actor's sessions, no window sort
CREATE TYPE session_stats AS (sessions bigint, total_duration interval, longest_duration interval,
                              events bigint, events_per_session float8);
COMMENT ON TYPE session_stats IS
    'one actor''s sessions: number of sessions, summed and longest first-to-last-row duration, rows, rows per session';
CREATE FUNCTION _pgg_session_stats_trans(internal, timestamptz, interval) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_session_stats_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_session_stats_trans(internal, timestamptz, interval) IS
    'internal: transition function of session_stats(); not for direct use';
CREATE FUNCTION _pgg_session_stats_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_session_stats_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_session_stats_combine(internal, internal) IS
    'internal: combine function of session_stats(); not for direct use';
CREATE FUNCTION _pgg_session_stats_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'pgg_session_stats_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_session_stats_serialize(internal) IS
    'internal: serialize function of session_stats(); not for direct use';
CREATE FUNCTION _pgg_session_stats_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_session_stats_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_session_stats_deserialize(bytea, internal) IS
    'internal: deserialize function of session_stats(); not for direct use';
CREATE FUNCTION _pgg_session_stats_final(internal) RETURNS @extschema@.session_stats
    AS 'MODULE_PATHNAME', 'pgg_session_stats_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_session_stats_final(internal) IS
    'internal: final function of session_stats(); not for direct use';
CREATE AGGREGATE session_stats(ts timestamptz, gap interval) (
    SFUNC = @extschema@._pgg_session_stats_trans, STYPE = internal, SSPACE = 80,
    FINALFUNC = @extschema@._pgg_session_stats_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_session_stats_combine,
    SERIALFUNC = @extschema@._pgg_session_stats_serialize,
    DESERIALFUNC = @extschema@._pgg_session_stats_deserialize, PARALLEL = SAFE);
COMMENT ON AGGREGATE session_stats(timestamptz, interval) IS
    'one actor''s sessions (the sessions of sessionize() with the same gap): sessions, total and longest duration, events, events per session';

-- streaks(ts, unit, tz [, as_of]): consecutive active days or weeks of one actor
CREATE TYPE streaks AS (longest integer, longest_start date, current integer, current_start date,
                        active_periods integer, first_active date, last_active date);
COMMENT ON TYPE streaks IS
    'one actor''s streaks of consecutive active days or weeks: the longest and its first period, the current one and its first period, active periods, first and last active period';
CREATE FUNCTION _pgg_streaks_trans(internal, timestamptz, text, text) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_streaks_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_streaks_trans(internal, timestamptz, text, text) IS
    'internal: transition function of streaks(); not for direct use';
CREATE FUNCTION _pgg_streaks_trans(internal, timestamptz, text, text, date) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_streaks_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_streaks_trans(internal, timestamptz, text, text, date) IS
    'internal: transition function of streaks(); not for direct use';
CREATE FUNCTION _pgg_streaks_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_streaks_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_streaks_combine(internal, internal) IS
    'internal: combine function of streaks(); not for direct use';
CREATE FUNCTION _pgg_streaks_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'pgg_streaks_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_streaks_serialize(internal) IS
    'internal: serialize function of streaks(); not for direct use';
CREATE FUNCTION _pgg_streaks_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_streaks_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_streaks_deserialize(bytea, internal) IS
    'internal: deserialize function of streaks(); not for direct use';
CREATE FUNCTION _pgg_streaks_final(internal) RETURNS @extschema@.streaks
    AS 'MODULE_PATHNAME', 'pgg_streaks_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_streaks_final(internal) IS
    'internal: final function of streaks(); not for direct use';
CREATE AGGREGATE streaks(ts timestamptz, unit text, tz text) (
    SFUNC = @extschema@._pgg_streaks_trans, STYPE = internal, SSPACE = 80,
    FINALFUNC = @extschema@._pgg_streaks_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_streaks_combine,
    SERIALFUNC = @extschema@._pgg_streaks_serialize,
    DESERIALFUNC = @extschema@._pgg_streaks_deserialize, PARALLEL = SAFE);
COMMENT ON AGGREGATE streaks(timestamptz, text, text) IS
    'one actor''s streaks of consecutive active days or ISO weeks in time zone tz; the current streak is the last one';
CREATE AGGREGATE streaks(ts timestamptz, unit text, tz text, as_of date) (
    SFUNC = @extschema@._pgg_streaks_trans, STYPE = internal, SSPACE = 80,
    FINALFUNC = @extschema@._pgg_streaks_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_streaks_combine,
    SERIALFUNC = @extschema@._pgg_streaks_serialize,
    DESERIALFUNC = @extschema@._pgg_streaks_deserialize, PARALLEL = SAFE);
COMMENT ON AGGREGATE streaks(timestamptz, text, text, date) IS
    'one actor''s streaks of consecutive active days or ISO weeks in time zone tz; the current streak is the one holding the period of as_of or ending the period before';

-- ---- Active users and lifecycle -------------------------------------------
-- active_users(actor, ts, tz [, condition]) and lifecycle(actor, ts, tz,
-- period [, condition]) share one state, the active days of every actor
-- (src/engagement/active.h), of type pgg_state (so Citus splits them: the
-- partial states travel as text), with one transition per aggregate and
-- actor type (bigint, integer, text, uuid: exact argument types, the type is
-- the C entry point's, never looked up from the call) and a common combine
-- function; PARALLEL SAFE, READ_ONLY finals.  The finals return a bigint[]
-- value read by active_users_rows() and lifecycle_rows().
CREATE FUNCTION _pgg_active_days_combine(pgg_state, pgg_state) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_active_days_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_active_users_final(pgg_state) RETURNS bigint[]
    AS 'MODULE_PATHNAME', 'pgg_active_users_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_lifecycle_final(pgg_state) RETURNS bigint[]
    AS 'MODULE_PATHNAME', 'pgg_lifecycle_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_active_days_combine(pgg_state, pgg_state) IS
    'internal: combine function of active_users() and lifecycle(); not for direct use';
COMMENT ON FUNCTION _pgg_active_users_final(pgg_state) IS
    'internal: final function of active_users(); not for direct use';
COMMENT ON FUNCTION _pgg_lifecycle_final(pgg_state) IS
    'internal: final function of lifecycle(); not for direct use';

-- active_users(actor, ts, tz [, condition])
CREATE FUNCTION _pgg_active_users_trans(pgg_state, bigint, timestamptz, text) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_active_users_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_active_users_trans(pgg_state, bigint, timestamptz, text) IS
    'internal: transition function of active_users(); not for direct use';
CREATE FUNCTION _pgg_active_users_trans(pgg_state, bigint, timestamptz, text, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_active_users_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_active_users_trans(pgg_state, bigint, timestamptz, text, boolean) IS
    'internal: transition function of active_users(); not for direct use';
CREATE FUNCTION _pgg_active_users_trans(pgg_state, integer, timestamptz, text) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_active_users_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_active_users_trans(pgg_state, integer, timestamptz, text) IS
    'internal: transition function of active_users(); not for direct use';
CREATE FUNCTION _pgg_active_users_trans(pgg_state, integer, timestamptz, text, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_active_users_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_active_users_trans(pgg_state, integer, timestamptz, text, boolean) IS
    'internal: transition function of active_users(); not for direct use';
CREATE FUNCTION _pgg_active_users_trans(pgg_state, text, timestamptz, text) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_active_users_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_active_users_trans(pgg_state, text, timestamptz, text) IS
    'internal: transition function of active_users(); not for direct use';
CREATE FUNCTION _pgg_active_users_trans(pgg_state, text, timestamptz, text, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_active_users_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_active_users_trans(pgg_state, text, timestamptz, text, boolean) IS
    'internal: transition function of active_users(); not for direct use';
CREATE FUNCTION _pgg_active_users_trans(pgg_state, uuid, timestamptz, text) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_active_users_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_active_users_trans(pgg_state, uuid, timestamptz, text) IS
    'internal: transition function of active_users(); not for direct use';
CREATE FUNCTION _pgg_active_users_trans(pgg_state, uuid, timestamptz, text, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_active_users_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_active_users_trans(pgg_state, uuid, timestamptz, text, boolean) IS
    'internal: transition function of active_users(); not for direct use';
CREATE AGGREGATE active_users(actor bigint, ts timestamptz, tz text) (
    SFUNC = _pgg_active_users_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_active_days_combine,
    FINALFUNC = _pgg_active_users_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE active_users(bigint, timestamptz, text) IS
    'per day: distinct actors active that day (DAU), in the 7 days (WAU) and 30 days (MAU) ending that day, exact; read with active_users_rows()';
CREATE AGGREGATE active_users(actor bigint, ts timestamptz, tz text, condition boolean) (
    SFUNC = _pgg_active_users_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_active_days_combine,
    FINALFUNC = _pgg_active_users_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE active_users(bigint, timestamptz, text, boolean) IS
    'per day: distinct actors active that day (DAU), in the 7 days (WAU) and 30 days (MAU) ending that day, exact; read with active_users_rows(), counting only rows where condition is true';
CREATE AGGREGATE active_users(actor integer, ts timestamptz, tz text) (
    SFUNC = _pgg_active_users_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_active_days_combine,
    FINALFUNC = _pgg_active_users_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE active_users(integer, timestamptz, text) IS
    'per day: distinct actors active that day (DAU), in the 7 days (WAU) and 30 days (MAU) ending that day, exact; read with active_users_rows()';
CREATE AGGREGATE active_users(actor integer, ts timestamptz, tz text, condition boolean) (
    SFUNC = _pgg_active_users_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_active_days_combine,
    FINALFUNC = _pgg_active_users_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE active_users(integer, timestamptz, text, boolean) IS
    'per day: distinct actors active that day (DAU), in the 7 days (WAU) and 30 days (MAU) ending that day, exact; read with active_users_rows(), counting only rows where condition is true';
CREATE AGGREGATE active_users(actor text, ts timestamptz, tz text) (
    SFUNC = _pgg_active_users_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_active_days_combine,
    FINALFUNC = _pgg_active_users_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE active_users(text, timestamptz, text) IS
    'per day: distinct actors active that day (DAU), in the 7 days (WAU) and 30 days (MAU) ending that day, exact; read with active_users_rows()';
CREATE AGGREGATE active_users(actor text, ts timestamptz, tz text, condition boolean) (
    SFUNC = _pgg_active_users_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_active_days_combine,
    FINALFUNC = _pgg_active_users_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE active_users(text, timestamptz, text, boolean) IS
    'per day: distinct actors active that day (DAU), in the 7 days (WAU) and 30 days (MAU) ending that day, exact; read with active_users_rows(), counting only rows where condition is true';
CREATE AGGREGATE active_users(actor uuid, ts timestamptz, tz text) (
    SFUNC = _pgg_active_users_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_active_days_combine,
    FINALFUNC = _pgg_active_users_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE active_users(uuid, timestamptz, text) IS
    'per day: distinct actors active that day (DAU), in the 7 days (WAU) and 30 days (MAU) ending that day, exact; read with active_users_rows()';
CREATE AGGREGATE active_users(actor uuid, ts timestamptz, tz text, condition boolean) (
    SFUNC = _pgg_active_users_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_active_days_combine,
    FINALFUNC = _pgg_active_users_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE active_users(uuid, timestamptz, text, boolean) IS
    'per day: distinct actors active that day (DAU), in the 7 days (WAU) and 30 days (MAU) ending that day, exact; read with active_users_rows(), counting only rows where condition is true';

-- lifecycle(actor, ts, tz, period [, condition])
CREATE FUNCTION _pgg_lifecycle_trans(pgg_state, bigint, timestamptz, text, text) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_lifecycle_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_lifecycle_trans(pgg_state, bigint, timestamptz, text, text) IS
    'internal: transition function of lifecycle(); not for direct use';
CREATE FUNCTION _pgg_lifecycle_trans(pgg_state, bigint, timestamptz, text, text, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_lifecycle_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_lifecycle_trans(pgg_state, bigint, timestamptz, text, text, boolean) IS
    'internal: transition function of lifecycle(); not for direct use';
CREATE FUNCTION _pgg_lifecycle_trans(pgg_state, integer, timestamptz, text, text) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_lifecycle_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_lifecycle_trans(pgg_state, integer, timestamptz, text, text) IS
    'internal: transition function of lifecycle(); not for direct use';
CREATE FUNCTION _pgg_lifecycle_trans(pgg_state, integer, timestamptz, text, text, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_lifecycle_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_lifecycle_trans(pgg_state, integer, timestamptz, text, text, boolean) IS
    'internal: transition function of lifecycle(); not for direct use';
CREATE FUNCTION _pgg_lifecycle_trans(pgg_state, text, timestamptz, text, text) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_lifecycle_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_lifecycle_trans(pgg_state, text, timestamptz, text, text) IS
    'internal: transition function of lifecycle(); not for direct use';
CREATE FUNCTION _pgg_lifecycle_trans(pgg_state, text, timestamptz, text, text, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_lifecycle_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_lifecycle_trans(pgg_state, text, timestamptz, text, text, boolean) IS
    'internal: transition function of lifecycle(); not for direct use';
CREATE FUNCTION _pgg_lifecycle_trans(pgg_state, uuid, timestamptz, text, text) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_lifecycle_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_lifecycle_trans(pgg_state, uuid, timestamptz, text, text) IS
    'internal: transition function of lifecycle(); not for direct use';
CREATE FUNCTION _pgg_lifecycle_trans(pgg_state, uuid, timestamptz, text, text, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_lifecycle_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_lifecycle_trans(pgg_state, uuid, timestamptz, text, text, boolean) IS
    'internal: transition function of lifecycle(); not for direct use';
CREATE AGGREGATE lifecycle(actor bigint, ts timestamptz, tz text, period text) (
    SFUNC = _pgg_lifecycle_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_active_days_combine,
    FINALFUNC = _pgg_lifecycle_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE lifecycle(bigint, timestamptz, text, text) IS
    'per period (day, week, month): new, returning, resurrecting and dormant actors (PostHog lifecycle); read with lifecycle_rows()';
CREATE AGGREGATE lifecycle(actor bigint, ts timestamptz, tz text, period text, condition boolean) (
    SFUNC = _pgg_lifecycle_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_active_days_combine,
    FINALFUNC = _pgg_lifecycle_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE lifecycle(bigint, timestamptz, text, text, boolean) IS
    'per period (day, week, month): new, returning, resurrecting and dormant actors (PostHog lifecycle); read with lifecycle_rows(), counting only rows where condition is true';
CREATE AGGREGATE lifecycle(actor integer, ts timestamptz, tz text, period text) (
    SFUNC = _pgg_lifecycle_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_active_days_combine,
    FINALFUNC = _pgg_lifecycle_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE lifecycle(integer, timestamptz, text, text) IS
    'per period (day, week, month): new, returning, resurrecting and dormant actors (PostHog lifecycle); read with lifecycle_rows()';
CREATE AGGREGATE lifecycle(actor integer, ts timestamptz, tz text, period text, condition boolean) (
    SFUNC = _pgg_lifecycle_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_active_days_combine,
    FINALFUNC = _pgg_lifecycle_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE lifecycle(integer, timestamptz, text, text, boolean) IS
    'per period (day, week, month): new, returning, resurrecting and dormant actors (PostHog lifecycle); read with lifecycle_rows(), counting only rows where condition is true';
CREATE AGGREGATE lifecycle(actor text, ts timestamptz, tz text, period text) (
    SFUNC = _pgg_lifecycle_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_active_days_combine,
    FINALFUNC = _pgg_lifecycle_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE lifecycle(text, timestamptz, text, text) IS
    'per period (day, week, month): new, returning, resurrecting and dormant actors (PostHog lifecycle); read with lifecycle_rows()';
CREATE AGGREGATE lifecycle(actor text, ts timestamptz, tz text, period text, condition boolean) (
    SFUNC = _pgg_lifecycle_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_active_days_combine,
    FINALFUNC = _pgg_lifecycle_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE lifecycle(text, timestamptz, text, text, boolean) IS
    'per period (day, week, month): new, returning, resurrecting and dormant actors (PostHog lifecycle); read with lifecycle_rows(), counting only rows where condition is true';
CREATE AGGREGATE lifecycle(actor uuid, ts timestamptz, tz text, period text) (
    SFUNC = _pgg_lifecycle_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_active_days_combine,
    FINALFUNC = _pgg_lifecycle_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE lifecycle(uuid, timestamptz, text, text) IS
    'per period (day, week, month): new, returning, resurrecting and dormant actors (PostHog lifecycle); read with lifecycle_rows()';
CREATE AGGREGATE lifecycle(actor uuid, ts timestamptz, tz text, period text, condition boolean) (
    SFUNC = _pgg_lifecycle_trans, STYPE = pgg_state,
    COMBINEFUNC = _pgg_active_days_combine,
    FINALFUNC = _pgg_lifecycle_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE lifecycle(uuid, timestamptz, text, text, boolean) IS
    'per period (day, week, month): new, returning, resurrecting and dormant actors (PostHog lifecycle); read with lifecycle_rows(), counting only rows where condition is true';

-- the readers
CREATE FUNCTION active_users_rows(value bigint[], from_day date DEFAULT NULL, to_day date DEFAULT NULL)
    RETURNS TABLE (day date, dau bigint, wau bigint, mau bigint, stickiness float8)
    AS 'MODULE_PATHNAME', 'pgg_active_users_rows' LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 365;
COMMENT ON FUNCTION active_users_rows(bigint[], date, date) IS
    'rows of an active_users() value: per day from from_day to to_day (default: the first and last active day) DAU, WAU, MAU and stickiness = DAU / MAU';
CREATE FUNCTION lifecycle_rows(value bigint[])
    RETURNS TABLE (period date, new bigint, returning_users bigint, resurrecting bigint, dormant bigint,
                   active bigint, churn_rate float8, winback_rate float8)
    AS 'MODULE_PATHNAME', 'pgg_lifecycle_rows' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION lifecycle_rows(bigint[]) IS
    'rows of a lifecycle() value: per period new, returning, resurrecting, dormant and active actors, churn rate (dormant / active the period before) and win-back rate (resurrecting / lapsed the period before)';

-- ---- Paths ----------------------------------------------------------------
-- sequence_next_node(direction, base, ts, event_column, base_condition [, VARIADIC
-- event_conditions]): ClickHouse's sequenceNextNode; user_path(ts, event, start_event,
-- max_events [, merge_repeats [, end_event]]): an actor's first events from a start
-- event; path_steps(path): the edges of a path.  Internal states (src/engagement/paths.c),
-- PARALLEL SAFE, with combine, serialize and deserialize; READ_ONLY finals.
CREATE FUNCTION _pgg_next_node_trans(internal, text, text, timestamptz, text, boolean) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_next_node_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_next_node_trans(internal, text, text, timestamp with time zone, text, boolean) IS
    'internal: transition function of sequence_next_node(); not for direct use';
CREATE FUNCTION _pgg_next_node_trans(internal, text, text, timestamptz, text, boolean, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_next_node_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_next_node_trans(internal, text, text, timestamp with time zone, text, boolean, VARIADIC "any") IS
    'internal: transition function of sequence_next_node(); not for direct use';
CREATE FUNCTION _pgg_next_node_trans(internal, text, text, timestamp, text, boolean) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_next_node_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_next_node_trans(internal, text, text, timestamp without time zone, text, boolean) IS
    'internal: transition function of sequence_next_node(); not for direct use';
CREATE FUNCTION _pgg_next_node_trans(internal, text, text, timestamp, text, boolean, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_next_node_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_next_node_trans(internal, text, text, timestamp without time zone, text, boolean, VARIADIC "any") IS
    'internal: transition function of sequence_next_node(); not for direct use';
CREATE FUNCTION _pgg_next_node_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_next_node_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_next_node_combine(internal, internal) IS
    'internal: combine function of sequence_next_node(); not for direct use';
CREATE FUNCTION _pgg_next_node_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'pgg_next_node_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_next_node_serialize(internal) IS
    'internal: serialize function of sequence_next_node(); not for direct use';
CREATE FUNCTION _pgg_next_node_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_next_node_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_next_node_deserialize(bytea, internal) IS
    'internal: deserialize function of sequence_next_node(); not for direct use';
CREATE FUNCTION _pgg_next_node_final(internal) RETURNS text
    AS 'MODULE_PATHNAME', 'pgg_next_node_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_next_node_final(internal) IS
    'internal: final function of sequence_next_node(); not for direct use';
CREATE AGGREGATE sequence_next_node(direction text, base text, ts timestamptz, event_column text, base_condition boolean) (
    SFUNC = _pgg_next_node_trans, STYPE = internal, SSPACE = 400, FINALFUNC = _pgg_next_node_final,
    COMBINEFUNC = _pgg_next_node_combine, SERIALFUNC = _pgg_next_node_serialize,
    DESERIALFUNC = _pgg_next_node_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE sequence_next_node(text, text, timestamptz, text, boolean) IS
    'per actor: the event_column value of the base row (head or tail) when base_condition holds on it (ClickHouse sequenceNextNode without event conditions)';
CREATE AGGREGATE sequence_next_node(direction text, base text, ts timestamptz, event_column text, base_condition boolean, VARIADIC event_conditions "any") (
    SFUNC = _pgg_next_node_trans, STYPE = internal, SSPACE = 400, FINALFUNC = _pgg_next_node_final,
    COMBINEFUNC = _pgg_next_node_combine, SERIALFUNC = _pgg_next_node_serialize,
    DESERIALFUNC = _pgg_next_node_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE sequence_next_node(text, text, timestamptz, text, boolean, VARIADIC "any") IS
    'per actor: the event_column value of the event after the chain of events matching event_conditions 1..N in turn from the base row (head, tail, first_match, last_match), forward or backward in time (ClickHouse sequenceNextNode)';
CREATE AGGREGATE sequence_next_node(direction text, base text, ts timestamp, event_column text, base_condition boolean) (
    SFUNC = _pgg_next_node_trans, STYPE = internal, SSPACE = 400, FINALFUNC = _pgg_next_node_final,
    COMBINEFUNC = _pgg_next_node_combine, SERIALFUNC = _pgg_next_node_serialize,
    DESERIALFUNC = _pgg_next_node_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE sequence_next_node(text, text, timestamp, text, boolean) IS
    'per actor: the event_column value of the base row (head or tail) when base_condition holds on it (ClickHouse sequenceNextNode without event conditions)';
CREATE AGGREGATE sequence_next_node(direction text, base text, ts timestamp, event_column text, base_condition boolean, VARIADIC event_conditions "any") (
    SFUNC = _pgg_next_node_trans, STYPE = internal, SSPACE = 400, FINALFUNC = _pgg_next_node_final,
    COMBINEFUNC = _pgg_next_node_combine, SERIALFUNC = _pgg_next_node_serialize,
    DESERIALFUNC = _pgg_next_node_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE sequence_next_node(text, text, timestamp, text, boolean, VARIADIC "any") IS
    'per actor: the event_column value of the event after the chain of events matching event_conditions 1..N in turn from the base row (head, tail, first_match, last_match), forward or backward in time (ClickHouse sequenceNextNode)';
CREATE FUNCTION _pgg_user_path_trans(internal, timestamptz, text, text, integer) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_user_path_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_user_path_trans(internal, timestamp with time zone, text, text, integer) IS
    'internal: transition function of user_path(); not for direct use';
CREATE FUNCTION _pgg_user_path_trans(internal, timestamptz, text, text, integer, boolean) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_user_path_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_user_path_trans(internal, timestamp with time zone, text, text, integer, boolean) IS
    'internal: transition function of user_path(); not for direct use';
CREATE FUNCTION _pgg_user_path_trans(internal, timestamptz, text, text, integer, boolean, text) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_user_path_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_user_path_trans(internal, timestamp with time zone, text, text, integer, boolean, text) IS
    'internal: transition function of user_path(); not for direct use';
CREATE FUNCTION _pgg_user_path_trans(internal, timestamp, text, text, integer) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_user_path_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_user_path_trans(internal, timestamp without time zone, text, text, integer) IS
    'internal: transition function of user_path(); not for direct use';
CREATE FUNCTION _pgg_user_path_trans(internal, timestamp, text, text, integer, boolean) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_user_path_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_user_path_trans(internal, timestamp without time zone, text, text, integer, boolean) IS
    'internal: transition function of user_path(); not for direct use';
CREATE FUNCTION _pgg_user_path_trans(internal, timestamp, text, text, integer, boolean, text) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_user_path_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_user_path_trans(internal, timestamp without time zone, text, text, integer, boolean, text) IS
    'internal: transition function of user_path(); not for direct use';
CREATE FUNCTION _pgg_user_path_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_user_path_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_user_path_combine(internal, internal) IS
    'internal: combine function of user_path(); not for direct use';
CREATE FUNCTION _pgg_user_path_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'pgg_user_path_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_user_path_serialize(internal) IS
    'internal: serialize function of user_path(); not for direct use';
CREATE FUNCTION _pgg_user_path_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_user_path_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_user_path_deserialize(bytea, internal) IS
    'internal: deserialize function of user_path(); not for direct use';
CREATE FUNCTION _pgg_user_path_final(internal) RETURNS text[]
    AS 'MODULE_PATHNAME', 'pgg_user_path_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION _pgg_user_path_final(internal) IS
    'internal: final function of user_path(); not for direct use';
CREATE AGGREGATE user_path(ts timestamptz, event text, start_event text, max_events integer) (
    SFUNC = _pgg_user_path_trans, STYPE = internal, SSPACE = 400, FINALFUNC = _pgg_user_path_final,
    COMBINEFUNC = _pgg_user_path_combine, SERIALFUNC = _pgg_user_path_serialize,
    DESERIALFUNC = _pgg_user_path_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE user_path(timestamptz, text, text, integer) IS
    'per actor: its first max_events events (sorted by time, then event) from its first start_event (NULL: from its first event); NULL when it has no start event; read the edges with path_steps()';
CREATE AGGREGATE user_path(ts timestamptz, event text, start_event text, max_events integer, merge_repeats boolean) (
    SFUNC = _pgg_user_path_trans, STYPE = internal, SSPACE = 400, FINALFUNC = _pgg_user_path_final,
    COMBINEFUNC = _pgg_user_path_combine, SERIALFUNC = _pgg_user_path_serialize,
    DESERIALFUNC = _pgg_user_path_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE user_path(timestamptz, text, text, integer, boolean) IS
    'per actor: its first max_events events (sorted by time, then event) from its first start_event (NULL: from its first event), consecutive repeats of one event merged when merge_repeats; read the edges with path_steps()';
CREATE AGGREGATE user_path(ts timestamptz, event text, start_event text, max_events integer, merge_repeats boolean, end_event text) (
    SFUNC = _pgg_user_path_trans, STYPE = internal, SSPACE = 400, FINALFUNC = _pgg_user_path_final,
    COMBINEFUNC = _pgg_user_path_combine, SERIALFUNC = _pgg_user_path_serialize,
    DESERIALFUNC = _pgg_user_path_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE user_path(timestamptz, text, text, integer, boolean, text) IS
    'per actor: its first max_events events (sorted by time, then event) from its first start_event (NULL: from its first event), consecutive repeats merged when merge_repeats, ending at the first end_event after the start; read the edges with path_steps()';
CREATE AGGREGATE user_path(ts timestamp, event text, start_event text, max_events integer) (
    SFUNC = _pgg_user_path_trans, STYPE = internal, SSPACE = 400, FINALFUNC = _pgg_user_path_final,
    COMBINEFUNC = _pgg_user_path_combine, SERIALFUNC = _pgg_user_path_serialize,
    DESERIALFUNC = _pgg_user_path_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE user_path(timestamp, text, text, integer) IS
    'per actor: its first max_events events (sorted by time, then event) from its first start_event (NULL: from its first event); NULL when it has no start event; read the edges with path_steps()';
CREATE AGGREGATE user_path(ts timestamp, event text, start_event text, max_events integer, merge_repeats boolean) (
    SFUNC = _pgg_user_path_trans, STYPE = internal, SSPACE = 400, FINALFUNC = _pgg_user_path_final,
    COMBINEFUNC = _pgg_user_path_combine, SERIALFUNC = _pgg_user_path_serialize,
    DESERIALFUNC = _pgg_user_path_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE user_path(timestamp, text, text, integer, boolean) IS
    'per actor: its first max_events events (sorted by time, then event) from its first start_event (NULL: from its first event), consecutive repeats of one event merged when merge_repeats; read the edges with path_steps()';
CREATE AGGREGATE user_path(ts timestamp, event text, start_event text, max_events integer, merge_repeats boolean, end_event text) (
    SFUNC = _pgg_user_path_trans, STYPE = internal, SSPACE = 400, FINALFUNC = _pgg_user_path_final,
    COMBINEFUNC = _pgg_user_path_combine, SERIALFUNC = _pgg_user_path_serialize,
    DESERIALFUNC = _pgg_user_path_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE user_path(timestamp, text, text, integer, boolean, text) IS
    'per actor: its first max_events events (sorted by time, then event) from its first start_event (NULL: from its first event), consecutive repeats merged when merge_repeats, ending at the first end_event after the start; read the edges with path_steps()';
CREATE FUNCTION path_steps(path text[])
    RETURNS TABLE (step integer, from_event text, to_event text)
    AS 'MODULE_PATHNAME', 'pgg_path_steps' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION path_steps(text[]) IS
    'rows of a path (a user_path() value): one per move, step k from its k-th to its (k+1)-th event';

-- ---- Stored activity ---------------------------------------------------------
-- activity: one actor's active local days in a pinned time zone, run-length
-- encoded (src/engagement/activity.c, doc/engagement.md "Stored activity").
-- activity(ts, tz) and activity_merge(act) share an internal state (the run
-- set of streaks) with combine, serialize, deserialize; the summaries over a
-- table of activities feed the states of the raw-event aggregates and return
-- the same values: retention_matrix(act, options), active_users(act),
-- lifecycle(act, period), streaks(act, unit [, as_of]); active_users(act) keeps
-- DAU/WAU/MAU difference arrays of its own.
CREATE TYPE @extschema@.activity;
CREATE FUNCTION @extschema@._pgg_activity_in(cstring) RETURNS @extschema@.activity
    AS 'MODULE_PATHNAME', 'pgg_activity_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_activity_out(@extschema@.activity) RETURNS cstring
    AS 'MODULE_PATHNAME', 'pgg_activity_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_activity_recv(internal) RETURNS @extschema@.activity
    AS 'MODULE_PATHNAME', 'pgg_activity_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@._pgg_activity_send(@extschema@.activity) RETURNS bytea
    AS 'MODULE_PATHNAME', 'pgg_activity_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.activity (
    INPUT = @extschema@._pgg_activity_in, OUTPUT = @extschema@._pgg_activity_out,
    RECEIVE = @extschema@._pgg_activity_recv, SEND = @extschema@._pgg_activity_send,
    INTERNALLENGTH = VARIABLE, ALIGNMENT = int4, STORAGE = extended);
COMMENT ON TYPE @extschema@.activity IS
    'one actor''s active local days in a pinned time zone, run-length encoded, with the latest event time; build with activity(ts, tz), update with activity_union()';
COMMENT ON FUNCTION @extschema@._pgg_activity_in(cstring) IS
    'internal: input function of type activity; not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_activity_out(@extschema@.activity) IS
    'internal: output function of type activity; not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_activity_recv(internal) IS
    'internal: binary input function of type activity; not for direct use';
COMMENT ON FUNCTION @extschema@._pgg_activity_send(@extschema@.activity) IS
    'internal: binary output function of type activity; not for direct use';

CREATE FUNCTION @extschema@.activity_union(a @extschema@.activity, b @extschema@.activity)
    RETURNS @extschema@.activity
    AS 'MODULE_PATHNAME', 'pgg_activity_union' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.activity_union(@extschema@.activity, @extschema@.activity) IS
    'the active days of both activities (same time zone), the later latest event; NULL counts as no activity';
CREATE FUNCTION @extschema@.activity_days(act @extschema@.activity) RETURNS date[]
    AS 'MODULE_PATHNAME', 'pgg_activity_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.activity_days(@extschema@.activity) IS
    'the active days of an activity, ascending, as local dates of its time zone';

CREATE FUNCTION @extschema@._pgg_activity_trans(internal, timestamptz, text) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_activity_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_trans(internal, timestamptz, text) IS
    'internal: transition function of activity(); not for direct use';
CREATE FUNCTION @extschema@._pgg_activity_merge_trans(internal, @extschema@.activity) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_activity_merge_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_merge_trans(internal, @extschema@.activity) IS
    'internal: transition function of activity_merge(); not for direct use';
CREATE FUNCTION @extschema@._pgg_activity_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_activity_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_combine(internal, internal) IS
    'internal: combine function of activity(), activity_merge(); not for direct use';
CREATE FUNCTION @extschema@._pgg_activity_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'pgg_activity_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_serialize(internal) IS
    'internal: serialize function of activity(), activity_merge(); not for direct use';
CREATE FUNCTION @extschema@._pgg_activity_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_activity_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_deserialize(bytea, internal) IS
    'internal: deserialize function of activity(), activity_merge(); not for direct use';
CREATE FUNCTION @extschema@._pgg_activity_final(internal) RETURNS @extschema@.activity
    AS 'MODULE_PATHNAME', 'pgg_activity_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_final(internal) IS
    'internal: final function of activity(), activity_merge(); not for direct use';
CREATE AGGREGATE @extschema@.activity(ts timestamptz, tz text) (
    SFUNC = @extschema@._pgg_activity_trans, STYPE = internal, SSPACE = 80,
    FINALFUNC = @extschema@._pgg_activity_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_activity_combine,
    SERIALFUNC = @extschema@._pgg_activity_serialize,
    DESERIALFUNC = @extschema@._pgg_activity_deserialize, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.activity(timestamptz, text) IS
    'one actor''s activity: the local days of time zone tz with an event, and the latest event time; NULL and infinite timestamps are skipped';
CREATE AGGREGATE @extschema@.activity_merge(act @extschema@.activity) (
    SFUNC = @extschema@._pgg_activity_merge_trans, STYPE = internal, SSPACE = 80,
    FINALFUNC = @extschema@._pgg_activity_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_activity_combine,
    SERIALFUNC = @extschema@._pgg_activity_serialize,
    DESERIALFUNC = @extschema@._pgg_activity_deserialize, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.activity_merge(@extschema@.activity) IS
    'the union of activities of one time zone (activity_union() as an aggregate)';

-- the summaries over a table of activities, one row per actor; their states
-- are pgg_state values (families retention_matrix_activity and
-- active_users_activity: a matrix, per-day counts), so Citus splits them
CREATE FUNCTION @extschema@._pgg_activity_retention_trans(@extschema@.pgg_state, @extschema@.activity, text) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_activity_retention_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_retention_trans(@extschema@.pgg_state, @extschema@.activity, text) IS
    'internal: transition function of retention_matrix() over activities; not for direct use';
CREATE FUNCTION @extschema@._pgg_activity_retention_combine(@extschema@.pgg_state, @extschema@.pgg_state) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_activity_retention_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_retention_combine(@extschema@.pgg_state, @extschema@.pgg_state) IS
    'internal: combine function of retention_matrix() over activities; not for direct use';
CREATE FUNCTION @extschema@._pgg_activity_retention_final(@extschema@.pgg_state) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'pgg_activity_retention_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_retention_final(@extschema@.pgg_state) IS
    'internal: final function of retention_matrix() over activities; not for direct use';
CREATE AGGREGATE @extschema@.retention_matrix(act @extschema@.activity, options text) (
    SFUNC = @extschema@._pgg_activity_retention_trans, STYPE = @extschema@.pgg_state,
    FINALFUNC = @extschema@._pgg_activity_retention_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@._pgg_activity_retention_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.retention_matrix(@extschema@.activity, text) IS
    'first-time cohort retention matrix over a table of activities (one row per actor): the value retention_matrix(actor, ts, options) returns over their events, for day, week and month periods';

CREATE FUNCTION @extschema@._pgg_activity_active_users_trans(@extschema@.pgg_state, @extschema@.activity) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_activity_active_users_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_active_users_trans(@extschema@.pgg_state, @extschema@.activity) IS
    'internal: transition function of active_users() over activities; not for direct use';
CREATE FUNCTION @extschema@._pgg_activity_active_users_combine(@extschema@.pgg_state, @extschema@.pgg_state) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_activity_active_users_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_active_users_combine(@extschema@.pgg_state, @extschema@.pgg_state) IS
    'internal: combine function of active_users() over activities; not for direct use';
CREATE FUNCTION @extschema@._pgg_activity_active_users_final(@extschema@.pgg_state) RETURNS bigint[]
    AS 'MODULE_PATHNAME', 'pgg_activity_active_users_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_active_users_final(@extschema@.pgg_state) IS
    'internal: final function of active_users() over activities; not for direct use';
CREATE AGGREGATE @extschema@.active_users(act @extschema@.activity) (
    SFUNC = @extschema@._pgg_activity_active_users_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_activity_active_users_combine,
    FINALFUNC = @extschema@._pgg_activity_active_users_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.active_users(@extschema@.activity) IS
    'DAU, WAU and MAU over a table of activities (one row per actor): the value active_users(actor, ts, tz) returns over their events; read with active_users_rows()';
CREATE FUNCTION @extschema@.streaks(act @extschema@.activity, unit text) RETURNS @extschema@.streaks
    AS 'MODULE_PATHNAME', 'pgg_activity_streaks' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.streaks(@extschema@.activity, text) IS
    'one actor''s streaks of consecutive active days or ISO weeks from its activity: what streaks(ts, unit, tz) returns over its events';
CREATE FUNCTION @extschema@.streaks(act @extschema@.activity, unit text, as_of date) RETURNS @extschema@.streaks
    AS 'MODULE_PATHNAME', 'pgg_activity_streaks' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.streaks(@extschema@.activity, text, date) IS
    'one actor''s streaks of consecutive active days or ISO weeks from its activity, the current one as of a date: what streaks(ts, unit, tz, as_of) returns over its events';

-- lifecycle() over stored activities: the active-days state (pgg_state) of lifecycle()
CREATE FUNCTION @extschema@._pgg_activity_lifecycle_trans(@extschema@.pgg_state, @extschema@.activity, text) RETURNS @extschema@.pgg_state
    AS 'MODULE_PATHNAME', 'pgg_activity_lifecycle_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._pgg_activity_lifecycle_trans(@extschema@.pgg_state, @extschema@.activity, text) IS
    'internal: transition function of lifecycle() over activities; not for direct use';
CREATE AGGREGATE @extschema@.lifecycle(act @extschema@.activity, period text) (
    SFUNC = @extschema@._pgg_activity_lifecycle_trans, STYPE = @extschema@.pgg_state,
    COMBINEFUNC = @extschema@._pgg_active_days_combine, FINALFUNC = @extschema@._pgg_lifecycle_final,
    FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.lifecycle(@extschema@.activity, text) IS
    'lifecycle per period (day, week, month) over a table of activities (one row per actor): the value lifecycle(actor, ts, tz, period) returns over their events; read with lifecycle_rows()';
