-- pg_growth 0.2.1 -> 0.3.0
\echo Use "ALTER EXTENSION pg_growth UPDATE TO '0.3.0'" to load this file. \quit

-- Every name is qualified (@extschema@ for ours, pg_catalog for built-in
-- types and functions), and no statement writes a system catalog: the script
-- runs as superuser even when a database owner installs the trusted extension.

-- ---- lift ------------------------------------------------------------------

-- ---- funnel ----------------------------------------------------------------

-- window_funnel has a transition function of its own, window_funnel_level_trans:
-- its final function needs only the level, so a state that reaches the last
-- step stops keeping events (0.2.x decided that at run time by looking up the
-- aggregate's final function in pg_aggregate).  window_funnel_trans keeps every
-- event, for window_funnel_times (and for the window_funnel of an installation
-- not yet updated, which stays correct).  window_funnel_value has support
-- functions of its own: its state is not window_funnel's.  The final functions
-- leave their state as they found it, which the aggregates now state
-- (FINALFUNC_MODIFY = READ_ONLY, the default, so window_funnel_times and
-- funnel_counts, whose definitions do not change otherwise, are not replaced).
CREATE FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.timestamptz, VARIADIC "any") RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.timestamp, VARIADIC "any") RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.text, pg_catalog.timestamptz, VARIADIC "any") RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.text, pg_catalog.timestamp, VARIADIC "any") RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.window_funnel_value_combine(pg_catalog.internal, pg_catalog.internal) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_value_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.window_funnel_value_serialize(pg_catalog.internal) RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_value_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.window_funnel_value_deserialize(pg_catalog.bytea, pg_catalog.internal) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_value_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text[]) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.text, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text[]) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'pgg_window_funnel_level_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.timestamptz, VARIADIC "any") IS
    'window_funnel transition: keeps events only until the level reaches the last step';
COMMENT ON FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.timestamp, VARIADIC "any") IS
    'window_funnel transition: keeps events only until the level reaches the last step';
COMMENT ON FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.text, pg_catalog.timestamptz, VARIADIC "any") IS
    'window_funnel transition: keeps events only until the level reaches the last step';
COMMENT ON FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.text, pg_catalog.timestamp, VARIADIC "any") IS
    'window_funnel transition: keeps events only until the level reaches the last step';
COMMENT ON FUNCTION @extschema@.window_funnel_value_combine(pg_catalog.internal, pg_catalog.internal) IS
    'window_funnel_value support: combines two partial states';
COMMENT ON FUNCTION @extschema@.window_funnel_value_serialize(pg_catalog.internal) IS
    'window_funnel_value support: the bytes of a partial state';
COMMENT ON FUNCTION @extschema@.window_funnel_value_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
    'window_funnel_value support: a partial state from its bytes';
COMMENT ON FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'window_funnel transition: keeps events only until the level reaches the last step';
COMMENT ON FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) IS
    'window_funnel transition: keeps events only until the level reaches the last step';
COMMENT ON FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text[]) IS
    'window_funnel transition: keeps events only until the level reaches the last step';
COMMENT ON FUNCTION @extschema@.window_funnel_level_trans(pg_catalog.internal, pg_catalog.interval, pg_catalog.text, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text[]) IS
    'window_funnel transition: keeps events only until the level reaches the last step';
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.timestamptz, VARIADIC "any") (
    SFUNC = @extschema@.window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.timestamp, VARIADIC "any") (
    SFUNC = @extschema@.window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamptz, VARIADIC "any") (
    SFUNC = @extschema@.window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamp, VARIADIC "any") (
    SFUNC = @extschema@.window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel_value(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.anyelement, VARIADIC "any") (
    SFUNC = @extschema@.window_funnel_value_trans, STYPE = pg_catalog.internal, SSPACE = 600, FINALFUNC = @extschema@.window_funnel_value_final,
    FINALFUNC_EXTRA, FINALFUNC_MODIFY = READ_ONLY, COMBINEFUNC = @extschema@.window_funnel_value_combine,
    SERIALFUNC = @extschema@.window_funnel_value_serialize, DESERIALFUNC = @extschema@.window_funnel_value_deserialize, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel_value(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamp, pg_catalog.int4, pg_catalog.anyelement, VARIADIC "any") (
    SFUNC = @extschema@.window_funnel_value_trans, STYPE = pg_catalog.internal, SSPACE = 600, FINALFUNC = @extschema@.window_funnel_value_final,
    FINALFUNC_EXTRA, FINALFUNC_MODIFY = READ_ONLY, COMBINEFUNC = @extschema@.window_funnel_value_combine,
    SERIALFUNC = @extschema@.window_funnel_value_serialize, DESERIALFUNC = @extschema@.window_funnel_value_deserialize, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) (
    SFUNC = @extschema@.window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text[]) (
    SFUNC = @extschema@.window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text[]) (
    SFUNC = @extschema@.window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel(pg_catalog.interval, pg_catalog.text, pg_catalog.timestamp, pg_catalog.text, pg_catalog.text[]) (
    SFUNC = @extschema@.window_funnel_level_trans, STYPE = pg_catalog.internal, SSPACE = 160, FINALFUNC = @extschema@.window_funnel_final,
    COMBINEFUNC = @extschema@.window_funnel_combine, SERIALFUNC = @extschema@.window_funnel_serialize,
    DESERIALFUNC = @extschema@.window_funnel_deserialize, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);

-- ---- retention -------------------------------------------------------------

-- ---- clv -------------------------------------------------------------------
