-- pg_growth install script, assembled at build time from src/sql/NN_*.sql.
-- Objects are created in the schema chosen by CREATE EXTENSION (the extension
-- is not relocatable, so SQL-language functions may refer to @extschema@).

\echo Use "CREATE EXTENSION pg_growth" to load this file. \quit

-- pg_growth_version(): the version of the loaded shared library
CREATE FUNCTION pg_growth_version() RETURNS text
    AS 'MODULE_PATHNAME', 'pgg_version'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION pg_growth_version() IS 'version of the pg_growth shared library';

-- pgg_state: the transition state of the summary aggregates whose state is a
-- C structure (src/core/state.h).  A real type, not internal, so that Citus
-- can ship partial states between nodes (as text, through these input and
-- output functions); the input and receive functions validate a value
-- completely before accepting it.
CREATE TYPE pgg_state;
CREATE FUNCTION _pgg_state_in(cstring) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION _pgg_state_out(pgg_state) RETURNS cstring
    AS 'MODULE_PATHNAME', 'pgg_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION _pgg_state_recv(internal) RETURNS pgg_state
    AS 'MODULE_PATHNAME', 'pgg_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION _pgg_state_send(pgg_state) RETURNS bytea
    AS 'MODULE_PATHNAME', 'pgg_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE pgg_state (INPUT = _pgg_state_in, OUTPUT = _pgg_state_out,
    RECEIVE = _pgg_state_recv, SEND = _pgg_state_send,
    INTERNALLENGTH = VARIABLE, ALIGNMENT = int4, STORAGE = extended);
COMMENT ON TYPE pgg_state IS
    'internal: partial state of a pg_growth summary aggregate (funnel_counts, retention_matrix, the CLV fits, active users, lifecycle), shipped between Citus nodes as "<aggregate>:<base64>"; not for direct use';
COMMENT ON FUNCTION _pgg_state_in(cstring) IS 'internal: input function of type pgg_state; not for direct use';
COMMENT ON FUNCTION _pgg_state_out(pgg_state) IS 'internal: output function of type pgg_state; not for direct use';
COMMENT ON FUNCTION _pgg_state_recv(internal) IS 'internal: receive function of type pgg_state; not for direct use';
COMMENT ON FUNCTION _pgg_state_send(pgg_state) IS 'internal: send function of type pgg_state; not for direct use';
