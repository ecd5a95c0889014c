
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
