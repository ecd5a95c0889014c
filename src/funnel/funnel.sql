
-- ---------------------------------------------------------------------------
-- Funnels (doc/funnel.md)
-- ---------------------------------------------------------------------------
-- Per-actor aggregates keep a compact entry (5-6 bytes) per row matching some step
-- (internal state, with combine/serialize/deserialize for parallel plans;
-- funnel_counts: a pgg_state, which Citus can ship between nodes);
-- the step conditions are VARIADIC "any" (each one boolean, checked once), so
-- the executor builds no array per row.
--
-- The aggregate families at a glance.  A family is one C state type
-- (src/funnel/funnel.h) with one set of support functions; its overloads differ
-- only in the timestamp type (timestamptz | timestamp), an optional mode text
-- before it, and the step form (VARIADIC boolean conditions | event text plus
-- step names text[]).  All are PARALLEL SAFE with FINALFUNC_MODIFY = READ_ONLY.
--
--   family               SFUNC                      FINALFUNC                        support (combine,     SSPACE  overloads
--                                                                                     serialize, deser.)
--   window_funnel        _pgg_window_funnel_level_trans  _pgg_window_funnel_final              window_funnel_*       160     4 + 4 named
--   window_funnel_times  _pgg_window_funnel_trans        window_funnel_times[_ts]_final   window_funnel_*       160     4 + 4 named
--   window_funnel_value  _pgg_window_funnel_value_trans  _pgg_window_funnel_value_final        window_funnel_value_* 600     2
--   funnel_counts        _pgg_funnel_counts_trans        _pgg_funnel_counts_final              funnel_counts_combine -       4 + 4 named, and
--                                                                                                              40 with exact types,
--                                                                                                              64 fixed-arity
--
-- The overloads are written out rather than generated: the install script is
-- what a release freezes and what a reviewer reads, so it stays plain SQL with
-- no build step in front of it; sql/00_upgrade.sql compares every overload's
-- catalog entry after an upgrade with a fresh install, which catches a member
-- of a family that drifts.

CREATE FUNCTION _pgg_window_funnel_trans(internal, interval, timestamptz, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_window_funnel_trans(internal, interval, timestamp, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_window_funnel_trans(internal, interval, text, timestamptz, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_window_funnel_trans(internal, interval, text, timestamp, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
-- window_funnel's own transition (since 0.3.0): its final function needs only the
-- level, so a state whose level reaches the last step stops keeping events.
-- _pgg_window_funnel_trans keeps every event (window_funnel_times needs the times).
CREATE FUNCTION _pgg_window_funnel_level_trans(internal, interval, timestamptz, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_window_funnel_level_trans(internal, interval, timestamp, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_window_funnel_level_trans(internal, interval, text, timestamptz, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_window_funnel_level_trans(internal, interval, text, timestamp, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_window_funnel_final(internal) RETURNS integer
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_window_funnel_times_final(internal) RETURNS timestamptz[]
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_times_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_window_funnel_times_ts_final(internal) RETURNS timestamp[]
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_times_ts_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_window_funnel_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_window_funnel_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION _pgg_window_funnel_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- window_funnel(window, ts, cond1, ..., condN): deepest step reached (ClickHouse windowFunnel)
CREATE AGGREGATE window_funnel(window_size interval, ts timestamptz, VARIADIC steps "any") (
    SFUNC = _pgg_window_funnel_level_trans, STYPE = internal, SSPACE = 160, FINALFUNC = _pgg_window_funnel_final,
    COMBINEFUNC = _pgg_window_funnel_combine, SERIALFUNC = _pgg_window_funnel_serialize,
    DESERIALFUNC = _pgg_window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel(window_size interval, ts timestamp, VARIADIC steps "any") (
    SFUNC = _pgg_window_funnel_level_trans, STYPE = internal, SSPACE = 160, FINALFUNC = _pgg_window_funnel_final,
    COMBINEFUNC = _pgg_window_funnel_combine, SERIALFUNC = _pgg_window_funnel_serialize,
    DESERIALFUNC = _pgg_window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel(window_size interval, mode text, ts timestamptz, VARIADIC steps "any") (
    SFUNC = _pgg_window_funnel_level_trans, STYPE = internal, SSPACE = 160, FINALFUNC = _pgg_window_funnel_final,
    COMBINEFUNC = _pgg_window_funnel_combine, SERIALFUNC = _pgg_window_funnel_serialize,
    DESERIALFUNC = _pgg_window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel(window_size interval, mode text, ts timestamp, VARIADIC steps "any") (
    SFUNC = _pgg_window_funnel_level_trans, STYPE = internal, SSPACE = 160, FINALFUNC = _pgg_window_funnel_final,
    COMBINEFUNC = _pgg_window_funnel_combine, SERIALFUNC = _pgg_window_funnel_serialize,
    DESERIALFUNC = _pgg_window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);

-- window_funnel_times(...): the step times of the chosen chain
CREATE AGGREGATE window_funnel_times(window_size interval, ts timestamptz, VARIADIC steps "any") (
    SFUNC = _pgg_window_funnel_trans, STYPE = internal, SSPACE = 160, FINALFUNC = _pgg_window_funnel_times_final,
    COMBINEFUNC = _pgg_window_funnel_combine, SERIALFUNC = _pgg_window_funnel_serialize,
    DESERIALFUNC = _pgg_window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel_times(window_size interval, ts timestamp, VARIADIC steps "any") (
    SFUNC = _pgg_window_funnel_trans, STYPE = internal, SSPACE = 160, FINALFUNC = _pgg_window_funnel_times_ts_final,
    COMBINEFUNC = _pgg_window_funnel_combine, SERIALFUNC = _pgg_window_funnel_serialize,
    DESERIALFUNC = _pgg_window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel_times(window_size interval, mode text, ts timestamptz, VARIADIC steps "any") (
    SFUNC = _pgg_window_funnel_trans, STYPE = internal, SSPACE = 160, FINALFUNC = _pgg_window_funnel_times_final,
    COMBINEFUNC = _pgg_window_funnel_combine, SERIALFUNC = _pgg_window_funnel_serialize,
    DESERIALFUNC = _pgg_window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel_times(window_size interval, mode text, ts timestamp, VARIADIC steps "any") (
    SFUNC = _pgg_window_funnel_trans, STYPE = internal, SSPACE = 160, FINALFUNC = _pgg_window_funnel_times_ts_final,
    COMBINEFUNC = _pgg_window_funnel_combine, SERIALFUNC = _pgg_window_funnel_serialize,
    DESERIALFUNC = _pgg_window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);

-- window_funnel_value(window, mode, ts, step, value, cond1, ...): value at a step of the chosen chain
CREATE FUNCTION _pgg_window_funnel_value_trans(internal, interval, text, timestamptz, integer, anyelement, VARIADIC "any")
    RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_value_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_window_funnel_value_trans(internal, interval, text, timestamp, integer, anyelement, VARIADIC "any")
    RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_value_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_window_funnel_value_final(internal, interval, text, timestamptz, integer, anyelement, VARIADIC "any")
    RETURNS anyelement
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_value_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_window_funnel_value_final(internal, interval, text, timestamp, integer, anyelement, VARIADIC "any")
    RETURNS anyelement
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_value_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
-- window_funnel_value's state (16-byte events and values) has support functions of its
-- own since 0.3.0 (before, it shared window_funnel's)
CREATE FUNCTION _pgg_window_funnel_value_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_value_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_window_funnel_value_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_value_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION _pgg_window_funnel_value_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_value_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE window_funnel_value(window_size interval, mode text, ts timestamptz, step integer, value anyelement, VARIADIC steps "any") (
    SFUNC = _pgg_window_funnel_value_trans, STYPE = internal, SSPACE = 528, FINALFUNC = _pgg_window_funnel_value_final,
    FINALFUNC_EXTRA, FINALFUNC_MODIFY = READ_ONLY, COMBINEFUNC = _pgg_window_funnel_value_combine,
    SERIALFUNC = _pgg_window_funnel_value_serialize, DESERIALFUNC = _pgg_window_funnel_value_deserialize, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel_value(window_size interval, mode text, ts timestamp, step integer, value anyelement, VARIADIC steps "any") (
    SFUNC = _pgg_window_funnel_value_trans, STYPE = internal, SSPACE = 528, FINALFUNC = _pgg_window_funnel_value_final,
    FINALFUNC_EXTRA, FINALFUNC_MODIFY = READ_ONLY, COMBINEFUNC = _pgg_window_funnel_value_combine,
    SERIALFUNC = _pgg_window_funnel_value_serialize, DESERIALFUNC = _pgg_window_funnel_value_deserialize, PARALLEL = SAFE);

-- funnel_counts(actor, window, [mode,] ts, cond1, ...): actors reaching each step, one pass, no GROUP BY
CREATE FUNCTION _pgg_funnel_counts_trans(internal, anyelement, interval, timestamptz, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(internal, anyelement, interval, timestamp, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(internal, anyelement, interval, text, timestamptz, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(internal, anyelement, interval, text, timestamp, VARIADIC "any") RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_final(pgg_state) RETURNS bigint[]
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_combine(pgg_state, pgg_state) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
-- the forms with an anyelement actor keep an internal state: Citus would try to
-- split a pgg_state one and refuse its pseudo-type argument on the workers
-- ("could not confirm type correctness"); with internal it pulls the rows
-- (doc/citus.md).  The same C functions: the internal state is the expanded
-- pgg_state, flattened and rebuilt by the serialize and deserialize functions.
CREATE FUNCTION _pgg_funnel_counts_final(internal) RETURNS bigint[]
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE funnel_counts(actor anyelement, window_size interval, ts timestamptz, VARIADIC steps "any") (
    SFUNC = _pgg_funnel_counts_trans, STYPE = internal, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, SERIALFUNC = _pgg_funnel_counts_serialize,
    DESERIALFUNC = _pgg_funnel_counts_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor anyelement, window_size interval, ts timestamp, VARIADIC steps "any") (
    SFUNC = _pgg_funnel_counts_trans, STYPE = internal, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, SERIALFUNC = _pgg_funnel_counts_serialize,
    DESERIALFUNC = _pgg_funnel_counts_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor anyelement, window_size interval, mode text, ts timestamptz, VARIADIC steps "any") (
    SFUNC = _pgg_funnel_counts_trans, STYPE = internal, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, SERIALFUNC = _pgg_funnel_counts_serialize,
    DESERIALFUNC = _pgg_funnel_counts_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor anyelement, window_size interval, mode text, ts timestamp, VARIADIC steps "any") (
    SFUNC = _pgg_funnel_counts_trans, STYPE = internal, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, SERIALFUNC = _pgg_funnel_counts_serialize,
    DESERIALFUNC = _pgg_funnel_counts_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);


-- ---- the event-name form: (event text, steps text[]) instead of one boolean per step.
-- One hash probe per row (binary equality of the names) instead of N comparisons.

CREATE FUNCTION _pgg_window_funnel_trans(internal, interval, timestamptz, text, text[]) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_window_funnel_trans(internal, interval, text, timestamptz, text, text[]) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(internal, anyelement, interval, timestamptz, text, text[]) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(internal, anyelement, interval, text, timestamptz, text, text[]) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_window_funnel_level_trans(internal, interval, timestamptz, text, text[]) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_window_funnel_level_trans(internal, interval, text, timestamptz, text, text[]) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_window_funnel_level_trans(internal, interval, timestamp, text, text[]) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_window_funnel_level_trans(internal, interval, text, timestamp, text, text[]) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE window_funnel(window_size interval, ts timestamptz, event text, step_names text[]) (
    SFUNC = _pgg_window_funnel_level_trans, STYPE = internal, SSPACE = 160, FINALFUNC = _pgg_window_funnel_final,
    COMBINEFUNC = _pgg_window_funnel_combine, SERIALFUNC = _pgg_window_funnel_serialize,
    DESERIALFUNC = _pgg_window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel_times(window_size interval, ts timestamptz, event text, step_names text[]) (
    SFUNC = _pgg_window_funnel_trans, STYPE = internal, SSPACE = 160, FINALFUNC = _pgg_window_funnel_times_final,
    COMBINEFUNC = _pgg_window_funnel_combine, SERIALFUNC = _pgg_window_funnel_serialize,
    DESERIALFUNC = _pgg_window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor anyelement, window_size interval, ts timestamptz, event text, step_names text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = internal, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, SERIALFUNC = _pgg_funnel_counts_serialize,
    DESERIALFUNC = _pgg_funnel_counts_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel(window_size interval, mode text, ts timestamptz, event text, step_names text[]) (
    SFUNC = _pgg_window_funnel_level_trans, STYPE = internal, SSPACE = 160, FINALFUNC = _pgg_window_funnel_final,
    COMBINEFUNC = _pgg_window_funnel_combine, SERIALFUNC = _pgg_window_funnel_serialize,
    DESERIALFUNC = _pgg_window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel_times(window_size interval, mode text, ts timestamptz, event text, step_names text[]) (
    SFUNC = _pgg_window_funnel_trans, STYPE = internal, SSPACE = 160, FINALFUNC = _pgg_window_funnel_times_final,
    COMBINEFUNC = _pgg_window_funnel_combine, SERIALFUNC = _pgg_window_funnel_serialize,
    DESERIALFUNC = _pgg_window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor anyelement, window_size interval, mode text, ts timestamptz, event text, step_names text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = internal, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, SERIALFUNC = _pgg_funnel_counts_serialize,
    DESERIALFUNC = _pgg_funnel_counts_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE FUNCTION _pgg_window_funnel_trans(internal, interval, timestamp, text, text[]) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_window_funnel_trans(internal, interval, text, timestamp, text, text[]) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(internal, anyelement, interval, timestamp, text, text[]) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(internal, anyelement, interval, text, timestamp, text, text[]) RETURNS internal
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE window_funnel(window_size interval, ts timestamp, event text, step_names text[]) (
    SFUNC = _pgg_window_funnel_level_trans, STYPE = internal, SSPACE = 160, FINALFUNC = _pgg_window_funnel_final,
    COMBINEFUNC = _pgg_window_funnel_combine, SERIALFUNC = _pgg_window_funnel_serialize,
    DESERIALFUNC = _pgg_window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel_times(window_size interval, ts timestamp, event text, step_names text[]) (
    SFUNC = _pgg_window_funnel_trans, STYPE = internal, SSPACE = 160, FINALFUNC = _pgg_window_funnel_times_ts_final,
    COMBINEFUNC = _pgg_window_funnel_combine, SERIALFUNC = _pgg_window_funnel_serialize,
    DESERIALFUNC = _pgg_window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor anyelement, window_size interval, ts timestamp, event text, step_names text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = internal, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, SERIALFUNC = _pgg_funnel_counts_serialize,
    DESERIALFUNC = _pgg_funnel_counts_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel(window_size interval, mode text, ts timestamp, event text, step_names text[]) (
    SFUNC = _pgg_window_funnel_level_trans, STYPE = internal, SSPACE = 160, FINALFUNC = _pgg_window_funnel_final,
    COMBINEFUNC = _pgg_window_funnel_combine, SERIALFUNC = _pgg_window_funnel_serialize,
    DESERIALFUNC = _pgg_window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE window_funnel_times(window_size interval, mode text, ts timestamp, event text, step_names text[]) (
    SFUNC = _pgg_window_funnel_trans, STYPE = internal, SSPACE = 160, FINALFUNC = _pgg_window_funnel_times_ts_final,
    COMBINEFUNC = _pgg_window_funnel_combine, SERIALFUNC = _pgg_window_funnel_serialize,
    DESERIALFUNC = _pgg_window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor anyelement, window_size interval, mode text, ts timestamp, event text, step_names text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = internal, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, SERIALFUNC = _pgg_funnel_counts_serialize,
    DESERIALFUNC = _pgg_funnel_counts_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);

-- ---- funnel_counts with exact argument types: bigint, integer, smallint, text and
-- uuid actors, conditions as VARIADIC boolean[] or the event-name form.  Citus splits
-- only an aggregate whose declared argument types are those of the call (no
-- anyelement or "any"), so a call with one of these actor types resolves here and
-- runs on the workers (its partial state, a pgg_state, travels as text); other actor
-- types take the anyelement overloads above.  One C entry point per actor type
-- and mode: its functions are called without a call expression on Citus.
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, timestamptz, VARIADIC boolean[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, timestamptz, text, text[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, timestamp, VARIADIC boolean[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, timestamp, text, text[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, text, timestamptz, VARIADIC boolean[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, text, timestamptz, text, text[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, text, timestamp, VARIADIC boolean[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, text, timestamp, text, text[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, timestamptz, VARIADIC boolean[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, timestamptz, text, text[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, timestamp, VARIADIC boolean[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, timestamp, text, text[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, text, timestamptz, VARIADIC boolean[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, text, timestamptz, text, text[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, text, timestamp, VARIADIC boolean[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, text, timestamp, text, text[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, smallint, interval, timestamptz, VARIADIC boolean[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, smallint, interval, timestamptz, text, text[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, smallint, interval, timestamp, VARIADIC boolean[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, smallint, interval, timestamp, text, text[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, smallint, interval, text, timestamptz, VARIADIC boolean[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, smallint, interval, text, timestamptz, text, text[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, smallint, interval, text, timestamp, VARIADIC boolean[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, smallint, interval, text, timestamp, text, text[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, timestamptz, VARIADIC boolean[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, timestamptz, text, text[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, timestamp, VARIADIC boolean[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, timestamp, text, text[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, text, timestamptz, VARIADIC boolean[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, text, timestamptz, text, text[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, text, timestamp, VARIADIC boolean[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, text, timestamp, text, text[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, timestamptz, VARIADIC boolean[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, timestamptz, text, text[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, timestamp, VARIADIC boolean[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, timestamp, text, text[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, text, timestamptz, VARIADIC boolean[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, text, timestamptz, text, text[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, text, timestamp, VARIADIC boolean[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, text, timestamp, text, text[]) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_mode_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE funnel_counts(actor bigint, window_size interval, ts timestamptz, VARIADIC steps boolean[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor bigint, window_size interval, ts timestamptz, event text, step_names text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor bigint, window_size interval, ts timestamp, VARIADIC steps boolean[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor bigint, window_size interval, ts timestamp, event text, step_names text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor bigint, window_size interval, mode text, ts timestamptz, VARIADIC steps boolean[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor bigint, window_size interval, mode text, ts timestamptz, event text, step_names text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor bigint, window_size interval, mode text, ts timestamp, VARIADIC steps boolean[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor bigint, window_size interval, mode text, ts timestamp, event text, step_names text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor integer, window_size interval, ts timestamptz, VARIADIC steps boolean[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor integer, window_size interval, ts timestamptz, event text, step_names text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor integer, window_size interval, ts timestamp, VARIADIC steps boolean[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor integer, window_size interval, ts timestamp, event text, step_names text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor integer, window_size interval, mode text, ts timestamptz, VARIADIC steps boolean[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor integer, window_size interval, mode text, ts timestamptz, event text, step_names text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor integer, window_size interval, mode text, ts timestamp, VARIADIC steps boolean[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor integer, window_size interval, mode text, ts timestamp, event text, step_names text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor smallint, window_size interval, ts timestamptz, VARIADIC steps boolean[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor smallint, window_size interval, ts timestamptz, event text, step_names text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor smallint, window_size interval, ts timestamp, VARIADIC steps boolean[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor smallint, window_size interval, ts timestamp, event text, step_names text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor smallint, window_size interval, mode text, ts timestamptz, VARIADIC steps boolean[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor smallint, window_size interval, mode text, ts timestamptz, event text, step_names text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor smallint, window_size interval, mode text, ts timestamp, VARIADIC steps boolean[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor smallint, window_size interval, mode text, ts timestamp, event text, step_names text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor text, window_size interval, ts timestamptz, VARIADIC steps boolean[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor text, window_size interval, ts timestamptz, event text, step_names text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor text, window_size interval, ts timestamp, VARIADIC steps boolean[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor text, window_size interval, ts timestamp, event text, step_names text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor text, window_size interval, mode text, ts timestamptz, VARIADIC steps boolean[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor text, window_size interval, mode text, ts timestamptz, event text, step_names text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor text, window_size interval, mode text, ts timestamp, VARIADIC steps boolean[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor text, window_size interval, mode text, ts timestamp, event text, step_names text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor uuid, window_size interval, ts timestamptz, VARIADIC steps boolean[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor uuid, window_size interval, ts timestamptz, event text, step_names text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor uuid, window_size interval, ts timestamp, VARIADIC steps boolean[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor uuid, window_size interval, ts timestamp, event text, step_names text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor uuid, window_size interval, mode text, ts timestamptz, VARIADIC steps boolean[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor uuid, window_size interval, mode text, ts timestamptz, event text, step_names text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor uuid, window_size interval, mode text, ts timestamp, VARIADIC steps boolean[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor uuid, window_size interval, mode text, ts timestamp, event text, step_names text[]) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE funnel_counts(bigint, interval, timestamptz, VARIADIC boolean[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k';
COMMENT ON AGGREGATE funnel_counts(bigint, interval, timestamptz, text, text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE funnel_counts(bigint, interval, timestamp, VARIADIC boolean[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; timestamp without time zone';
COMMENT ON AGGREGATE funnel_counts(bigint, interval, timestamp, text, text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE funnel_counts(bigint, interval, text, timestamptz, VARIADIC boolean[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(bigint, interval, text, timestamptz, text, text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE funnel_counts(bigint, interval, text, timestamp, VARIADIC boolean[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); timestamp without time zone';
COMMENT ON AGGREGATE funnel_counts(bigint, interval, text, timestamp, text, text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE funnel_counts(integer, interval, timestamptz, VARIADIC boolean[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k';
COMMENT ON AGGREGATE funnel_counts(integer, interval, timestamptz, text, text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE funnel_counts(integer, interval, timestamp, VARIADIC boolean[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; timestamp without time zone';
COMMENT ON AGGREGATE funnel_counts(integer, interval, timestamp, text, text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE funnel_counts(integer, interval, text, timestamptz, VARIADIC boolean[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(integer, interval, text, timestamptz, text, text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE funnel_counts(integer, interval, text, timestamp, VARIADIC boolean[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); timestamp without time zone';
COMMENT ON AGGREGATE funnel_counts(integer, interval, text, timestamp, text, text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE funnel_counts(smallint, interval, timestamptz, VARIADIC boolean[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k';
COMMENT ON AGGREGATE funnel_counts(smallint, interval, timestamptz, text, text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE funnel_counts(smallint, interval, timestamp, VARIADIC boolean[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; timestamp without time zone';
COMMENT ON AGGREGATE funnel_counts(smallint, interval, timestamp, text, text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE funnel_counts(smallint, interval, text, timestamptz, VARIADIC boolean[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(smallint, interval, text, timestamptz, text, text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE funnel_counts(smallint, interval, text, timestamp, VARIADIC boolean[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); timestamp without time zone';
COMMENT ON AGGREGATE funnel_counts(smallint, interval, text, timestamp, text, text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE funnel_counts(text, interval, timestamptz, VARIADIC boolean[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k';
COMMENT ON AGGREGATE funnel_counts(text, interval, timestamptz, text, text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE funnel_counts(text, interval, timestamp, VARIADIC boolean[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; timestamp without time zone';
COMMENT ON AGGREGATE funnel_counts(text, interval, timestamp, text, text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE funnel_counts(text, interval, text, timestamptz, VARIADIC boolean[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(text, interval, text, timestamptz, text, text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE funnel_counts(text, interval, text, timestamp, VARIADIC boolean[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); timestamp without time zone';
COMMENT ON AGGREGATE funnel_counts(text, interval, text, timestamp, text, text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE funnel_counts(uuid, interval, timestamptz, VARIADIC boolean[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k';
COMMENT ON AGGREGATE funnel_counts(uuid, interval, timestamptz, text, text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE funnel_counts(uuid, interval, timestamp, VARIADIC boolean[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; timestamp without time zone';
COMMENT ON AGGREGATE funnel_counts(uuid, interval, timestamp, text, text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE funnel_counts(uuid, interval, text, timestamptz, VARIADIC boolean[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(uuid, interval, text, timestamptz, text, text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE funnel_counts(uuid, interval, text, timestamp, VARIADIC boolean[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); timestamp without time zone';
COMMENT ON AGGREGATE funnel_counts(uuid, interval, text, timestamp, text, text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, timestamp with time zone, VARIADIC boolean[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, timestamp with time zone, text, text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, timestamp without time zone, VARIADIC boolean[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, timestamp without time zone, text, text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, text, timestamp with time zone, VARIADIC boolean[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, text, timestamp with time zone, text, text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, text, timestamp without time zone, VARIADIC boolean[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, text, timestamp without time zone, text, text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, timestamp with time zone, VARIADIC boolean[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, timestamp with time zone, text, text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, timestamp without time zone, VARIADIC boolean[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, timestamp without time zone, text, text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, text, timestamp with time zone, VARIADIC boolean[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, text, timestamp with time zone, text, text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, text, timestamp without time zone, VARIADIC boolean[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, text, timestamp without time zone, text, text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, smallint, interval, timestamp with time zone, VARIADIC boolean[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, smallint, interval, timestamp with time zone, text, text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, smallint, interval, timestamp without time zone, VARIADIC boolean[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, smallint, interval, timestamp without time zone, text, text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, smallint, interval, text, timestamp with time zone, VARIADIC boolean[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, smallint, interval, text, timestamp with time zone, text, text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, smallint, interval, text, timestamp without time zone, VARIADIC boolean[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, smallint, interval, text, timestamp without time zone, text, text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, timestamp with time zone, VARIADIC boolean[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, timestamp with time zone, text, text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, timestamp without time zone, VARIADIC boolean[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, timestamp without time zone, text, text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, text, timestamp with time zone, VARIADIC boolean[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, text, timestamp with time zone, text, text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, text, timestamp without time zone, VARIADIC boolean[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, text, timestamp without time zone, text, text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, timestamp with time zone, VARIADIC boolean[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, timestamp with time zone, text, text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, timestamp without time zone, VARIADIC boolean[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, timestamp without time zone, text, text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, text, timestamp with time zone, VARIADIC boolean[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, text, timestamp with time zone, text, text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, text, timestamp without time zone, VARIADIC boolean[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, text, timestamp without time zone, text, text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';

-- ---- funnel_counts with one to eight boolean conditions as separate arguments
-- (bigint, integer, text or uuid actors, timestamptz): a call with boolean
-- conditions resolves to these rather than to the VARIADIC boolean[] form
-- (PostgreSQL prefers a non-variadic match), so no array is built per row (the
-- array form costs about 25% more), and their exact types let Citus split them.
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, timestamptz, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, timestamptz, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, timestamptz, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, timestamptz, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, timestamptz, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, text, timestamptz, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, text, timestamptz, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, text, timestamptz, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, text, timestamptz, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, timestamptz, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, timestamptz, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, timestamptz, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, timestamptz, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, timestamptz, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, text, timestamptz, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, text, timestamptz, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, text, timestamptz, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, text, timestamptz, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, timestamptz, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, timestamptz, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, timestamptz, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, timestamptz, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, timestamptz, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, text, timestamptz, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, text, timestamptz, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, text, timestamptz, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, text, timestamptz, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, timestamptz, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, timestamptz, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, timestamptz, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, timestamptz, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, timestamptz, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, text, timestamptz, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, text, timestamptz, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, text, timestamptz, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, text, timestamptz, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_funnel_counts_fixed_mode_trans_uuid' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE funnel_counts(actor bigint, window_size interval, ts timestamptz, step1 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor bigint, window_size interval, ts timestamptz, step1 boolean, step2 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor bigint, window_size interval, ts timestamptz, step1 boolean, step2 boolean, step3 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor bigint, window_size interval, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor bigint, window_size interval, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor bigint, window_size interval, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean, step6 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor bigint, window_size interval, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean, step6 boolean, step7 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor bigint, window_size interval, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean, step6 boolean, step7 boolean, step8 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor bigint, window_size interval, mode text, ts timestamptz, step1 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor bigint, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor bigint, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean, step3 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor bigint, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor bigint, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor bigint, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean, step6 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor bigint, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean, step6 boolean, step7 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor bigint, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean, step6 boolean, step7 boolean, step8 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor integer, window_size interval, ts timestamptz, step1 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor integer, window_size interval, ts timestamptz, step1 boolean, step2 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor integer, window_size interval, ts timestamptz, step1 boolean, step2 boolean, step3 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor integer, window_size interval, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor integer, window_size interval, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor integer, window_size interval, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean, step6 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor integer, window_size interval, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean, step6 boolean, step7 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor integer, window_size interval, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean, step6 boolean, step7 boolean, step8 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor integer, window_size interval, mode text, ts timestamptz, step1 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor integer, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor integer, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean, step3 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor integer, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor integer, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor integer, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean, step6 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor integer, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean, step6 boolean, step7 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor integer, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean, step6 boolean, step7 boolean, step8 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor text, window_size interval, ts timestamptz, step1 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor text, window_size interval, ts timestamptz, step1 boolean, step2 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor text, window_size interval, ts timestamptz, step1 boolean, step2 boolean, step3 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor text, window_size interval, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor text, window_size interval, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor text, window_size interval, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean, step6 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor text, window_size interval, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean, step6 boolean, step7 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor text, window_size interval, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean, step6 boolean, step7 boolean, step8 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor text, window_size interval, mode text, ts timestamptz, step1 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor text, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor text, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean, step3 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor text, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor text, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor text, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean, step6 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor text, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean, step6 boolean, step7 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor text, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean, step6 boolean, step7 boolean, step8 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor uuid, window_size interval, ts timestamptz, step1 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor uuid, window_size interval, ts timestamptz, step1 boolean, step2 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor uuid, window_size interval, ts timestamptz, step1 boolean, step2 boolean, step3 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor uuid, window_size interval, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor uuid, window_size interval, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor uuid, window_size interval, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean, step6 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor uuid, window_size interval, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean, step6 boolean, step7 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor uuid, window_size interval, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean, step6 boolean, step7 boolean, step8 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor uuid, window_size interval, mode text, ts timestamptz, step1 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor uuid, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor uuid, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean, step3 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor uuid, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor uuid, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor uuid, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean, step6 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor uuid, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean, step6 boolean, step7 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE funnel_counts(actor uuid, window_size interval, mode text, ts timestamptz, step1 boolean, step2 boolean, step3 boolean, step4 boolean, step5 boolean, step6 boolean, step7 boolean, step8 boolean) (
    SFUNC = _pgg_funnel_counts_trans, STYPE = pgg_state, FINALFUNC = _pgg_funnel_counts_final,
    COMBINEFUNC = _pgg_funnel_counts_combine, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE funnel_counts(bigint, interval, timestamptz, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 1 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(bigint, interval, timestamptz, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 2 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(bigint, interval, timestamptz, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 3 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(bigint, interval, timestamptz, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 4 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(bigint, interval, timestamptz, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 5 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(bigint, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 6 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(bigint, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 7 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(bigint, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 8 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(bigint, interval, text, timestamptz, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 1 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(bigint, interval, text, timestamptz, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 2 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(bigint, interval, text, timestamptz, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 3 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(bigint, interval, text, timestamptz, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 4 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(bigint, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 5 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(bigint, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 6 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(bigint, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 7 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(bigint, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 8 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(integer, interval, timestamptz, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 1 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(integer, interval, timestamptz, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 2 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(integer, interval, timestamptz, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 3 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(integer, interval, timestamptz, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 4 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(integer, interval, timestamptz, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 5 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(integer, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 6 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(integer, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 7 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(integer, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 8 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(integer, interval, text, timestamptz, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 1 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(integer, interval, text, timestamptz, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 2 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(integer, interval, text, timestamptz, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 3 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(integer, interval, text, timestamptz, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 4 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(integer, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 5 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(integer, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 6 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(integer, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 7 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(integer, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 8 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(text, interval, timestamptz, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 1 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(text, interval, timestamptz, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 2 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(text, interval, timestamptz, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 3 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(text, interval, timestamptz, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 4 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(text, interval, timestamptz, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 5 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(text, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 6 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(text, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 7 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(text, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 8 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(text, interval, text, timestamptz, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 1 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(text, interval, text, timestamptz, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 2 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(text, interval, text, timestamptz, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 3 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(text, interval, text, timestamptz, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 4 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(text, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 5 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(text, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 6 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(text, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 7 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(text, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 8 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(uuid, interval, timestamptz, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 1 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(uuid, interval, timestamptz, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 2 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(uuid, interval, timestamptz, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 3 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(uuid, interval, timestamptz, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 4 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(uuid, interval, timestamptz, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 5 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(uuid, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 6 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(uuid, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 7 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(uuid, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 8 boolean conditions';
COMMENT ON AGGREGATE funnel_counts(uuid, interval, text, timestamptz, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 1 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(uuid, interval, text, timestamptz, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 2 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(uuid, interval, text, timestamptz, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 3 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(uuid, interval, text, timestamptz, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 4 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(uuid, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 5 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(uuid, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 6 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(uuid, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 7 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(uuid, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; 8 boolean conditions, with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, timestamptz, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, timestamptz, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, timestamptz, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, timestamptz, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, timestamptz, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, text, timestamptz, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, text, timestamptz, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, text, timestamptz, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, text, timestamptz, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, bigint, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, timestamptz, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, timestamptz, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, timestamptz, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, timestamptz, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, timestamptz, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, text, timestamptz, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, text, timestamptz, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, text, timestamptz, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, text, timestamptz, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, integer, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, timestamptz, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, timestamptz, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, timestamptz, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, timestamptz, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, timestamptz, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, text, timestamptz, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, text, timestamptz, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, text, timestamptz, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, text, timestamptz, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, text, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, timestamptz, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, timestamptz, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, timestamptz, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, timestamptz, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, timestamptz, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, text, timestamptz, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, text, timestamptz, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, text, timestamptz, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, text, timestamptz, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(pgg_state, uuid, interval, text, timestamptz, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'internal: transition function of funnel_counts(); not for direct use';

-- funnel_report(counts, step_names): one row per step, ready for BI tools
CREATE FUNCTION funnel_report(counts bigint[], step_names text[] DEFAULT NULL)
RETURNS TABLE (step integer, step_name text, actors bigint, conversion_from_previous double precision,
               conversion_from_first double precision, drop_off bigint)
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF array_ndims(counts) > 1 OR array_ndims(step_names) > 1 THEN
        RAISE EXCEPTION 'funnel_report takes one-dimensional arrays'
            USING ERRCODE = '2202E';
    END IF;
    IF EXISTS (SELECT FROM unnest(counts) c WHERE c < 0) THEN
        RAISE EXCEPTION 'funnel_report counts must not be negative'
            USING ERRCODE = '22023', HINT = 'Pass the array returned by funnel_counts.';
    END IF;
    IF step_names IS NOT NULL AND cardinality(step_names) <> cardinality(counts) THEN
        RAISE EXCEPTION 'funnel_report got % step names for % steps', cardinality(step_names), cardinality(counts)
            USING ERRCODE = '2202E', HINT = 'Pass one name per step, or NULL for no names.';
    END IF;
    IF counts IS NULL THEN
        RETURN;
    END IF;
    -- One pass over the zipped arrays (subscripting a large array per row
    -- detoasts it every time: quadratic); lag() is the previous step's count,
    -- first_value() the first step's, whatever the arrays' lower bounds.
    RETURN QUERY
    SELECT u.k::integer,
           u.name,
           u.c,
           CASE WHEN u.k = 1 THEN CASE WHEN u.c > 0 THEN 1.0::float8 END
                WHEN lag(u.c) OVER w > 0 THEN u.c::float8 OPERATOR(pg_catalog./) (lag(u.c) OVER w)::float8 END,
           CASE WHEN first_value(u.c) OVER w > 0
                THEN u.c::float8 OPERATOR(pg_catalog./) (first_value(u.c) OVER w)::float8 END,
           CASE WHEN u.k = 1 THEN 0::bigint ELSE lag(u.c) OVER w - u.c END
    FROM unnest(counts, step_names) WITH ORDINALITY AS u(c, name, k)
    WINDOW w AS (ORDER BY u.k)
    ORDER BY u.k;
END
$$;
COMMENT ON FUNCTION funnel_report(bigint[], text[]) IS
    'one row per funnel step: actors, conversion from the previous and the first step, drop-off';

-- comments of the aggregate signatures
COMMENT ON AGGREGATE window_funnel(interval, timestamptz, VARIADIC "any") IS
    'per actor: deepest funnel step reached within the window (ClickHouse windowFunnel)';
COMMENT ON AGGREGATE window_funnel(interval, timestamp, VARIADIC "any") IS
    'per actor: deepest funnel step reached within the window (ClickHouse windowFunnel); timestamp without time zone';
COMMENT ON AGGREGATE window_funnel(interval, text, timestamptz, VARIADIC "any") IS
    'per actor: deepest funnel step reached within the window (ClickHouse windowFunnel); with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE window_funnel(interval, text, timestamp, VARIADIC "any") IS
    'per actor: deepest funnel step reached within the window (ClickHouse windowFunnel); with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); timestamp without time zone';
COMMENT ON AGGREGATE window_funnel_times(interval, timestamptz, VARIADIC "any") IS
    'per actor: timestamps of the steps of the chosen chain (the one completing the deepest step first)';
COMMENT ON AGGREGATE window_funnel_times(interval, timestamp, VARIADIC "any") IS
    'per actor: timestamps of the steps of the chosen chain (the one completing the deepest step first); timestamp without time zone';
COMMENT ON AGGREGATE window_funnel_times(interval, text, timestamptz, VARIADIC "any") IS
    'per actor: timestamps of the steps of the chosen chain (the one completing the deepest step first); with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE window_funnel_times(interval, text, timestamp, VARIADIC "any") IS
    'per actor: timestamps of the steps of the chosen chain (the one completing the deepest step first); with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); timestamp without time zone';
COMMENT ON AGGREGATE window_funnel_value(interval, text, timestamptz, integer, anyelement, VARIADIC "any") IS
    'per actor: the value a column had on the row of step k (0 = deepest step) of the chosen chain (first/last-touch attribution)';
COMMENT ON AGGREGATE window_funnel_value(interval, text, timestamp, integer, anyelement, VARIADIC "any") IS
    'per actor: the value a column had on the row of step k (0 = deepest step) of the chosen chain (first/last-touch attribution); timestamp without time zone';
COMMENT ON AGGREGATE funnel_counts(anyelement, interval, timestamptz, VARIADIC "any") IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k';
COMMENT ON AGGREGATE funnel_counts(anyelement, interval, timestamp, VARIADIC "any") IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; timestamp without time zone';
COMMENT ON AGGREGATE funnel_counts(anyelement, interval, text, timestamptz, VARIADIC "any") IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T)';
COMMENT ON AGGREGATE funnel_counts(anyelement, interval, text, timestamp, VARIADIC "any") IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); timestamp without time zone';
COMMENT ON AGGREGATE window_funnel(interval, timestamptz, text, text[]) IS
    'per actor: deepest funnel step reached within the window (ClickHouse windowFunnel); steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE window_funnel_times(interval, timestamptz, text, text[]) IS
    'per actor: timestamps of the steps of the chosen chain (the one completing the deepest step first); steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE funnel_counts(anyelement, interval, timestamptz, text, text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE window_funnel(interval, text, timestamptz, text, text[]) IS
    'per actor: deepest funnel step reached within the window (ClickHouse windowFunnel); with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE window_funnel_times(interval, text, timestamptz, text, text[]) IS
    'per actor: timestamps of the steps of the chosen chain (the one completing the deepest step first); with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE funnel_counts(anyelement, interval, text, timestamptz, text, text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row)';
COMMENT ON AGGREGATE window_funnel(interval, timestamp, text, text[]) IS
    'per actor: deepest funnel step reached within the window (ClickHouse windowFunnel); steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE window_funnel_times(interval, timestamp, text, text[]) IS
    'per actor: timestamps of the steps of the chosen chain (the one completing the deepest step first); steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE funnel_counts(anyelement, interval, timestamp, text, text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE window_funnel(interval, text, timestamp, text, text[]) IS
    'per actor: deepest funnel step reached within the window (ClickHouse windowFunnel); with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE window_funnel_times(interval, text, timestamp, text, text[]) IS
    'per actor: timestamps of the steps of the chosen chain (the one completing the deepest step first); with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row); timestamp without time zone';
COMMENT ON AGGREGATE funnel_counts(anyelement, interval, text, timestamp, text, text[]) IS
    'over all actors in one pass: element k = number of actors whose deepest step is at least k; with a mode (modes strict_order, strict_deduplication, strict_increase, strict_once, allow_reentry, any_order, exclude=F:T); steps given as event names (one hash probe per row); timestamp without time zone';

-- Internal support functions (transition, combine, final, serialize,
-- deserialize, helpers): the _pgg_ prefix and these comments tell them from
-- the user API in \df.
COMMENT ON FUNCTION _pgg_funnel_counts_combine(pgg_state, pgg_state) IS
    'internal: combine function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_final(pgg_state) IS
    'internal: final function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_combine(internal, internal) IS
    'internal: combine function of funnel_counts() with an anyelement actor; not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_final(internal) IS
    'internal: final function of funnel_counts() with an anyelement actor; not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_serialize(internal) IS
    'internal: serialize function of funnel_counts() with an anyelement actor; not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_deserialize(bytea, internal) IS
    'internal: deserialize function of funnel_counts() with an anyelement actor; not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(internal, anyelement, interval, timestamp with time zone, VARIADIC "any") IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(internal, anyelement, interval, timestamp without time zone, VARIADIC "any") IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(internal, anyelement, interval, text, timestamp with time zone, VARIADIC "any") IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(internal, anyelement, interval, text, timestamp without time zone, VARIADIC "any") IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(internal, anyelement, interval, timestamp with time zone, text, text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(internal, anyelement, interval, text, timestamp with time zone, text, text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(internal, anyelement, interval, timestamp without time zone, text, text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_funnel_counts_trans(internal, anyelement, interval, text, timestamp without time zone, text, text[]) IS
    'internal: transition function of funnel_counts(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_combine(internal, internal) IS
    'internal: combine function of window_funnel(), window_funnel_times(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_deserialize(bytea, internal) IS
    'internal: deserialize function of window_funnel(), window_funnel_times(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_final(internal) IS
    'internal: final function of window_funnel(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_level_trans(internal, interval, timestamp with time zone, VARIADIC "any") IS
    'internal: transition function of window_funnel(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_level_trans(internal, interval, timestamp without time zone, VARIADIC "any") IS
    'internal: transition function of window_funnel(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_level_trans(internal, interval, text, timestamp with time zone, VARIADIC "any") IS
    'internal: transition function of window_funnel(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_level_trans(internal, interval, text, timestamp without time zone, VARIADIC "any") IS
    'internal: transition function of window_funnel(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_level_trans(internal, interval, timestamp with time zone, text, text[]) IS
    'internal: transition function of window_funnel(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_level_trans(internal, interval, text, timestamp with time zone, text, text[]) IS
    'internal: transition function of window_funnel(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_level_trans(internal, interval, timestamp without time zone, text, text[]) IS
    'internal: transition function of window_funnel(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_level_trans(internal, interval, text, timestamp without time zone, text, text[]) IS
    'internal: transition function of window_funnel(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_serialize(internal) IS
    'internal: serialize function of window_funnel(), window_funnel_times(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_times_final(internal) IS
    'internal: final function of window_funnel_times(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_times_ts_final(internal) IS
    'internal: final function of window_funnel_times(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_trans(internal, interval, timestamp with time zone, VARIADIC "any") IS
    'internal: transition function of window_funnel_times(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_trans(internal, interval, timestamp without time zone, VARIADIC "any") IS
    'internal: transition function of window_funnel_times(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_trans(internal, interval, text, timestamp with time zone, VARIADIC "any") IS
    'internal: transition function of window_funnel_times(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_trans(internal, interval, text, timestamp without time zone, VARIADIC "any") IS
    'internal: transition function of window_funnel_times(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_trans(internal, interval, timestamp with time zone, text, text[]) IS
    'internal: transition function of window_funnel_times(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_trans(internal, interval, text, timestamp with time zone, text, text[]) IS
    'internal: transition function of window_funnel_times(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_trans(internal, interval, timestamp without time zone, text, text[]) IS
    'internal: transition function of window_funnel_times(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_trans(internal, interval, text, timestamp without time zone, text, text[]) IS
    'internal: transition function of window_funnel_times(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_value_combine(internal, internal) IS
    'internal: combine function of window_funnel_value(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_value_deserialize(bytea, internal) IS
    'internal: deserialize function of window_funnel_value(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_value_final(internal, interval, text, timestamp with time zone, integer, anyelement, VARIADIC "any") IS
    'internal: final function of window_funnel_value(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_value_final(internal, interval, text, timestamp without time zone, integer, anyelement, VARIADIC "any") IS
    'internal: final function of window_funnel_value(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_value_serialize(internal) IS
    'internal: serialize function of window_funnel_value(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_value_trans(internal, interval, text, timestamp with time zone, integer, anyelement, VARIADIC "any") IS
    'internal: transition function of window_funnel_value(); not for direct use';
COMMENT ON FUNCTION _pgg_window_funnel_value_trans(internal, interval, text, timestamp without time zone, integer, anyelement, VARIADIC "any") IS
    'internal: transition function of window_funnel_value(); not for direct use';
